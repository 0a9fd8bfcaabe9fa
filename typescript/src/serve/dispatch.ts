/**
 * Serves one TypeScript plugin object: turns protocol requests into calls on the Plugin shape of types.ts and
 * their results into protocol responses (the request handler of serve/server.ts).
 */
import { create, isMessage } from "@bufbuild/protobuf";
import type { JsonObject, JsonValue } from "@bufbuild/protobuf";
import {
  ActionManifestSchema,
  ActionResultSchema,
  EvaluatorManifestSchema,
  ProviderManifestSchema,
  ProviderResultSchema,
} from "../gen/eliza/interop/v1/components_pb.js";
import type { ActionResult, ProviderResult } from "../gen/eliza/interop/v1/components_pb.js";
import {
  CrossLanguagePluginManifestSchema,
  InteropProtocol,
  PluginLanguage,
} from "../gen/eliza/interop/v1/ipc_pb.js";
import type { CrossLanguagePluginManifest } from "../gen/eliza/interop/v1/ipc_pb.js";
import { MemorySchema } from "../gen/eliza/interop/v1/memory_pb.js";
import type { Memory } from "../gen/eliza/interop/v1/memory_pb.js";
import { InteropError, errorToWire } from "../errors.js";
import type { Plugin } from "../types.js";
import { makeMessage } from "../wire/body.js";
import type { ProtocolMessage } from "../wire/body.js";
import { jsonToValue } from "../wire/codec.js";
import { ErrorCode } from "../wire/constants.js";

/** A request the plugin refuses (no such action, …): answered with `code`, without an exception name. */
function refuse(code: ErrorCode, message: string): InteropError {
  return new InteropError(message, { code });
}

/** The manifest of a plugin object (actions, providers, evaluators), as served in `ready`. */
export function buildManifest(plugin: Plugin): CrossLanguagePluginManifest {
  return create(CrossLanguagePluginManifestSchema, {
    name: plugin.name,
    description: plugin.description ?? "",
    version: plugin.version ?? "",
    language: PluginLanguage.TYPESCRIPT,
    interop: { protocol: InteropProtocol.IPC },
    config: plugin.config ?? {},
    actions: (plugin.actions ?? []).map((a) =>
      create(ActionManifestSchema, { name: a.name, description: a.description ?? "", similes: a.similes ?? [] }),
    ),
    providers: (plugin.providers ?? []).map((p) =>
      create(ProviderManifestSchema, {
        name: p.name,
        ...(p.description !== undefined ? { description: p.description } : {}),
        ...(p.dynamic !== undefined ? { dynamic: p.dynamic } : {}),
        ...(p.position !== undefined ? { position: p.position } : {}),
        ...(p.private !== undefined ? { private: p.private } : {}),
      }),
    ),
    evaluators: (plugin.evaluators ?? []).map((e) =>
      create(EvaluatorManifestSchema, {
        name: e.name,
        description: e.description ?? "",
        similes: e.similes ?? [],
        ...(e.alwaysRun !== undefined ? { alwaysRun: e.alwaysRun } : {}),
      }),
    ),
  });
}

/** An ActionResult from whatever a (possibly plain-JS) handler returned. */
export function toActionResult(value: unknown): ActionResult | undefined {
  if (value === undefined || value === null) return undefined;
  if (isMessage(value, ActionResultSchema)) return value;
  if (typeof value !== "object") throw refuse(ErrorCode.HANDLER_ERROR, `handler returned ${typeof value}, expected an ActionResult`);
  return create(ActionResultSchema, value as Parameters<typeof create<typeof ActionResultSchema>>[1]);
}

/** A ProviderResult from whatever a (possibly plain-JS) provider returned. */
export function toProviderResult(value: unknown): ProviderResult {
  if (isMessage(value, ProviderResultSchema)) return value;
  if (value === undefined || value === null) return create(ProviderResultSchema);
  if (typeof value !== "object") throw refuse(ErrorCode.HANDLER_ERROR, `provider returned ${typeof value}, expected a ProviderResult`);
  return create(ProviderResultSchema, value as Parameters<typeof create<typeof ProviderResultSchema>>[1]);
}

function memoryOf(m: Memory | undefined): Memory {
  return m ?? create(MemorySchema);
}

function find<T extends { name: string }>(list: T[] | undefined, name: string, what: string): T {
  const item = (list ?? []).find((x) => x.name === name);
  if (item === undefined) throw refuse(ErrorCode.NOT_FOUND, `no ${what} named "${name}"`);
  return item;
}

function isJsonValue(v: unknown): v is JsonValue {
  if (v === null || typeof v === "string" || typeof v === "boolean") return true;
  if (typeof v === "number") return Number.isFinite(v);
  if (Array.isArray(v)) return v.every(isJsonValue);
  if (typeof v === "object") return Object.values(v as object).every(isJsonValue);
  return false;
}

/** Answers requests for one plugin object. */
export class PluginDispatcher {
  readonly manifest: CrossLanguagePluginManifest;
  constructor(readonly plugin: Plugin) {
    this.manifest = buildManifest(plugin);
  }

  /** The response to one request; handler failures become `error` messages (never thrown). */
  async handle(msg: ProtocolMessage): Promise<ProtocolMessage> {
    try {
      return await this.dispatch(msg);
    } catch (e) {
      return errorToWire(msg.id, e);
    }
  }

  private async dispatch(msg: ProtocolMessage): Promise<ProtocolMessage> {
    const p = this.plugin;
    switch (msg.$typeName) {
      case "eliza.interop.v1.PluginInitRequest": {
        if (p.init !== undefined) await p.init({ ...msg.config });
        return makeMessage("plugin.init.result", msg.id, { success: true });
      }
      case "eliza.interop.v1.ActionInvokeRequest": {
        const action = find(p.actions, msg.action, "action");
        const result = await action.handler(undefined, memoryOf(msg.memory), msg.state, msg.options ?? {}, async () => []);
        const r = toActionResult(result);
        return makeMessage("action.result", msg.id, r !== undefined ? { result: r } : {});
      }
      case "eliza.interop.v1.ActionValidateRequest": {
        const action = find(p.actions, msg.action, "action");
        const valid = await action.validate(undefined, memoryOf(msg.memory), msg.state);
        return makeMessage("validate.result", msg.id, { valid: valid === true });
      }
      case "eliza.interop.v1.ProviderGetRequest": {
        const provider = find(p.providers, msg.provider, "provider");
        const result = toProviderResult(await provider.get(undefined, memoryOf(msg.memory), msg.state));
        return makeMessage("provider.result", msg.id, { result });
      }
      case "eliza.interop.v1.EvaluatorInvokeRequest": {
        const evaluator = find(p.evaluators, msg.evaluator, "evaluator");
        const memory = memoryOf(msg.memory);
        if (!(await evaluator.validate(undefined, memory, msg.state))) return makeMessage("evaluator.result", msg.id, {});
        const r = toActionResult(await evaluator.handler(undefined, memory, msg.state));
        return makeMessage("evaluator.result", msg.id, r !== undefined ? { result: r } : {});
      }
      case "eliza.interop.v1.ModelInvokeRequest": {
        const handler = p.models?.[msg.model];
        if (handler === undefined) throw refuse(ErrorCode.NOT_FOUND, `no model handler for "${msg.model}"`);
        const result: unknown = await handler(undefined, msg.params ?? {});
        if (!isJsonValue(result)) throw refuse(ErrorCode.HANDLER_ERROR, `model "${msg.model}" returned a value that is not JSON`);
        return makeMessage("model.result", msg.id, { result: jsonToValue(result) });
      }
      case "eliza.interop.v1.DbCallRequest": {
        if (p.adapter === undefined) throw refuse(ErrorCode.NOT_FOUND, `plugin "${p.name}" has no database adapter`);
        const result: unknown = await p.adapter.call(msg.method, msg.params ?? {});
        if (!isJsonValue(result ?? null)) throw refuse(ErrorCode.HANDLER_ERROR, `db method "${msg.method}" returned a value that is not JSON`);
        return makeMessage("db.result", msg.id, { result: jsonToValue((result ?? null) as JsonValue) });
      }
      case "eliza.interop.v1.ManifestRequest":
        return makeMessage("manifest.result", msg.id, { manifest: this.manifest });
      case "eliza.interop.v1.ServiceStartRequest":
      case "eliza.interop.v1.ServiceStopRequest":
        throw refuse(ErrorCode.NOT_FOUND, `no service named "${msg.service}"`);
      case "eliza.interop.v1.RouteHandlerRequest":
        throw refuse(ErrorCode.NOT_FOUND, `no route for ${msg.method} ${msg.path}`);
      default:
        throw refuse(ErrorCode.UNKNOWN_TYPE, `"${msg.type}" is not a request type`);
    }
  }
}
