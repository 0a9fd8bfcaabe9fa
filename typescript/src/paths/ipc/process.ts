/**
 * The plugin server's child process: environment (parent's minus a denylist), its own process group, stderr
 * lines, and the end of its life (signals to the group, leftovers, a process-exit hook).
 */
import type { ChildProcess } from "node:child_process";
import { DEFAULT_ENV_DENYLIST } from "./options.js";
import type { IpcOptions } from "./options.js";

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

export function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  return signal !== null ? `was killed by signal ${signal}` : `exited with code ${code ?? "unknown"}`;
}

/**
 * A spawned plugin runs in its own process group (POSIX: `detached`, group id = its pid), like the Python
 * host's `start_new_session`, so that signals reach what the plugin starts too, and leftovers can be ended after
 * it exits. Windows has no process groups (and `detached` would give the child its own console).
 */
export const OWN_PROCESS_GROUP = process.platform !== "win32";

/** Sends `sig` to the child's process group; falls back to the child alone when the group is gone (or not ours). */
export function signalGroup(child: ChildProcess, sig: NodeJS.Signals): void {
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
export function killLeftovers(child: ChildProcess): void {
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

export function trackChild(child: ChildProcess): void {
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

/** Waits up to `ms` for `what`; false on timeout. */
export async function within(what: Promise<void>, ms: number): Promise<boolean> {
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
