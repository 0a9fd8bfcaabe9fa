/**
 * A TypeScript plugin served by the real TS bridge server in a child Node process, over stdio, a Unix socket
 * and TCP on 127.0.0.1, with JSON and protobuf framing.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import * as os from "node:os";
import * as path from "node:path";
import { test } from "node:test";
import { CallTimeoutError, PluginCallError, PluginClosedError, PluginCrashedError, MessageTooLargeError, TooManyPendingError } from "#interop/errors.js";
import { buildChildEnv, loadTsPluginIpc, startIpcPlugin, toElizaos } from "#interop/index.js";
import { FRAMINGS, TRANSPORTS } from "#interop/testing.js";
import { BRIDGE, FIXTURES, collectingLogger, memory } from "./helpers.js";

const ECHO = path.join(FIXTURES, "echo-plugin.mjs");
const T = { timeout: 30_000 };

for (const transport of TRANSPORTS) {
  for (const framing of FRAMINGS) {
    test(`TS plugin over ${transport} with ${framing} framing: every component kind and 1000 pipelined calls`, T, async () => {
      const { logger, lines } = collectingLogger();
      const p = toElizaos(await loadTsPluginIpc(ECHO, { transport, framing, logger }), { models: ["TEXT_SMALL"] });
      try {
        assert.equal(p.name, "echo");
        assert.equal(p.version, "1.2.3");
        assert.deepEqual(p.actions.map((a) => a.name), ["ECHO", "SLOW", "FAIL", "BIG", "ENV", "EXIT"]);
        assert.deepEqual(p.actions[0]?.similes, ["REPEAT"]);
        const echo = p.actions[0]!;
        assert.equal(await echo.validate(undefined, memory("hello")), true);
        assert.equal(await echo.validate(undefined, memory("invalid")), false);
        const r = await echo.handler(undefined, memory("hello"), undefined, { seq: 1 });
        assert.equal(r?.success, true);
        assert.equal(r?.text, "hello");
        assert.deepEqual(r?.values, { seq: 1 });
        const prov = await p.providers[0]!.get(undefined, memory("q"));
        assert.equal(prov.text, "static for q");
        assert.deepEqual(prov.values, { k: "v" });
        assert.equal(p.providers[0]?.position, 5);
        const ev = await p.evaluators[0]!.handler(undefined, memory("one two three"));
        assert.deepEqual(ev?.values, { words: 3 });
        assert.equal(p.evaluators[0]?.alwaysRun, true);
        assert.equal(await p.models["TEXT_SMALL"]!(undefined, { prompt: "hi" }), "echo:hi");
        assert.equal(await p.adapter.call("set", { key: "a", value: { n: 1 } }), true);
        assert.deepEqual(await p.adapter.call("get", { key: "a" }), { n: 1 });
        await assert.rejects(p.adapter.call("drop_everything", {}), (e: unknown) => e instanceof PluginCallError && e.codeName === "NOT_FOUND");
        await assert.rejects(
          p.actions[2]!.handler(undefined, memory("x")),
          (e: unknown) => e instanceof PluginCallError && e.codeName === "HANDLER_ERROR" && e.details["exception"] === "TypeError" && /boom from FAIL/.test(e.message),
        );
        await assert.rejects(p.handle.call("action.invoke", { action: "NOPE", memory: memory("x") }), (e: unknown) => e instanceof PluginCallError && e.codeName === "NOT_FOUND");

        // 1000 calls in flight at once, matched by id.
        const results = await Promise.all(
          Array.from({ length: 1000 }, (_, i) => echo.handler(undefined, memory(`m${i}`), undefined, { seq: i })),
        );
        results.forEach((res, i) => {
          assert.equal(res?.text, `m${i}`);
          assert.deepEqual(res?.values, { seq: i });
        });
        assert.equal(p.handle.channel.pendingCount, 0);
        // The plugin's console.log went to the logger (stderr), never to the protocol stream.
        assert.ok(lines.some(([, l]) => l.includes("echo-plugin: loading")), "stderr forwarded to the logger");
      } finally {
        await p.close();
      }
      await assert.rejects(p.actions[0]!.handler(undefined, memory("late")), PluginClosedError);
      assert.deepEqual(lines.filter(([, l]) => l.startsWith("shutdown:")), [], "shutdown.result was received");
    });
  }
}

test("CommonJS plugin module over stdio", T, async () => {
  const p = toElizaos(await loadTsPluginIpc(path.join(FIXTURES, "echo-plugin.cjs"), { logger: () => undefined }));
  try {
    assert.equal(p.name, "echo-cjs");
    assert.equal((await p.actions[0]!.handler(undefined, memory("world")))?.text, "hello world");
  } finally {
    await p.close();
  }
});

test("connects to an already running TS bridge on TCP and on a Unix socket", T, async () => {
  for (const flag of ["--tcp", "--unix"]) {
    const addr = flag === "--tcp" ? "127.0.0.1:0" : path.join(os.tmpdir(), `eliza-ts-bridge-${process.pid}.sock`);
    const server = spawn(process.execPath, [BRIDGE, flag, addr, ECHO], { stdio: ["pipe", "pipe", "pipe"] });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let buf = "";
        server.stdout.on("data", (c: Buffer) => {
          buf += c.toString();
          const nl = buf.indexOf("\n");
          if (nl >= 0) resolve(buf.slice(0, nl));
        });
        server.once("exit", (code) => reject(new Error(`server exited ${code}`)));
      });
      const listening = JSON.parse(line) as { type: string; address: string };
      assert.equal(listening.type, "listening");
      if (flag === "--tcp") assert.match(listening.address, /^127\.0\.0\.1:\d+$/);
      // Two independent sessions against the same server process.
      const a = toElizaos(await startIpcPlugin({ connect: listening.address, logger: () => undefined }));
      const bLog = collectingLogger();
      const b = toElizaos(await startIpcPlugin({ connect: listening.address, framing: "protobuf", shutdownServerOnClose: true, logger: bLog.logger }));
      assert.equal((await a.actions[0]!.handler(undefined, memory("A")))?.text, "A");
      assert.equal((await b.actions[0]!.handler(undefined, memory("B")))?.text, "B");
      assert.equal(a.handle.channel.ready.pid, server.pid);
      await a.close(); // closes its connection only: the server keeps serving b
      assert.equal((await b.actions[0]!.handler(undefined, memory("B again")))?.text, "B again");
      await b.close(); // shutdownServerOnClose: sends shutdown, the server exits
      assert.deepEqual(bLog.lines.filter(([, l]) => l.startsWith("shutdown:")), [], "shutdown.result was received");
      const code = await new Promise<number | null>((resolve) => {
        if (server.exitCode !== null) resolve(server.exitCode);
        else server.once("exit", (c) => resolve(c));
      });
      assert.equal(code, 0);
    } finally {
      server.kill("SIGKILL");
    }
  }
});

test("timeout sends cancel and fails with CallTimeoutError; the plugin keeps serving", T, async () => {
  const p = toElizaos(await loadTsPluginIpc(ECHO, { logger: () => undefined }));
  try {
    const slow = p.actions.find((a) => a.name === "SLOW")!;
    await assert.rejects(
      p.handle.call("action.invoke", { action: "SLOW", memory: memory("x"), options: { ms: 1000 } }, { timeoutMs: 100 }),
      (e: unknown) => e instanceof CallTimeoutError && e.timeoutMs === 100,
    );
    assert.equal((await slow.handler(undefined, memory("x"), undefined, { ms: 1 }))?.text, "slow done");
    assert.equal((await p.actions[0]!.handler(undefined, memory("still up")))?.text, "still up");
  } finally {
    await p.close();
  }
});

test("limits: maxPendingRequests and outgoing maxMessageBytes fail before sending; oversized responses fail the call", T, async () => {
  const p = toElizaos(await loadTsPluginIpc(ECHO, { logger: () => undefined, maxPendingRequests: 2, maxMessageBytes: 64 * 1024 }));
  try {
    const slow = (ms: number) => p.handle.call("action.invoke", { action: "SLOW", memory: memory("x"), options: { ms } });
    const a = slow(300);
    const b = slow(300);
    await assert.rejects(slow(1), TooManyPendingError);
    await Promise.all([a, b]);
    await assert.rejects(p.actions[0]!.handler(undefined, memory("z".repeat(100 * 1024))), MessageTooLargeError);
    // The server's answer is over the host's maxMessageBytes: discarded, the call fails with MessageTooLargeError.
    await assert.rejects(
      p.handle.call("action.invoke", { action: "BIG", memory: memory("x"), options: { size: 200 * 1024 } }),
      MessageTooLargeError,
    );
    assert.equal((await p.actions[0]!.handler(undefined, memory("after")))?.text, "after");
  } finally {
    await p.close();
  }
});

test("a plugin that exits mid-call fails every pending call with PluginCrashedError naming the exit code; restart() recovers", T, async () => {
  const p = toElizaos(await loadTsPluginIpc(ECHO, { logger: () => undefined }));
  try {
    const pending = p.handle.call("action.invoke", { action: "SLOW", memory: memory("x"), options: { ms: 5000 } });
    const exiting = p.handle.call("action.invoke", { action: "EXIT", memory: memory("x"), options: { code: 5 } });
    for (const call of [pending, exiting]) {
      await assert.rejects(call, (e: unknown) => e instanceof PluginCrashedError && e.exitCode === 5 && /exited with code 5/.test(e.message));
    }
    await assert.rejects(p.actions[0]!.handler(undefined, memory("x")), PluginCrashedError);
    const oldPid = p.handle.channel.ready.pid;
    await p.handle.channel.restart();
    assert.notEqual(p.handle.channel.ready.pid, oldPid);
    assert.equal((await p.actions[0]!.handler(undefined, memory("back")))?.text, "back");
  } finally {
    await p.close();
  }
});

test("a killed plugin names the signal", T, async () => {
  const p = toElizaos(await loadTsPluginIpc(ECHO, { logger: () => undefined }));
  try {
    const call = p.handle.call("action.invoke", { action: "SLOW", memory: memory("x"), options: { ms: 5000 } });
    process.kill(p.handle.channel.childPid!, "SIGKILL");
    await assert.rejects(call, (e: unknown) => e instanceof PluginCrashedError && e.signal === "SIGKILL" && /SIGKILL/.test(e.message));
  } finally {
    await p.close();
  }
});

test("env denylist: secrets are not inherited, explicit env always passes", T, async () => {
  process.env["INTEROP_TEST_API_KEY"] = "secret-key";
  process.env["interop_test_db_password"] = "secret-pw";
  process.env["INTEROP_TEST_PLAIN"] = "plain";
  process.env["INTEROP_TEST_OTHER_TOKEN"] = "tok";
  const names = ["INTEROP_TEST_API_KEY", "interop_test_db_password", "INTEROP_TEST_PLAIN", "INTEROP_TEST_OTHER_TOKEN", "INTEROP_TEST_CUSTOM"];
  try {
    const env = buildChildEnv({ env: { INTEROP_TEST_OTHER_TOKEN: "given" } });
    assert.equal(env["INTEROP_TEST_API_KEY"], undefined);
    assert.equal(env["INTEROP_TEST_OTHER_TOKEN"], "given");
    const p = toElizaos(await loadTsPluginIpc(ECHO, { logger: () => undefined, env: { INTEROP_TEST_OTHER_TOKEN: "given" } }));
    try {
      const r = await p.handle.call("action.invoke", { action: "ENV", memory: memory("x"), options: { names } });
      assert.deepEqual(r.result?.values, {
        INTEROP_TEST_API_KEY: null,
        interop_test_db_password: null,
        INTEROP_TEST_PLAIN: "plain",
        INTEROP_TEST_OTHER_TOKEN: "given",
        INTEROP_TEST_CUSTOM: null,
      });
    } finally {
      await p.close();
    }
    const q = toElizaos(await loadTsPluginIpc(ECHO, { logger: () => undefined, envDenylist: ["INTEROP_TEST_PLAIN"], env: { INTEROP_TEST_CUSTOM: "c" } }));
    try {
      const r = await q.handle.call("action.invoke", { action: "ENV", memory: memory("x"), options: { names } });
      assert.deepEqual(r.result?.values, {
        INTEROP_TEST_API_KEY: "secret-key",
        interop_test_db_password: "secret-pw",
        INTEROP_TEST_PLAIN: null,
        INTEROP_TEST_OTHER_TOKEN: "tok",
        INTEROP_TEST_CUSTOM: "c",
      });
    } finally {
      await q.close();
    }
    const r2 = buildChildEnv({ inheritEnv: false, env: { ONLY: "1" } });
    assert.deepEqual(r2, { ONLY: "1" });
  } finally {
    for (const n of names) delete process.env[n];
  }
});
