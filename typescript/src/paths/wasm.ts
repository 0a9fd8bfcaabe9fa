/**
 * WASM path for Node: load a `.wasm` plugin (WASM ABI v1, docs/PROTOCOL.md §4) with Node's WebAssembly and
 * present it as a Channel (host→plugin: a request is one `eliza_call`, inline or through the worker), under a
 * PluginHandle.
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
 * `db.call` params get the host's wall clock as `now` (ms since the epoch) unless the caller gave one: a
 * `wasm32-unknown-unknown` module has no clock. A trap (panic/abort, `unreachable`, out-of-bounds) fails that
 * call only: the instance is discarded and re-created on the next call (plugin state is lost). The plugin→host
 * direction (one host import) is designed in docs/PROTOCOL.md §4; this host offers no imports yet.
 */
import { readFile, stat } from "node:fs/promises";
import { create, fromBinary, toBinary } from "@bufbuild/protobuf";
import type { JsonObject } from "@bufbuild/protobuf";
import { responseError } from "../channel.js";
import type { CallOptions, Channel, RequestHandler } from "../channel.js";
import { AbiVersionError, PluginClosedError, PluginLoadError, ProtocolError, ResourceLimitError } from "../errors.js";
import type { CrossLanguagePluginManifest } from "../gen/eliza/interop/v1/ipc_pb.js";
import { EnvelopeSchema } from "../gen/eliza/interop/v1/protocol_pb.js";
import type { Envelope } from "../gen/eliza/interop/v1/protocol_pb.js";
import { MESSAGE_TYPES, makeMessage } from "../wire/body.js";
import type { MessageInit, ProtocolMessage, RequestType, ResponseOf } from "../wire/body.js";
import { WASM_ABI_VERSION } from "../wire/constants.js";
import { InlineRunner, PAGE, WorkerRunner, capMemory } from "./wasm-runtime.js";
import type { AbiExports, Runner } from "./wasm-runtime.js";

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

/** A WASM module instance (inline or in a worker) as a Channel: each request is one `eliza_call`. */
export class WasmChannel implements Channel {
  /** The plugin's name once its manifest is read (the module path before). */
  name: string;
  /** The manifest the module answered `manifest.get` with at load. */
  manifest: CrossLanguagePluginManifest | undefined;
  private closed = false;
  private nextId = 0;

  constructor(
    private readonly runner: Runner,
    private readonly deadlineMs: number,
    source: string,
  ) {
    this.name = source;
    this.manifest = undefined;
  }

  private get who(): string {
    return `plugin '${this.name}'`;
  }

  /** How many times the instance was re-created after a trap or deadline. */
  get restarts(): number {
    return this.runner.restarts;
  }

  /** One raw call: a request Envelope in, the response Envelope (possibly an `error` one) out. */
  async call(request: Envelope, deadlineMs?: number): Promise<Envelope> {
    if (this.closed) throw new PluginClosedError(`${this.who} (wasm) is closed`);
    const out = await this.runner.run(toBinary(EnvelopeSchema, request), deadlineMs ?? this.deadlineMs, describe(request));
    try {
      return fromBinary(EnvelopeSchema, out);
    } catch (e) {
      throw new ProtocolError(`${this.who}: eliza_call returned bytes that are not an Envelope: ${(e as Error).message}`);
    }
  }

  async request<T extends RequestType>(type: T, init: MessageInit<T>, options: CallOptions = {}): Promise<ResponseOf<T>> {
    let fields = init;
    if (type === "db.call") {
      // wasm32-unknown-unknown has no clock: the host lends its own unless the caller chose the time.
      const params: JsonObject = (init as MessageInit<"db.call"> | undefined)?.params ?? {};
      if (!Object.hasOwn(params, "now")) fields = { ...init, params: { ...params, now: Date.now() } } as unknown as MessageInit<T>;
    }
    const msg = makeMessage(type, String(++this.nextId), fields);
    const request = create(EnvelopeSchema, { body: { case: MESSAGE_TYPES[type].envelope, value: msg } as Envelope["body"] });
    const res = await this.call(request, options.timeoutMs);
    if (res.body.case === undefined) throw new ProtocolError(`${this.who} answered nothing to ${type}`);
    const answer = res.body.value as ProtocolMessage;
    const err = responseError(type, answer, this.who);
    if (err !== undefined) throw err;
    return answer as ResponseOf<T>;
  }

  /** One-way messages have no meaning for a module called synchronously: dropped. */
  notify(_msg: ProtocolMessage): void {}

  /** The plugin→host direction (a host import, docs/PROTOCOL.md §4) is not offered by this host yet. */
  serve(_handler: RequestHandler | undefined): void {}

  async close(): Promise<void> {
    this.closed = true;
    await this.runner.close();
  }
}

/** Loads a WASM ABI v1 module from a `.wasm` file, reads its manifest, and opens a WasmChannel to it. */
export async function openWasmChannel(path: string, limits: WasmLimits = {}): Promise<WasmChannel> {
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

  let channel: WasmChannel | undefined;
  const who = (): string => `plugin '${channel?.name ?? path}'`;
  const runner: Runner =
    isolation === "inline" ? new InlineRunner(module, maxMemoryBytes, who) : new WorkerRunner(module, maxMemoryBytes, who);
  channel = new WasmChannel(runner, deadlineMs, path);

  const manifestResponse = await channel.call(
    create(EnvelopeSchema, { body: { case: "manifestGet", value: { type: "manifest.get", id: "0" } } }),
  );
  if (manifestResponse.body.case !== "manifestResult" || manifestResponse.body.value.manifest === undefined) {
    await runner.close();
    throw new PluginLoadError(`${path}: answered ${manifestResponse.body.case ?? "nothing"} to manifest.get`);
  }
  const manifest: CrossLanguagePluginManifest = manifestResponse.body.value.manifest;
  channel.name = manifest.name;
  channel.manifest = manifest;
  return channel;
}
