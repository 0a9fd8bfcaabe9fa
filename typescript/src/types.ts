/**
 * The plugin model of @elizaos/interop, in the shape elizaOS TypeScript runtimes register:
 * name, description, actions (validate + handler), providers (get), evaluators, models, adapter.
 * Data types are the protobuf-es messages generated from proto/ (package eliza.interop.v1).
 */
import type { JsonObject, JsonValue } from "@bufbuild/protobuf";
import type { ActionResult, ProviderResult } from "./gen/eliza/interop/v1/components_pb.js";
import type { CrossLanguagePluginManifest } from "./gen/eliza/interop/v1/ipc_pb.js";
import type { Memory } from "./gen/eliza/interop/v1/memory_pb.js";
import type { Content } from "./gen/eliza/interop/v1/primitives_pb.js";
import type { State } from "./gen/eliza/interop/v1/state_pb.js";

export type { ActionResult, ProviderResult, CrossLanguagePluginManifest, Memory, Content, State, JsonObject, JsonValue };

/** The runtime handed to plugin code. Loaded foreign plugins ignore it; it may be undefined outside a runtime. */
export type Runtime = unknown;

/** Callback an action may use to emit a reply (elizaOS HandlerCallback). */
export type HandlerCallback = (content: Content) => Promise<unknown>;

export interface Action {
  name: string;
  description: string;
  similes?: string[];
  validate(runtime: Runtime, message: Memory, state?: State): Promise<boolean>;
  handler(
    runtime: Runtime,
    message: Memory,
    state?: State,
    options?: JsonObject,
    callback?: HandlerCallback,
  ): Promise<ActionResult | undefined>;
}

export interface Provider {
  name: string;
  description?: string;
  dynamic?: boolean;
  position?: number;
  private?: boolean;
  get(runtime: Runtime, message: Memory, state?: State): Promise<ProviderResult>;
}

export interface Evaluator {
  name: string;
  description: string;
  alwaysRun?: boolean;
  similes?: string[];
  validate(runtime: Runtime, message: Memory, state?: State): Promise<boolean>;
  handler(runtime: Runtime, message: Memory, state?: State): Promise<ActionResult | undefined>;
}

/** A model handler (elizaOS `models`), e.g. TEXT_LARGE. */
export type ModelHandler = (runtime: Runtime, params: JsonObject) => Promise<JsonValue>;

/** A database adapter reachable through `db.call`: method in snake_case, named params in proto3 JSON form. */
export interface DatabaseAdapter {
  call(method: string, params: JsonObject): Promise<JsonValue>;
}

export interface Plugin {
  name: string;
  description: string;
  version?: string;
  config?: Record<string, string>;
  init?(config: Record<string, string>, runtime?: Runtime): Promise<void>;
  actions?: Action[];
  providers?: Provider[];
  evaluators?: Evaluator[];
  models?: Record<string, ModelHandler>;
  adapter?: DatabaseAdapter;
  /** Close whatever the plugin holds (child processes, wasm instances). */
  close?(): Promise<void>;
}
