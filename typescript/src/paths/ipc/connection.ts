/**
 * The IPC path as a Channel: a (re)startable IpcSession. `request`/`notify` go to the current session; `restart`
 * replaces it with a fresh one started with the same options; `close` shuts it down gracefully.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { CallOptions, Channel, RequestHandler } from "../../channel.js";
import { PluginClosedError } from "../../errors.js";
import type { CrossLanguagePluginManifest } from "../../gen/eliza/interop/v1/ipc_pb.js";
import type { ReadyMessage } from "../../gen/eliza/interop/v1/protocol_pb.js";
import type { MessageInit, ProtocolMessage, RequestType, ResponseOf } from "../../wire/body.js";
import { limitsOf } from "./options.js";
import type { IpcLimits, IpcOptions, Logger } from "./options.js";
import { IpcSession } from "./session.js";

function defaultLogger(name: () => string): Logger {
  return (level, message) => console.error(`[plugin ${name()}] ${level === "info" ? "" : level.toUpperCase() + " "}${message}`);
}

/** A plugin server reached over IPC (spawned, or connected to), as a Channel. */
export class IpcChannel implements Channel {
  /** The name in log prefixes and errors: `options.name`, else the manifest's once known. */
  name: string;
  readonly limits: IpcLimits;
  private session: IpcSession | undefined;
  private handler: RequestHandler | undefined;
  private readonly log: Logger;

  private constructor(
    private readonly options: IpcOptions,
    private socketDir: string | undefined,
  ) {
    this.name = options.name ?? (options.command !== undefined ? path.basename(options.command[options.command.length - 1] ?? "plugin") : "plugin");
    this.limits = limitsOf(options);
    this.log = options.logger ?? defaultLogger(() => this.name);
  }

  /** Starts (or connects to) a plugin server and waits for its ready handshake. */
  static async start(options: IpcOptions, socketDir?: string): Promise<IpcChannel> {
    const c = new IpcChannel(options, socketDir);
    try {
      await c.open();
    } catch (e) {
      c.removeSocketDir();
      throw e;
    }
    return c;
  }

  private async open(): Promise<void> {
    const session = new IpcSession(this.options, this.limits, this.name, this.log, this.handler);
    this.session = session;
    const ready = await session.start();
    const m = ready.manifest as CrossLanguagePluginManifest;
    if (this.options.name === undefined && m.name !== "") {
      this.name = m.name;
      session.setName(m.name);
    }
  }

  /** The server's `ready` message (manifest, `server`, `pid`, framings). */
  get ready(): ReadyMessage {
    const r = this.session?.ready;
    if (r === undefined) throw new PluginClosedError(`plugin "${this.name}" is not started`);
    return r;
  }

  request<T extends RequestType>(type: T, init: MessageInit<T>, options?: CallOptions): Promise<ResponseOf<T>> {
    if (this.session === undefined) return Promise.reject(new PluginClosedError(`plugin "${this.name}" is not started`));
    return this.session.call(type, init, options);
  }

  notify(msg: ProtocolMessage): void {
    this.session?.notify(msg);
  }

  /** Serves the plugin's requests to the host; applies to this session and the ones `restart` starts. */
  serve(handler: RequestHandler | undefined): void {
    this.handler = handler;
    this.session?.serve(handler);
  }

  /** Calls currently in flight. */
  get pendingCount(): number {
    return this.session?.pendingCount ?? 0;
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

  private removeSocketDir(): void {
    if (this.socketDir !== undefined) {
      fs.rmSync(this.socketDir, { recursive: true, force: true });
      this.socketDir = undefined;
    }
  }
}
