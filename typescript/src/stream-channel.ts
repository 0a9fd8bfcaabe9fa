/**
 * StreamChannel: the Channel over a byte transport (channel.ts) — framing (JSON lines, or length-prefixed
 * Envelopes after `hello`), ids from this side's space ("1"… for the host, "p1"… for the plugin server), deadlines
 * and AbortSignal cancellation that send the peer a `cancel`, back-pressure (`maxPendingRequests`), serving the
 * peer's requests (NOT_FOUND without a handler; a `cancel` from the peer aborts the handler's signal).
 */
import { responseError } from "./channel.js";
import type { ByteTransport, CallOptions, Channel, RequestHandler } from "./channel.js";
import {
  BufferOverflowError,
  CallCancelledError,
  CallTimeoutError,
  DecodeError,
  InteropError,
  MessageTooLargeError,
  PluginClosedError,
  TooManyPendingError,
  errorResponse,
  errorToWire,
} from "./errors.js";
import { isRequestType, makeMessage } from "./wire/body.js";
import type { MessageInit, ProtocolMessage, RequestType, ResponseOf } from "./wire/body.js";
import { decodeEnvelope, decodeJsonLine } from "./wire/codec.js";
import { DEFAULT_MAX_BUFFER_BYTES, DEFAULT_MAX_MESSAGE_BYTES, DEFAULT_MAX_PENDING_REQUESTS, ErrorCode } from "./wire/constants.js";
import { StreamDecoder, encodeFramed, payloadSize } from "./wire/framing.js";
import type { DecodedItem, FramingMode } from "./wire/framing.js";

export interface StreamChannelOptions {
  /** "host" numbers requests "1", "2", …; "plugin" numbers them "p1", "p2", …. */
  side: "host" | "plugin";
  /** Who the peer is, for error messages (e.g. `plugin "x"`). */
  peer?: string;
  maxPendingRequests?: number;
  maxMessageBytes?: number;
  maxBufferBytes?: number;
  /** Default per-call deadline in ms (0 or Infinity: none). Default none. */
  callTimeoutMs?: number;
  /** Initial framing. Default "json". */
  framing?: FramingMode;
  /**
   * Sees each decoded message first (ready, hello, log, shutdown, …); returns true when it consumed it.
   * Everything else is a request of the peer, a `cancel`, or a response to one of ours.
   */
  intercept?: (msg: ProtocolMessage) => boolean;
  /**
   * Input that cannot be delivered: an oversized item or a malformed one (`err`, with the id recovered from it).
   * Default: the pending request with that id (if any) fails with `err`; otherwise the peer gets an `error`.
   */
  onBadInput?: (err: InteropError, id: string, item: DecodedItem) => void;
  /** A partial item outgrew maxBufferBytes (the connection must be dropped). Default: close with it. */
  onOverflow?: (err: InteropError) => void;
  /** The incoming stream ended. Default: close (pending calls fail with PluginClosedError). */
  onEnd?: () => void;
  /** A response that matches no pending request (late after a timeout, or bogus). Default: dropped. */
  onStray?: (msg: ProtocolMessage) => void;
}

interface Pending {
  type: RequestType;
  resolve: (msg: ProtocolMessage) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout | undefined;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
}

/** A peer's request being answered. */
interface Inflight {
  controller: AbortController | undefined;
  cancelled: boolean;
  done: Promise<void>;
}

/** A Channel over a byte transport: framing, ids, deadlines, cancellation, back-pressure, serving. */
export class StreamChannel implements Channel {
  readonly maxPendingRequests: number;
  readonly maxMessageBytes: number;
  private readonly pending = new Map<string, Pending>();
  private readonly inflight = new Map<string, Inflight>();
  private readonly decoder: StreamDecoder;
  private readonly prefix: string;
  private readonly callTimeoutMs: number;
  /** Who the peer is, in error messages (e.g. `plugin "x"`). */
  peer: string;
  private mode: FramingMode;
  private nextId = 1;
  private handler: RequestHandler | undefined;
  private closedWith: Error | undefined;
  private started = false;

  constructor(
    private readonly transport: ByteTransport,
    private readonly options: StreamChannelOptions,
  ) {
    this.prefix = options.side === "host" ? "" : "p";
    this.peer = options.peer ?? "peer";
    this.maxPendingRequests = options.maxPendingRequests ?? DEFAULT_MAX_PENDING_REQUESTS;
    this.maxMessageBytes = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
    this.callTimeoutMs = options.callTimeoutMs ?? 0;
    this.mode = options.framing ?? "json";
    this.decoder = new StreamDecoder((item) => this.onItem(item), {
      maxMessageBytes: this.maxMessageBytes,
      maxBufferBytes: options.maxBufferBytes ?? DEFAULT_MAX_BUFFER_BYTES,
      mode: this.mode,
    });
  }

  /** Starts reading the transport (once). */
  start(): this {
    if (this.started) return this;
    this.started = true;
    this.transport.start(
      (chunk) => this.receive(chunk),
      () => (this.options.onEnd ?? (() => this.fail(new PluginClosedError(`${this.peer}: connection closed`))))(),
    );
    return this;
  }

  get framing(): FramingMode {
    return this.mode;
  }

  /** Switches framing in both directions, from the next byte on. */
  setFraming(mode: FramingMode): void {
    this.mode = mode;
    this.decoder.setMode(mode);
  }

  /** Calls in flight (ours). */
  get pendingCount(): number {
    return this.pending.size;
  }

  /** Bytes of a partial incoming item held at the end of the stream. */
  get partialBytes(): number {
    return this.decoder.pendingBytes;
  }

  get isClosed(): boolean {
    return this.closedWith !== undefined;
  }

  serve(handler: RequestHandler | undefined): void {
    this.handler = handler;
  }

  /** Feeds incoming bytes (the transport does this; exposed for transports driven from outside). */
  receive(chunk: Buffer): void {
    if (this.closedWith !== undefined) return;
    try {
      this.decoder.push(chunk);
    } catch (e) {
      if (!(e instanceof BufferOverflowError)) throw e;
      (this.options.onOverflow ?? ((err: InteropError) => this.fail(err)))(e);
    }
  }

  /** The bytes of a message in the framing in force; a message over maxMessageBytes throws MessageTooLargeError. */
  encode(msg: ProtocolMessage): Buffer {
    const bytes = encodeFramed(this.mode, msg);
    const size = payloadSize(this.mode, bytes);
    if (size > this.maxMessageBytes) {
      throw new MessageTooLargeError(`"${msg.type}" of ${size} bytes exceeds maxMessageBytes (${this.maxMessageBytes}); not sent`, size, this.maxMessageBytes);
    }
    return bytes;
  }

  /** Writes bytes as they are (a handshake line in a framing about to change). */
  writeRaw(bytes: Buffer): void {
    this.transport.write(bytes);
  }

  notify(msg: ProtocolMessage): void {
    this.transport.write(this.encode(msg));
  }

  /** Sends a response; one over maxMessageBytes is replaced by a TOO_LARGE `error`. */
  respond(msg: ProtocolMessage): void {
    let bytes = encodeFramed(this.mode, msg);
    const size = payloadSize(this.mode, bytes);
    if (size > this.maxMessageBytes) {
      const err = errorResponse(msg.id, ErrorCode.TOO_LARGE, `response of ${size} bytes exceeds maxMessageBytes (${this.maxMessageBytes})`);
      bytes = encodeFramed(this.mode, err);
    }
    this.transport.write(bytes);
  }

  request<T extends RequestType>(type: T, init: MessageInit<T>, options: CallOptions = {}): Promise<ResponseOf<T>> {
    if (this.closedWith !== undefined) return Promise.reject(this.closedWith);
    if (this.pending.size >= this.maxPendingRequests) {
      return Promise.reject(
        new TooManyPendingError(`${this.peer} already has ${this.pending.size} calls in flight (maxPendingRequests ${this.maxPendingRequests})`),
      );
    }
    const signal = options.signal;
    if (signal?.aborted === true) return Promise.reject(new CallCancelledError(`${this.peer}: "${type}" cancelled before it was sent`));
    const id = this.prefix + String(this.nextId++);
    let bytes: Buffer;
    try {
      bytes = this.encode(makeMessage(type, id, init) as ProtocolMessage);
    } catch (e) {
      return Promise.reject(e);
    }
    const timeoutMs = options.timeoutMs ?? this.callTimeoutMs;
    return new Promise<ResponseOf<T>>((resolve, reject) => {
      const p: Pending = { type, resolve: resolve as (m: ProtocolMessage) => void, reject, timer: undefined, signal, onAbort: undefined };
      if (timeoutMs > 0 && Number.isFinite(timeoutMs)) {
        p.timer = setTimeout(() => {
          this.abandon(id, p, new CallTimeoutError(`${this.peer}: "${type}" (id ${id}) got no answer within ${timeoutMs} ms; cancel sent`, timeoutMs));
        }, timeoutMs);
      }
      if (signal !== undefined) {
        p.onAbort = () => this.abandon(id, p, new CallCancelledError(`${this.peer}: "${type}" (id ${id}) was cancelled; cancel sent`));
        signal.addEventListener("abort", p.onAbort, { once: true });
      }
      this.pending.set(id, p);
      try {
        this.transport.write(bytes);
      } catch (e) {
        this.settle(id, p);
        reject(e as Error);
      }
    });
  }

  /** Removes a pending call (timer, abort listener). */
  private settle(id: string, p: Pending): void {
    this.pending.delete(id);
    if (p.timer !== undefined) clearTimeout(p.timer);
    if (p.onAbort !== undefined) p.signal?.removeEventListener("abort", p.onAbort);
  }

  /** A deadline passed or the caller cancelled: fail the call and tell the peer. */
  private abandon(id: string, p: Pending, err: Error): void {
    if (this.pending.get(id) !== p) return;
    this.settle(id, p);
    p.reject(err);
    try {
      this.transport.write(this.encode(makeMessage("cancel", `cancel-${id}`, { targetId: id })));
    } catch {
      // connection gone: nothing to cancel
    }
  }

  /** Fails the pending call with `id` (if any) with `err`; false when there is none. */
  rejectPending(id: string, err: Error): boolean {
    const p = id === "" ? undefined : this.pending.get(id);
    if (p === undefined) return false;
    this.settle(id, p);
    p.reject(err);
    return true;
  }

  private onItem(item: DecodedItem): void {
    if (item.kind === "oversized") {
      const err = new MessageTooLargeError(
        `${this.peer} sent a message of ${item.size} bytes, over maxMessageBytes (${this.maxMessageBytes}); discarded`,
        item.size,
        this.maxMessageBytes,
      );
      this.badInput(err, item.id, item);
      return;
    }
    let msg: ProtocolMessage;
    try {
      msg = item.kind === "line" ? decodeJsonLine(item.data) : decodeEnvelope(item.data);
    } catch (e) {
      if (!(e instanceof DecodeError)) throw e;
      this.badInput(e, e.id, item);
      return;
    }
    if (this.options.intercept?.(msg) === true) return;
    this.dispatch(msg);
  }

  private badInput(err: InteropError, id: string, item: DecodedItem): void {
    if (this.options.onBadInput !== undefined) {
      this.options.onBadInput(err, id, item);
      return;
    }
    if (!this.rejectPending(id, err)) {
      const message = err instanceof MessageTooLargeError ? `message of ${err.size} bytes exceeds maxMessageBytes (${err.limit})` : err.message;
      this.respond(errorResponse(id, err.code, message));
    }
  }

  /** A decoded message that no hook consumed: a request of the peer, a cancel, or a response to ours. */
  private dispatch(msg: ProtocolMessage): void {
    if (msg.$typeName === "eliza.interop.v1.CancelRequest") {
      const call = this.inflight.get(msg.targetId);
      if (call !== undefined) {
        call.cancelled = true;
        call.controller?.abort();
      }
      return;
    }
    if (isRequestType(msg.type)) {
      this.serveRequest(msg);
      return;
    }
    const p = this.pending.get(msg.id);
    if (p === undefined) {
      this.options.onStray?.(msg);
      return;
    }
    this.settle(msg.id, p);
    const err = responseError(p.type, msg, this.peer);
    if (err !== undefined) p.reject(err);
    else p.resolve(msg);
  }

  private serveRequest(msg: ProtocolMessage): void {
    const handler = this.handler;
    if (handler === undefined) {
      this.respond(errorResponse(msg.id, ErrorCode.NOT_FOUND, `no handler for "${msg.type}" on this side of the connection`));
      return;
    }
    if (msg.id !== "" && this.inflight.has(msg.id)) {
      this.respond(errorResponse(msg.id, ErrorCode.INVALID_ARGUMENT, `request id "${msg.id}" is already in flight`));
      return;
    }
    // An AbortController only for handlers that look at their signal (it costs on the hot path otherwise).
    const entry: Inflight = { controller: handler.length >= 2 ? new AbortController() : undefined, cancelled: false, done: Promise.resolve() };
    const signal = entry.controller?.signal ?? NEVER_ABORTED;
    entry.done = handler(msg, signal).then(
      (response) => {
        this.inflight.delete(msg.id);
        if (!entry.cancelled && this.closedWith === undefined) this.respond(response);
      },
      (e: unknown) => {
        this.inflight.delete(msg.id);
        if (!entry.cancelled && this.closedWith === undefined) this.respond(errorToWire(msg.id, e));
      },
    );
    this.inflight.set(msg.id, entry);
  }

  /** Resolves once every request of the peer being answered now has been answered. */
  async drain(): Promise<void> {
    await Promise.all([...this.inflight.values()].map((c) => c.done));
  }

  /** Fails every pending call with `err` and stops decoding; the channel is unusable afterwards. */
  fail(err: Error): void {
    if (this.closedWith === undefined) this.closedWith = err;
    this.decoder.close();
    for (const [id, p] of this.pending) {
      this.settle(id, p);
      p.reject(err);
    }
  }

  /** Ends the sending side (after what is queued). */
  end(): void {
    this.transport.end();
  }

  /** Ends the stream (after what is queued) and fails what is still pending. */
  async close(): Promise<void> {
    this.fail(new PluginClosedError(`${this.peer}: channel closed`));
    this.transport.end();
  }

  /** Writes what is queued now. */
  flush(): void {
    this.transport.flush();
  }

  /** Drops the connection at once. */
  destroy(): void {
    this.transport.destroy();
  }
}

const NEVER_ABORTED: AbortSignal = new AbortController().signal;
