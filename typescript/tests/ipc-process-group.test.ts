/**
 * A spawned plugin runs in its own process group: what it starts (grandchildren) is ended with it, whether it
 * exits by itself when close() ends its stdin, crashes, or the host process exits without close(). The plugin is
 * tests/python/reliability_fixtures/loris_plugin.py in mode "flood": its first "flood" request starts
 * `children` long-lived child processes (and is never answered); action text "pids" answers with their pids.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { test } from "node:test";
import { CallTimeoutError, PluginCrashedError } from "#interop/errors.js";
import { startIpcPlugin } from "#interop/index.js";
import type { IpcPluginHandle } from "#interop/index.js";
import { PYTHON, ROOT, memory } from "./helpers.js";

const LORIS = path.join(ROOT, "tests", "python", "reliability_fixtures", "loris_plugin.py");
const IPC_CLIENT = path.join(ROOT, "typescript", "dist", "index.js");
const T = { timeout: 30_000 };
const CHILDREN = 4;

/** Alive and not a zombie (an orphaned zombie may wait for a reaper that never comes in a container). */
function alive(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[0] !== "Z";
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT" && fs.existsSync("/proc/self/stat")) return false;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The pids still alive after waiting up to `ms` for all of them to go. */
async function survivors(pids: number[], ms: number): Promise<number[]> {
  const deadline = Date.now() + ms;
  for (;;) {
    const left = pids.filter(alive);
    if (left.length === 0 || Date.now() >= deadline) return left;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Test cleanup whatever happened: SIGKILL to the plugin's group and to each grandchild. */
function cleanUp(pgid: number | undefined, pids: number[]): void {
  for (const target of [...(pgid !== undefined && pgid > 0 ? [-pgid] : []), ...pids]) {
    try {
      process.kill(target, "SIGKILL");
    } catch {
      // already gone
    }
  }
}

/** Starts the grandchildren (the "flood" call never answers) and returns their pids. */
async function startGrandchildren(p: IpcPluginHandle): Promise<number[]> {
  await assert.rejects(
    p.call("action.invoke", { action: "act", memory: memory("flood"), options: { children: CHILDREN, lines: 0, mb: 0 } }, { timeoutMs: 500 }),
    CallTimeoutError,
  );
  const r = await p.call("action.invoke", { action: "act", memory: memory("pids") }, { timeoutMs: 10_000 });
  const pids = (r.result?.text ?? "").split(",").filter((s) => s !== "").map(Number);
  assert.equal(pids.length, CHILDREN, `pids: ${r.result?.text}`);
  assert.deepEqual(pids.filter(alive), pids, "the grandchildren run");
  return pids;
}

function loris(): Promise<IpcPluginHandle> {
  return startIpcPlugin({ command: [PYTHON, LORIS, "flood"], name: "loris", logger: () => undefined, startupTimeoutMs: 30_000 });
}

test("the plugin runs in its own process group (group id = its pid)", T, async () => {
  const p = await loris();
  try {
    const pid = p.channel.childPid;
    assert.ok(pid !== undefined && pid > 0);
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const pgrp = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]);
    assert.equal(pgrp, pid);
  } finally {
    await p.close();
  }
});

test("the plugin exits by itself when close() ends its stream: its grandchildren are killed too", T, async () => {
  const p = await loris();
  const pgid = p.channel.childPid;
  let pids: number[] = [];
  try {
    pids = await startGrandchildren(p);
    const started = Date.now();
    await p.close(); // shutdown is answered and the plugin exits 0; the grandchildren hold its pipes open
    const took = Date.now() - started;
    assert.ok(took < 2000, `close() took ${took} ms (the grandchildren kept the pipes open?)`);
    assert.deepEqual(await survivors(pids, 1000), [], "grandchildren survived close()");
  } finally {
    cleanUp(pgid, pids);
  }
});

test("the plugin crashed: close() afterwards ends the grandchildren it left", T, async () => {
  const p = await loris();
  const pgid = p.channel.childPid;
  let pids: number[] = [];
  try {
    pids = await startGrandchildren(p);
    const pending = p.call("action.invoke", { action: "act", memory: memory("never") }, { timeoutMs: 20_000 });
    process.kill(pgid as number, "SIGKILL"); // the plugin alone, not its group
    await assert.rejects(pending, (e: unknown) => e instanceof PluginCrashedError && /SIGKILL/.test(e.message));
    assert.deepEqual(pids.filter(alive), pids, "a crash alone does not end the grandchildren");
    await p.close();
    assert.deepEqual(await survivors(pids, 1000), [], "grandchildren survived close()");
  } finally {
    cleanUp(pgid, pids);
  }
});

test("the host process exits without close(): the live plugin's process group is killed", T, async () => {
  // A host in its own Node process: starts the plugin and its grandchildren, prints the pids, exits.
  const script = `
    import { startIpcPlugin } from ${JSON.stringify(pathToFileURL(IPC_CLIENT).href)};
    const p = await startIpcPlugin({ command: ${JSON.stringify([PYTHON, LORIS, "flood"])}, logger: () => undefined, startupTimeoutMs: 30000 });
    const mem = { content: { text: "flood" } };
    await p.call("action.invoke", { action: "act", memory: mem, options: { children: ${CHILDREN}, lines: 0, mb: 0 } }, { timeoutMs: 500 }).catch(() => undefined);
    const r = await p.call("action.invoke", { action: "act", memory: { content: { text: "pids" } } });
    console.log(JSON.stringify({ plugin: p.channel.childPid, pids: r.result.text.split(",").map(Number) }));
    process.exit(0);
  `;
  const host = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  host.stdout.on("data", (c: Buffer) => (out += c.toString("utf8")));
  host.stderr.on("data", (c: Buffer) => (err += c.toString("utf8")));
  const code = await new Promise<number | null>((resolve) => host.once("exit", (c) => resolve(c)));
  assert.equal(code, 0, `host failed: ${err}`);
  const got = JSON.parse(out.trim()) as { plugin: number; pids: number[] };
  try {
    assert.equal(got.pids.length, CHILDREN);
    assert.deepEqual(await survivors([got.plugin, ...got.pids], 1000), [], "plugin or grandchildren survived the host");
  } finally {
    cleanUp(got.plugin, got.pids);
  }
});
