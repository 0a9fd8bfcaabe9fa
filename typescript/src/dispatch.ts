/**
 * Serves one TypeScript plugin object: turns protocol requests into calls on the Plugin shape of types.ts and
 * their results into protocol responses. Used by the TS bridge server (bridge-server.ts).
 */
import { create, isMessage } from "@bufbuild/protobuf";
import type { JsonObject, JsonValue } from "@bufbuild/protobuf";
import {
  ActionManifestSchema,
  ActionResultSchema,
  EvaluatorManifestSchema,
  ProviderManifestSchema,
  ProviderResultSchema,
} from "../../generated/typescript/eliza/interop/v1/components_pb.js";
import type { ActionResult, ProviderResult } from "../../generated/typescript/eliza/interop/v1/components_pb.js";
import {
  CrossLanguagePluginManifestSchema,
  InteropProtocol,
  PluginLanguage,
} from "../../generated/typescript/eliza/interop/v1/ipc_pb.js";
import type { CrossLanguagePluginManifest } from "../../generated/typescript/eliza/interop/v1/ipc_pb.js";
import { MemorySchema } from "../../generated/typescript/eliza/interop/v1/memory_pb.js";
import type { Memory } from "../../generated/typescript/eliza/interop/v1/memory_pb.js";
import { jsonToValue, makeMessage } from "./codec.js";
import type { ProtocolMessage } from "./codec.js";
import type { Plugin } from "./types.js";

/** Error codes a server answers with (docs/PROTOCOL.md §1). */
export type ErrorCode =
  | "MALFORMED"
  | "UNKNOWN_TYPE"
  | "NOT_FOUND"
  | "HANDLER_ERROR"
  | "TOO_LARGE"
  | "UNSUPPORTED_VERSION"
  | "UNSUPPORTED_FRAMING"
  | "SHUTTING_DOWN"
  | "INVALID_ARGUMENT";

const ERROR_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  "MALFORMED",
  "UNKNOWN_TYPE",
  "NOT_FOUND",
  "HANDLER_ERROR",
  "TOO_LARGE",
  "UNSUPPORTED_VERSION",
  "UNSUPPORTED_FRAMING",
  "SHUTTING_DOWN",
  "INVALID_ARGUMENT",
]);

/** An `error` response. */
export function errorMessage(id: string, code: ErrorCode, message: string, extra: JsonObject = {}): ProtocolMessage {
  return makeMessage("error", id, { error: message, details: { code, ...extra } });
}

class RequestError extends Error {
  constructor(readonly code: ErrorCode, message: string) {
    super(message);
  }
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
  if (typeof value !== "object") throw new RequestError("HANDLER_ERROR", `handler returned ${typeof value}, expected an ActionResult`);
  return create(ActionResultSchema, value as Parameters<typeof create<typeof ActionResultSchema>>[1]);
}

/** A ProviderResult from whatever a (possibly plain-JS) provider returned. */
export function toProviderResult(value: unknown): ProviderResult {
  if (isMessage(value, ProviderResultSchema)) return value;
  if (value === undefined || value === null) return create(ProviderResultSchema);
  if (typeof value !== "object") throw new RequestError("HANDLER_ERROR", `provider returned ${typeof value}, expected a ProviderResult`);
  return create(ProviderResultSchema, value as Parameters<typeof create<typeof ProviderResultSchema>>[1]);
}

function memoryOf(m: Memory | undefined): Memory {
  return m ?? create(MemorySchema);
}

function find<T extends { name: string }>(list: T[] | undefined, name: string, what: string): T {
  const item = (list ?? []).find((x) => x.name === name);
  if (item === undefined) throw new RequestError("NOT_FOUND", `no ${what} named "${name}"`);
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
      if (e instanceof RequestError) return errorMessage(msg.id, e.code, e.message);
      const err = e instanceof Error ? e : new Error(String(e));
      const code = (err as { code?: unknown }).code;
      const known = typeof code === "string" && ERROR_CODES.has(code) ? (code as ErrorCode) : "HANDLER_ERROR";
      return errorMessage(msg.id, known, err.message || String(e), { exception: err.name || "Error" });
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
        if (handler === undefined) throw new RequestError("NOT_FOUND", `no model handler for "${msg.model}"`);
        const result: unknown = await handler(undefined, msg.params ?? {});
        if (!isJsonValue(result)) throw new RequestError("HANDLER_ERROR", `model "${msg.model}" returned a value that is not JSON`);
        return makeMessage("model.result", msg.id, { result: jsonToValue(result) });
      }
      case "eliza.interop.v1.DbCallRequest": {
        if (p.adapter === undefined) throw new RequestError("NOT_FOUND", `plugin "${p.name}" has no database adapter`);
        const result: unknown = await p.adapter.call(msg.method, msg.params ?? {});
        if (!isJsonValue(result ?? null)) throw new RequestError("HANDLER_ERROR", `db method "${msg.method}" returned a value that is not JSON`);
        return makeMessage("db.result", msg.id, { result: jsonToValue((result ?? null) as JsonValue) });
      }
      case "eliza.interop.v1.ManifestRequest":
        return makeMessage("manifest.result", msg.id, { manifest: this.manifest });
      case "eliza.interop.v1.ServiceStartRequest":
      case "eliza.interop.v1.ServiceStopRequest":
        throw new RequestError("NOT_FOUND", `no service named "${msg.service}"`);
      case "eliza.interop.v1.RouteHandlerRequest":
        throw new RequestError("NOT_FOUND", `no route for ${msg.method} ${msg.path}`);
      default:
        throw new RequestError("UNKNOWN_TYPE", `"${msg.type}" is not a request type`);
    }
  }
}
