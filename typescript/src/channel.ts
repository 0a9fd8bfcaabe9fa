/**
 * The Channel (docs/ARCHITECTURE.md): one message-level connection between two peers. Either side may send a
 * request and await its response (ids, deadline, AbortSignal cancellation that sends the peer a `cancel`,
 * back-pressure), send one-way notifications, and serve the requests the peer sends. `StreamChannel` runs it over
 * any byte transport with the negotiated framing (stdio, Unix socket, TCP, in-memory; stream-channel.ts); the
 * IPC host connection and the bridge server session are both one. The WASM path presents the same `Channel` contract
 * (paths/wasm.ts).
 *
 * Ids: the host (the side that opened the connection) numbers its requests "1", "2", …; the plugin server
 * numbers its own "p1", "p2", …; a response is matched to the pending request of the side that sent it.
 */
import { InteropError, ProtocolError, errorFromWire } from "./errors.js";
import { RESPONSE_TYPES } from "./wire/body.js";
import type { MessageInit, ProtocolMessage, RequestType, ResponseOf } from "./wire/body.js";
import { WriteBatcher } from "./wire/framing.js";

export interface CallOptions {
  /** Deadline of this call in ms (default: the channel's `callTimeoutMs`; 0 or Infinity: none). */
  timeoutMs?: number;
  /** Cancels the call: the peer gets a `cancel`, the call rejects with CallCancelledError. */
  signal?: AbortSignal;
}

/** Answers one request the peer sent; `signal` fires when the peer cancels it. Throwing answers `error`. */
export type RequestHandler = (request: ProtocolMessage, signal: AbortSignal) => Promise<ProtocolMessage>;

/** What every path presents to a PluginHandle: requests with a typed response, notifications, serving, close. */
export interface Channel {
  request<T extends RequestType>(type: T, init: MessageInit<T>, options?: CallOptions): Promise<ResponseOf<T>>;
  notify(msg: ProtocolMessage): void;
  /** Installs (or with undefined removes) the handler of requests the peer sends. */
  serve(handler: RequestHandler | undefined): void;
  close(): Promise<void>;
}

/** A byte stream to a peer. */
export interface ByteTransport {
  /** Queues bytes for the peer, in order. */
  write(bytes: Buffer): void;
  /** Writes what is queued now (writes may be coalesced until the end of the event-loop turn). */
  flush(): void;
  /** Writes what is queued, then closes the sending side (the peer reads the end of the stream). */
  end(): void;
  /** Drops the connection at once. */
  destroy(): void;
  /** Starts delivering incoming bytes and, once, the end of the incoming stream. Called once. */
  start(onData: (chunk: Buffer) => void, onEnd: () => void): void;
}

/** A transport over a readable stream and a sink (stdio pipes, a socket); writes coalesced per event-loop turn. */
export function streamTransport(
  input: NodeJS.ReadableStream,
  output: { write(bytes: Buffer): unknown; end(): unknown; destroy(): unknown; readonly destroyed?: boolean },
  onWrite?: () => void,
): ByteTransport {
  const batch = new WriteBatcher((b) => {
    if (output.destroyed !== true) output.write(b);
    onWrite?.();
  });
  return {
    write: (b) => batch.write(b),
    flush: () => batch.flush(),
    end: () => {
      batch.flush();
      output.end();
    },
    destroy: () => output.destroy(),
    start: (onData, onEnd) => {
      input.on("data", onData);
      input.on("end", onEnd);
      input.on("close", onEnd);
      input.on("error", onEnd);
    },
  };
}

/**
 * Two connected in-process byte transports (for tests): bytes written on one arrive on the other in a later
 * microtask, chunked as written, so framing and session code run as on a socket.
 */
export function memoryTransportPair(): [ByteTransport, ByteTransport] {
  interface End {
    onData?: (chunk: Buffer) => void;
    onEnd?: () => void;
    early: Buffer[];
    ended: boolean;
  }
  const ends: [End, End] = [{ early: [], ended: false }, { early: [], ended: false }];
  let closed = false;
  const deliver = (to: End, chunk: Buffer | undefined): void => {
    queueMicrotask(() => {
      if (chunk === undefined) {
        if (!to.ended) {
          to.ended = true;
          to.onEnd?.();
        }
      } else if (!to.ended) {
        if (to.onData !== undefined) to.onData(chunk);
        else to.early.push(chunk);
      }
    });
  };
  const make = (self: End, peer: End): ByteTransport => ({
    write: (b) => {
      if (!closed) deliver(peer, Buffer.from(b));
    },
    flush: () => undefined,
    end: () => deliver(peer, undefined),
    destroy: () => {
      closed = true;
      deliver(peer, undefined);
      deliver(self, undefined);
    },
    start: (onData, onEnd) => {
      self.onData = onData;
      self.onEnd = onEnd;
      for (const c of self.early.splice(0)) onData(c);
    },
  });
  return [make(ends[0], ends[1]), make(ends[1], ends[0])];
}

/**
 * Why `msg` is not the answer to a `type` request: the PluginCallError of an `error`, a ProtocolError for another
 * type (evaluator.invoke may be answered with action.result); undefined when it is the answer.
 */
export function responseError(type: RequestType, msg: ProtocolMessage, peer: string): InteropError | undefined {
  if (msg.$typeName === "eliza.interop.v1.ErrorResponse") return errorFromWire(msg);
  const expected: string = RESPONSE_TYPES[type];
  if (msg.type !== expected && !(type === "evaluator.invoke" && msg.type === "action.result")) {
    return new ProtocolError(`${peer} answered "${type}" with "${msg.type}" (expected "${expected}")`);
  }
  return undefined;
}

