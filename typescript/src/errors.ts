/**
 * Every error @elizaos/interop raises, in one hierarchy (docs/ARCHITECTURE.md). The root `InteropError` carries
 * an `ErrorCode` from the schema (`code`; `codeName` is its wire name, "NOT_FOUND"); `errorToWire` and
 * `errorFromWire` are the one place that converts to and from the protocol's `error` message. Same names as the
 * Python (`elizaos_interop.errors`) and Rust (`errors.rs`) SDKs.
 */
import { create } from "@bufbuild/protobuf";
import type { JsonObject } from "@bufbuild/protobuf";
import { ErrorResponseSchema } from "./gen/eliza/interop/v1/ipc_pb.js";
import type { ErrorResponse } from "./gen/eliza/interop/v1/ipc_pb.js";
import { ErrorCode, errorCodeFromName, errorCodeName } from "./wire/constants.js";

export interface InteropErrorOptions {
  cause?: unknown;
  /** Overrides the class's default code. */
  code?: ErrorCode;
}

/** Base class of every error @elizaos/interop raises; `code` is what the error sends on the wire. */
export class InteropError extends Error {
  /** The protocol code of this kind of error (an instance may carry another, e.g. a PluginCallError). */
  static readonly defaultCode: ErrorCode = ErrorCode.HANDLER_ERROR;
  readonly code: ErrorCode;
  constructor(message: string, options: InteropErrorOptions = {}) {
    super(message, options.cause !== undefined ? { cause: options.cause } : undefined);
    this.name = new.target.name;
    this.code = options.code ?? (new.target as unknown as { defaultCode: ErrorCode }).defaultCode;
  }

  /** The wire name of `code` ("NOT_FOUND", "HANDLER_ERROR", …). */
  get codeName(): string {
    return errorCodeName(this.code);
  }
}

/** A plugin.json (or a manifest a plugin reported) is invalid; `field` names the bad field. */
export class ManifestError extends InteropError {
  static override readonly defaultCode: ErrorCode = ErrorCode.INVALID_ARGUMENT;
  readonly field: string | undefined;
  readonly path: string | undefined;
  constructor(message: string, options: { field?: string; path?: string } = {}) {
    const where = options.path !== undefined ? ` in ${options.path}` : "";
    const at = options.field !== undefined ? ` (field "${options.field}")` : "";
    super(`invalid manifest${where}${at}: ${message}`);
    this.field = options.field;
    this.path = options.path;
  }
}

/** A plugin could not be loaded (missing file, bad module, failed start-up, unsupported path). */
export class PluginLoadError extends InteropError {
  static override readonly defaultCode: ErrorCode = ErrorCode.UNAVAILABLE;
}

/** A WASM plugin speaks another ABI version or lacks required exports (or has imports). */
export class AbiVersionError extends PluginLoadError {
  static override readonly defaultCode: ErrorCode = ErrorCode.UNSUPPORTED_VERSION;
}

/** A module or memory exceeds a configured limit (`maxModuleBytes`, `maxMemoryBytes`). */
export class ResourceLimitError extends PluginLoadError {
  static override readonly defaultCode: ErrorCode = ErrorCode.RESOURCE_EXHAUSTED;
}

/** An IPC plugin did not send its `ready` message (or `listening` line) within the start-up timeout. */
export class StartupTimeoutError extends PluginLoadError {
  static override readonly defaultCode: ErrorCode = ErrorCode.DEADLINE_EXCEEDED;
}

/** The peer sent something the protocol does not allow (malformed line or frame, unexpected type). */
export class ProtocolError extends InteropError {
  static override readonly defaultCode: ErrorCode = ErrorCode.MALFORMED;
}

/**
 * A line, frame or Envelope that cannot be decoded: `code` MALFORMED (not JSON, not decodable, missing `type`,
 * nested too deep) or UNKNOWN_TYPE; `id` is what could be recovered ("" if nothing), `field` names the field
 * nested too deep (e.g. `memory.content.data`).
 */
export class DecodeError extends ProtocolError {
  readonly id: string;
  readonly messageType: string | undefined;
  readonly field: string | undefined;
  constructor(code: ErrorCode.MALFORMED | ErrorCode.UNKNOWN_TYPE, message: string, id = "", messageType?: string, field?: string) {
    super(message, { code });
    this.id = id;
    this.messageType = messageType;
    this.field = field;
  }
}

/** A partial incoming item needed more than `maxBufferBytes`; the connection must be dropped. */
export class BufferOverflowError extends ProtocolError {
  static override readonly defaultCode: ErrorCode = ErrorCode.TOO_LARGE;
}

/** The peer speaks another protocol version. */
export class VersionMismatchError extends ProtocolError {
  static override readonly defaultCode: ErrorCode = ErrorCode.UNSUPPORTED_VERSION;
  readonly expected: number;
  readonly actual: number;
  constructor(expected: number, actual: number, what = "plugin server") {
    super(`${what} speaks protocol version ${actual}, this host speaks ${expected}`);
    this.expected = expected;
    this.actual = actual;
  }
}

/** A message exceeds `maxMessageBytes` (outgoing: not sent; incoming: discarded). */
export class MessageTooLargeError extends ProtocolError {
  static override readonly defaultCode: ErrorCode = ErrorCode.TOO_LARGE;
  readonly size: number;
  readonly limit: number;
  constructor(message: string, size: number, limit: number) {
    super(message);
    this.size = size;
    this.limit = limit;
  }
}

/** `maxPendingRequests` calls are already in flight; the call was not sent. */
export class TooManyPendingError extends InteropError {
  static override readonly defaultCode: ErrorCode = ErrorCode.RESOURCE_EXHAUSTED;
}

/** A call did not complete within its timeout; a `cancel` was sent. */
export class CallTimeoutError extends InteropError {
  static override readonly defaultCode: ErrorCode = ErrorCode.DEADLINE_EXCEEDED;
  readonly timeoutMs: number;
  constructor(message: string, timeoutMs: number) {
    super(message);
    this.timeoutMs = timeoutMs;
  }
}

/** The caller cancelled a call (its AbortSignal fired); a `cancel` was sent. */
export class CallCancelledError extends InteropError {
  static override readonly defaultCode: ErrorCode = ErrorCode.CANCELLED;
}

/** The plugin process exited or its connection closed while calls were pending. */
export class PluginCrashedError extends InteropError {
  static override readonly defaultCode: ErrorCode = ErrorCode.UNAVAILABLE;
  readonly exitCode: number | null;
  readonly signal: string | null;
  constructor(message: string, exitCode: number | null = null, signal: string | null = null) {
    super(message);
    this.exitCode = exitCode;
    this.signal = signal;
  }
}

/** The plugin handle was closed; no further calls are possible. */
export class PluginClosedError extends InteropError {
  static override readonly defaultCode: ErrorCode = ErrorCode.UNAVAILABLE;
}

/** A WASM plugin trapped during a call; the instance was discarded and will be re-created. */
export class WasmTrapError extends InteropError {}

/** A WASM call exceeded its wall-clock deadline (the worker running it was terminated). */
export class DeadlineExceededError extends WasmTrapError {
  static override readonly defaultCode: ErrorCode = ErrorCode.DEADLINE_EXCEEDED;
}

/**
 * The peer answered a call with an `error` message (its code threw, or the request was refused). `code` is the
 * enum value; `codeName` the wire string as received (kept even when this schema does not know it).
 */
export class PluginCallError extends InteropError {
  readonly remoteMessage: string;
  readonly details: JsonObject;
  private readonly wireCode: string;
  constructor(message: string, code: ErrorCode | string = ErrorCode.HANDLER_ERROR, details: JsonObject = {}) {
    const wire = typeof code === "string" ? code : errorCodeName(code);
    super(`${wire}: ${message}`, { code: typeof code === "string" ? errorCodeFromName(code) : code });
    this.wireCode = wire;
    this.remoteMessage = message;
    this.details = details;
  }

  override get codeName(): string {
    return this.wireCode;
  }
}

/** An `error` message answering request `id`: `details.code` is the code's wire name, then `extra`. */
export function errorResponse(id: string, code: ErrorCode, message: string, extra: JsonObject = {}): ErrorResponse {
  return create(ErrorResponseSchema, { type: "error", id, error: message, details: { code: errorCodeName(code), ...extra } });
}

/**
 * The `error` message answering request `id` for a failure: an InteropError keeps its code (a PluginCallError
 * its wire code); anything else is HANDLER_ERROR naming the exception — unless it carries a `code` property that
 * is a wire name this schema knows (plain-JS plugins may throw `{ code: "NOT_FOUND" }`).
 */
export function errorToWire(id: string, err: unknown): ErrorResponse {
  if (err instanceof PluginCallError) return errorResponse(id, err.code, err.remoteMessage, { ...err.details, code: err.codeName });
  if (err instanceof InteropError) return errorResponse(id, err.code, err.message, err.constructor === InteropError ? {} : { exception: err.name });
  const e = err instanceof Error ? err : new Error(String(err));
  const named = (e as { code?: unknown }).code;
  const code = typeof named === "string" ? errorCodeFromName(named) : ErrorCode.HANDLER_ERROR;
  return errorResponse(id, code, e.message || String(err), { exception: e.name || "Error" });
}

/** The PluginCallError an `error` message stands for. */
export function errorFromWire(msg: ErrorResponse): PluginCallError {
  const details: JsonObject = msg.details ?? {};
  const code = typeof details["code"] === "string" ? details["code"] : errorCodeName(ErrorCode.HANDLER_ERROR);
  return new PluginCallError(msg.error, code, details);
}
