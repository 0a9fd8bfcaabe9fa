/** Shared helpers of the node:test suites: repository paths, messages, and a raw protocol peer for servers. */
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { StreamDecoder, decodeEnvelope, decodeJsonLine } from "#interop/index.js";
import type { ProtocolMessage } from "#interop/index.js";

/** Repository root (tests run from typescript/build/typescript/tests). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..");
export const FIXTURES = path.join(ROOT, "tests", "ts-fixtures");
export const BRIDGE = path.join(ROOT, "typescript", "dist", "bridge-server.js");
export const PYTHON = process.env["PYTHON"] ?? "python3";

export { collectingLogger, memory } from "#interop/testing.js";

/** Environment for Python children: the fixtures directory on PYTHONPATH. */
export function pythonEnv(): Record<string, string> {
  const prev = process.env["PYTHONPATH"];
  return { PYTHONPATH: prev !== undefined && prev !== "" ? `${FIXTURES}${path.delimiter}${prev}` : FIXTURES };
}

/** A raw peer on a server's stdio: sends bytes, collects decoded messages (for hostile-input tests). */
export class RawPeer {
  readonly child: ChildProcess;
  readonly messages: ProtocolMessage[] = [];
  /** How each of `messages` arrived: a JSON line or a protobuf frame (same index). */
  readonly kinds: Array<"line" | "frame"> = [];
  readonly decoder: StreamDecoder;
  readonly stderr: string[] = [];
  private waiters: Array<() => void> = [];
  /** The last bytes read from the server's stdout (shown when a wait times out). */
  private tail: Buffer = Buffer.alloc(0);
  exit: Promise<number | null>;

  constructor(argv: string[], env: Record<string, string> = {}) {
    const [file, ...args] = argv;
    this.child = spawn(file as string, args, { stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, ...env } });
    this.exit = new Promise((resolve) => this.child.once("exit", (code) => resolve(code)));
    this.decoder = new StreamDecoder((item) => {
      if (item.kind === "oversized") throw new Error("server sent an oversized message");
      this.messages.push(item.kind === "line" ? decodeJsonLine(item.data) : decodeEnvelope(item.data));
      this.kinds.push(item.kind);
      // A hello.result switches framing from the next byte on.
      const last = this.messages[this.messages.length - 1];
      if (last !== undefined && last.$typeName === "eliza.interop.v1.HelloResult" && last.accepted && last.framing === 2) {
        this.decoder.setMode("protobuf");
      }
      for (const w of this.waiters.splice(0)) w();
    });
    this.child.stdout?.on("data", (c: Buffer) => {
      this.tail = Buffer.concat([this.tail, c]).subarray(-200);
      this.decoder.push(c);
    });
    this.child.stderr?.on("data", (c: Buffer) => this.stderr.push(c.toString("utf8")));
    this.child.stdin?.on("error", () => undefined);
  }

  send(bytes: Buffer | string): void {
    this.child.stdin?.write(bytes);
  }

  /** Waits for a message matching `pred` (searching everything received so far). */
  async waitFor(pred: (m: ProtocolMessage) => boolean, timeoutMs = 10_000): Promise<ProtocolMessage> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.find(pred);
      if (found !== undefined) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for a message; got ${this.messages.map((m) => `${m.type}#${m.id}`).join(" ")}; last stdout bytes: ${JSON.stringify(this.tail.toString("latin1"))}; stderr: ${this.stderr.join("").slice(-2000)}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  async close(): Promise<void> {
    this.child.stdin?.end();
    const t = setTimeout(() => this.child.kill("SIGKILL"), 3000);
    await this.exit;
    clearTimeout(t);
  }
}

export function errorCode(m: ProtocolMessage): string | undefined {
  if (m.$typeName !== "eliza.interop.v1.ErrorResponse") return undefined;
  const c = m.details?.["code"];
  return typeof c === "string" ? c : undefined;
}
