/** Options and limits of the IPC host (docs/PROTOCOL.md §2, same names in every language). */
import { DEFAULT_MAX_BUFFER_BYTES, DEFAULT_MAX_MESSAGE_BYTES, DEFAULT_MAX_PENDING_REQUESTS } from "../../wire/constants.js";
import type { FramingMode } from "../../wire/framing.js";

export type LogLevel = "debug" | "info" | "warning" | "error";
/** Receives the child's stderr lines, `log` messages and host diagnostics. */
export type Logger = (level: LogLevel, message: string) => void;

/** Host limits (docs/PROTOCOL.md §2, same names in every language). */
export interface IpcLimits {
  /** Calls in flight at once; beyond it TooManyPendingError (the call is not sent). Default 10 000. */
  maxPendingRequests: number;
  /** Largest message in either direction. Default 16 MiB. */
  maxMessageBytes: number;
  /** Largest partial incoming line/frame kept; beyond it the connection is dropped. Default 64 MiB. */
  maxBufferBytes: number;
  /** Time to get `listening` and `ready`. Default 10 s. */
  startupTimeoutMs: number;
  /** Per-call timeout (overridable per call). Default 30 s. */
  callTimeoutMs: number;
  /** Shutdown grace: close stdin → grace → SIGTERM → grace → SIGKILL. Default 2 s. */
  shutdownGraceMs: number;
}

export const DEFAULT_LIMITS: Readonly<IpcLimits> = Object.freeze({
  maxPendingRequests: DEFAULT_MAX_PENDING_REQUESTS,
  maxMessageBytes: DEFAULT_MAX_MESSAGE_BYTES,
  maxBufferBytes: DEFAULT_MAX_BUFFER_BYTES,
  startupTimeoutMs: 10_000,
  callTimeoutMs: 30_000,
  shutdownGraceMs: 2_000,
});

export const DEFAULT_ENV_DENYLIST: readonly string[] = Object.freeze([
  "*_KEY",
  "*_TOKEN",
  "*_SECRET",
  "*_PASSWORD",
  "*_CREDENTIALS",
]);

export type IpcTransport = "stdio" | "unix" | "tcp";

export interface IpcOptions extends Partial<IpcLimits> {
  /** Name used in log prefixes and error messages (defaults to the manifest name once known). */
  name?: string;
  /**
   * Command line of the plugin server (argv, no shell). With transport "unix"/"tcp" it must include the
   * matching flag; the host reads its `listening` line. Omit to connect to `connect` instead.
   */
  command?: string[];
  /** Address of a running server: a Unix socket path, or `host:port`. Used when `command` is absent. */
  connect?: string;
  /** Transport of `command`; default "stdio". */
  transport?: IpcTransport;
  cwd?: string;
  /** Variables always passed to the child (even when they match the denylist). */
  env?: Record<string, string>;
  /** Pass the parent environment minus `envDenylist`. Default true. */
  inheritEnv?: boolean;
  /** Globs (case-insensitive, `*` wildcard) of variables not inherited. Default DEFAULT_ENV_DENYLIST. */
  envDenylist?: readonly string[];
  /**
   * Whether close() asks the server to exit (`shutdown`). Default: true for a server this host spawned, false
   * for one reached with `connect` (other hosts may share it; close() then just closes the connection).
   */
  shutdownServerOnClose?: boolean;
  /** Framing asked for after the handshake. Default "json". */
  framing?: FramingMode;
  /**
   * Model handlers `loadPlugin` exposes as the elizaOS plugin's `models` (the manifest does not list models; with
   * a handle, pass them to `toElizaos(handle, { models })`); any can be reached with `handle.invokeModel`.
   */
  models?: readonly string[];
  logger?: Logger;
}

/** The limits of `options`, defaults filled in. */
export function limitsOf(options: Partial<IpcLimits>): IpcLimits {
  return {
    maxPendingRequests: options.maxPendingRequests ?? DEFAULT_LIMITS.maxPendingRequests,
    maxMessageBytes: options.maxMessageBytes ?? DEFAULT_LIMITS.maxMessageBytes,
    maxBufferBytes: options.maxBufferBytes ?? DEFAULT_LIMITS.maxBufferBytes,
    startupTimeoutMs: options.startupTimeoutMs ?? DEFAULT_LIMITS.startupTimeoutMs,
    callTimeoutMs: options.callTimeoutMs ?? DEFAULT_LIMITS.callTimeoutMs,
    shutdownGraceMs: options.shutdownGraceMs ?? DEFAULT_LIMITS.shutdownGraceMs,
  };
}
