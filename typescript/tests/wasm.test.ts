/**
 * WASM path in Node: the AssemblyScript echo plugin and a Rust plugin built with export_plugin! loaded with
 * Node's WebAssembly (worker and inline isolation), the cross-host vectors (byte-identical responses to the
 * Python and Rust hosts), and hostile modules (infinite loop, memory bomb, trap, wrong ABI, missing exports,
 * imports, oversized module). Artifacts come from tools/build-wasm.sh, run here when one is missing.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";

import { fromBinary, toBinary } from "@bufbuild/protobuf";

import { EnvelopeSchema } from "#interop/gen/eliza/interop/v1/protocol_pb.js";
import { PluginLanguage, InteropProtocol } from "#interop/gen/eliza/interop/v1/ipc_pb.js";
import { PluginLoadError } from "#interop/errors.js";
import {
  AbiVersionError,
  DeadlineExceededError,
  ResourceLimitError,
  WasmTrapError,
  loadWasmPlugin,
  toElizaos,
} from "#interop/index.js";
import { capMemory } from "#interop/paths/wasm-runtime.js";
import type { ElizaosPlugin, WasmChannel } from "#interop/index.js";
import { ROOT, memory } from "./helpers.js";

const ECHO_AS = join(ROOT, "plugins", "plugin-echo-as", "build", "plugin_echo_as.wasm");
const RUST_ECHO = join(ROOT, "target", "wasm", "wasm32-unknown-unknown", "wasm", "echo_plugin.wasm");
const FIXTURES = join(ROOT, "target", "wasm", "fixtures");
const VECTORS = join(ROOT, "rust", "tests", "fixtures", "wasm-vectors", "echo-as");

function built(path: string, args: string[]): string {
  if (!existsSync(path)) execFileSync("bash", args, { cwd: ROOT, stdio: "inherit" });
  assert.ok(existsSync(path), `${path} was not built by ${args.join(" ")}`);
  return path;
}
const echoAs = (): string => built(ECHO_AS, ["plugins/plugin-echo-as/build.sh"]);
const hostile = (name: string): string =>
  built(join(FIXTURES, `${name}.wasm`), ["tools/build-wasm.sh", "--skip-rust", "--skip-as"]);
const rustEcho = (): string => built(RUST_ECHO, ["tools/build-wasm.sh", "--skip-as", "elizaos-interop-echo-fixture"]);

function action(plugin: ElizaosPlugin<WasmChannel>, name: string) {
  const a = plugin.actions?.find((x) => x.name === name);
  assert.ok(a, `action ${name}`);
  return a;
}

for (const isolation of ["worker", "inline"] as const) {
  test(`echo-as manifest and echo (${isolation})`, async () => {
    const plugin = toElizaos(await loadWasmPlugin(echoAs(), { isolation }));
    try {
      assert.equal(plugin.name, "echo-as");
      assert.equal(plugin.manifest.language, PluginLanguage.TYPESCRIPT);
      assert.equal(plugin.manifest.interop?.protocol, InteropProtocol.WASM);
      assert.deepEqual(plugin.actions?.map((a) => a.name), ["echo"]);
      const m = memory("héllo wörld ✓");
      m.embedding = [1, 2];
      const result = await action(plugin, "echo").handler(undefined, m, undefined, { a: [1, { b: null }] });
      assert.equal(result?.success, true);
      assert.equal(result?.text, "héllo wörld ✓");
      await plugin.init?.({ k: "v" });
    } finally {
      await plugin.close();
    }
  });

  test(`cross-host vectors are byte-identical (${isolation})`, async () => {
    const plugin = toElizaos(await loadWasmPlugin(echoAs(), { isolation }));
    try {
      const requests = readdirSync(VECTORS).filter((f) => f.endsWith(".request.binpb")).sort();
      assert.ok(requests.length >= 8);
      for (const req of requests) {
        const expected = new Uint8Array(readFileSync(join(VECTORS, req.replace(".request.", ".response."))));
        const response = await plugin.handle.channel.call(fromBinary(EnvelopeSchema, readFileSync(join(VECTORS, req))));
        assert.deepEqual(toBinary(EnvelopeSchema, response), expected, req);
      }
    } finally {
      await plugin.close();
    }
  });

  test(`a trap fails that call only (${isolation})`, async () => {
    const plugin = toElizaos(await loadWasmPlugin(hostile("trap"), { isolation }));
    try {
      const ok = plugin.providers?.find((p) => p.name === "ok");
      assert.ok(ok);
      assert.equal((await ok.get(undefined, memory("x"))).text, "ok");
      await assert.rejects(action(plugin, "misbehave").handler(undefined, memory("x")), WasmTrapError);
      assert.equal(plugin.handle.channel.restarts, 1);
      assert.equal((await ok.get(undefined, memory("x"))).text, "ok");
    } finally {
      await plugin.close();
    }
  });

  test(`a memory bomb is refused at maxMemoryBytes (${isolation})`, async () => {
    const plugin = toElizaos(await loadWasmPlugin(hostile("bomb"), { isolation, maxMemoryBytes: 16 * 1024 * 1024 }));
    try {
      await assert.rejects(
        action(plugin, "misbehave").handler(undefined, memory("x")),
        (e: Error) => e instanceof WasmTrapError && /memory limit/.test(e.message),
      );
      const ok = plugin.providers?.find((p) => p.name === "ok");
      assert.equal((await ok!.get(undefined, memory("x"))).text, "ok");
    } finally {
      await plugin.close();
    }
  });
}

test("echo-as answers unknown actions with a NOT_FOUND error envelope", async () => {
  const plugin = toElizaos(await loadWasmPlugin(echoAs(), { isolation: "inline" }));
  try {
    const env = await plugin.handle.channel.call(fromBinary(EnvelopeSchema, readFileSync(join(VECTORS, "05-unknown-action.request.binpb"))));
    assert.equal(env.body.case, "error");
    assert.equal(env.body.value?.details?.["code"], "NOT_FOUND");
    assert.match(env.body.case === "error" ? env.body.value.error : "", /action not found: shout/);
  } finally {
    await plugin.close();
  }
});

test("an infinite loop is stopped by the deadline and the plugin keeps working (worker)", async () => {
  const plugin = toElizaos(await loadWasmPlugin(hostile("loop"), { deadlineMs: 200 }));
  try {
    const start = Date.now();
    await assert.rejects(action(plugin, "misbehave").handler(undefined, memory("x")), DeadlineExceededError);
    const elapsed = Date.now() - start;
    assert.ok(elapsed >= 150 && elapsed < 5000, `elapsed ${elapsed}`);
    const ok = plugin.providers?.find((p) => p.name === "ok");
    assert.equal((await ok!.get(undefined, memory("x"))).text, "ok");
    assert.equal(plugin.handle.channel.restarts, 1);
  } finally {
    await plugin.close();
  }
});

test("Rust plugin built with export_plugin! (and its panic is a trap)", async () => {
  const plugin = toElizaos(await loadWasmPlugin(rustEcho()));
  try {
    assert.equal(plugin.name, "echo");
    const result = await action(plugin, "ECHO").handler(undefined, memory("from rust"));
    assert.equal(result?.text, "from rust");
    await assert.rejects(action(plugin, "PANIC").handler(undefined, memory("x")), WasmTrapError);
    assert.equal((await action(plugin, "ECHO").handler(undefined, memory("again")))?.text, "again");
  } finally {
    await plugin.close();
  }
});

test("wrong ABI version, missing exports and imports are refused at load", async () => {
  await assert.rejects(loadWasmPlugin(hostile("abi2")), (e: Error) => e instanceof AbiVersionError && /returned 2/.test(e.message));
  await assert.rejects(
    loadWasmPlugin(hostile("missing")),
    (e: Error) => e instanceof AbiVersionError && /dealloc/.test(e.message) && /eliza_call/.test(e.message),
  );
  await assert.rejects(
    loadWasmPlugin(hostile("imports")),
    (e: Error) => e instanceof PluginLoadError && /env\.host_log/.test(e.message),
  );
});

test("module over maxModuleBytes and initial memory over maxMemoryBytes are refused", async () => {
  const dir = mkdtempSync(join(tmpdir(), "wasm-"));
  const big = join(dir, "big.wasm");
  writeFileSync(big, Buffer.alloc(4096));
  await assert.rejects(loadWasmPlugin(big, { maxModuleBytes: 1024 }), ResourceLimitError);
  await assert.rejects(loadWasmPlugin(hostile("trap"), { maxMemoryBytes: 32 * 1024 }), ResourceLimitError);
  await assert.rejects(loadWasmPlugin(join(dir, "absent.wasm")), PluginLoadError);
});

test("capMemory declares the maximum and keeps the module valid", () => {
  const bytes = new Uint8Array(readFileSync(echoAs()));
  const capped = capMemory(bytes, 4, "echo-as");
  const module = new WebAssembly.Module(capped);
  const instance = new WebAssembly.Instance(module, {});
  const mem = instance.exports["memory"] as WebAssembly.Memory;
  assert.throws(() => mem.grow(8));
});

const ELIZA_WASM = join(ROOT, "target", "wasm", "wasm32-unknown-unknown", "wasm", "plugin_eliza_classic.wasm");
const ELIZA_VECTORS = join(ROOT, "tests", "vectors", "eliza");

interface ElizaVector {
  session: string;
  greeting: string;
  turns: Array<{ input: string; reply: string; session?: string }>;
}

test("plugin-eliza-classic (Rust → wasm32) replays the golden conversations in Node", async () => {
  const wasm = built(ELIZA_WASM, ["tools/build-wasm.sh", "--skip-as", "plugin-eliza-classic"]);
  for (const file of readdirSync(ELIZA_VECTORS).filter((f) => f.endsWith(".json")).sort()) {
    const doc = JSON.parse(readFileSync(join(ELIZA_VECTORS, file), "utf8")) as ElizaVector;
    const plugin = toElizaos(await loadWasmPlugin(wasm, { isolation: "inline" })); // fresh instance per conversation
    try {
      const greeting = await plugin.providers?.find((p) => p.name === "eliza-greeting")?.get(undefined, memory(""));
      assert.equal(greeting?.text, doc.greeting, file);
      const respond = action(plugin, "generate-response");
      for (const [i, turn] of doc.turns.entries()) {
        const result = await respond.handler(undefined, memory(turn.input), undefined, { sessionId: turn.session ?? doc.session });
        if (turn.input.trim() === "") {
          // engine-level vectors: the plugin refuses blank input, so the session diverges from here on
          assert.equal(result?.success, false);
          assert.equal(result?.error, "No user input provided");
          break;
        }
        assert.equal(result?.text, turn.reply, `${file} turn ${i}`);
      }
    } finally {
      await plugin.close();
    }
  }
});
