/**
 * Byte transports of the IPC host: a child's stdio pipes, or a Unix/TCP socket to a server (one that this host
 * started and that announced its address with a `listening` line, or one already running).
 */
import type { ChildProcess } from "node:child_process";
import * as net from "node:net";
import { streamTransport } from "../../channel.js";
import type { ByteTransport } from "../../channel.js";
import { PluginLoadError, ProtocolError } from "../../errors.js";
import { StreamDecoder } from "../../wire/framing.js";
import type { Logger } from "./options.js";

/** The child's stdin/stdout as a transport. */
export function childStdioTransport(child: ChildProcess): ByteTransport {
  const stdin = child.stdin;
  const stdout = child.stdout;
  if (stdin === null || stdout === null) throw new PluginLoadError("child has no stdio pipes");
  return streamTransport(stdout, stdin);
}

/** Connects to a Unix socket path or `host:port`. */
export async function connectSocket(address: string, log: Logger): Promise<ByteTransport> {
  const isUnix = address.includes("/") || !/:\d+$/.test(address);
  const socket = await new Promise<net.Socket>((resolve, reject) => {
    let s: net.Socket;
    if (isUnix) s = net.connect(address);
    else {
      const idx = address.lastIndexOf(":");
      s = net.connect(Number(address.slice(idx + 1)), address.slice(0, idx).replace(/^\[(.*)\]$/, "$1"));
    }
    s.once("connect", () => resolve(s));
    s.once("error", (e) => reject(new PluginLoadError(`cannot connect to ${address}: ${e.message}`, { cause: e })));
  });
  socket.setNoDelay(true);
  socket.on("error", (e) => log("debug", `socket: ${e.message}`));
  return streamTransport(socket, socket);
}

/** Reads the one `listening` line a socket-mode server writes on its stdout; later output is logged. */
export async function readListening(child: ChildProcess, who: string, log: Logger): Promise<string> {
  const stdout = child.stdout;
  if (stdout === null) throw new PluginLoadError("child has no stdout pipe");
  const address = await new Promise<string>((resolve, reject) => {
    const lines = new StreamDecoder(
      (item) => {
        if (item.kind !== "line") {
          reject(new ProtocolError(`${who} wrote an oversized first stdout line instead of "listening"`));
          return;
        }
        const text = item.data.toString("utf8");
        try {
          const obj = JSON.parse(text) as { type?: unknown; address?: unknown };
          if (obj.type === "listening" && typeof obj.address === "string") resolve(obj.address);
          else reject(new ProtocolError(`${who} first stdout line is not "listening": ${text.slice(0, 200)}`));
        } catch {
          reject(new ProtocolError(`${who} first stdout line is not JSON: ${text.slice(0, 200)}`));
        }
      },
      { maxMessageBytes: 64 * 1024, maxBufferBytes: 64 * 1024 },
    );
    stdout.on("data", (c: Buffer) => {
      try {
        lines.push(c);
      } catch (e) {
        reject(new ProtocolError(`${who} stdout: ${(e as Error).message}`));
      }
    });
  });
  stdout.removeAllListeners("data");
  stdout.on("data", (c: Buffer) => log("warning", `unexpected stdout after listening: ${c.toString("utf8", 0, 200)}`));
  return address;
}
