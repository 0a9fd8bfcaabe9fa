/**
 * The elizaOS adapter: a PluginHandle as the plugin shape elizaOS TypeScript runtimes register (types.ts: name,
 * actions with validate/handler, providers, evaluators, models, adapter), as `elizaos/adapter.py` does in Python.
 */
import type { JsonObject } from "@bufbuild/protobuf";
import type { Channel } from "../channel.js";
import type { CrossLanguagePluginManifest } from "../gen/eliza/interop/v1/ipc_pb.js";
import type { PluginHandle } from "../handle.js";
import type { Action, DatabaseAdapter, Evaluator, ModelHandler, Plugin, Provider } from "../types.js";

/** A loaded plugin in the elizaOS shape, with the handle it calls through. */
export interface ElizaosPlugin<C extends Channel = Channel> extends Plugin {
  readonly handle: PluginHandle<C>;
  readonly manifest: CrossLanguagePluginManifest;
  description: string;
  version: string;
  config: Record<string, string>;
  actions: Action[];
  providers: Provider[];
  evaluators: Evaluator[];
  models: Record<string, ModelHandler>;
  adapter: DatabaseAdapter;
  init(config: Record<string, string>): Promise<void>;
  close(): Promise<void>;
}

export interface AdapterOptions {
  /** Model handlers to expose as `models` (a manifest does not list models). */
  models?: readonly string[];
}

/** The elizaOS-shaped plugin whose actions, providers, evaluators, models and adapter call `handle`. */
export function toElizaos<C extends Channel>(handle: PluginHandle<C>, options: AdapterOptions = {}): ElizaosPlugin<C> {
  const m = handle.manifest;
  const actions: Action[] = m.actions.map((a) => ({
    name: a.name,
    description: a.description,
    similes: [...a.similes],
    validate: (_rt, message, state) => handle.validateAction(a.name, message, state),
    handler: (_rt, message, state, options?: JsonObject) => handle.invokeAction(a.name, message, state, options),
  }));
  const providers: Provider[] = m.providers.map((pm) => ({
    name: pm.name,
    ...(pm.description !== undefined ? { description: pm.description } : {}),
    ...(pm.dynamic !== undefined ? { dynamic: pm.dynamic } : {}),
    ...(pm.position !== undefined ? { position: pm.position } : {}),
    ...(pm.private !== undefined ? { private: pm.private } : {}),
    get: (_rt, message, state) => handle.getProvider(pm.name, message, state),
  }));
  const evaluators: Evaluator[] = m.evaluators.map((em) => ({
    name: em.name,
    description: em.description,
    similes: [...em.similes],
    ...(em.alwaysRun !== undefined ? { alwaysRun: em.alwaysRun } : {}),
    // The server validates before running the evaluator (evaluator.invoke answers without a result when it does not apply).
    validate: async () => true,
    handler: (_rt, message, state) => handle.invokeEvaluator(em.name, message, state),
  }));
  const models: Record<string, ModelHandler> = {};
  for (const model of options.models ?? []) models[model] = (_rt, params) => handle.invokeModel(model, params);
  return {
    handle,
    manifest: m,
    name: handle.name,
    description: m.description,
    version: m.version,
    config: { ...m.config },
    actions,
    providers,
    evaluators,
    models,
    adapter: { call: (method, params) => handle.dbCall(method, params) },
    init: (config) => handle.init(config),
    close: () => handle.close(),
  };
}
