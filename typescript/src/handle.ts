/**
 * PluginHandle (docs/ARCHITECTURE.md): the typed calls a host makes on a loaded plugin, over any Channel (IPC
 * connection, WASM module, an in-memory pair in tests). The elizaOS-shaped object (actions with handlers, …) is
 * made from a handle by elizaos/adapter.ts.
 */
import type { JsonObject, JsonValue } from "@bufbuild/protobuf";
import type { CallOptions, Channel, RequestHandler } from "./channel.js";
import { PluginCallError, ProtocolError } from "./errors.js";
import type { ActionResult, ProviderResult } from "./gen/eliza/interop/v1/components_pb.js";
import type { CrossLanguagePluginManifest } from "./gen/eliza/interop/v1/ipc_pb.js";
import type { Memory } from "./gen/eliza/interop/v1/memory_pb.js";
import type { State } from "./gen/eliza/interop/v1/state_pb.js";
import type { MessageInit, ProtocolMessage, RequestType, ResponseOf } from "./wire/body.js";
import { valueToJson } from "./wire/codec.js";
import { ErrorCode } from "./wire/constants.js";

/** A loaded plugin: its manifest and typed calls over `channel` (`C` says which path, e.g. IpcChannel). */
export class PluginHandle<C extends Channel = Channel> {
  /** The plugin's name (the manifest's unless the loader was given another). */
  readonly name: string;

  constructor(
    readonly channel: C,
    readonly manifest: CrossLanguagePluginManifest,
    name?: string,
  ) {
    this.name = name ?? manifest.name;
  }

  /** Sends one request and resolves with its response (rejects with a typed error). */
  call<T extends RequestType>(type: T, init: MessageInit<T>, options?: CallOptions): Promise<ResponseOf<T>> {
    return this.channel.request(type, init, options);
  }

  /** `plugin.init` with the plugin's configuration. */
  async init(config: Record<string, string>, options?: CallOptions): Promise<void> {
    const r = await this.call("plugin.init", { config }, options);
    if (!r.success) throw new PluginCallError(r.error ?? "plugin.init failed", ErrorCode.HANDLER_ERROR);
  }

  /** Runs an action's handler (`action.invoke`); undefined when it returned no result. */
  async invokeAction(action: string, memory: Memory, state?: State, actionOptions?: JsonObject, options?: CallOptions): Promise<ActionResult | undefined> {
    // Literal init objects of one shape (undefined fields are skipped by create()): spreads make create() slow.
    return (await this.call("action.invoke", { action, memory, state, options: actionOptions }, options)).result;
  }

  /** Runs an action's validate (`action.validate`). */
  async validateAction(action: string, memory: Memory, state?: State, options?: CallOptions): Promise<boolean> {
    return (await this.call("action.validate", { action, memory, state }, options)).valid;
  }

  /** Runs a provider (`provider.get`). */
  async getProvider(provider: string, memory: Memory, state?: State, options?: CallOptions): Promise<ProviderResult> {
    const r = await this.call("provider.get", { provider, memory, state }, options);
    if (r.result === undefined) throw new ProtocolError(`plugin "${this.name}": provider.result for "${provider}" has no result`);
    return r.result;
  }

  /** Runs an evaluator (`evaluator.invoke`; the server validates first and answers without a result when it does not apply). */
  async invokeEvaluator(evaluator: string, memory: Memory, state?: State, options?: CallOptions): Promise<ActionResult | undefined> {
    const r = (await this.call("evaluator.invoke", { evaluator, memory, state }, options)) as ProtocolMessage;
    if (r.$typeName === "eliza.interop.v1.EvaluatorResultResponse" || r.$typeName === "eliza.interop.v1.ActionResultResponse") return r.result;
    throw new ProtocolError(`plugin "${this.name}": unexpected answer "${r.type}" to evaluator.invoke`);
  }

  /** Calls a model handler the plugin registers (`model.invoke`). */
  async invokeModel(model: string, params: JsonObject, options?: CallOptions): Promise<JsonValue> {
    return valueToJson((await this.call("model.invoke", { model, params }, options)).result);
  }

  /** Calls a database adapter method (`db.call`). */
  async dbCall(method: string, params: JsonObject, options?: CallOptions): Promise<JsonValue> {
    return valueToJson((await this.call("db.call", { method, params }, options)).result);
  }

  /** Asks the plugin for its manifest again (`manifest.get`). */
  async fetchManifest(options?: CallOptions): Promise<CrossLanguagePluginManifest> {
    const r = await this.call("manifest.get", {}, options);
    if (r.manifest === undefined) throw new ProtocolError(`plugin "${this.name}": manifest.result has no manifest`);
    return r.manifest;
  }

  /** Serves the requests the plugin sends to the host (runtime calls); undefined removes the handler. */
  serve(handler: RequestHandler | undefined): void {
    this.channel.serve(handler);
  }

  /** Closes the channel (and whatever the path holds: the child process, the WASM instance). */
  close(): Promise<void> {
    return this.channel.close();
  }
}
