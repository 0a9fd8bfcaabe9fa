/**
 * Hostile plugin servers (tests/ts-fixtures/hostile-server.mjs, a real child process on real pipes): every
 * misbehaviour ends in a typed error for the call concerned while the host (and the connection, where the
 * protocol allows) stays up.
 */
import assert from "node:assert/strict";
import * as path from "node:path";
import { test } from "node:test";
import {
  CallTimeoutError,
  MessageTooLargeError,
  PluginCrashedError,
  ProtocolError,
  StartupTimeoutError,
  VersionMismatchError,
} from "#interop/errors.js";
import { loadTsPluginIpc, startIpcPlugin, toElizaos } from "#interop/index.js";
import type { IpcOptions, IpcPluginHandle } from "#interop/index.js";
import { FIXTURES, collectingLogger, memory } from "./helpers.js";

const HOSTILE = path.join(FIXTURES, "hostile-server.mjs");
const T = { timeout: 30_000 };

function hostile(mode: string, extra: Partial<IpcOptions> = {}): Promise<IpcPluginHandle> {
  return startIpcPlugin({ command: [process.execPath, HOSTILE, mode], name: "hostile", logger: () => undefined, ...extra });
}

async function act(p: IpcPluginHandle, action: string, text = "x", timeoutMs?: number): Promise<string | undefined> {
  const r = await p.call("action.invoke", { action, memory: memory(text) }, timeoutMs !== undefined ? { timeoutMs } : {});
  return r.result?.text;
}

test("garbage line: the call whose id is recoverable fails with ProtocolError, the connection stays up", T, async () => {
  const { logger, lines } = collectingLogger();
  const p = await hostile("ok", { logger });
  try {
    await assert.rejects(act(p, "GARBAGE"), (e: unknown) => e instanceof ProtocolError && /malformed line/.test(e.message));
    assert.ok(lines.some(([level, l]) => level === "error" && l.includes("malformed line")), "logged at error");
    assert.equal(await act(p, "ECHO", "after garbage"), "after garbage");
  } finally {
    await p.close();
  }
});

test("oversized line: discarded without buffering, MessageTooLargeError for that id, connection stays up", T, async () => {
  const p = await hostile("ok", { maxMessageBytes: 1024 * 1024 });
  try {
    await assert.rejects(act(p, "OVERSIZED"), (e: unknown) => e instanceof MessageTooLargeError && e.size > 2 * 1024 * 1024);
    assert.equal(await act(p, "ECHO", "after oversized"), "after oversized");
  } finally {
    await p.close();
  }
});

test("never answers: CallTimeoutError and a cancel naming the call reaches the server", T, async () => {
  const p = await hostile("ok");
  try {
    const started = Date.now();
    await assert.rejects(act(p, "SILENT", "x", 200), CallTimeoutError);
    assert.ok(Date.now() - started < 5000);
    const cancelled = await act(p, "CANCELS");
    assert.ok(cancelled !== undefined && cancelled.split(",").length === 1 && cancelled !== "", `cancels: ${cancelled}`);
  } finally {
    await p.close();
  }
});

test("exits mid-call: every pending call fails with PluginCrashedError naming exit code 7", T, async () => {
  const p = await hostile("ok");
  try {
    const silent = act(p, "SILENT");
    const exit = act(p, "EXIT");
    for (const c of [silent, exit]) await assert.rejects(c, (e: unknown) => e instanceof PluginCrashedError && e.exitCode === 7 && /code 7/.test(e.message));
  } finally {
    await p.close();
  }
});

test("floods output: a 40 MiB line is skipped (MessageTooLargeError), the next call works", T, async () => {
  const p = await hostile("ok", { maxMessageBytes: 1024 * 1024 });
  try {
    await assert.rejects(act(p, "FLOOD"), MessageTooLargeError);
    assert.equal(await act(p, "ECHO", "after flood"), "after flood");
  } finally {
    await p.close();
  }
});

test("floods output beyond maxBufferBytes: connection dropped, pending calls fail with ProtocolError", T, async () => {
  const p = await hostile("ok", { maxMessageBytes: 64 * 1024 * 1024, maxBufferBytes: 1024 * 1024 });
  try {
    const other = act(p, "SILENT");
    await assert.rejects(act(p, "FLOOD"), (e: unknown) => e instanceof ProtocolError && /maxBufferBytes/.test(e.message));
    await assert.rejects(other, ProtocolError);
  } finally {
    await p.close();
  }
});

test("floods stderr: lines are cut and forwarded, the protocol is unaffected", T, async () => {
  const { logger, lines } = collectingLogger();
  const p = await hostile("ok", { logger });
  try {
    assert.equal(await act(p, "STDERR_FLOOD"), "flooded stderr");
    assert.ok(lines.some(([, l]) => l.endsWith("[line truncated]")));
    assert.ok(lines.every(([, l]) => l.length < 70 * 1024));
  } finally {
    await p.close();
  }
});

test("answers with an unknown id (dropped and logged) or the wrong type (ProtocolError)", T, async () => {
  const { logger, lines } = collectingLogger();
  const p = await hostile("ok", { logger });
  try {
    await assert.rejects(act(p, "WRONG_ID", "x", 300), CallTimeoutError);
    assert.ok(lines.some(([level, l]) => level === "warning" && l.includes("no pending call")));
    await assert.rejects(act(p, "WRONG_TYPE"), (e: unknown) => e instanceof ProtocolError && /provider\.result/.test(e.message));
    assert.equal(await act(p, "ECHO", "ok"), "ok");
  } finally {
    await p.close();
  }
});

test("wrong protocol version: VersionMismatchError, child killed", T, async () => {
  await assert.rejects(hostile("wrong-version"), (e: unknown) => e instanceof VersionMismatchError && e.actual === 2 && e.expected === 1);
});

test("no ready within the start-up timeout: StartupTimeoutError", T, async () => {
  const started = Date.now();
  await assert.rejects(hostile("no-ready", { startupTimeoutMs: 300 }), StartupTimeoutError);
  assert.ok(Date.now() - started < 5000);
});

test("first line is not ready: ProtocolError", T, async () => {
  await assert.rejects(hostile("bad-first"), (e: unknown) => e instanceof ProtocolError && !(e instanceof VersionMismatchError));
});

test("exits during start-up: PluginCrashedError with the exit code and stderr tail", T, async () => {
  await assert.rejects(hostile("exit-at-start"), (e: unknown) => e instanceof PluginCrashedError && e.exitCode === 9 && /failing at start-up/.test(e.message));
});

test("server without protobuf framing refuses hello: ProtocolError", T, async () => {
  await assert.rejects(hostile("ok", { framing: "protobuf" }), (e: unknown) => e instanceof ProtocolError && /FRAMING_PROTOBUF/.test(e.message));
});

test("server answers hello with an error: ProtocolError naming it, without waiting for the start-up timeout", T, async () => {
  const started = Date.now();
  await assert.rejects(hostile("hello-refused", { framing: "protobuf", startupTimeoutMs: 10_000 }), (e: unknown) => e instanceof ProtocolError && /refused hello: hello is not supported/.test(e.message));
  assert.ok(Date.now() - started < 5000);
});

test("a TS plugin that floods console.log: output goes to stderr, never the protocol stream", T, async () => {
  const { logger, lines } = collectingLogger();
  const p = toElizaos(await loadTsPluginIpc(path.join(FIXTURES, "noisy-plugin.mjs"), { logger }));
  try {
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => p.actions[0]!.handler(undefined, memory(`n${i}`))));
    results.forEach((r, i) => assert.equal(r?.text, `n${i}`));
  } finally {
    await p.close();
  }
  // close() waits for the child to exit, so all of its stderr has been read.
  assert.equal(lines.filter(([, l]) => l.startsWith("noise")).length, 20 * 100);
});

test("ignores shutdown, end of stdin and SIGTERM: close() escalates to SIGKILL within the grace periods", T, async () => {
  const { logger, lines } = collectingLogger();
  const p = await hostile("stubborn", { shutdownGraceMs: 300, logger });
  const pid = p.channel.childPid!;
  const started = Date.now();
  await p.close();
  const took = Date.now() - started;
  assert.ok(took >= 800 && took < 5000, `close took ${took} ms`);
  assert.throws(() => process.kill(pid, 0), /ESRCH/, "child is gone");
  assert.ok(lines.some(([, l]) => l.includes("ignoring SIGTERM")), "SIGTERM was tried first");
});

test("a TS plugin entry that does not exist or exports no plugin: the load fails naming the reason", T, async () => {
  await assert.rejects(
    loadTsPluginIpc(path.join(FIXTURES, "no-such-plugin.mjs"), { logger: () => undefined }),
    (e: unknown) => e instanceof PluginCrashedError && e.exitCode === 1 && /does not exist/.test(e.message),
  );
  await assert.rejects(
    loadTsPluginIpc(path.join(FIXTURES, "hostile-server.mjs"), { logger: () => undefined, startupTimeoutMs: 5000 }),
    (e: unknown) => e instanceof PluginCrashedError && /exports no plugin/.test(e.message),
  );
});
