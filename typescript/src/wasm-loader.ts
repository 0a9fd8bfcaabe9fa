/**
 * WASM path for Node: load a `.wasm` plugin (WASM ABI v1, docs/PROTOCOL.md §4) with Node's WebAssembly and
 * expose it as a {@link Plugin} (actions and providers from the plugin's manifest).
 *
 * What Node can enforce (docs/WASM.md):
 * - `maxModuleBytes`: checked with `stat` before the file is read.
 * - `maxMemoryBytes`: enforced by the engine. The loader rewrites the module's memory section so the memory
 *   declares `maximum = maxMemoryBytes / 64 KiB` (never above the module's own maximum): `memory.grow` beyond it
 *   returns -1 inside the module, and a module whose initial memory is larger is refused at load. The size is
 *   also checked after every call.
 * - `deadlineMs`: only with `isolation: "worker"` (the default). Node cannot interrupt synchronous wasm on the
 *   thread running it, so each plugin instance lives in a `worker_threads` Worker; a call that overruns its
 *   deadline terminates the worker (V8 stops the running wasm) and a fresh worker is started for the next call.
 *   With `isolation: "inline"` calls run on the caller's thread (fastest) and a runaway loop blocks it.
 * - Fuel (instruction budgets) is not available in V8; `fuel` is not a Node limit.
 * `adapter.call(method, params)` is `db.call` (like the IPC host's). A `wasm32-unknown-unknown` module has no
 * clock, so the host passes its wall clock as param `now` (ms since the epoch) unless the caller gave one.
 * A trap (panic/abort, `unreachable`, out-of-bounds) fails that call only: the instance is discarded and
 * re-created on the next call (plugin state is lost).
 */
import { readFile, stat } from "node:fs/promises";
import { Worker } from "node:worker_threads";

import { create, fromBinary, toBinary } from "@bufbuild/protobuf";
import type { JsonObject, JsonValue } from "@bufbuild/protobuf";

import { ActionResultSchema } from "../../generated/typescript/eliza/interop/v1/components_pb.js";
import type { ActionResult, ProviderResult } from "../../generated/typescript/eliza/interop/v1/components_pb.js";
import type { CrossLanguagePluginManifest } from "../../generated/typescript/eliza/interop/v1/ipc_pb.js";
import type { Memory } from "../../generated/typescript/eliza/interop/v1/memory_pb.js";
import { EnvelopeSchema } from "../../generated/typescript/eliza/interop/v1/protocol_pb.js";
import type { Envelope } from "../../generated/typescript/eliza/interop/v1/protocol_pb.js";
import type { State } from "../../generated/typescript/eliza/interop/v1/state_pb.js";
import { valueToJson } from "./codec.js";
import { InteropError, PluginCallError, PluginClosedError, PluginLoadError, ProtocolError } from "./errors.js";
import type { Action, DatabaseAdapter, Plugin, Provider } from "./types.js";

/** The WASM ABI version this host speaks. */
export const WASM_ABI_VERSION = 1;

const PAGE = 65536;

/** A WASM plugin speaks another ABI version or lacks required exports (or has imports). */
export class AbiVersionError extends PluginLoadError {}
/** A module or memory exceeds a configured limit (`maxModuleBytes`, `maxMemoryBytes`). */
export class ResourceLimitError extends PluginLoadError {}
/** A WASM plugin trapped during a call; the instance was discarded and will be re-created. */
export class WasmTrapError extends InteropError {}
/** A WASM call exceeded its wall-clock deadline (the worker running it was terminated). */
export class DeadlineExceededError extends WasmTrapError {}

export interface WasmLimits {
  /** Largest accepted module file (default 64 MiB). */
  maxModuleBytes?: number;
  /** Largest linear memory (default 256 MiB), enforced as the memory's declared maximum. */
  maxMemoryBytes?: number;
  /** Wall-clock deadline per call in ms (default 10 000); needs `isolation: "worker"`. */
  deadlineMs?: number;
  /** "worker" (default: deadline enforced, ~tens of µs a call) or "inline" (fastest, no deadline). */
  isolation?: "worker" | "inline";
}

/** A loaded WASM plugin: a {@link Plugin} plus raw envelope calls. */
export interface WasmPlugin extends Plugin {
  manifest: CrossLanguagePluginManifest;
  /** One raw call: a request Envelope in, the response Envelope (possibly an `error` one) out. */
  call(request: Envelope, deadlineMs?: number): Promise<Envelope>;
  /**
   * `db.call` (docs/PROTOCOL.md §1): resolves with `db.result.result` as JSON, rejects with PluginCallError
   * (`code` NOT_FOUND for a plugin without a database adapter, INVALID_ARGUMENT, ...). Params without a `now`
   * key get `now: Date.now()` (the module has no clock, docs/PROTOCOL.md §4); a caller-given `now` is kept.
   */
  adapter: DatabaseAdapter;
  /** How many times the instance was re-created after a trap or deadline. */
  readonly restarts: number;
  close(): Promise<void>;
}

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

interface AbiExports {
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

interface Runner {
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

class InlineRunner implements Runner {
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

class WorkerRunner implements Runner {
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

// ------------------------------------------------------------------------------------------------ loader

function checkModule(module: WebAssembly.Module, source: string): void {
  const imports = WebAssembly.Module.imports(module).map((i) => `${i.module}.${i.name}`);
  if (imports.length > 0) {
    throw new PluginLoadError(`${source}: the module imports ${imports.join(", ")}; the Node host offers no imports (no WASI)`);
  }
  const exports = new Map(WebAssembly.Module.exports(module).map((e) => [e.name, e.kind]));
  const want: Array<[string, string]> = [
    ["memory", "memory"],
    ["alloc", "function"],
    ["dealloc", "function"],
    ["eliza_abi_version", "function"],
    ["eliza_call", "function"],
  ];
  const missing = want.filter(([n, k]) => exports.get(n) !== k).map(([n, k]) => `${n} (${k})`);
  if (missing.length > 0) {
    throw new AbiVersionError(`${source}: not a WASM ABI v${WASM_ABI_VERSION} module: missing exports ${missing.join(", ")}`);
  }
}

function errorOf(env: Envelope): PluginCallError | undefined {
  if (env.body.case !== "error") return undefined;
  const details: JsonObject = env.body.value.details ?? {};
  const code = typeof details["code"] === "string" ? details["code"] : "HANDLER_ERROR";
  return new PluginCallError(env.body.value.error, code, details);
}

function describe(env: Envelope): string {
  const b = env.body;
  switch (b.case) {
    case "actionInvoke":
      return `action.invoke '${b.value.action}'`;
    case "providerGet":
      return `provider.get '${b.value.provider}'`;
    case "dbCall":
      return `db.call '${b.value.method}'`;
    case undefined:
      return "eliza_call";
    default:
      return b.value.type || b.case;
  }
}

/** Loads a WASM ABI v1 plugin from a `.wasm` file. */
export async function loadWasmPlugin(path: string, limits: WasmLimits = {}): Promise<WasmPlugin> {
  const maxModuleBytes = limits.maxModuleBytes ?? 64 * 1024 * 1024;
  const maxMemoryBytes = limits.maxMemoryBytes ?? 256 * 1024 * 1024;
  const deadlineMs = limits.deadlineMs ?? 10_000;
  const isolation = limits.isolation ?? "worker";
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (e) {
    throw new PluginLoadError(`cannot read WASM plugin ${path}: ${(e as Error).message}`);
  }
  if (size > maxModuleBytes) {
    throw new ResourceLimitError(`${path}: module is ${size} bytes, over maxModuleBytes=${maxModuleBytes}`);
  }
  const bytes = new Uint8Array(await readFile(path));
  const capped = capMemory(bytes, Math.floor(maxMemoryBytes / PAGE), path);
  let module: WebAssembly.Module;
  try {
    module = await WebAssembly.compile(capped);
  } catch (e) {
    throw new PluginLoadError(`${path}: not a valid WebAssembly module: ${(e as Error).message}`);
  }
  checkModule(module, path);

  // ABI version and instantiation check on the loading thread (start functions run under no deadline here
  // only once; a module whose start function never returns is the one thing that can hang a load).
  let probe: AbiExports;
  try {
    probe = new WebAssembly.Instance(module, {}).exports as unknown as AbiExports;
  } catch (e) {
    const text = (e as Error).message;
    if (/memory/i.test(text)) throw new ResourceLimitError(`${path}: instantiation failed: ${text}`);
    throw new PluginLoadError(`${path}: instantiation failed: ${text}`);
  }
  const version = probe.eliza_abi_version();
  if (version !== WASM_ABI_VERSION) {
    throw new AbiVersionError(`${path}: eliza_abi_version() returned ${version}, this host speaks WASM ABI ${WASM_ABI_VERSION}`);
  }

  let name = path;
  const who = (): string => `plugin '${name}'`;
  const runner: Runner =
    isolation === "inline" ? new InlineRunner(module, maxMemoryBytes, who) : new WorkerRunner(module, maxMemoryBytes, who);
  let closed = false;
  let nextId = 0;

  const call = async (request: Envelope, callDeadlineMs?: number): Promise<Envelope> => {
    if (closed) throw new PluginClosedError(`${who()} (wasm) is closed`);
    const out = await runner.run(toBinary(EnvelopeSchema, request), callDeadlineMs ?? deadlineMs, describe(request));
    try {
      return fromBinary(EnvelopeSchema, out);
    } catch (e) {
      throw new ProtocolError(`${who()}: eliza_call returned bytes that are not an Envelope: ${(e as Error).message}`);
    }
  };

  const manifestResponse = await call(
    create(EnvelopeSchema, { body: { case: "manifestGet", value: { type: "manifest.get", id: "0" } } }),
  );
  if (manifestResponse.body.case !== "manifestResult" || manifestResponse.body.value.manifest === undefined) {
    await runner.close();
    throw new PluginLoadError(`${path}: answered ${manifestResponse.body.case ?? "nothing"} to manifest.get`);
  }
  const manifest = manifestResponse.body.value.manifest;
  name = manifest.name;

  const id = (): string => String(++nextId);
  const invokeAction = async (action: string, memory: Memory, state?: State, options?: JsonObject): Promise<ActionResult> => {
    const res = await call(
      create(EnvelopeSchema, {
        body: { case: "actionInvoke", value: { type: "action.invoke", id: id(), action, memory, state, options } },
      }),
    );
    const err = errorOf(res);
    if (err !== undefined) throw err;
    if (res.body.case !== "actionResult") throw new ProtocolError(`${who()} answered ${res.body.case} to action.invoke`);
    return res.body.value.result ?? create(ActionResultSchema);
  };
  const validateAction = async (action: string, memory: Memory, state?: State): Promise<boolean> => {
    const res = await call(
      create(EnvelopeSchema, { body: { case: "actionValidate", value: { type: "action.validate", id: id(), action, memory, state } } }),
    );
    const err = errorOf(res);
    if (err !== undefined) throw err;
    if (res.body.case !== "validation") throw new ProtocolError(`${who()} answered ${res.body.case} to action.validate`);
    return res.body.value.valid;
  };
  const getProvider = async (provider: string, memory: Memory, state?: State): Promise<ProviderResult> => {
    const res = await call(
      create(EnvelopeSchema, { body: { case: "providerGet", value: { type: "provider.get", id: id(), provider, memory, state } } }),
    );
    const err = errorOf(res);
    if (err !== undefined) throw err;
    if (res.body.case !== "providerResult") throw new ProtocolError(`${who()} answered ${res.body.case} to provider.get`);
    if (res.body.value.result === undefined) throw new ProtocolError(`${who()} answered provider.result without a result`);
    return res.body.value.result;
  };

  const dbCall = async (method: string, params: JsonObject): Promise<JsonValue> => {
    // wasm32-unknown-unknown has no clock: the host lends its own unless the caller chose the time.
    const withNow: JsonObject = Object.hasOwn(params, "now") ? params : { ...params, now: Date.now() };
    const res = await call(
      create(EnvelopeSchema, { body: { case: "dbCall", value: { type: "db.call", id: id(), method, params: withNow } } }),
    );
    const err = errorOf(res);
    if (err !== undefined) throw err;
    if (res.body.case !== "dbResult") throw new ProtocolError(`${who()} answered ${res.body.case} to db.call '${method}'`);
    return valueToJson(res.body.value.result);
  };

  const actions: Action[] = manifest.actions.map((a) => ({
    name: a.name,
    description: a.description,
    similes: a.similes,
    validate: (_runtime, message, state) => validateAction(a.name, message, state),
    handler: (_runtime, message, state, options) => invokeAction(a.name, message, state, options),
  }));
  const providers: Provider[] = manifest.providers.map((p) => ({
    name: p.name,
    ...(p.description !== undefined ? { description: p.description } : {}),
    ...(p.dynamic !== undefined ? { dynamic: p.dynamic } : {}),
    ...(p.position !== undefined ? { position: p.position } : {}),
    ...(p.private !== undefined ? { private: p.private } : {}),
    get: (_runtime, message, state) => getProvider(p.name, message, state),
  }));

  return {
    name: manifest.name,
    description: manifest.description,
    version: manifest.version,
    manifest,
    actions,
    providers,
    call,
    adapter: { call: dbCall },
    get restarts() {
      return runner.restarts;
    },
    async init(config: Record<string, string>) {
      const res = await call(
        create(EnvelopeSchema, { body: { case: "pluginInit", value: { type: "plugin.init", id: id(), config } } }),
      );
      const err = errorOf(res);
      if (err !== undefined) throw err;
      if (res.body.case !== "pluginInitResult" || !res.body.value.success) {
        throw new PluginCallError(
          res.body.case === "pluginInitResult" ? (res.body.value.error ?? "plugin.init failed") : "plugin.init failed",
        );
      }
    },
    async close() {
      closed = true;
      await runner.close();
    },
  };
}
