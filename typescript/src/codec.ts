/**
 * Codec of the IPC protocol (docs/PROTOCOL.md §1): message `type` ↔ protobuf message ↔ Envelope body field.
 * JSON framing uses the proto3 JSON mapping of the inner message (protobuf-es toJson/fromJson, `type`/`id` kept);
 * binary framing uses an `Envelope` with exactly one body field set.
 */
import { create, fromBinary, fromJson, toBinary, toJson } from "@bufbuild/protobuf";
import type { DescMessage, JsonObject, JsonValue, MessageShape } from "@bufbuild/protobuf";
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

/** A decode failure; `code` is the `error` code a server answers with (MALFORMED or UNKNOWN_TYPE). */
export class DecodeError extends Error {
  readonly code: "MALFORMED" | "UNKNOWN_TYPE";
  readonly id: string;
  readonly messageType: string | undefined;
  constructor(code: "MALFORMED" | "UNKNOWN_TYPE", message: string, id = "", messageType?: string) {
    super(message);
    this.name = "DecodeError";
    this.code = code;
    this.id = id;
    this.messageType = messageType;
  }
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
  try {
    return fromJson(MESSAGE_TYPES[type].schema as DescMessage, obj, { ignoreUnknownFields: true }) as unknown as ProtocolMessage;
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
