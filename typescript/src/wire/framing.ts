/**
 * Bounded stream decoding for IPC (docs/PROTOCOL.md §2): JSON lines, and 4-byte big-endian length-prefixed
 * Envelope frames after a `hello` switches framing. Oversized lines/frames are discarded without being
 * buffered (their first 1 KiB is kept to recover the `id`).
 */
import { BufferOverflowError } from "../errors.js";
import type { ProtocolMessage } from "./body.js";
import { encodeFrame, encodeJsonLine, recoverBinaryId, recoverJsonId } from "./codec.js";
import { DEFAULT_MAX_BUFFER_BYTES, DEFAULT_MAX_MESSAGE_BYTES } from "./constants.js";

export type FramingMode = "json" | "protobuf";

/** The bytes of one message in a framing (a JSON line, or a length-prefixed Envelope). */
export function encodeFramed(mode: FramingMode, msg: ProtocolMessage): Buffer {
  return mode === "json" ? encodeJsonLine(msg) : encodeFrame(msg);
}

/** The size of the message inside `encodeFramed`'s bytes (without the newline or the length prefix). */
export function payloadSize(mode: FramingMode, bytes: Buffer): number {
  return mode === "json" ? bytes.length - 1 : bytes.length - 4;
}

export type DecodedItem =
  | { kind: "line"; data: Buffer }
  | { kind: "frame"; data: Buffer }
  /** A line or frame over `maxMessageBytes` was discarded; `id` recovered from its first 1 KiB ("" if none). */
  | { kind: "oversized"; id: string; size: number };

export interface StreamDecoderOptions {
  maxMessageBytes?: number;
  maxBufferBytes?: number;
  mode?: FramingMode;
}

const HEAD_BYTES = 1024;

/**
 * Splits an incoming byte stream into lines or frames. `push` calls `onItem` for each complete item; `onItem`
 * may call `setMode` to switch framing from the next byte on. Throws BufferOverflowError when a partial
 * item would need more than `maxBufferBytes` of buffer.
 */
export class StreamDecoder {
  readonly maxMessageBytes: number;
  readonly maxBufferBytes: number;
  private mode: FramingMode;
  private chunks: Buffer[] = [];
  private buffered = 0;
  // Discarding an oversized item: JSON — until the next newline; protobuf — `skipRemaining` more bytes.
  private discarding = false;
  private discardHead: Buffer[] = [];
  private discardHeadLen = 0;
  private discardSize = 0;
  private skipRemaining = 0;
  private frameLen = -1;
  private closed = false;

  constructor(private readonly onItem: (item: DecodedItem) => void, options: StreamDecoderOptions = {}) {
    this.maxMessageBytes = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
    this.maxBufferBytes = options.maxBufferBytes ?? DEFAULT_MAX_BUFFER_BYTES;
    this.mode = options.mode ?? "json";
  }

  get framing(): FramingMode {
    return this.mode;
  }

  /** Switches framing; takes effect for the bytes after the item being delivered. */
  setMode(mode: FramingMode): void {
    this.mode = mode;
    this.frameLen = -1;
  }

  /** Stops delivering items (remaining buffered bytes are dropped). */
  close(): void {
    this.closed = true;
    this.chunks = [];
    this.buffered = 0;
  }

  /** Bytes actually retained in memory (partial item, or the kept head of an item being discarded). */
  get retainedBytes(): number {
    return this.buffered + this.discardHeadLen;
  }

  /** Bytes of a partial item held at the end of the stream (a truncated line or frame), 0 if none. */
  get pendingBytes(): number {
    return this.buffered + (this.discarding ? this.discardSize : 0);
  }

  push(chunk: Buffer): void {
    let data = chunk;
    while (data.length > 0 && !this.closed) {
      data = this.mode === "json" ? this.pushJson(data) : this.pushFrame(data);
    }
  }

  private keepHead(part: Buffer): void {
    if (this.discardHeadLen < HEAD_BYTES) {
      const take = part.subarray(0, HEAD_BYTES - this.discardHeadLen);
      this.discardHead.push(Buffer.from(take));
      this.discardHeadLen += take.length;
    }
  }

  private startDiscard(): void {
    this.discarding = true;
    this.discardHead = [];
    this.discardHeadLen = 0;
    this.discardSize = 0;
    for (const c of this.chunks) this.keepHead(c);
    this.discardSize = this.buffered;
    this.chunks = [];
    this.buffered = 0;
  }

  private takeBuffered(extra: Buffer): Buffer {
    const all = this.chunks.length === 0 ? extra : Buffer.concat([...this.chunks, extra]);
    this.chunks = [];
    this.buffered = 0;
    return all;
  }

  private checkBuffer(adding: number): void {
    if (this.buffered + adding > this.maxBufferBytes) {
      throw new BufferOverflowError(
        `a partial incoming message needs more than maxBufferBytes (${this.maxBufferBytes}) of buffer`,
      );
    }
  }

  /** Consumes bytes in JSON mode; returns what is left after one item (or an empty buffer). */
  private pushJson(data: Buffer): Buffer {
    const nl = data.indexOf(0x0a);
    if (this.discarding) {
      if (nl < 0) {
        this.keepHead(data);
        this.discardSize += data.length;
        return data.subarray(data.length);
      }
      this.keepHead(data.subarray(0, nl));
      const size = this.discardSize + nl;
      const id = recoverJsonId(Buffer.concat(this.discardHead));
      this.discarding = false;
      this.discardHead = [];
      this.discardHeadLen = 0;
      this.discardSize = 0;
      this.onItem({ kind: "oversized", id, size });
      return data.subarray(nl + 1);
    }
    if (nl < 0) {
      if (this.buffered + data.length > this.maxMessageBytes) {
        this.chunks.push(data);
        this.buffered += data.length;
        this.startDiscard();
        return data.subarray(data.length);
      }
      this.checkBuffer(data.length);
      this.chunks.push(Buffer.from(data));
      this.buffered += data.length;
      return data.subarray(data.length);
    }
    const lineLen = this.buffered + nl;
    if (lineLen > this.maxMessageBytes) {
      const id = recoverJsonId(this.takeBuffered(data.subarray(0, Math.min(nl, HEAD_BYTES))));
      this.onItem({ kind: "oversized", id, size: lineLen });
      return data.subarray(nl + 1);
    }
    let line = this.takeBuffered(data.subarray(0, nl));
    if (line.length > 0 && line[line.length - 1] === 0x0d) line = line.subarray(0, line.length - 1);
    const rest = data.subarray(nl + 1);
    if (line.length > 0) this.onItem({ kind: "line", data: line });
    return rest;
  }

  /** Consumes bytes in protobuf mode; returns what is left after one item (or an empty buffer). */
  private pushFrame(data: Buffer): Buffer {
    if (this.discarding) {
      const take = Math.min(this.skipRemaining, data.length);
      this.keepHead(data.subarray(0, take));
      this.skipRemaining -= take;
      if (this.skipRemaining === 0) {
        const id = recoverBinaryId(Buffer.concat(this.discardHead));
        const size = this.discardSize;
        this.discarding = false;
        this.discardHead = [];
        this.discardHeadLen = 0;
        this.discardSize = 0;
        this.onItem({ kind: "oversized", id, size });
      }
      return data.subarray(take);
    }
    // A partial frame whose length is known: accumulate without re-concatenating.
    if (this.frameLen >= 0 && this.buffered + data.length < 4 + this.frameLen) {
      this.checkBuffer(data.length);
      this.chunks.push(Buffer.from(data));
      this.buffered += data.length;
      return data.subarray(data.length);
    }
    // Need the 4-byte header.
    if (this.buffered + data.length < 4) {
      this.chunks.push(Buffer.from(data));
      this.buffered += data.length;
      return data.subarray(data.length);
    }
    let all = this.takeBuffered(data);
    const len = all.readUInt32BE(0);
    if (len > this.maxMessageBytes) {
      this.discarding = true;
      this.discardHead = [];
      this.discardHeadLen = 0;
      this.discardSize = len;
      this.skipRemaining = len;
      return all.subarray(4);
    }
    if (all.length - 4 >= len) {
      this.frameLen = -1;
      const frame = all.subarray(4, 4 + len);
      const rest = all.subarray(4 + len);
      this.onItem({ kind: "frame", data: frame });
      return rest;
    }
    this.checkBuffer(all.length);
    this.frameLen = len;
    if (all === data) all = Buffer.from(data);
    this.chunks.push(all);
    this.buffered = all.length;
    return data.subarray(data.length);
  }
}

/**
 * Splits a text stream (a child's stderr) into lines of at most `maxLineBytes` (longer ones are cut and
 * marked), calling `onLine` for each.
 */
export class LineSplitter {
  private partial = "";
  private truncated = false;
  constructor(private readonly onLine: (line: string) => void, private readonly maxLineBytes = 64 * 1024) {}

  push(chunk: Buffer | string): void {
    const text = typeof chunk === "string" ? chunk : chunk.toString("utf8");
    let start = 0;
    for (;;) {
      const nl = text.indexOf("\n", start);
      if (nl < 0) break;
      // The tail of a line already cut (and marked) is dropped.
      if (!this.truncated) this.emit(this.partial + text.slice(start, nl));
      this.partial = "";
      this.truncated = false;
      start = nl + 1;
    }
    if (!this.truncated) {
      this.partial += text.slice(start);
      if (this.partial.length > this.maxLineBytes) {
        this.emit(this.partial.slice(0, this.maxLineBytes) + " …[line truncated]");
        this.partial = "";
        this.truncated = true;
      }
    }
  }

  flush(): void {
    if (this.partial.length > 0) this.emit(this.partial);
    this.partial = "";
  }

  private emit(line: string): void {
    const l = line.endsWith("\r") ? line.slice(0, -1) : line;
    if (l.length > 0) this.onLine(l);
  }
}

/**
 * The first write of a turn of the event loop goes out at once (low latency for a lone call); later writes
 * in the same turn are coalesced into one write at its end (fewer syscalls when many pipelined calls or
 * answers are in flight). `flush` writes what is queued immediately. Order is kept.
 */
export class WriteBatcher {
  private queue: Buffer[] = [];
  private scheduled = false;
  constructor(private readonly sink: (bytes: Buffer) => void) {}

  write(bytes: Buffer): void {
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
      this.sink(bytes);
      return;
    }
    this.queue.push(bytes);
  }

  flush(): void {
    this.scheduled = false;
    const q = this.queue;
    if (q.length === 0) return;
    this.queue = [];
    this.sink(q.length === 1 ? (q[0] as Buffer) : Buffer.concat(q));
  }
}
