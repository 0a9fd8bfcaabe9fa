/**
 * Codec of the IPC protocol (docs/PROTOCOL.md §1): proto3 JSON lines (protobuf-es toJson/fromJson, `type`/`id`
 * kept) and binary Envelopes with exactly one body field set (wire/body.ts says which), plus `id` recovery from
 * a truncated or malformed message.
 */
import { create, fromBinary, fromJson, toBinary, toJson } from "@bufbuild/protobuf";
import type { DescMessage, JsonObject, JsonValue } from "@bufbuild/protobuf";
import { ValueSchema } from "@bufbuild/protobuf/wkt";
import type { Value } from "@bufbuild/protobuf/wkt";
import { DecodeError } from "../errors.js";
import { EnvelopeSchema } from "../gen/eliza/interop/v1/protocol_pb.js";
import type { Envelope } from "../gen/eliza/interop/v1/protocol_pb.js";
import { ENVELOPE_TO_TYPE, MESSAGE_TYPES, envelopeCaseOf, isMessageType, schemaOf } from "./body.js";
import type { ProtocolMessage } from "./body.js";
import { ErrorCode, MAX_JSON_VALUE_DEPTH } from "./constants.js";
import { findTooDeepJsonValue } from "./json-depth.js";

/** The proto3 JSON object of a message (`type`/`id` included). */
export function messageToJson(msg: ProtocolMessage): JsonObject {
  const schema = schemaOf(msg);
  if (schema === undefined) throw new DecodeError(ErrorCode.UNKNOWN_TYPE, `unknown message type "${msg.type}"`, msg.id, msg.type);
  return toJson(schema, msg as never) as JsonObject;
}

/** One JSON line (UTF-8, `\n`-terminated) for a message. */
export function encodeJsonLine(msg: ProtocolMessage): Buffer {
  return Buffer.from(JSON.stringify(messageToJson(msg)) + "\n", "utf8");
}

/** Decodes a parsed JSON object into its protocol message. */
export function messageFromJson(obj: JsonValue): ProtocolMessage {
  if (obj === null || typeof obj !== "object" || Array.isArray(obj)) {
    throw new DecodeError(ErrorCode.MALFORMED, "message is not a JSON object");
  }
  const id = typeof obj["id"] === "string" ? obj["id"] : "";
  const type = obj["type"];
  if (typeof type !== "string" || type === "") throw new DecodeError(ErrorCode.MALFORMED, 'message has no "type"', id);
  if (!isMessageType(type)) throw new DecodeError(ErrorCode.UNKNOWN_TYPE, `unknown message type "${type}"`, id, type);
  const schema = MESSAGE_TYPES[type].schema as DescMessage;
  const deep = findTooDeepJsonValue(schema, obj);
  if (deep !== undefined) {
    throw new DecodeError(
      ErrorCode.MALFORMED,
      `cannot decode "${type}": field "${deep}": JSON value nests more than ${MAX_JSON_VALUE_DEPTH} arrays/objects deep`,
      id,
      type,
      deep,
    );
  }
  try {
    return fromJson(schema, obj, { ignoreUnknownFields: true }) as unknown as ProtocolMessage;
  } catch (e) {
    throw new DecodeError(ErrorCode.MALFORMED, `cannot decode "${type}": ${(e as Error).message}`, id, type);
  }
}

/** Decodes one JSON line (without its newline). */
export function decodeJsonLine(line: Buffer | string): ProtocolMessage {
  const text = typeof line === "string" ? line : line.toString("utf8");
  let obj: JsonValue;
  try {
    obj = JSON.parse(text) as JsonValue;
  } catch (e) {
    throw new DecodeError(ErrorCode.MALFORMED, `not JSON: ${(e as Error).message}`, recoverJsonId(text));
  }
  return messageFromJson(obj);
}

/** The Envelope bytes of a message. */
export function encodeEnvelope(msg: ProtocolMessage): Uint8Array {
  const envelopeCase = envelopeCaseOf(msg);
  if (envelopeCase === undefined) throw new DecodeError(ErrorCode.UNKNOWN_TYPE, `unknown message type "${msg.type}"`, msg.id, msg.type);
  const env = create(EnvelopeSchema, { body: { case: envelopeCase, value: msg } as Envelope["body"] });
  return toBinary(EnvelopeSchema, env);
}

/** Decodes Envelope bytes into the message of its body. */
export function decodeEnvelope(bytes: Uint8Array): ProtocolMessage {
  let env: Envelope;
  try {
    env = fromBinary(EnvelopeSchema, bytes);
  } catch (e) {
    throw new DecodeError(ErrorCode.MALFORMED, `not a decodable Envelope: ${(e as Error).message}`, recoverBinaryId(bytes));
  }
  const body = env.body;
  if (body.case === undefined) throw new DecodeError(ErrorCode.MALFORMED, "Envelope has no body set");
  const msg = body.value as ProtocolMessage;
  if (msg.type === "") {
    const t = ENVELOPE_TO_TYPE.get(body.case);
    if (t !== undefined) msg.type = t;
  }
  if (!isMessageType(msg.type)) throw new DecodeError(ErrorCode.UNKNOWN_TYPE, `unknown message type "${msg.type}"`, msg.id, msg.type);
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
