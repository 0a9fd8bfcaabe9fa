/**
 * One IPC host session (docs/PROTOCOL.md §2): starts the plugin server as a child (or connects to a running
 * one), runs a host-side StreamChannel on the connection, and does the handshake (`ready`, then `hello` when
 * protobuf framing is asked for) within the start-up timeout; crash detection and graceful shutdown.
 */
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { StreamChannel } from "../../stream-channel.js";
import type { ByteTransport, CallOptions, RequestHandler } from "../../channel.js";
import {
  InteropError,
  PluginClosedError,
  PluginCrashedError,
  PluginLoadError,
  ProtocolError,
  StartupTimeoutError,
  VersionMismatchError,
} from "../../errors.js";
import { Framing } from "../../gen/eliza/interop/v1/protocol_pb.js";
import type { ReadyMessage } from "../../gen/eliza/interop/v1/protocol_pb.js";
import { makeMessage } from "../../wire/body.js";
import type { MessageInit, ProtocolMessage, RequestType, ResponseOf } from "../../wire/body.js";
import { encodeJsonLine } from "../../wire/codec.js";
import { PROTOCOL_VERSION } from "../../wire/constants.js";
import { LineSplitter } from "../../wire/framing.js";
import type { DecodedItem } from "../../wire/framing.js";
import type { IpcLimits, IpcOptions, Logger } from "./options.js";
import { OWN_PROCESS_GROUP, buildChildEnv, describeExit, killLeftovers, signalGroup, trackChild, within } from "./process.js";
import { childStdioTransport, connectSocket, readListening } from "./transport.js";

/** One running connection (and the child serving it, if we spawned one). */
export class IpcSession {
  ready: ReadyMessage | undefined;
  child: ChildProcess | undefined;
  private channel: StreamChannel | undefined;
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
    private handler: RequestHandler | undefined,
  ) {}

  /** Installs the handler of the plugin's requests to the host. */
  serve(handler: RequestHandler | undefined): void {
    this.handler = handler;
    this.channel?.serve(handler);
  }

  setName(name: string): void {
    this.name = name;
    if (this.channel !== undefined) this.channel.peer = `plugin "${name}"`;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  get pendingCount(): number {
    return this.channel?.pendingCount ?? 0;
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
    const id = "hello-1";
    this.helloId = id;
    const answer = new Promise<ProtocolMessage>((resolve, reject) => {
      this.helloWaiter = resolve;
      this.onStartupError = reject;
      setTimeout(() => reject(new StartupTimeoutError(`plugin "${this.name}" did not answer hello in time`)), Math.max(1, deadline - Date.now())).unref();
    });
    this.connected().writeRaw(encodeJsonLine(makeMessage("hello", id, { protocolVersion: PROTOCOL_VERSION, framing: Framing.PROTOBUF })));
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

  private connected(): StreamChannel {
    if (this.channel === undefined) throw new PluginCrashedError(`plugin "${this.name}" is not connected`);
    return this.channel;
  }

  private async open(): Promise<void> {
    const transport = this.options.transport ?? "stdio";
    if (this.options.command === undefined) {
      if (this.options.connect === undefined) throw new PluginLoadError("IpcOptions needs either command or connect");
      this.attach(await connectSocket(this.options.connect, this.log));
      return;
    }
    const child = await this.spawnChild(this.options.command);
    if (transport === "stdio") {
      this.attach(childStdioTransport(child));
      return;
    }
    // Socket transports: the child's stdout carries exactly one `listening` line.
    const address = await readListening(child, `plugin "${this.name}"`, this.log);
    this.attach(await connectSocket(address, this.log));
  }

  private async spawnChild(command: string[]): Promise<ChildProcess> {
    const [file, ...args] = command;
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
    return child;
  }

  /** Runs the host side of the Channel on the connection. */
  private attach(transport: ByteTransport): void {
    const channel = new StreamChannel(transport, {
      side: "host",
      peer: `plugin "${this.name}"`,
      maxPendingRequests: this.limits.maxPendingRequests,
      maxMessageBytes: this.limits.maxMessageBytes,
      maxBufferBytes: this.limits.maxBufferBytes,
      callTimeoutMs: this.limits.callTimeoutMs,
      intercept: (msg) => this.control(msg),
      onBadInput: (err, id, item) => this.badInput(err, id, item),
      onOverflow: (err) => {
        this.log("error", `dropping the connection: ${err.message}`);
        this.fail(new ProtocolError(`plugin "${this.name}": ${err.message}; connection dropped`));
        this.kill();
      },
      onEnd: () => this.onConnectionEnd(),
      onStray: (msg) => this.log("warning", `dropping "${msg.type}" with id "${msg.id}": no pending call has that id`),
    });
    channel.serve(this.handler);
    this.channel = channel;
    if (this.closed) channel.fail(this.closeError ?? new PluginClosedError(`plugin "${this.name}" is closed`));
    channel.start();
  }

  private badInput(err: InteropError, id: string, item: DecodedItem): void {
    let failure: Error = err;
    if (item.kind === "oversized") {
      this.log("error", `${err.message}${item.id !== "" ? ` (id ${item.id})` : ""}`);
    } else {
      const preview = item.data.subarray(0, 200).toString(item.kind === "line" ? "utf8" : "hex");
      this.log("error", `malformed ${item.kind} from plugin: ${err.message}: ${preview}`);
      failure = new ProtocolError(`plugin "${this.name}" sent a malformed ${item.kind}: ${err.message}`);
    }
    if (this.ready === undefined) this.onStartupError?.(failure);
    else this.channel?.rejectPending(id, failure);
  }

  /** ready (first), log, and the hello answer; true when consumed. */
  private control(msg: ProtocolMessage): boolean {
    if (this.ready === undefined) {
      if (msg.$typeName !== "eliza.interop.v1.ReadyMessage") {
        this.onStartupError?.(new ProtocolError(`plugin "${this.name}" sent "${msg.type}" before ready`));
        return true;
      }
      this.ready = msg;
      this.onReady?.(msg);
      return true;
    }
    if (msg.$typeName === "eliza.interop.v1.LogMessage") {
      const level = (["debug", "info", "warning", "error"] as const).find((l) => l === msg.level) ?? "info";
      this.log(level, `${msg.logger !== "" ? msg.logger + ": " : ""}${msg.message}`);
      return true;
    }
    if (this.helloWaiter !== undefined && msg.id === this.helloId) {
      // Switch before the next byte is decoded.
      if (msg.$typeName === "eliza.interop.v1.HelloResult" && msg.accepted && msg.framing === Framing.PROTOBUF) {
        this.connected().setFraming("protobuf");
      }
      this.helloWaiter(msg);
      return true;
    }
    return false;
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

  call<T extends RequestType>(type: T, init: MessageInit<T>, options: CallOptions = {}): Promise<ResponseOf<T>> {
    if (this.closed) return Promise.reject(this.closeError ?? new PluginClosedError(`plugin "${this.name}" is closed`));
    return this.connected().request(type, init, options);
  }

  notify(msg: ProtocolMessage): void {
    this.connected().notify(msg);
  }

  /** Fails every pending call (and start-up) with `err`; the session is unusable afterwards. */
  fail(err: Error): void {
    if (this.endTimer !== undefined) clearTimeout(this.endTimer);
    this.onStartupError?.(err);
    if (!this.closed) {
      this.closed = true;
      this.closeError = err;
    }
    this.channel?.fail(err);
  }

  /** SIGKILL to the child and its process group (what it started, even after it exited). */
  private kill(): void {
    this.channel?.destroy();
    if (this.child !== undefined) signalGroup(this.child, "SIGKILL");
  }

  private waitExit(ms: number): Promise<boolean> {
    return this.child === undefined ? Promise.resolve(true) : within(this.processExited, ms);
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
    const channel = this.channel;
    const child = this.child;
    if (child !== undefined) {
      channel?.end();
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
      await within(this.exited, Math.max(grace, 1000));
    } else {
      channel?.end();
      channel?.destroy();
    }
  }
}
