/**
 * The WASM ABI v1 runtime for Node (docs/PROTOCOL.md §4, docs/WASM.md): the memory cap written into the module,
 * one ABI round trip (`alloc` → `eliza_call` → `dealloc`), and the two runners — inline on the caller's thread,
 * or in a worker thread whose deadline terminates a runaway call. A trap discards the instance.
 */
import { Worker } from "node:worker_threads";
import { PluginLoadError, ProtocolError, ResourceLimitError, DeadlineExceededError, WasmTrapError } from "../errors.js";

/** The WebAssembly page size. */
export const PAGE = 65536;

// ------------------------------------------------------------------------------------------------ binary

function readLeb(bytes: Uint8Array, pos: number): [number, number] {
  let result = 0;
  let shift = 0;
  for (;;) {
    if (pos >= bytes.length || shift > 35) throw new PluginLoadError("truncated or invalid LEB128 in module");
    const b = bytes[pos++] as number;
    result += (b & 0x7f) * 2 ** shift;
    if ((b & 0x80) === 0) return [result, pos];
    shift += 7;
  }
}

function writeLeb(value: number): number[] {
  const out: number[] = [];
  do {
    let b = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) b |= 0x80;
    out.push(b);
  } while (value > 0);
  return out;
}

/**
 * Rewrites the memory section so every defined memory declares `maximum <= maxPages`.
 * Throws ResourceLimitError when a memory's minimum is already above `maxPages`.
 */
export function capMemory(bytes: Uint8Array, maxPages: number, source: string): Uint8Array<ArrayBuffer> {
  if (bytes.length < 8 || bytes[0] !== 0 || bytes[1] !== 0x61 || bytes[2] !== 0x73 || bytes[3] !== 0x6d) {
    throw new PluginLoadError(`${source}: not a WebAssembly binary`);
  }
  const parts: Uint8Array[] = [bytes.subarray(0, 8)];
  let pos = 8;
  while (pos < bytes.length) {
    const id = bytes[pos] as number;
    const [size, start] = readLeb(bytes, pos + 1);
    const end = start + size;
    if (end > bytes.length) throw new PluginLoadError(`${source}: truncated section ${id}`);
    if (id !== 5) {
      parts.push(bytes.subarray(pos, end));
    } else {
      let p = start;
      const [count, afterCount] = readLeb(bytes, p);
      p = afterCount;
      const body: number[] = [...writeLeb(count)];
      for (let i = 0; i < count; i++) {
        const flags = bytes[p++] as number;
        if ((flags & ~0x01) !== 0) {
          throw new PluginLoadError(`${source}: unsupported memory flags 0x${flags.toString(16)} (shared or memory64)`);
        }
        const [min, afterMin] = readLeb(bytes, p);
        p = afterMin;
        let max = maxPages;
        if (flags & 1) {
          const [declared, afterMax] = readLeb(bytes, p);
          p = afterMax;
          max = Math.min(declared, maxPages);
        }
        if (min > maxPages) {
          throw new ResourceLimitError(
            `${source}: memory needs ${min * PAGE} bytes initially, over maxMemoryBytes=${maxPages * PAGE}`,
          );
        }
        body.push(0x01, ...writeLeb(min), ...writeLeb(max));
      }
      if (p !== end) throw new PluginLoadError(`${source}: malformed memory section`);
      parts.push(Uint8Array.of(5, ...writeLeb(body.length), ...body));
    }
    pos = end;
  }
  const total = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}


// ------------------------------------------------------------------------------------------------ ABI call

export interface AbiExports {
  memory: WebAssembly.Memory;
  alloc(len: number): number;
  dealloc(ptr: number, len: number): void;
  eliza_abi_version(): number;
  eliza_call(ptr: number, len: number): bigint;
}

/**
 * One ABI round trip on an instance's exports. Self-contained (no imports, no closures) because its source
 * text is also evaluated inside worker threads. Throws a plain Error with `abi = true` for ABI violations.
 */
function abiCall(ex: AbiExports, input: Uint8Array, maxMemoryBytes: number): Uint8Array {
  const len = input.length;
  const ptr = ex.alloc(len) >>> 0;
  let buf = ex.memory.buffer;
  if (ptr + len > buf.byteLength) {
    throw Object.assign(new Error(`alloc(${len}) returned ${ptr}, outside memory of ${buf.byteLength} bytes`), { abi: true });
  }
  new Uint8Array(buf, ptr, len).set(input);
  const packed = BigInt.asUintN(64, ex.eliza_call(ptr, len));
  const outPtr = Number(packed >> 32n);
  const outLen = Number(packed & 0xffffffffn);
  buf = ex.memory.buffer; // may have grown (a new ArrayBuffer)
  if (buf.byteLength > maxMemoryBytes) {
    throw Object.assign(new Error(`memory grew to ${buf.byteLength} bytes, over maxMemoryBytes=${maxMemoryBytes}`), { limit: true });
  }
  if (outPtr + outLen > buf.byteLength) {
    throw Object.assign(
      new Error(`eliza_call returned (${outPtr}, ${outLen}), outside memory of ${buf.byteLength} bytes`),
      { abi: true },
    );
  }
  const out = new Uint8Array(buf, outPtr, outLen).slice();
  ex.dealloc(outPtr, outLen);
  return out;
}

/**
 * Classifies a failure of abiCall: "abi" (ABI violation), "limit" (a trap after memory grew to at least half of
 * maxMemoryBytes during the call: growth beyond the cap was refused), "trap" (other wasm traps) or "error".
 * Self-contained: also evaluated inside worker threads.
 */
function failureKind(e: unknown, sizeBefore: number, sizeAfter: number, maxMemoryBytes: number): string {
  const err = e as { abi?: boolean; limit?: boolean } | null;
  if (err !== null && typeof err === "object" && err.abi === true) return "abi";
  if (err !== null && typeof err === "object" && err.limit === true) return "limit";
  if (e instanceof WebAssembly.RuntimeError) {
    return sizeAfter > sizeBefore && sizeAfter * 2 >= maxMemoryBytes ? "limit" : "trap";
  }
  return "error";
}

/** Worker source: instantiates the module it is given, reports readiness, and serves abiCall requests. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
${abiCall.toString()}
${failureKind.toString()}
let instance = null;
const fresh = () => new WebAssembly.Instance(workerData.module, {}).exports;
try {
  instance = fresh();
  parentPort.postMessage({ seq: 0, ready: true });
} catch (e) {
  parentPort.postMessage({ seq: 0, error: { kind: "error", message: String(e && e.message || e) } });
}
parentPort.on("message", (msg) => {
  let before = 0;
  try {
    if (instance === null) instance = fresh();
    before = instance.memory.buffer.byteLength;
    const out = abiCall(instance, msg.input, workerData.maxMemoryBytes);
    parentPort.postMessage({ seq: msg.seq, out }, [out.buffer]);
  } catch (e) {
    const after = instance === null ? 0 : instance.memory.buffer.byteLength;
    instance = null;
    const kind = failureKind(e, before, after, workerData.maxMemoryBytes);
    parentPort.postMessage({ seq: msg.seq, error: { kind, message: String(e && e.message || e) + " (memory " + after + " bytes)" } });
  }
});
`;

type WorkerReply = { seq: number; ready?: boolean; out?: Uint8Array; error?: { kind: string; message: string } };

/** Time a fresh worker gets to start and instantiate the module before its first call's deadline starts. */
const WORKER_STARTUP_MS = 10_000;

// ------------------------------------------------------------------------------------------------ runners

export interface Runner {
  run(input: Uint8Array, deadlineMs: number | undefined, what: string): Promise<Uint8Array>;
  restarts: number;
  close(): Promise<void>;
}

function classify(kind: string, message: string, who: string, what: string): Error {
  if (kind === "limit") return new WasmTrapError(`${who}: ${what} trapped at the memory limit: ${message}`);
  if (kind === "trap") return new WasmTrapError(`${who}: ${what} trapped: ${message}`);
  if (kind === "abi") return new ProtocolError(`${who}: ${what}: ${message}`);
  return new WasmTrapError(`${who}: ${what} failed: ${message}`);
}


export class InlineRunner implements Runner {
  restarts = 0;
  private exports: AbiExports | null = null;
  constructor(
    private readonly module: WebAssembly.Module,
    private readonly maxMemoryBytes: number,
    private readonly who: () => string,
  ) {}

  instantiate(): AbiExports {
    return new WebAssembly.Instance(this.module, {}).exports as unknown as AbiExports;
  }

  async run(input: Uint8Array, _deadlineMs: number | undefined, what: string): Promise<Uint8Array> {
    if (this.exports === null) this.exports = this.instantiate();
    const exports = this.exports;
    const before = exports.memory.buffer.byteLength;
    try {
      return abiCall(exports, input, this.maxMemoryBytes);
    } catch (e) {
      const after = exports.memory.buffer.byteLength;
      this.exports = null;
      this.restarts++;
      const kind = failureKind(e, before, after, this.maxMemoryBytes);
      process.emitWarning(`${this.who()} trapped in ${what}; the instance is re-created on the next call`);
      throw classify(kind, `${(e as Error).message} (memory ${after} bytes)`, this.who(), what);
    }
  }

  async close(): Promise<void> {
    this.exports = null;
  }
}

export class WorkerRunner implements Runner {
  restarts = 0;
  private worker: Worker | null = null;
  private ready: Promise<void> = Promise.resolve();
  private seq = 0;
  private queue: Promise<unknown> = Promise.resolve();
  constructor(
    private readonly module: WebAssembly.Module,
    private readonly maxMemoryBytes: number,
    private readonly who: () => string,
  ) {}

  private spawn(): Worker {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { module: this.module, maxMemoryBytes: this.maxMemoryBytes },
      resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 },
    });
    worker.unref();
    // The deadline of the first call starts once the worker has instantiated the module.
    this.ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        worker.off("message", onMessage);
        if (this.worker === worker) this.worker = null;
        void worker.terminate();
        reject(new WasmTrapError(`${this.who()}: the worker did not start within ${WORKER_STARTUP_MS} ms`));
      }, WORKER_STARTUP_MS);
      const onMessage = (msg: WorkerReply): void => {
        if (msg.seq !== 0) return;
        clearTimeout(timer);
        worker.off("message", onMessage);
        if (msg.ready === true) return resolve();
        if (this.worker === worker) this.worker = null;
        void worker.terminate();
        reject(new WasmTrapError(`${this.who()}: instantiation failed in the worker: ${msg.error?.message ?? "unknown"}`));
      };
      worker.on("message", onMessage);
    });
    return worker;
  }

  run(input: Uint8Array, deadlineMs: number | undefined, what: string): Promise<Uint8Array> {
    // one call at a time per instance, like the other hosts
    const next = this.queue.then(() => this.runOne(input, deadlineMs, what));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async runOne(input: Uint8Array, deadlineMs: number | undefined, what: string): Promise<Uint8Array> {
    const worker = (this.worker ??= this.spawn());
    await this.ready;
    const seq = ++this.seq;
    return new Promise<Uint8Array>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const cleanup = (): void => {
        if (timer !== undefined) clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
      };
      const discard = (): void => {
        if (this.worker === worker) this.worker = null;
        this.restarts++;
        void worker.terminate();
      };
      const onMessage = (msg: WorkerReply): void => {
        if (msg.seq !== seq) return;
        cleanup();
        if (msg.out !== undefined) return resolve(msg.out);
        const err = msg.error ?? { kind: "error", message: "no result" };
        this.restarts++; // the worker dropped its instance and creates a new one on the next call
        process.emitWarning(`${this.who()} trapped in ${what}; the instance is re-created on the next call`);
        reject(classify(err.kind, err.message, this.who(), what));
      };
      const onError = (e: Error): void => {
        cleanup();
        discard();
        reject(new WasmTrapError(`${this.who()}: ${what}: the worker failed: ${e.message}`));
      };
      const onExit = (code: number): void => {
        cleanup();
        if (this.worker === worker) this.worker = null;
        reject(new WasmTrapError(`${this.who()}: ${what}: the worker exited (code ${code})`));
      };
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.on("exit", onExit);
      if (deadlineMs !== undefined) {
        timer = setTimeout(() => {
          cleanup();
          discard();
          process.emitWarning(`${this.who()} exceeded its deadline in ${what}; the instance is re-created`);
          reject(new DeadlineExceededError(`${this.who()}: ${what} exceeded its deadline of ${deadlineMs} ms`));
        }, deadlineMs);
      }
      worker.postMessage({ seq, input });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker !== null) await worker.terminate();
  }
}

