/**
 * Python plugins over IPC: tests/ts-fixtures/py_echo_plugin.py (an elizaos Plugin with ActionDefinition /
 * ProviderDefinition) served by the real Python bridge (python -m elizaos_interop.bridge_server).
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { CallTimeoutError, PluginCallError, PluginCrashedError } from "#interop/errors.js";
import { loadPythonPlugin, toElizaos } from "#interop/index.js";
import { FRAMINGS, TRANSPORTS } from "#interop/testing.js";
import { PYTHON, collectingLogger, memory, pythonEnv } from "./helpers.js";

const T = { timeout: 60_000 };

for (const transport of TRANSPORTS) {
  for (const framing of FRAMINGS) {
    test(`Python plugin over ${transport} with ${framing} framing`, T, async () => {
      const { logger, lines } = collectingLogger();
      const p = toElizaos(await loadPythonPlugin("py_echo_plugin", { python: PYTHON, transport, framing, logger, env: pythonEnv() }));
      try {
        assert.equal(p.name, "py-echo");
        assert.deepEqual(p.actions.map((a) => a.name), ["ECHO", "SLOW", "FAIL", "ENV"]);
        assert.ok(p.handle.channel.ready.server.startsWith("elizaos-interop-python"));
        const echo = p.actions[0]!;
        assert.equal(await echo.validate(undefined, memory("hi")), true);
        assert.equal(await echo.validate(undefined, memory("invalid")), false);
        assert.equal((await echo.handler(undefined, memory("from ts")))?.text, "from ts");
        assert.equal((await p.providers[0]!.get(undefined, memory("q"))).text, "python static for q");
        await assert.rejects(
          p.actions[2]!.handler(undefined, memory("x")),
          (e: unknown) => e instanceof PluginCallError && e.codeName === "HANDLER_ERROR" && e.details["exception"] === "ValueError",
        );
        const results = await Promise.all(Array.from({ length: 500 }, (_, i) => echo.handler(undefined, memory(`py${i}`))));
        results.forEach((r, i) => assert.equal(r?.text, `py${i}`));
      } finally {
        await p.close();
      }
      assert.ok(lines.some(([, l]) => l.includes("py_echo_plugin: importing")), "Python print() reached the logger via stderr");
      assert.deepEqual(lines.filter(([, l]) => l.startsWith("shutdown:")), [], "shutdown.result was received");
    });
  }
}

test("Python plugin: env denylist, timeout with cancel, crash", T, async () => {
  process.env["INTEROP_PY_API_KEY"] = "secret";
  process.env["INTEROP_PY_PLAIN"] = "plain";
  try {
    const p = toElizaos(await loadPythonPlugin("py_echo_plugin", { python: PYTHON, logger: () => undefined, env: pythonEnv() }));
    try {
      const env = p.actions.find((a) => a.name === "ENV")!;
      assert.equal((await env.handler(undefined, memory("INTEROP_PY_API_KEY")))?.text, "<unset>");
      assert.equal((await env.handler(undefined, memory("INTEROP_PY_PLAIN")))?.text, "plain");
      await assert.rejects(p.handle.call("action.invoke", { action: "SLOW", memory: memory("5") }, { timeoutMs: 200 }), CallTimeoutError);
      assert.equal((await p.actions[0]!.handler(undefined, memory("after timeout")))?.text, "after timeout");
      const pending = p.handle.call("action.invoke", { action: "SLOW", memory: memory("10") });
      process.kill(p.handle.channel.childPid!, "SIGKILL");
      await assert.rejects(pending, (e: unknown) => e instanceof PluginCrashedError && e.signal === "SIGKILL");
      await p.handle.channel.restart();
      assert.equal((await p.actions[0]!.handler(undefined, memory("restarted")))?.text, "restarted");
    } finally {
      await p.close();
    }
  } finally {
    delete process.env["INTEROP_PY_API_KEY"];
    delete process.env["INTEROP_PY_PLAIN"];
  }
});
