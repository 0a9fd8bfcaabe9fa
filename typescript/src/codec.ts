/**
 * Codec of the IPC protocol (docs/PROTOCOL.md §1): message `type` ↔ protobuf message ↔ Envelope body field.
 * JSON framing uses the proto3 JSON mapping of the inner message (protobuf-es toJson/fromJson, `type`/`id` kept);
 * binary framing uses an `Envelope` with exactly one body field set.
 */
import { create, fromBinary, fromJson, toBinary, toJson } from "@bufbuild/protobuf";
import type { DescField, DescMessage, JsonObject, JsonValue, MessageShape } from "@bufbuild/protobuf";
import {
  ActionInvokeRequestSchema,
  ActionResultResponseSchema,
  ActionValidateRequestSchema,
  ErrorResponseSchema,
  EvaluatorInvokeRequestSchema,
  PluginInitRequestSchema,
  PluginInitResponseSchema,
  ProviderGetRequestSchema,
  ProviderResultResponseSchema,
  RouteHandlerRequestSchema,
  RouteHandlerResponseSchema,
  ServiceResponseSchema,
  ServiceStartRequestSchema,
  ServiceStopRequestSchema,
  ValidationResponseSchema,
} from "../../generated/typescript/eliza/interop/v1/ipc_pb.js";
import {
  CancelRequestSchema,
  DbCallRequestSchema,
  DbCallResultSchema,
  EnvelopeSchema,
  EvaluatorResultResponseSchema,
  HelloMessageSchema,
  HelloResultSchema,
  LogMessageSchema,
  ManifestRequestSchema,
  ManifestResultSchema,
  ModelInvokeRequestSchema,
  ModelInvokeResultSchema,
  ReadyMessageSchema,
  ShutdownRequestSchema,
  ShutdownResultSchema,
} from "../../generated/typescript/eliza/interop/v1/protocol_pb.js";
import type { Envelope } from "../../generated/typescript/eliza/interop/v1/protocol_pb.js";
import { ValueSchema } from "@bufbuild/protobuf/wkt";
import type { Value } from "@bufbuild/protobuf/wkt";

/** Protocol version spoken over IPC. */
export const PROTOCOL_VERSION = 1;

/** Every message type: its schema and the Envelope body case carrying it. */
export const MESSAGE_TYPES = {
  "plugin.init": { schema: PluginInitRequestSchema, envelope: "pluginInit" },
  "plugin.init.result": { schema: PluginInitResponseSchema, envelope: "pluginInitResult" },
  "action.invoke": { schema: ActionInvokeRequestSchema, envelope: "actionInvoke" },
  "action.result": { schema: ActionResultResponseSchema, envelope: "actionResult" },
  "action.validate": { schema: ActionValidateRequestSchema, envelope: "actionValidate" },
  "validate.result": { schema: ValidationResponseSchema, envelope: "validation" },
  "provider.get": { schema: ProviderGetRequestSchema, envelope: "providerGet" },
  "provider.result": { schema: ProviderResultResponseSchema, envelope: "providerResult" },
  "evaluator.invoke": { schema: EvaluatorInvokeRequestSchema, envelope: "evaluatorInvoke" },
  "evaluator.result": { schema: EvaluatorResultResponseSchema, envelope: "evaluatorResult" },
  "model.invoke": { schema: ModelInvokeRequestSchema, envelope: "modelInvoke" },
  "model.result": { schema: ModelInvokeResultSchema, envelope: "modelResult" },
  "service.start": { schema: ServiceStartRequestSchema, envelope: "serviceStart" },
  "service.stop": { schema: ServiceStopRequestSchema, envelope: "serviceStop" },
  "service.result": { schema: ServiceResponseSchema, envelope: "serviceResult" },
  "route.handle": { schema: RouteHandlerRequestSchema, envelope: "routeHandle" },
  "route.result": { schema: RouteHandlerResponseSchema, envelope: "routeResult" },
  "db.call": { schema: DbCallRequestSchema, envelope: "dbCall" },
  "db.result": { schema: DbCallResultSchema, envelope: "dbResult" },
  "manifest.get": { schema: ManifestRequestSchema, envelope: "manifestGet" },
  "manifest.result": { schema: ManifestResultSchema, envelope: "manifestResult" },
  hello: { schema: HelloMessageSchema, envelope: "hello" },
  "hello.result": { schema: HelloResultSchema, envelope: "helloResult" },
  shutdown: { schema: ShutdownRequestSchema, envelope: "shutdown" },
  "shutdown.result": { schema: ShutdownResultSchema, envelope: "shutdownResult" },
  cancel: { schema: CancelRequestSchema, envelope: "cancel" },
  ready: { schema: ReadyMessageSchema, envelope: "ready" },
  log: { schema: LogMessageSchema, envelope: "log" },
  error: { schema: ErrorResponseSchema, envelope: "error" },
} as const satisfies Record<string, { schema: DescMessage; envelope: NonNullable<Envelope["body"]["case"]> }>;

export type MessageType = keyof typeof MESSAGE_TYPES;
/** The protobuf message carried by messages of type `T`. */
export type MessageOf<T extends MessageType> = MessageShape<(typeof MESSAGE_TYPES)[T]["schema"]>;
/** Any protocol message (each has `type` and `id`). */
export type ProtocolMessage = { [T in MessageType]: MessageOf<T> }[MessageType];
/** The fields of a message of type `T` that a caller sets (everything but `type`, `id` and `$typeName`). */
export type MessageInit<T extends MessageType> = Parameters<typeof create<(typeof MESSAGE_TYPES)[T]["schema"]>>[1];

const ENVELOPE_TO_TYPE: ReadonlyMap<string, MessageType> = new Map(
  (Object.keys(MESSAGE_TYPES) as MessageType[])
    // evaluator.invoke may be answered with action.result; the envelope case decides the schema.
    .map((t) => [MESSAGE_TYPES[t].envelope, t] as const),
);

/**
 * A decode failure; `code` is the `error` code a server answers with (MALFORMED or UNKNOWN_TYPE), `id` the id
 * recovered from the input ("" when none), `field` the path of the bad field when known (e.g. `memory.content.data`).
 */
export class DecodeError extends Error {
  readonly code: "MALFORMED" | "UNKNOWN_TYPE";
  readonly id: string;
  readonly messageType: string | undefined;
  readonly field: string | undefined;
  constructor(code: "MALFORMED" | "UNKNOWN_TYPE", message: string, id = "", messageType?: string, field?: string) {
    super(message);
    this.name = "DecodeError";
    this.code = code;
    this.id = id;
    this.messageType = messageType;
    this.field = field;
  }
}

/**
 * How deep JSON arrays/objects may nest inside one google.protobuf.Struct / Value / ListValue field (`options`,
 * `params`, `values`, `data`, …), counting the field's own object/array as level 1. Each JSON level is two protobuf
 * messages (Value + Struct/ListValue) and protobuf decoders (upb, prost) refuse more than 100 nested messages, so
 * this keeps whatever decodes from JSON encodable in both framings for every peer. Deeper input is MALFORMED,
 * naming the field (docs/PROTOCOL.md §2, host limits, "JSON value depth"); the same limit as Python's
 * `elizaos_interop.ipc.codec.MAX_JSON_VALUE_DEPTH` and Rust's `elizaos_interop::MAX_JSON_VALUE_DEPTH`.
 */
export const MAX_JSON_VALUE_DEPTH = 32;

const JSON_VALUE_TYPES: ReadonlySet<string> = new Set([
  "google.protobuf.Struct",
  "google.protobuf.Value",
  "google.protobuf.ListValue",
]);

/** How a field's JSON is walked: a JSON value to measure, or an ordinary message to descend into. */
interface FieldPlan {
  readonly jsonName: string;
  /** The JSON keys fromJson accepts for the field: its JSON name and, when different, its proto name. */
  readonly keys: readonly string[];
  readonly kind: "single" | "list" | "map";
  /** True: the field (or each list element / map value) is a Struct/Value/ListValue. */
  readonly json: boolean;
  /** The message type descended into when `json` is false. */
  readonly schema: DescMessage;
}

/** Per message type: the fields that are, or lead to, Struct/Value/ListValue fields (nothing else is walked). */
const PLANS = new Map<string, readonly FieldPlan[]>();

function messageTypeOf(field: DescField): DescMessage | undefined {
  if (field.fieldKind === "message") return field.message;
  if (field.fieldKind === "list" && field.listKind === "message") return field.message;
  if (field.fieldKind === "map" && field.mapKind === "message") return field.message;
  return undefined;
}

/** Whether JSON for `schema` can hold a Struct/Value/ListValue anywhere below it (graph search; cycles are fine). */
function reachesJsonValue(schema: DescMessage): boolean {
  const seen = new Set<string>([schema.typeName]);
  const todo: DescMessage[] = [schema];
  for (let s = todo.pop(); s !== undefined; s = todo.pop()) {
    for (const f of s.fields) {
      const m = messageTypeOf(f);
      if (m === undefined) continue;
      if (JSON_VALUE_TYPES.has(m.typeName)) return true;
      if (!seen.has(m.typeName)) {
        seen.add(m.typeName);
        todo.push(m);
      }
    }
  }
  return false;
}

function planOf(schema: DescMessage): readonly FieldPlan[] {
  let plan = PLANS.get(schema.typeName);
  if (plan === undefined) {
    const out: FieldPlan[] = [];
    if (!JSON_VALUE_TYPES.has(schema.typeName)) {
      for (const f of schema.fields) {
        const m = messageTypeOf(f);
        if (m === undefined) continue;
        const json = JSON_VALUE_TYPES.has(m.typeName);
        if (!json && !reachesJsonValue(m)) continue;
        const kind = f.fieldKind === "list" ? "list" : f.fieldKind === "map" ? "map" : "single";
        const keys = f.name === f.jsonName ? [f.jsonName] : [f.jsonName, f.name];
        out.push({ jsonName: f.jsonName, keys, kind, json, schema: m });
      }
    }
    plan = out;
    PLANS.set(schema.typeName, plan);
  }
  return plan;
}

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

function isContainer(v: JsonValue | undefined): v is JsonObject | JsonValue[] {
  return typeof v === "object" && v !== null;
}

/** Whether the JSON value `v` nests more than `limit` arrays/objects deep (`v` itself is level 1). Iterative. */
function nestsDeeperThan(v: JsonObject | JsonValue[], limit: number): boolean {
  const values: Array<JsonObject | JsonValue[]> = [v];
  const depths: number[] = [1];
  for (let x = values.pop(); x !== undefined; x = values.pop()) {
    const depth = depths.pop() as number;
    if (depth > limit) return true;
    if (Array.isArray(x)) {
      for (let i = 0; i < x.length; i++) {
        const y = x[i];
        if (isContainer(y)) {
          values.push(y);
          depths.push(depth + 1);
        }
      }
    } else {
      for (const k in x) {
        const y = x[k];
        if (isContainer(y) && hasOwn(x, k)) {
          values.push(y);
          depths.push(depth + 1);
        }
      }
    }
  }
  return false;
}

/** Where a message sits in the JSON being checked: field `name` of the parent, element `index` of a list/map. */
interface PathNode {
  readonly up: PathNode | undefined;
  readonly name: string;
  readonly index: number | string | undefined;
}

/** `memory.content.data`, `state.data.actionResults[1].data`, `state.data.providers["p"].values`. */
function renderPath(node: PathNode | undefined, name: string, index: number | string | undefined): string {
  const parts: string[] = [];
  for (let n: PathNode | undefined = { up: node, name, index }; n !== undefined; n = n.up) {
    parts.push(n.index === undefined ? n.name : `${n.name}[${typeof n.index === "number" ? n.index : JSON.stringify(n.index)}]`);
  }
  return parts.reverse().join(".");
}

/**
 * The path of the first Struct/Value/ListValue field in the proto3 JSON `json` of a `schema` message whose value
 * nests more than MAX_JSON_VALUE_DEPTH arrays/objects deep; undefined when there is none. Walks only the fields
 * that can lead to such a field, iteratively (hostile nesting cannot overflow the stack), and allocates little:
 * a small message costs a few property look-ups. JSON of the wrong shape is left to fromJson to report.
 */
function findTooDeepJsonValue(schema: DescMessage, json: JsonObject): string | undefined {
  const schemas: DescMessage[] = [schema];
  const objects: JsonObject[] = [json];
  const paths: Array<PathNode | undefined> = [undefined];
  /** One field value (or list element / map value) `e`: measured when the field is a JSON value, else queued. */
  const visit = (f: FieldPlan, e: JsonValue | undefined, at: PathNode | undefined, index: number | string | undefined): string | undefined => {
    if (!isContainer(e)) return undefined;
    if (f.json) return nestsDeeperThan(e, MAX_JSON_VALUE_DEPTH) ? renderPath(at, f.jsonName, index) : undefined;
    if (!Array.isArray(e)) {
      schemas.push(f.schema);
      objects.push(e);
      paths.push({ up: at, name: f.jsonName, index });
    }
    return undefined;
  };
  for (let s = schemas.pop(); s !== undefined; s = schemas.pop()) {
    const obj = objects.pop() as JsonObject;
    const at = paths.pop();
    for (const f of planOf(s)) {
      for (const key of f.keys) {
        const v = obj[key];
        if (!isContainer(v) || !hasOwn(obj, key)) continue;
        let found: string | undefined;
        if (f.kind === "single") {
          found = visit(f, v, at, undefined);
        } else if (f.kind === "list") {
          if (!Array.isArray(v)) continue;
          for (let i = 0; i < v.length && found === undefined; i++) found = visit(f, v[i], at, i);
        } else if (!Array.isArray(v)) {
          for (const k in v) {
            if (hasOwn(v, k) && (found = visit(f, v[k], at, k)) !== undefined) break;
          }
        }
        if (found !== undefined) return found;
      }
    }
  }
  return undefined;
}

export function isMessageType(t: string): t is MessageType {
  return Object.prototype.hasOwnProperty.call(MESSAGE_TYPES, t);
}

/** Builds a message of type `T` with the given id and fields. */
export function makeMessage<T extends MessageType>(type: T, id: string, init?: MessageInit<T>): MessageOf<T> {
  const schema = MESSAGE_TYPES[type].schema as DescMessage;
  const msg = create(schema, { ...(init as object | undefined), type, id } as never);
  return msg as unknown as MessageOf<T>;
}

/** Narrows a message to the given type. */
export function isType<T extends MessageType>(msg: ProtocolMessage, type: T): msg is MessageOf<T> {
  return msg.type === type;
}

function schemaOf(msg: ProtocolMessage): DescMessage {
  if (!isMessageType(msg.type)) throw new DecodeError("UNKNOWN_TYPE", `unknown message type "${msg.type}"`, msg.id, msg.type);
  const schema = MESSAGE_TYPES[msg.type].schema as DescMessage;
  if (schema.typeName !== msg.$typeName) {
    // action.result sent as an evaluator answer etc.: encode with the message's own schema.
    for (const t of Object.keys(MESSAGE_TYPES) as MessageType[]) {
      const s = MESSAGE_TYPES[t].schema as DescMessage;
      if (s.typeName === msg.$typeName) return s;
    }
  }
  return schema;
}

/** The proto3 JSON object of a message (`type`/`id` included). */
export function messageToJson(msg: ProtocolMessage): JsonObject {
  return toJson(schemaOf(msg), msg as never) as JsonObject;
}

/** One JSON line (UTF-8, `\n`-terminated) for a message. */
export function encodeJsonLine(msg: ProtocolMessage): Buffer {
  return Buffer.from(JSON.stringify(messageToJson(msg)) + "\n", "utf8");
}

/** Decodes a parsed JSON object into its protocol message. */
export function messageFromJson(obj: JsonValue): ProtocolMessage {
  if (obj === null || typeof obj !== "object" || Array.isArray(obj)) {
    throw new DecodeError("MALFORMED", "message is not a JSON object");
  }
  const id = typeof obj["id"] === "string" ? obj["id"] : "";
  const type = obj["type"];
  if (typeof type !== "string" || type === "") throw new DecodeError("MALFORMED", 'message has no "type"', id);
  if (!isMessageType(type)) throw new DecodeError("UNKNOWN_TYPE", `unknown message type "${type}"`, id, type);
  const schema = MESSAGE_TYPES[type].schema as DescMessage;
  const deep = findTooDeepJsonValue(schema, obj);
  if (deep !== undefined) {
    throw new DecodeError(
      "MALFORMED",
      `cannot decode "${type}": field "${deep}": JSON value nests more than ${MAX_JSON_VALUE_DEPTH} arrays/objects deep`,
      id,
      type,
      deep,
    );
  }
  try {
    return fromJson(schema, obj, { ignoreUnknownFields: true }) as unknown as ProtocolMessage;
  } catch (e) {
    throw new DecodeError("MALFORMED", `cannot decode "${type}": ${(e as Error).message}`, id, type);
  }
}

/** Decodes one JSON line (without its newline). */
export function decodeJsonLine(line: Buffer | string): ProtocolMessage {
  const text = typeof line === "string" ? line : line.toString("utf8");
  let obj: JsonValue;
  try {
    obj = JSON.parse(text) as JsonValue;
  } catch (e) {
    throw new DecodeError("MALFORMED", `not JSON: ${(e as Error).message}`, recoverJsonId(text));
  }
  return messageFromJson(obj);
}

/** The Envelope bytes of a message. */
export function encodeEnvelope(msg: ProtocolMessage): Uint8Array {
  if (!isMessageType(msg.type)) throw new DecodeError("UNKNOWN_TYPE", `unknown message type "${msg.type}"`, msg.id, msg.type);
  let envelopeCase: string = MESSAGE_TYPES[msg.type].envelope;
  if ((MESSAGE_TYPES[msg.type].schema as DescMessage).typeName !== msg.$typeName) {
    for (const t of Object.keys(MESSAGE_TYPES) as MessageType[]) {
      if ((MESSAGE_TYPES[t].schema as DescMessage).typeName === msg.$typeName) envelopeCase = MESSAGE_TYPES[t].envelope;
    }
  }
  const env = create(EnvelopeSchema, { body: { case: envelopeCase, value: msg } as Envelope["body"] });
  return toBinary(EnvelopeSchema, env);
}

/** Decodes Envelope bytes into the message of its body. */
export function decodeEnvelope(bytes: Uint8Array): ProtocolMessage {
  let env: Envelope;
  try {
    env = fromBinary(EnvelopeSchema, bytes);
  } catch (e) {
    throw new DecodeError("MALFORMED", `not a decodable Envelope: ${(e as Error).message}`, recoverBinaryId(bytes));
  }
  const body = env.body;
  if (body.case === undefined) throw new DecodeError("MALFORMED", "Envelope has no body set");
  const msg = body.value as ProtocolMessage;
  if (msg.type === "") {
    const t = ENVELOPE_TO_TYPE.get(body.case);
    if (t !== undefined) msg.type = t;
  }
  if (!isMessageType(msg.type)) throw new DecodeError("UNKNOWN_TYPE", `unknown message type "${msg.type}"`, msg.id, msg.type);
  return msg;
}

/** A 4-byte big-endian length prefix followed by the Envelope bytes. */
export function encodeFrame(msg: ProtocolMessage): Buffer {
  const body = encodeEnvelope(msg);
  const out = Buffer.allocUnsafe(4 + body.length);
  out.writeUInt32BE(body.length, 0);
  out.set(body, 4);
  return out;
}

const ID_RE = /"id"\s*:\s*"((?:[^"\\]|\\.)*)"/;

/** The `id` of a (possibly truncated or malformed) JSON message, from its first 1 KiB; "" when not found. */
export function recoverJsonId(head: Buffer | string): string {
  const text = typeof head === "string" ? head.slice(0, 1024) : head.subarray(0, 1024).toString("utf8");
  const m = ID_RE.exec(text);
  if (m === null || m[1] === undefined) return "";
  try {
    return JSON.parse(`"${m[1]}"`) as string;
  } catch {
    return "";
  }
}

function readVarint(buf: Uint8Array, pos: number): [number, number] | undefined {
  let result = 0;
  let mul = 1;
  for (let i = 0; i < 10; i++) {
    if (pos >= buf.length) return undefined;
    const b = buf[pos++] as number;
    result += (b & 0x7f) * mul;
    if ((b & 0x80) === 0) return [result, pos];
    mul *= 128;
  }
  return undefined;
}

/**
 * The inner `id` (field 2) of a (possibly truncated) Envelope, from its first 1 KiB; "" when not found.
 * Walks the body field's tag and length, then the inner message's leading fields.
 */
export function recoverBinaryId(bytes: Uint8Array): string {
  const buf = bytes.subarray(0, 1024);
  const tag = readVarint(buf, 0);
  if (tag === undefined || (tag[0] & 7) !== 2) return "";
  const len = readVarint(buf, tag[1]);
  if (len === undefined) return "";
  let pos = len[1];
  for (let n = 0; n < 4 && pos < buf.length; n++) {
    const t = readVarint(buf, pos);
    if (t === undefined) return "";
    const field = Math.floor(t[0] / 8);
    const wire = t[0] & 7;
    if (wire !== 2) return "";
    const l = readVarint(buf, t[1]);
    if (l === undefined) return "";
    const start = l[1];
    const end = start + l[0];
    if (field === 2) {
      if (end > buf.length) return "";
      return Buffer.from(buf.subarray(start, end)).toString("utf8");
    }
    pos = end;
  }
  return "";
}

/** A google.protobuf.Value message holding a JSON value. */
export function jsonToValue(v: JsonValue): Value {
  return fromJson(ValueSchema, v);
}

/** The JSON value held by a google.protobuf.Value message (null when absent). */
export function valueToJson(v: Value | undefined): JsonValue {
  return v === undefined ? null : toJson(ValueSchema, v);
}
