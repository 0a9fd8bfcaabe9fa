/**
 * Typed errors raised by @elizaos/interop. Every one names what was wrong (docs/PROTOCOL.md §2).
 * Same names as the Python (`elizaos_interop.errors`) and Rust hosts.
 */
import type { JsonObject } from "@bufbuild/protobuf";

/** Base class of every error @elizaos/interop raises. */
export class InteropError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A plugin.json (or a manifest a plugin reported) is invalid; `field` names the bad field. */
export class ManifestError extends InteropError {
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
export class PluginLoadError extends InteropError {}

/** An IPC plugin did not send its `ready` message (or `listening` line) within the start-up timeout. */
export class StartupTimeoutError extends PluginLoadError {}

/** The peer sent something the protocol does not allow (malformed line or frame, unexpected type). */
export class ProtocolError extends InteropError {}

/** The peer speaks another protocol version. */
export class VersionMismatchError extends ProtocolError {
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
  readonly size: number;
  readonly limit: number;
  constructor(message: string, size: number, limit: number) {
    super(message);
    this.size = size;
    this.limit = limit;
  }
}

/** `maxPendingRequests` calls are already in flight; the call was not sent. */
export class TooManyPendingError extends InteropError {}

/** A call did not complete within its timeout; a `cancel` was sent. */
export class CallTimeoutError extends InteropError {
  readonly timeoutMs: number;
  constructor(message: string, timeoutMs: number) {
    super(message);
    this.timeoutMs = timeoutMs;
  }
}

/** The plugin process exited or its connection closed while calls were pending. */
export class PluginCrashedError extends InteropError {
  readonly exitCode: number | null;
  readonly signal: string | null;
  constructor(message: string, exitCode: number | null = null, signal: string | null = null) {
    super(message);
    this.exitCode = exitCode;
    this.signal = signal;
  }
}

/** The plugin handle was closed; no further calls are possible. */
export class PluginClosedError extends InteropError {}

/** The plugin answered a call with an `error` message (its code threw, or the request was refused). */
export class PluginCallError extends InteropError {
  readonly code: string;
  readonly remoteMessage: string;
  readonly details: JsonObject;
  constructor(message: string, code = "HANDLER_ERROR", details: JsonObject = {}) {
    super(`${code}: ${message}`);
    this.code = code;
    this.remoteMessage = message;
    this.details = details;
  }
}
