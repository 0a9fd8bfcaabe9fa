/**
 * IPC server side (docs/PROTOCOL.md §2): serves one plugin object on a byte stream (stdio, or each accepted
 * Unix/TCP connection). Writes `ready` first, serves requests concurrently (pipelined, answered by id),
 * supports hello → protobuf framing, cancel and shutdown, and answers every bad input with an `error`.
 */
import * as net from "node:net";
import type { Readable } from "node:stream";
import { Framing } from "../../generated/typescript/eliza/interop/v1/protocol_pb.js";
import {
  DecodeError,
  PROTOCOL_VERSION,
  decodeEnvelope,
  decodeJsonLine,
  encodeFrame,
  encodeJsonLine,
  makeMessage,
} from "./codec.js";
import type { ProtocolMessage } from "./codec.js";
import { BusyPoll } from "./busy-poll.js";
import { PluginDispatcher, errorMessage } from "./dispatch.js";
import { BufferOverflowError, DEFAULT_MAX_BUFFER_BYTES, DEFAULT_MAX_MESSAGE_BYTES, StreamDecoder, WriteBatcher } from "./framing.js";
import type { DecodedItem } from "./framing.js";

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

/** One protocol session on one byte stream. */
export class ServerSession {
  private readonly decoder: StreamDecoder;
  private readonly inflight = new Map<string, { cancelled: boolean; done: Promise<void> }>();
  private shuttingDown = false;
  private readonly maxMessageBytes: number;
  private readonly log: (line: string) => void;
  private ended = false;
  private readonly endWaiters: Array<() => void> = [];

  private readonly batch: WriteBatcher;

  constructor(
    private readonly input: Readable,
    sink: (bytes: Buffer) => void,
    private readonly dispatcher: PluginDispatcher,
    private readonly options: ServeOptions = {},
  ) {
    const poll = new BusyPoll(options.busyPollUs ?? 0);
    this.batch = new WriteBatcher((bytes) => {
      sink(bytes);
      poll.touch();
    });
    this.maxMessageBytes = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
    this.log = options.log ?? ((line) => process.stderr.write(`[bridge] ${line}\n`));
    this.decoder = new StreamDecoder((item) => this.onItem(item), {
      maxMessageBytes: this.maxMessageBytes,
      maxBufferBytes: options.maxBufferBytes ?? DEFAULT_MAX_BUFFER_BYTES,
    });
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
    this.write(encodeJsonLine(ready));
    this.input.on("data", (chunk: Buffer) => {
      if (this.shuttingDown) return;
      try {
        this.decoder.push(chunk);
      } catch (e) {
        if (e instanceof BufferOverflowError) {
          this.send(errorMessage("", "TOO_LARGE", e.message));
          this.decoder.close();
          this.input.destroy();
          this.finish();
        } else {
          throw e;
        }
      }
    });
    const onEnd = (): void => {
      if (this.decoder.pendingBytes > 0 && !this.shuttingDown) {
        this.send(errorMessage("", "MALFORMED", `stream ended inside a ${this.decoder.framing === "json" ? "line" : "frame"} (${this.decoder.pendingBytes} bytes)`));
      }
      this.finish();
    };
    this.input.on("end", onEnd);
    this.input.on("close", onEnd);
    this.input.on("error", (e) => {
      this.log(`input error: ${e.message}`);
      onEnd();
    });
    return new Promise((resolve) => this.endWaiters.push(resolve));
  }

  /** Queues bytes for the peer (coalesced per event-loop turn, in order). */
  private write(bytes: Buffer): void {
    this.batch.write(bytes);
  }

  private finish(): void {
    if (this.ended) return;
    this.ended = true;
    void Promise.all([...this.inflight.values()].map((c) => c.done)).then(() => {
      this.batch.flush();
      for (const w of this.endWaiters.splice(0)) w();
    });
  }

  private send(msg: ProtocolMessage): void {
    let bytes = this.decoder.framing === "json" ? encodeJsonLine(msg) : encodeFrame(msg);
    const payload = this.decoder.framing === "json" ? bytes.length - 1 : bytes.length - 4;
    if (payload > this.maxMessageBytes) {
      const err = errorMessage(msg.id, "TOO_LARGE", `response of ${payload} bytes exceeds maxMessageBytes (${this.maxMessageBytes})`);
      bytes = this.decoder.framing === "json" ? encodeJsonLine(err) : encodeFrame(err);
    }
    this.write(bytes);
  }

  private onItem(item: DecodedItem): void {
    if (this.shuttingDown) return;
    if (item.kind === "oversized") {
      this.send(errorMessage(item.id, "TOO_LARGE", `message of ${item.size} bytes exceeds maxMessageBytes (${this.maxMessageBytes})`));
      return;
    }
    let msg: ProtocolMessage;
    try {
      msg = item.kind === "line" ? decodeJsonLine(item.data) : decodeEnvelope(item.data);
    } catch (e) {
      if (e instanceof DecodeError) {
        this.send(errorMessage(e.id, e.code, e.message));
        return;
      }
      throw e;
    }
    this.onMessage(msg);
  }

  private onMessage(msg: ProtocolMessage): void {
    switch (msg.$typeName) {
      case "eliza.interop.v1.HelloMessage": {
        const wantsProtobuf = msg.framing === Framing.PROTOBUF;
        if (this.decoder.framing === "protobuf") {
          // Framing is negotiated once: a later hello is answered in the framing in force (a frame, never a
          // JSON line in the middle of the binary stream), and cannot switch back.
          const again = wantsProtobuf || msg.framing === Framing.UNSPECIFIED;
          this.send(
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
            ? `UNSUPPORTED_VERSION: server speaks protocol version ${PROTOCOL_VERSION}, host asked for ${msg.protocolVersion}`
            : !ok
              ? `UNSUPPORTED_FRAMING: framing ${Framing[msg.framing] ?? msg.framing} is not supported`
              : undefined;
        const result = makeMessage("hello.result", msg.id, {
          accepted: ok,
          framing: ok ? msg.framing : Framing.JSON,
          ...(error !== undefined ? { error } : {}),
        });
        // hello.result is always one JSON line; the switch happens right after it.
        this.write(encodeJsonLine(result));
        if (ok) this.decoder.setMode(wantsProtobuf ? "protobuf" : "json");
        return;
      }
      case "eliza.interop.v1.CancelRequest": {
        const call = this.inflight.get(msg.targetId);
        if (call !== undefined) call.cancelled = true;
        return;
      }
      case "eliza.interop.v1.ShutdownRequest": {
        this.shuttingDown = true;
        this.input.pause();
        void Promise.all([...this.inflight.values()].map((c) => c.done)).then(() => {
          this.send(makeMessage("shutdown.result", msg.id));
          this.batch.flush();
          this.options.onShutdown?.();
        });
        return;
      }
      default:
        break;
    }
    if (this.inflight.has(msg.id) && msg.id !== "") {
      this.send(errorMessage(msg.id, "INVALID_ARGUMENT", `request id "${msg.id}" is already in flight`));
      return;
    }
    const entry = { cancelled: false, done: Promise.resolve() };
    entry.done = this.dispatcher.handle(msg).then(
      (response) => {
        this.inflight.delete(msg.id);
        if (!entry.cancelled) this.send(response);
      },
      (e: unknown) => {
        this.inflight.delete(msg.id);
        this.log(`internal error answering ${msg.type} ${msg.id}: ${String(e)}`);
      },
    );
    this.inflight.set(msg.id, entry);
  }
}

/** Serves a plugin on an existing stream pair (stdio). */
export function serveStream(
  dispatcher: PluginDispatcher,
  input: Readable,
  write: (bytes: Buffer) => void,
  options: ServeOptions = {},
): Promise<void> {
  return new ServerSession(input, write, dispatcher, options).start();
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
    void new ServerSession(socket, (b) => {
      if (!socket.destroyed) socket.write(b);
    }, dispatcher, sessionOptions)
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
