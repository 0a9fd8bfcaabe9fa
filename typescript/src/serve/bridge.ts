/**
 * elizaos-interop TypeScript bridge server (docs/PROTOCOL.md §2):
 *   node typescript/dist/bridge-server.js [--stdio | --unix PATH | --tcp HOST:PORT]
 *        [--max-message-bytes N] [--max-buffer-bytes N] ENTRY
 * ENTRY is a JS module file (ESM or CommonJS) whose `plugin` export or default export is the plugin.
 * The plugin's console.log/info/debug and process.stdout.write go to stderr; stdout carries only the protocol
 * (stdio mode) or the one `listening` line (socket modes).
 */
import * as fs from "node:fs";
import { busyPollBudgetUs } from "./busy-poll.js";
import { PluginDispatcher } from "./dispatch.js";
import { importPluginModule } from "./plugin-module.js";
import { listen, serveStream } from "./server.js";

type Transport = { kind: "stdio" } | { kind: "unix"; path: string } | { kind: "tcp"; address: string };

interface Args {
  transport: Transport;
  entry: string;
  maxMessageBytes: number | undefined;
  maxBufferBytes: number | undefined;
}

const USAGE = "usage: elizaos-interop-ts-bridge [--stdio | --unix PATH | --tcp HOST:PORT] [--max-message-bytes N] [--max-buffer-bytes N] ENTRY";

function parseArgs(argv: string[]): Args {
  let transport: Transport = { kind: "stdio" };
  let entry: string | undefined;
  let maxMessageBytes: number | undefined;
  let maxBufferBytes: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const next = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value\n${USAGE}`);
      return v;
    };
    if (a === "--stdio") transport = { kind: "stdio" };
    else if (a === "--unix") transport = { kind: "unix", path: next() };
    else if (a === "--tcp") transport = { kind: "tcp", address: next() };
    else if (a === "--max-message-bytes") {
      const v = Number(next());
      if (!Number.isInteger(v) || v <= 0) throw new Error(`--max-message-bytes must be a positive integer\n${USAGE}`);
      maxMessageBytes = v;
    } else if (a === "--max-buffer-bytes") {
      const v = Number(next());
      if (!Number.isInteger(v) || v <= 0) throw new Error(`--max-buffer-bytes must be a positive integer\n${USAGE}`);
      maxBufferBytes = v;
    } else if (a === "-h" || a === "--help") {
      process.stderr.write(USAGE + "\n");
      process.exit(0);
    } else if (a.startsWith("--")) throw new Error(`unknown option ${a}\n${USAGE}`);
    else if (entry === undefined) entry = a;
    else throw new Error(`unexpected argument ${a}\n${USAGE}`);
  }
  if (entry === undefined) throw new Error(`missing ENTRY\n${USAGE}`);
  return { transport, entry, maxMessageBytes, maxBufferBytes };
}

/** Runs the bridge on this process's arguments and stdio. */
export async function main(): Promise<void> {
  // Private writer for protocol output, then point everything the plugin might print at stderr.
  const stdout = process.stdout;
  const rawWrite = stdout.write.bind(stdout) as (chunk: Uint8Array | string, cb?: (err?: Error | null) => void) => boolean;
  const toStderr = process.stderr.write.bind(process.stderr);
  stdout.write = toStderr as typeof stdout.write;
  console.log = console.error;
  console.info = console.error;
  console.debug = console.error;

  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`elizaos-interop-ts-bridge: ${(e as Error).message}\n`);
    process.exit(2);
  }
  const plugin = await importPluginModule(args.entry);
  const dispatcher = new PluginDispatcher(plugin);
  // Exit only once the protocol output and everything the plugin wrote to stderr have been flushed (a pipe
  // write can be queued when the reader is slow; process.exit would drop it).
  const exitAfterFlush = (): void => {
    rawWrite("", () => {
      toStderr("", () => process.exit(0));
    });
  };
  let busyPollUs: number;
  try {
    busyPollUs = busyPollBudgetUs();
  } catch (e) {
    process.stderr.write(`elizaos-interop-ts-bridge: ${(e as Error).message}\n`);
    process.exit(2);
  }
  const options = {
    busyPollUs,
    ...(args.maxMessageBytes !== undefined ? { maxMessageBytes: args.maxMessageBytes } : {}),
    ...(args.maxBufferBytes !== undefined ? { maxBufferBytes: args.maxBufferBytes } : {}),
    onShutdown: exitAfterFlush,
  };
  if (args.transport.kind === "stdio") {
    process.stdin.on("error", () => undefined);
    await serveStream(dispatcher, process.stdin, (b) => {
      rawWrite(b);
    }, options);
    exitAfterFlush();
    return;
  }
  if (args.transport.kind === "unix" && fs.existsSync(args.transport.path)) {
    const st = fs.lstatSync(args.transport.path);
    if (!st.isSocket()) throw new Error(`--unix ${args.transport.path} exists and is not a socket`);
    fs.unlinkSync(args.transport.path);
  }
  const target = args.transport.kind === "unix" ? { unix: args.transport.path } : { tcp: args.transport.address };
  const { address } = await listen(dispatcher, target, options);
  rawWrite(JSON.stringify({ type: "listening", address }) + "\n");
  if (args.transport.kind === "unix") {
    const sock = args.transport.path;
    process.on("exit", () => {
      try {
        fs.unlinkSync(sock);
      } catch {
        // already gone
      }
    });
    for (const sig of ["SIGTERM", "SIGINT"] as const) process.on(sig, () => process.exit(0));
  }
}

