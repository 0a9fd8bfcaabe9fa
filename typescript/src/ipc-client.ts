/**
 * IPC host (docs/PROTOCOL.md §2): runs a plugin server as a child process (or connects to a running one) over
 * stdio, a Unix socket or TCP, and exposes it as a Plugin (types.ts). Limits, handshake, pipelining, timeouts
 * with `cancel`, crash detection, restart and graceful shutdown follow the protocol.
 */
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import type { JsonObject, JsonValue } from "@bufbuild/protobuf";
import type { ActionResult, ProviderResult } from "../../generated/typescript/eliza/interop/v1/components_pb.js";
import type { CrossLanguagePluginManifest } from "../../generated/typescript/eliza/interop/v1/ipc_pb.js";
import type { Memory } from "../../generated/typescript/eliza/interop/v1/memory_pb.js";
import { Framing } from "../../generated/typescript/eliza/interop/v1/protocol_pb.js";
import type { ReadyMessage } from "../../generated/typescript/eliza/interop/v1/protocol_pb.js";
import type { State } from "../../generated/typescript/eliza/interop/v1/state_pb.js";
import {
  DecodeError,
  PROTOCOL_VERSION,
  decodeEnvelope,
  decodeJsonLine,
  encodeFrame,
  encodeJsonLine,
  makeMessage,
  valueToJson,
} from "./codec.js";
import type { MessageInit, MessageOf, MessageType, ProtocolMessage } from "./codec.js";
import {
  CallTimeoutError,
  InteropError,
  MessageTooLargeError,
  PluginCallError,
  PluginClosedError,
  PluginCrashedError,
  PluginLoadError,
  ProtocolError,
  StartupTimeoutError,
  TooManyPendingError,
  VersionMismatchError,
} from "./errors.js";
import { BufferOverflowError, LineSplitter, StreamDecoder, WriteBatcher } from "./framing.js";
import type { DecodedItem, FramingMode } from "./framing.js";
import type { Action, DatabaseAdapter, Evaluator, ModelHandler, Plugin, Provider } from "./types.js";

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
  maxPendingRequests: 10_000,
  maxMessageBytes: 16 * 1024 * 1024,
  maxBufferBytes: 64 * 1024 * 1024,
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
  /** Model handlers to expose as `models` (the manifest does not list models); any can be reached with invokeModel. */
  models?: readonly string[];
  logger?: Logger;
}

export interface CallOptions {
  timeoutMs?: number;
}

/** The response type of each request type. */
const RESPONSE_TYPES = {
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

interface Pending {
  type: RequestType;
  resolve: (msg: ProtocolMessage) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout | undefined;
}

/** Environment for a child: the parent's minus the denylist (when inherited), plus `env`. */
export function buildChildEnv(options: Pick<IpcOptions, "env" | "inheritEnv" | "envDenylist">): Record<string, string> {
  const out: Record<string, string> = {};
  if (options.inheritEnv ?? true) {
    const patterns = (options.envDenylist ?? DEFAULT_ENV_DENYLIST).map(
      (g) => new RegExp("^" + g.split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*") + "$", "i"),
    );
    for (const [k, v] of Object.entries(process.env)) {
      if (v !== undefined && !patterns.some((re) => re.test(k))) out[k] = v;
    }
  }
  return { ...out, ...(options.env ?? {}) };
}

function defaultLogger(name: string): Logger {
  return (level, message) => console.error(`[plugin ${name}] ${level === "info" ? "" : level.toUpperCase() + " "}${message}`);
}

function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  return signal !== null ? `was killed by signal ${signal}` : `exited with code ${code ?? "unknown"}`;
}

/**
 * A spawned plugin runs in its own process group (POSIX: `detached`, group id = its pid), like the Python
 * host's `start_new_session`, so that signals reach what the plugin starts too, and leftovers can be ended after
 * it exits. Windows has no process groups (and `detached` would give the child its own console).
 */
const OWN_PROCESS_GROUP = process.platform !== "win32";

/** Sends `sig` to the child's process group; falls back to the child alone when the group is gone (or not ours). */
function signalGroup(child: ChildProcess, sig: NodeJS.Signals): void {
  const pid = child.pid;
  if (OWN_PROCESS_GROUP && pid !== undefined && pid > 0) {
    // (pid 0 or undefined: process.kill(-0) would signal our own group)
    try {
      process.kill(-pid, sig);
      return;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== "ESRCH" && code !== "EPERM") throw e;
    }
  }
  if (child.exitCode === null && child.signalCode === null) child.kill(sig);
}

/** SIGKILL to what is left of an exited child's process group (its own children), if anything. */
function killLeftovers(child: ChildProcess): void {
  const pid = child.pid;
  if (!OWN_PROCESS_GROUP || pid === undefined || pid <= 0) return;
  try {
    process.kill(-pid, "SIGKILL");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== "ESRCH" && code !== "EPERM") throw e;
  }
}

/**
 * Children still running. In their own process group they no longer get the terminal's Ctrl-C, so when the host
 * process exits (process.exit(), an uncaught exception; Node runs no "exit" handlers when a signal it does not
 * handle ends it, and then the children see their stdin close) their groups are killed here.
 */
const liveChildren = new Set<ChildProcess>();
let exitHookInstalled = false;

function trackChild(child: ChildProcess): void {
  liveChildren.add(child);
  child.once("exit", () => liveChildren.delete(child));
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on("exit", () => {
      for (const c of liveChildren) {
        try {
          signalGroup(c, "SIGKILL");
        } catch {
          // exiting anyway
        }
      }
    });
  }
}

/** One running connection (and the child serving it, if we spawned one). */
class Session {
  readonly pending = new Map<string, Pending>();
  ready: ReadyMessage | undefined;
  private nextId = 1;
  private mode: FramingMode = "json";
  private readonly decoder: StreamDecoder;
  private conn: { write(b: Buffer): void; end(): void; destroy(): void } | undefined;
  child: ChildProcess | undefined;
  private closed = false;
  private closeError: Error | undefined;
  private readonly stderrTail: string[] = [];
  /** The child has exited and its stdout/stderr are fully read ("close"). */
  private exited: Promise<void> = Promise.resolve();
  /** The child has exited ("exit"); its pipes may still be held open by processes it started. */
  private processExited: Promise<void> = Promise.resolve();
  private onReady: ((msg: ReadyMessage) => void) | undefined;
  private onStartupError: ((e: Error) => void) | undefined;
  private helloWaiter: ((msg: ProtocolMessage) => void) | undefined;
  private helloId = "";
  private endTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly options: IpcOptions,
    private readonly limits: IpcLimits,
    private name: string,
    private readonly log: Logger,
  ) {
    this.decoder = new StreamDecoder((item) => this.onItem(item), {
      maxMessageBytes: limits.maxMessageBytes,
      maxBufferBytes: limits.maxBufferBytes,
    });
  }

  setName(name: string): void {
    this.name = name;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Spawns/connects, waits for `ready` (and the hello exchange), within the start-up timeout. */
  async start(): Promise<ReadyMessage> {
    const deadline = Date.now() + this.limits.startupTimeoutMs;
    let timer: NodeJS.Timeout | undefined;
    const startup = new Promise<ReadyMessage>((resolve, reject) => {
      this.onReady = resolve;
      this.onStartupError = reject;
      timer = setTimeout(
        () => reject(new StartupTimeoutError(`plugin "${this.name}" sent no ready within ${this.limits.startupTimeoutMs} ms${this.tail()}`)),
        this.limits.startupTimeoutMs,
      );
    });
    startup.catch(() => undefined);
    try {
      const opening = this.open();
      opening.catch(() => undefined); // a late failure after the race is decided is reported through `startup`
      await Promise.race([opening, startup.then(() => undefined)]);
      const ready = await startup;
      this.checkReady(ready);
      if ((this.options.framing ?? "json") === "protobuf") await this.hello(deadline);
      return ready;
    } catch (e) {
      this.kill();
      throw e;
    } finally {
      if (timer !== undefined) clearTimeout(timer);
      this.onReady = undefined;
      this.onStartupError = undefined;
    }
  }

  private checkReady(ready: ReadyMessage): void {
    if (ready.protocolVersion !== PROTOCOL_VERSION) throw new VersionMismatchError(PROTOCOL_VERSION, ready.protocolVersion, `plugin "${this.name}"`);
    if (ready.manifest === undefined) throw new ProtocolError(`plugin "${this.name}" sent ready without a manifest`);
  }

  private async hello(deadline: number): Promise<void> {
    const ready = this.ready as ReadyMessage;
    if (!ready.framings.includes(Framing.PROTOBUF)) {
      throw new ProtocolError(`plugin "${this.name}" does not offer FRAMING_PROTOBUF (framings: ${ready.framings.map((f) => Framing[f]).join(", ") || "none"})`);
    }
    const id = `hello-${this.nextId++}`;
    this.helloId = id;
    const answer = new Promise<ProtocolMessage>((resolve, reject) => {
      this.helloWaiter = resolve;
      this.onStartupError = reject;
      setTimeout(() => reject(new StartupTimeoutError(`plugin "${this.name}" did not answer hello in time`)), Math.max(1, deadline - Date.now())).unref();
    });
    this.writeRaw(encodeJsonLine(makeMessage("hello", id, { protocolVersion: PROTOCOL_VERSION, framing: Framing.PROTOBUF })));
    const res = await answer;
    this.helloWaiter = undefined;
    if (res.$typeName === "eliza.interop.v1.ErrorResponse") throw new ProtocolError(`plugin "${this.name}" refused hello: ${res.error}`);
    if (res.$typeName !== "eliza.interop.v1.HelloResult") throw new ProtocolError(`plugin "${this.name}" answered hello with "${res.type}"`);
    if (!res.accepted || res.framing !== Framing.PROTOBUF) {
      throw new ProtocolError(`plugin "${this.name}" refused protobuf framing: ${res.error ?? "no reason given"}`);
    }
  }

  private tail(): string {
    return this.stderrTail.length > 0 ? `; last stderr:\n  ${this.stderrTail.join("\n  ")}` : "";
  }

  private async open(): Promise<void> {
    const transport = this.options.transport ?? "stdio";
    if (this.options.command === undefined) {
      if (this.options.connect === undefined) throw new PluginLoadError("IpcOptions needs either command or connect");
      await this.connectTo(this.options.connect);
      return;
    }
    const [file, ...args] = this.options.command;
    if (file === undefined) throw new PluginLoadError("IpcOptions.command is empty");
    const child = spawn(file, args, {
      cwd: this.options.cwd,
      env: buildChildEnv(this.options),
      stdio: ["pipe", "pipe", "pipe"],
      // Own process group (see OWN_PROCESS_GROUP). The child stays referenced: the host waits for it as before.
      detached: OWN_PROCESS_GROUP,
    });
    this.child = child;
    this.exited = new Promise((resolve) => child.once("close", () => resolve()));
    this.processExited = new Promise((resolve) => {
      child.once("exit", () => resolve());
      child.once("error", () => {
        if (child.pid === undefined) resolve(); // never started: no "exit" comes
      });
    });
    if (child.pid !== undefined) trackChild(child);
    const stderr = new LineSplitter((line) => {
      this.stderrTail.push(line);
      if (this.stderrTail.length > 20) this.stderrTail.shift();
      this.log("info", line);
    });
    child.stderr?.on("data", (c: Buffer) => stderr.push(c));
    child.stderr?.on("end", () => stderr.flush());
    child.stdin?.on("error", (e) => this.log("debug", `stdin: ${e.message}`));
    const spawned = new Promise<void>((resolve, reject) => {
      child.once("spawn", resolve);
      child.once("error", (e) => reject(new PluginLoadError(`cannot start ${file}: ${e.message}`, { cause: e })));
    });
    child.once("exit", (code, signal) => {
      const msg = `plugin "${this.name}" (pid ${child.pid ?? "?"}) ${describeExit(code, signal)}`;
      // Give stderr a moment to be read so the message can include its tail.
      setTimeout(() => {
        this.fail(new PluginCrashedError(`${msg}${this.tail()}`, code, signal));
      }, 20);
    });
    await spawned;
    if (transport === "stdio") {
      const stdin = child.stdin;
      const stdout = child.stdout;
      if (stdin === null || stdout === null) throw new PluginLoadError("child has no stdio pipes");
      const batch = new WriteBatcher((b) => {
        if (!stdin.destroyed) stdin.write(b);
      });
      this.conn = {
        write: (b) => batch.write(b),
        end: () => {
          batch.flush();
          stdin.end();
        },
        destroy: () => stdin.destroy(),
      };
      this.attachReader(stdout);
      return;
    }
    // Socket transports: the child's stdout carries exactly one `listening` line.
    const stdout = child.stdout;
    if (stdout === null) throw new PluginLoadError("child has no stdout pipe");
    const address = await new Promise<string>((resolve, reject) => {
      const lines = new StreamDecoder(
        (item) => {
          if (item.kind !== "line") {
            reject(new ProtocolError(`plugin "${this.name}" wrote an oversized first stdout line instead of "listening"`));
            return;
          }
          const text = item.data.toString("utf8");
          try {
            const obj = JSON.parse(text) as { type?: unknown; address?: unknown };
            if (obj.type === "listening" && typeof obj.address === "string") resolve(obj.address);
            else reject(new ProtocolError(`plugin "${this.name}" first stdout line is not "listening": ${text.slice(0, 200)}`));
          } catch {
            reject(new ProtocolError(`plugin "${this.name}" first stdout line is not JSON: ${text.slice(0, 200)}`));
          }
        },
        { maxMessageBytes: 64 * 1024, maxBufferBytes: 64 * 1024 },
      );
      stdout.on("data", (c: Buffer) => {
        try {
          lines.push(c);
        } catch (e) {
          reject(new ProtocolError(`plugin "${this.name}" stdout: ${(e as Error).message}`));
        }
      });
    });
    stdout.removeAllListeners("data");
    stdout.on("data", (c: Buffer) => this.log("warning", `unexpected stdout after listening: ${c.toString("utf8", 0, 200)}`));
    await this.connectTo(address);
  }

  private async connectTo(address: string): Promise<void> {
    const isUnix = address.includes("/") || !/:\d+$/.test(address);
    const socket = await new Promise<net.Socket>((resolve, reject) => {
      let s: net.Socket;
      if (isUnix) s = net.connect(address);
      else {
        const idx = address.lastIndexOf(":");
        s = net.connect(Number(address.slice(idx + 1)), address.slice(0, idx).replace(/^\[(.*)\]$/, "$1"));
      }
      s.once("connect", () => resolve(s));
      s.once("error", (e) => reject(new PluginLoadError(`cannot connect to ${address}: ${e.message}`, { cause: e })));
    });
    socket.setNoDelay(true);
    socket.on("error", (e) => this.log("debug", `socket: ${e.message}`));
    const batch = new WriteBatcher((b) => {
      if (!socket.destroyed) socket.write(b);
    });
    this.conn = {
      write: (b) => batch.write(b),
      end: () => {
        batch.flush();
        socket.end();
      },
      destroy: () => socket.destroy(),
    };
    this.attachReader(socket);
  }

  private attachReader(stream: NodeJS.ReadableStream): void {
    stream.on("data", (chunk: Buffer) => {
      if (this.closed) return;
      try {
        this.decoder.push(chunk);
      } catch (e) {
        if (e instanceof BufferOverflowError) {
          this.log("error", `dropping the connection: ${e.message}`);
          this.fail(new ProtocolError(`plugin "${this.name}": ${e.message}; connection dropped`));
          this.kill();
        } else throw e;
      }
    });
    stream.on("end", () => this.onConnectionEnd());
    stream.on("close", () => this.onConnectionEnd());
  }

  private onConnectionEnd(): void {
    if (this.closed || this.endTimer !== undefined) return;
    if (this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null) {
      // The exit handler names the code; fail anyway if the child lingers with its stream closed.
      this.endTimer = setTimeout(() => this.fail(new PluginCrashedError(`plugin "${this.name}" closed its connection`)), 1000);
      this.endTimer.unref();
      return;
    }
    if (this.child === undefined) this.fail(new PluginCrashedError(`plugin "${this.name}": connection closed by the server`));
  }

  private onItem(item: DecodedItem): void {
    if (item.kind === "oversized") {
      const err = new MessageTooLargeError(
        `plugin "${this.name}" sent a message of ${item.size} bytes, over maxMessageBytes (${this.limits.maxMessageBytes}); discarded`,
        item.size,
        this.limits.maxMessageBytes,
      );
      this.log("error", `${err.message}${item.id !== "" ? ` (id ${item.id})` : ""}`);
      if (this.ready === undefined) this.onStartupError?.(err);
      else this.rejectPending(item.id, err);
      return;
    }
    let msg: ProtocolMessage;
    try {
      msg = item.kind === "line" ? decodeJsonLine(item.data) : decodeEnvelope(item.data);
    } catch (e) {
      if (!(e instanceof DecodeError)) throw e;
      const preview = item.data.subarray(0, 200).toString(item.kind === "line" ? "utf8" : "hex");
      this.log("error", `malformed ${item.kind} from plugin: ${e.message}: ${preview}`);
      const err = new ProtocolError(`plugin "${this.name}" sent a malformed ${item.kind}: ${e.message}`);
      if (this.ready === undefined) this.onStartupError?.(err);
      else this.rejectPending(e.id, err);
      return;
    }
    this.onMessage(msg);
  }

  private onMessage(msg: ProtocolMessage): void {
    if (this.ready === undefined) {
      if (msg.$typeName !== "eliza.interop.v1.ReadyMessage") {
        this.onStartupError?.(new ProtocolError(`plugin "${this.name}" sent "${msg.type}" before ready`));
        return;
      }
      this.ready = msg;
      this.onReady?.(msg);
      return;
    }
    if (msg.$typeName === "eliza.interop.v1.LogMessage") {
      const level = (["debug", "info", "warning", "error"] as const).find((l) => l === msg.level) ?? "info";
      this.log(level, `${msg.logger !== "" ? msg.logger + ": " : ""}${msg.message}`);
      return;
    }
    if (this.helloWaiter !== undefined && msg.id === this.helloId) {
      // Switch before the next byte is decoded.
      if (msg.$typeName === "eliza.interop.v1.HelloResult" && msg.accepted && msg.framing === Framing.PROTOBUF) {
        this.decoder.setMode("protobuf");
        this.mode = "protobuf";
      }
      this.helloWaiter(msg);
      return;
    }
    const p = this.pending.get(msg.id);
    if (p === undefined) {
      this.log("warning", `dropping "${msg.type}" with id "${msg.id}": no pending call has that id`);
      return;
    }
    this.pending.delete(msg.id);
    if (p.timer !== undefined) clearTimeout(p.timer);
    if (msg.$typeName === "eliza.interop.v1.ErrorResponse") {
      const details: JsonObject = msg.details ?? {};
      const code = typeof details["code"] === "string" ? details["code"] : "HANDLER_ERROR";
      p.reject(new PluginCallError(msg.error, code, details));
      return;
    }
    const expected: string = RESPONSE_TYPES[p.type];
    const ok = msg.type === expected || (p.type === "evaluator.invoke" && msg.type === "action.result");
    if (!ok) {
      p.reject(new ProtocolError(`plugin "${this.name}" answered "${p.type}" with "${msg.type}" (expected "${expected}")`));
      return;
    }
    p.resolve(msg);
  }

  private rejectPending(id: string, err: Error): void {
    const p = id === "" ? undefined : this.pending.get(id);
    if (p === undefined) return;
    this.pending.delete(id);
    if (p.timer !== undefined) clearTimeout(p.timer);
    p.reject(err);
  }

  private writeRaw(bytes: Buffer): void {
    if (this.conn === undefined) throw new PluginCrashedError(`plugin "${this.name}" is not connected`);
    this.conn.write(bytes);
  }

  private encode(msg: ProtocolMessage): Buffer {
    const bytes = this.mode === "json" ? encodeJsonLine(msg) : encodeFrame(msg);
    const size = this.mode === "json" ? bytes.length - 1 : bytes.length - 4;
    if (size > this.limits.maxMessageBytes) {
      throw new MessageTooLargeError(
        `"${msg.type}" of ${size} bytes exceeds maxMessageBytes (${this.limits.maxMessageBytes}); not sent`,
        size,
        this.limits.maxMessageBytes,
      );
    }
    return bytes;
  }

  call<T extends RequestType>(type: T, init: MessageInit<T>, options: CallOptions = {}): Promise<ResponseOf<T>> {
    if (this.closed) return Promise.reject(this.closeError ?? new PluginClosedError(`plugin "${this.name}" is closed`));
    if (this.pending.size >= this.limits.maxPendingRequests) {
      return Promise.reject(
        new TooManyPendingError(`plugin "${this.name}" already has ${this.pending.size} calls in flight (maxPendingRequests ${this.limits.maxPendingRequests})`),
      );
    }
    const id = String(this.nextId++);
    let bytes: Buffer;
    try {
      bytes = this.encode(makeMessage(type, id, init) as ProtocolMessage);
    } catch (e) {
      return Promise.reject(e);
    }
    const timeoutMs = options.timeoutMs ?? this.limits.callTimeoutMs;
    return new Promise<ResponseOf<T>>((resolve, reject) => {
      const p: Pending = { type, resolve: resolve as (m: ProtocolMessage) => void, reject, timer: undefined };
      if (timeoutMs > 0 && Number.isFinite(timeoutMs)) {
        p.timer = setTimeout(() => {
          if (this.pending.get(id) !== p) return;
          this.pending.delete(id);
          reject(new CallTimeoutError(`plugin "${this.name}": "${type}" (id ${id}) got no answer within ${timeoutMs} ms; cancel sent`, timeoutMs));
          try {
            this.writeRaw(this.encode(makeMessage("cancel", `cancel-${id}`, { targetId: id })));
          } catch {
            // connection gone: nothing to cancel
          }
        }, timeoutMs);
      }
      this.pending.set(id, p);
      try {
        this.writeRaw(bytes);
      } catch (e) {
        this.pending.delete(id);
        if (p.timer !== undefined) clearTimeout(p.timer);
        reject(e as Error);
      }
    });
  }

  /** Fails every pending call (and start-up) with `err`; the session is unusable afterwards. */
  fail(err: Error): void {
    if (this.endTimer !== undefined) clearTimeout(this.endTimer);
    this.onStartupError?.(err);
    if (!this.closed) {
      this.closed = true;
      this.closeError = err;
    }
    this.decoder.close();
    for (const [id, p] of this.pending) {
      this.pending.delete(id);
      if (p.timer !== undefined) clearTimeout(p.timer);
      p.reject(err);
    }
  }

  /** SIGKILL to the child and its process group (what it started, even after it exited). */
  private kill(): void {
    this.conn?.destroy();
    if (this.child !== undefined) signalGroup(this.child, "SIGKILL");
  }

  /** Waits up to `ms` for `what` (the child's "exit" or "close"); false on timeout. */
  private async waitFor(what: Promise<void>, ms: number): Promise<boolean> {
    if (this.child === undefined) return true;
    let t: NodeJS.Timeout | undefined;
    const r = await Promise.race([
      what.then(() => true),
      new Promise<boolean>((resolve) => {
        t = setTimeout(() => resolve(false), ms);
      }),
    ]);
    if (t !== undefined) clearTimeout(t);
    return r;
  }

  private waitExit(ms: number): Promise<boolean> {
    return this.waitFor(this.processExited, ms);
  }

  /** shutdown → end the stream → grace → SIGTERM → grace → SIGKILL. */
  async shutdown(): Promise<void> {
    const grace = this.limits.shutdownGraceMs;
    const askServer = this.options.shutdownServerOnClose ?? this.options.command !== undefined;
    if (!this.closed && this.ready !== undefined && askServer) {
      try {
        await this.call("shutdown", {}, { timeoutMs: grace });
      } catch (e) {
        if (!(e instanceof InteropError)) throw e;
        this.log("debug", `shutdown: ${e.message}`);
      }
    }
    this.fail(new PluginClosedError(`plugin "${this.name}" is closed`));
    this.conn?.end();
    const child = this.child;
    if (child !== undefined) {
      if (!(await this.waitExit(grace))) {
        this.log("warning", `plugin "${this.name}" did not exit within ${grace} ms; sending SIGTERM`);
        signalGroup(child, "SIGTERM");
        if (!(await this.waitExit(grace))) {
          this.log("warning", `plugin "${this.name}" did not exit within ${grace} ms; sending SIGKILL`);
          signalGroup(child, "SIGKILL");
          await this.waitExit(Math.max(grace, 1000));
        }
      }
      // Whatever the plugin started and left behind (it exited by itself, or was killed) is still in its
      // process group: end it too. Then its pipes close; wait (bounded) for the rest of its stderr.
      killLeftovers(child);
      await this.waitFor(this.exited, Math.max(grace, 1000));
    } else {
      this.conn?.destroy();
    }
  }
}

/** A plugin served by another process over IPC, in the Plugin shape of types.ts. */
export class IpcPlugin implements Plugin {
  name: string;
  description = "";
  version = "";
  config: Record<string, string> = {};
  actions: Action[] = [];
  providers: Provider[] = [];
  evaluators: Evaluator[] = [];
  models: Record<string, ModelHandler> = {};
  adapter: DatabaseAdapter;
  manifest: CrossLanguagePluginManifest | undefined;
  /** `server` and `pid` from the server's ready message. */
  server = "";
  pid = 0;
  private session: Session | undefined;
  private readonly limits: IpcLimits;
  private readonly log: Logger;

  private constructor(private readonly options: IpcOptions) {
    this.name = options.name ?? (options.command !== undefined ? path.basename(options.command[options.command.length - 1] ?? "plugin") : "plugin");
    this.limits = {
      maxPendingRequests: options.maxPendingRequests ?? DEFAULT_LIMITS.maxPendingRequests,
      maxMessageBytes: options.maxMessageBytes ?? DEFAULT_LIMITS.maxMessageBytes,
      maxBufferBytes: options.maxBufferBytes ?? DEFAULT_LIMITS.maxBufferBytes,
      startupTimeoutMs: options.startupTimeoutMs ?? DEFAULT_LIMITS.startupTimeoutMs,
      callTimeoutMs: options.callTimeoutMs ?? DEFAULT_LIMITS.callTimeoutMs,
      shutdownGraceMs: options.shutdownGraceMs ?? DEFAULT_LIMITS.shutdownGraceMs,
    };
    const logger = options.logger;
    this.log = logger !== undefined ? logger : (level, message) => defaultLogger(this.name)(level, message);
    this.adapter = { call: (method, params) => this.dbCall(method, params) };
  }

  /** Starts (or connects to) a plugin server and waits for its ready handshake. */
  static async start(options: IpcOptions, socketDir?: string): Promise<IpcPlugin> {
    const p = new IpcPlugin(options);
    p.socketDir = socketDir;
    try {
      await p.open();
    } catch (e) {
      p.removeSocketDir();
      throw e;
    }
    return p;
  }

  private socketDir: string | undefined;

  private removeSocketDir(): void {
    if (this.socketDir !== undefined) {
      fs.rmSync(this.socketDir, { recursive: true, force: true });
      this.socketDir = undefined;
    }
  }

  private async open(): Promise<void> {
    const session = new Session(this.options, this.limits, this.name, this.log);
    this.session = session;
    const ready = await session.start();
    const m = ready.manifest as CrossLanguagePluginManifest;
    this.manifest = m;
    if (this.options.name === undefined && m.name !== "") {
      this.name = m.name;
      session.setName(m.name);
    }
    this.description = m.description;
    this.version = m.version;
    this.config = { ...m.config };
    this.server = ready.server;
    this.pid = ready.pid;
    this.actions = m.actions.map((a) => ({
      name: a.name,
      description: a.description,
      similes: [...a.similes],
      validate: async (_rt: unknown, message: Memory, state?: State) =>
        (await this.call("action.validate", { action: a.name, memory: message, ...(state !== undefined ? { state } : {}) })).valid,
      handler: async (_rt: unknown, message: Memory, state?: State, options?: JsonObject): Promise<ActionResult | undefined> =>
        (
          await this.call("action.invoke", {
            action: a.name,
            memory: message,
            ...(state !== undefined ? { state } : {}),
            ...(options !== undefined ? { options } : {}),
          })
        ).result,
    }));
    this.providers = m.providers.map((pm) => ({
      name: pm.name,
      ...(pm.description !== undefined ? { description: pm.description } : {}),
      ...(pm.dynamic !== undefined ? { dynamic: pm.dynamic } : {}),
      ...(pm.position !== undefined ? { position: pm.position } : {}),
      ...(pm.private !== undefined ? { private: pm.private } : {}),
      get: async (_rt: unknown, message: Memory, state?: State): Promise<ProviderResult> => {
        const r = await this.call("provider.get", { provider: pm.name, memory: message, ...(state !== undefined ? { state } : {}) });
        if (r.result === undefined) throw new ProtocolError(`plugin "${this.name}": provider.result for "${pm.name}" has no result`);
        return r.result;
      },
    }));
    this.evaluators = m.evaluators.map((em) => ({
      name: em.name,
      description: em.description,
      similes: [...em.similes],
      ...(em.alwaysRun !== undefined ? { alwaysRun: em.alwaysRun } : {}),
      // The server validates before running the evaluator (evaluator.invoke answers without a result when it does not apply).
      validate: async () => true,
      handler: async (_rt: unknown, message: Memory, state?: State): Promise<ActionResult | undefined> => {
        const r = (await this.call("evaluator.invoke", { evaluator: em.name, memory: message, ...(state !== undefined ? { state } : {}) })) as ProtocolMessage;
        if (r.$typeName === "eliza.interop.v1.EvaluatorResultResponse" || r.$typeName === "eliza.interop.v1.ActionResultResponse") return r.result;
        throw new ProtocolError(`plugin "${this.name}": unexpected answer "${r.type}" to evaluator.invoke`);
      },
    }));
    this.models = {};
    for (const model of this.options.models ?? []) {
      this.models[model] = (_rt: unknown, params: JsonObject) => this.invokeModel(model, params);
    }
  }

  /** Sends one request and resolves with its response (rejects with a typed error). */
  call<T extends RequestType>(type: T, init: MessageInit<T>, options?: CallOptions): Promise<ResponseOf<T>> {
    if (this.session === undefined) return Promise.reject(new PluginClosedError(`plugin "${this.name}" is not started`));
    return this.session.call(type, init, options);
  }

  /** Calls a model handler the plugin registers (`model.invoke`). */
  async invokeModel(model: string, params: JsonObject, options?: CallOptions): Promise<JsonValue> {
    return valueToJson((await this.call("model.invoke", { model, params }, options)).result);
  }

  /** Calls a database adapter method (`db.call`). */
  async dbCall(method: string, params: JsonObject, options?: CallOptions): Promise<JsonValue> {
    return valueToJson((await this.call("db.call", { method, params }, options)).result);
  }

  async init(config: Record<string, string>): Promise<void> {
    const r = await this.call("plugin.init", { config });
    if (!r.success) throw new PluginCallError(r.error ?? "plugin.init failed", "HANDLER_ERROR");
  }

  /** Calls currently in flight. */
  get pendingCount(): number {
    return this.session?.pending.size ?? 0;
  }

  /** The child process id (undefined when connected to an existing server). */
  get childPid(): number | undefined {
    return this.session?.child?.pid;
  }

  /** Stops the current server (gracefully) and starts a new one with the same options. */
  async restart(): Promise<void> {
    await this.session?.shutdown();
    await this.open();
  }

  /** Graceful shutdown (shutdown message, end the stream, grace, SIGTERM, grace, SIGKILL). */
  async close(): Promise<void> {
    await this.session?.shutdown();
    this.removeSocketDir();
  }
}

export interface SpawnPluginOptions extends Omit<IpcOptions, "command" | "connect"> {
  /** Python executable for Python plugins. Default $PYTHON or "python3". */
  python?: string;
  /** Node executable for TypeScript plugins. Default process.execPath. */
  node?: string;
}

function transportArgs(transport: IpcTransport): { args: string[]; socketDir?: string } {
  if (transport === "stdio") return { args: ["--stdio"] };
  if (transport === "tcp") return { args: ["--tcp", "127.0.0.1:0"] };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "eliza-ts-ipc-"));
  return { args: ["--unix", path.join(dir, "plugin.sock")], socketDir: dir };
}

async function spawnBridge(base: string[], entry: string, options: SpawnPluginOptions): Promise<IpcPlugin> {
  const transport = options.transport ?? "stdio";
  // A Unix socket path is made per start (restart re-uses the same command, so the path must stay free).
  const t = transportArgs(transport);
  const { python: _python, node: _node, ...rest } = options;
  return IpcPlugin.start({ ...rest, transport, command: [...base, ...t.args, entry] }, t.socketDir);
}

/** Runs a Python plugin (module name, file or directory) behind `python -m elizaos_interop.bridge_server`. */
export function loadPythonPlugin(moduleOrPath: string, options: SpawnPluginOptions = {}): Promise<IpcPlugin> {
  const python = options.python ?? process.env["PYTHON"] ?? "python3";
  return spawnBridge([python, "-m", "elizaos_interop.bridge_server"], moduleOrPath, options);
}

/** Path of the compiled TS bridge server (bridge-server.js next to this file). */
export const TS_BRIDGE_SERVER = fileURLToPath(new URL("./bridge-server.js", import.meta.url));

/** Runs a JS plugin module (ESM or CommonJS) behind the TS bridge server in a child Node process. */
export function loadTsPluginIpc(entry: string, options: SpawnPluginOptions = {}): Promise<IpcPlugin> {
  const node = options.node ?? process.execPath;
  return spawnBridge([node, TS_BRIDGE_SERVER], path.resolve(entry), options);
}
