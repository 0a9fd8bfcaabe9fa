/**
 * The Envelope body of every message type (docs/PROTOCOL.md §1): `type` ↔ protobuf schema ↔ Envelope body case,
 * the request → response table, and message construction. The one list of message types in this package.
 */
import { create } from "@bufbuild/protobuf";
import type { DescMessage, MessageShape } from "@bufbuild/protobuf";
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
} from "../gen/eliza/interop/v1/ipc_pb.js";
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
} from "../gen/eliza/interop/v1/protocol_pb.js";
import type { Envelope } from "../gen/eliza/interop/v1/protocol_pb.js";

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

/** Message type ↔ Envelope body case (the inverse of MESSAGE_TYPES' `envelope`). */
export const ENVELOPE_TO_TYPE: ReadonlyMap<string, MessageType> = new Map(
  (Object.keys(MESSAGE_TYPES) as MessageType[])
    // evaluator.invoke may be answered with action.result; the envelope case decides the schema.
    .map((t) => [MESSAGE_TYPES[t].envelope, t] as const),
);


export function isMessageType(t: string): t is MessageType {
  return Object.prototype.hasOwnProperty.call(MESSAGE_TYPES, t);
}

/** Builds a message of type `T` with the given id and fields. */
export function makeMessage<T extends MessageType>(type: T, id: string, init?: MessageInit<T>): MessageOf<T> {
  const schema = MESSAGE_TYPES[type].schema as DescMessage;
  // create() then set: a spread init object (`{ ...init, type, id }`) makes create() microseconds slower.
  const msg = create(schema, init as never) as unknown as { type: string; id: string };
  msg.type = type;
  msg.id = id;
  return msg as unknown as MessageOf<T>;
}

/** Narrows a message to the given type. */
export function isType<T extends MessageType>(msg: ProtocolMessage, type: T): msg is MessageOf<T> {
  return msg.type === type;
}

/** The response type of each request type. */
export const RESPONSE_TYPES = {
  "plugin.init": "plugin.init.result",
  "action.invoke": "action.result",
  "action.validate": "validate.result",
  "provider.get": "provider.result",
  "evaluator.invoke": "evaluator.result",
  "model.invoke": "model.result",
  "service.start": "service.result",
  "service.stop": "service.result",
  "route.handle": "route.result",
  "db.call": "db.result",
  "manifest.get": "manifest.result",
  shutdown: "shutdown.result",
} as const satisfies Partial<Record<MessageType, MessageType>>;

export type RequestType = keyof typeof RESPONSE_TYPES;
export type ResponseOf<T extends RequestType> = MessageOf<(typeof RESPONSE_TYPES)[T]>;

/** Whether a message of this type is a request (answered by a response with the same id). */
export function isRequestType(t: string): t is RequestType | "hello" {
  return t === "hello" || Object.prototype.hasOwnProperty.call(RESPONSE_TYPES, t);
}

/** The schema a message is encoded with: its type's, or its own (action.result sent as an evaluator answer etc.). */
export function schemaOf(msg: ProtocolMessage): DescMessage | undefined {
  if (!isMessageType(msg.type)) return undefined;
  const schema = MESSAGE_TYPES[msg.type].schema as DescMessage;
  if (schema.typeName === msg.$typeName) return schema;
  for (const t of Object.keys(MESSAGE_TYPES) as MessageType[]) {
    const s = MESSAGE_TYPES[t].schema as DescMessage;
    if (s.typeName === msg.$typeName) return s;
  }
  return schema;
}

/** The Envelope body case carrying a message (by its own schema). */
export function envelopeCaseOf(msg: ProtocolMessage): string | undefined {
  if (!isMessageType(msg.type)) return undefined;
  let envelopeCase: string = MESSAGE_TYPES[msg.type].envelope;
  if ((MESSAGE_TYPES[msg.type].schema as DescMessage).typeName !== msg.$typeName) {
    for (const t of Object.keys(MESSAGE_TYPES) as MessageType[]) {
      if ((MESSAGE_TYPES[t].schema as DescMessage).typeName === msg.$typeName) envelopeCase = MESSAGE_TYPES[t].envelope;
    }
  }
  return envelopeCase;
}
