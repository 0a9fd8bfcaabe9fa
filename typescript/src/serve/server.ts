/**
 * IPC server side (docs/PROTOCOL.md §2): serves one plugin object on a Channel per byte stream (stdio, or each
 * accepted Unix/TCP connection). Writes `ready` first, serves requests concurrently (pipelined, answered by id),
 * supports hello → protobuf framing, cancel and shutdown, and answers every bad input with an `error`.
 */
import * as net from "node:net";
import type { Readable } from "node:stream";
import { streamTransport } from "../channel.js";
import type { ByteTransport } from "../channel.js";
import { StreamChannel } from "../stream-channel.js";
import { errorResponse } from "../errors.js";
import { Framing } from "../gen/eliza/interop/v1/protocol_pb.js";
import type { HelloMessage } from "../gen/eliza/interop/v1/protocol_pb.js";
import { makeMessage } from "../wire/body.js";
import type { ProtocolMessage } from "../wire/body.js";
import { encodeJsonLine } from "../wire/codec.js";
import { ErrorCode, PROTOCOL_VERSION, errorCodeName } from "../wire/constants.js";
import { BusyPoll } from "./busy-poll.js";
import type { PluginDispatcher } from "./dispatch.js";

export const SERVER_NAME = "elizaos-interop-typescript/0.1.0";

export interface ServeOptions {
  maxMessageBytes?: number;
  maxBufferBytes?: number;
  /** Called once the session has answered `shutdown` (after in-flight calls finished). */
  onShutdown?: () => void;
  /** Diagnostics (never the protocol stream). */
  log?: (line: string) => void;
  /** Keep the event loop polling this many µs after each answer (busy-poll.ts; default 0 = off). */
  busyPollUs?: number;
}

/** One protocol session on one byte stream: a plugin-side Channel whose request handler is the dispatcher. */
export class ServerSession {
  readonly channel: StreamChannel;
  private shuttingDown = false;
  private ended = false;
  private readonly endWaiters: Array<() => void> = [];
  private readonly log: (line: string) => void;

  constructor(
    private readonly transport: ByteTransport,
    private readonly dispatcher: PluginDispatcher,
    private readonly options: ServeOptions = {},
  ) {
    this.log = options.log ?? ((line) => process.stderr.write(`[bridge] ${line}\n`));
    this.channel = new StreamChannel(transport, {
      side: "plugin",
      peer: "host",
      ...(options.maxMessageBytes !== undefined ? { maxMessageBytes: options.maxMessageBytes } : {}),
      ...(options.maxBufferBytes !== undefined ? { maxBufferBytes: options.maxBufferBytes } : {}),
      intercept: (msg) => this.shuttingDown || this.control(msg),
      onOverflow: (err) => {
        this.channel.respond(errorResponse("", ErrorCode.TOO_LARGE, err.message));
        this.channel.fail(err);
        this.transport.flush();
        this.transport.destroy();
        this.finish();
      },
      onEnd: () => {
        if (this.channel.partialBytes > 0 && !this.shuttingDown && !this.ended) {
          const what = this.channel.framing === "json" ? "line" : "frame";
          this.channel.respond(errorResponse("", ErrorCode.MALFORMED, `stream ended inside a ${what} (${this.channel.partialBytes} bytes)`));
        }
        this.finish();
      },
      onStray: (msg) => this.channel.respond(errorResponse(msg.id, ErrorCode.UNKNOWN_TYPE, `"${msg.type}" is not a request type`)),
    });
    this.channel.serve((msg) => this.dispatcher.handle(msg));
  }

  /** Writes `ready` and starts reading; resolves when the stream ends and in-flight calls are answered. */
  start(): Promise<void> {
    const ready = makeMessage("ready", "", {
      protocolVersion: PROTOCOL_VERSION,
      manifest: this.dispatcher.manifest,
      framings: [Framing.JSON, Framing.PROTOBUF],
      server: SERVER_NAME,
      pid: process.pid,
    });
    this.channel.writeRaw(encodeJsonLine(ready));
    this.channel.start();
    return new Promise((resolve) => this.endWaiters.push(resolve));
  }

  private finish(): void {
    if (this.ended) return;
    this.ended = true;
    void this.channel.drain().then(() => {
      this.transport.flush();
      for (const w of this.endWaiters.splice(0)) w();
    });
  }

  /** hello and shutdown; true when consumed. */
  private control(msg: ProtocolMessage): boolean {
    if (msg.$typeName === "eliza.interop.v1.HelloMessage") {
      this.hello(msg);
      return true;
    }
    if (msg.$typeName === "eliza.interop.v1.ShutdownRequest") {
      this.shuttingDown = true;
      void this.channel.drain().then(() => {
        this.channel.respond(makeMessage("shutdown.result", msg.id));
        this.transport.flush();
        this.options.onShutdown?.();
      });
      return true;
    }
    return false;
  }

  private hello(msg: HelloMessage): void {
    const wantsProtobuf = msg.framing === Framing.PROTOBUF;
    if (this.channel.framing === "protobuf") {
      // Framing is negotiated once: a later hello is answered in the framing in force (a frame, never a
      // JSON line in the middle of the binary stream), and cannot switch back.
      const again = wantsProtobuf || msg.framing === Framing.UNSPECIFIED;
      this.channel.respond(
        makeMessage("hello.result", msg.id, {
          accepted: again,
          framing: Framing.PROTOBUF,
          ...(again ? {} : { error: "framing was negotiated at start-up (protobuf) and cannot change" }),
        }),
      );
      return;
    }
    const ok = msg.protocolVersion === PROTOCOL_VERSION && (wantsProtobuf || msg.framing === Framing.JSON);
    const error =
      msg.protocolVersion !== PROTOCOL_VERSION
        ? `${errorCodeName(ErrorCode.UNSUPPORTED_VERSION)}: server speaks protocol version ${PROTOCOL_VERSION}, host asked for ${msg.protocolVersion}`
        : !ok
          ? `${errorCodeName(ErrorCode.UNSUPPORTED_FRAMING)}: framing ${Framing[msg.framing] ?? msg.framing} is not supported`
          : undefined;
    const result = makeMessage("hello.result", msg.id, {
      accepted: ok,
      framing: ok ? msg.framing : Framing.JSON,
      ...(error !== undefined ? { error } : {}),
    });
    // hello.result is always one JSON line; the switch happens right after it.
    this.channel.writeRaw(encodeJsonLine(result));
    if (ok) this.channel.setFraming(wantsProtobuf ? "protobuf" : "json");
  }
}

/** A transport whose writes also open a busy-poll window (the bridge's next request is read sooner). */
function polledTransport(input: Readable, output: Parameters<typeof streamTransport>[1], busyPollUs: number | undefined): ByteTransport {
  const poll = new BusyPoll(busyPollUs ?? 0);
  return streamTransport(input, output, () => poll.touch());
}

/** Serves a plugin on an existing stream pair (stdio). */
export function serveStream(
  dispatcher: PluginDispatcher,
  input: Readable,
  write: (bytes: Buffer) => void,
  options: ServeOptions = {},
): Promise<void> {
  const output = { write, end: () => undefined, destroy: () => input.destroy() };
  return new ServerSession(polledTransport(input, output, options.busyPollUs), dispatcher, options).start();
}

/** Listens on a Unix socket path or TCP `host:port`; each connection is an independent session. */
export function listen(
  dispatcher: PluginDispatcher,
  target: { unix: string } | { tcp: string },
  options: ServeOptions = {},
): Promise<{ server: net.Server; address: string }> {
  const server = net.createServer({ noDelay: true }, (socket) => {
    socket.on("error", () => undefined);
    // On shutdown, exit only once shutdown.result has been flushed to this connection.
    const sessionOptions: ServeOptions = {
      ...options,
      onShutdown: () => socket.end(() => options.onShutdown?.()),
    };
    void new ServerSession(polledTransport(socket, socket, options.busyPollUs), dispatcher, sessionOptions)
      .start()
      .then(() => socket.end());
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    const onListening = (): void => {
      server.off("error", reject);
      const a = server.address();
      const address = typeof a === "string" ? a : a === null ? "" : `${a.family === "IPv6" ? `[${a.address}]` : a.address}:${a.port}`;
      resolve({ server, address });
    };
    if ("unix" in target) {
      server.listen(target.unix, onListening);
    } else {
      const idx = target.tcp.lastIndexOf(":");
      if (idx < 0) {
        reject(new Error(`--tcp expects HOST:PORT, got "${target.tcp}"`));
        return;
      }
      const host = target.tcp.slice(0, idx).replace(/^\[(.*)\]$/, "$1");
      const port = Number(target.tcp.slice(idx + 1));
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        reject(new Error(`--tcp port must be 0..65535, got "${target.tcp.slice(idx + 1)}"`));
        return;
      }
      server.listen(port, host, onListening);
    }
  });
}
