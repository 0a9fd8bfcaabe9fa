/**
 * Protocol constants and error codes, read from the schema (proto/eliza/interop/v1/constants.proto → gen/): no
 * number or code string is written again in this package (docs/ARCHITECTURE.md, "The schema owns the constants").
 */
import {
  ErrorCode,
  ProtocolLimit,
  ProtocolVersion,
  WasmAbiVersion,
} from "../gen/eliza/interop/v1/constants_pb.js";

export { ErrorCode };

/** IPC protocol version, sent in `ready` and `hello` (docs/PROTOCOL.md §2). */
export const PROTOCOL_VERSION: number = ProtocolVersion.CURRENT;
/** WASM ABI version a module exports (`eliza_abi_version`). */
export const WASM_ABI_VERSION: number = WasmAbiVersion.CURRENT;
/** How deep JSON arrays/objects may nest inside one Struct/Value/ListValue field. */
export const MAX_JSON_VALUE_DEPTH: number = ProtocolLimit.MAX_JSON_VALUE_DEPTH;
/** Default cap on in-flight requests per connection (`maxPendingRequests`). */
export const DEFAULT_MAX_PENDING_REQUESTS: number = ProtocolLimit.DEFAULT_MAX_PENDING_REQUESTS;
/** Default cap on one message, bytes (`maxMessageBytes`). */
export const DEFAULT_MAX_MESSAGE_BYTES: number = ProtocolLimit.DEFAULT_MAX_MESSAGE_BYTES;
/** Default cap on buffered unread input per connection, bytes (`maxBufferBytes`). */
export const DEFAULT_MAX_BUFFER_BYTES: number = ProtocolLimit.DEFAULT_MAX_BUFFER_BYTES;

/** The wire name of a code (`details.code`): the enum name without its `ERROR_CODE_` prefix, e.g. "NOT_FOUND". */
export function errorCodeName(code: ErrorCode): string {
  return ErrorCode[code] ?? ErrorCode[ErrorCode.HANDLER_ERROR];
}

/** The code a wire name stands for; HANDLER_ERROR for a missing, UNSPECIFIED or unknown name. */
export function errorCodeFromName(name: unknown): ErrorCode {
  if (typeof name !== "string" || name === ErrorCode[ErrorCode.UNSPECIFIED]) return ErrorCode.HANDLER_ERROR;
  const code = (ErrorCode as unknown as Record<string, unknown>)[name];
  return typeof code === "number" ? (code as ErrorCode) : ErrorCode.HANDLER_ERROR;
}
