/** plugin.json (docs/PROTOCOL.md §5) and loadPlugin: every path Node supports, and clear errors for the rest. */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { test } from "node:test";
import { InteropProtocol, PluginLanguage } from "#interop/gen/eliza/interop/v1/ipc_pb.js";
import { ManifestError, PluginLoadError } from "#interop/errors.js";
import { DirectChannel, ErrorCode, IpcChannel, PluginCallError, PluginClosedError, loadDirectPlugin } from "#interop/index.js";
import type { ElizaosPlugin } from "#interop/index.js";
import { loadPlugin, parseManifest, readManifest, splitCommandLine } from "#interop/loader.js";
import { FIXTURES, memory, pythonEnv } from "./helpers.js";

const T = { timeout: 60_000 };
const quiet = { logger: () => undefined };

test("manifest conveniences and relative paths", () => {
  const { manifest } = readManifest(path.join(FIXTURES, "ts-native.plugin.json"));
  assert.equal(manifest.language, PluginLanguage.TYPESCRIPT);
  assert.equal(manifest.interop?.protocol, InteropProtocol.NATIVE);
  assert.equal(manifest.interop?.entry, path.join(FIXTURES, "echo-plugin.mjs"));
  const py = readManifest(path.join(FIXTURES, "py-echo.plugin.json")).manifest;
  assert.equal(py.interop?.entry, "py_echo_plugin", "a Python module name stays a module name");
});

test("unknown fields are errors naming the field, at any depth", () => {
  const base = { name: "x", description: "", language: "python" };
  const cases: Array<[object, string]> = [
    [{ ...base, bogus: 1 }, "bogus"],
    [{ ...base, interop: { protocol: "ipc", entryy: "m" } }, "interop.entryy"],
    [{ ...base, actions: [{ name: "A", description: "" }, { name: "B", descripton: "" }] }, "actions[1].descripton"],
  ];
  for (const [raw, field] of cases) {
    assert.throws(() => parseManifest(raw), (e: unknown) => e instanceof ManifestError && e.field === field && e.message.includes(field));
  }
  assert.throws(() => parseManifest({ ...base, interop: { protocol: "ipc", transport: "pigeon" } }), (e: unknown) => e instanceof ManifestError && e.field === "interop.transport");
  assert.throws(() => parseManifest({ ...base, interop: { protocol: "wasm", wasmPath: "nope.wasm" } }, { baseDir: FIXTURES }), (e: unknown) => e instanceof ManifestError && e.field === "interop.wasmPath");
  assert.throws(() => parseManifest({ ...base, language: "cobol" }), ManifestError);
  assert.throws(() => parseManifest({ description: "no name" }), (e: unknown) => e instanceof ManifestError && e.field === "name");
  assert.throws(() => parseManifest([]), ManifestError);
});

test("splitCommandLine follows POSIX shell quoting", () => {
  assert.deepEqual(splitCommandLine(`a 'b c' "d \\"e\\"" f\\ g ''`), ["a", "b c", 'd "e"', "f g", ""]);
  assert.throws(() => splitCommandLine("a 'b"), ManifestError);
});

test("loadPlugin: TypeScript over IPC (manifest asks for unix + protobuf)", T, async () => {
  const p = await loadPlugin(path.join(FIXTURES, "ts-ipc.plugin.json"), quiet);
  try {
    assert.ok("handle" in p && (p as ElizaosPlugin).handle.channel instanceof IpcChannel);
    assert.equal((await p.actions?.[0]?.handler(undefined, memory("via manifest")))?.text, "via manifest");
  } finally {
    await p.close?.();
  }
});

test("loadPlugin: native TypeScript imports the module directly", T, async () => {
  const p = await loadPlugin(path.join(FIXTURES, "ts-native.plugin.json"));
  assert.ok(!("handle" in p));
  assert.equal((await p.actions?.[0]?.handler(undefined, memory("direct")))?.text, "direct");
});

test("loadDirectPlugin: the same module as a PluginHandle over a DirectChannel", T, async () => {
  const h = await loadDirectPlugin(path.join(FIXTURES, "echo-plugin.mjs"));
  try {
    assert.equal(h.name, "echo");
    assert.ok(h.channel instanceof DirectChannel);
    assert.equal((await h.invokeAction("ECHO", memory("in process")))?.text, "in process");
    assert.equal(await h.validateAction("ECHO", memory("invalid")), false);
    assert.equal(await h.dbCall("set", { key: "k", value: 1 }), true);
    await assert.rejects(h.invokeAction("NOPE", memory("x")), (e: unknown) => e instanceof PluginCallError && e.code === ErrorCode.NOT_FOUND);
  } finally {
    await h.close();
  }
  await assert.rejects(h.invokeAction("ECHO", memory("late")), PluginClosedError);
});

test("loadPlugin: Python over IPC on TCP, module found next to the manifest", T, async () => {
  const p = await loadPlugin(path.join(FIXTURES, "py-echo.plugin.json"), { ...quiet, env: pythonEnv() });
  try {
    assert.equal(p.name, "py-echo");
    assert.equal((await p.actions?.[0]?.handler(undefined, memory("py via manifest")))?.text, "py via manifest");
  } finally {
    await p.close?.();
  }
});

test("loadPlugin: interop.ipcCommand runs that command in the manifest's directory", T, async () => {
  const p = await loadPlugin(path.join(FIXTURES, "hostile-cmd.plugin.json"), quiet);
  try {
    assert.equal(p.name, "hostile");
    assert.equal((await p.actions?.[0]?.handler(undefined, memory("cmd")))?.text, "cmd");
  } finally {
    await p.close?.();
  }
});

test("loadPlugin: FFI manifests fail with a clear error pointing at wasm or ipc", T, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "eliza-manifest-"));
  try {
    fs.writeFileSync(path.join(dir, "lib.so"), "");
    fs.writeFileSync(
      path.join(dir, "plugin.json"),
      JSON.stringify({ name: "r", description: "", language: "rust", interop: { protocol: "ffi", sharedLibPath: "lib.so" } }),
    );
    await assert.rejects(loadPlugin(dir), (e: unknown) => e instanceof PluginLoadError && /not available from Node/.test(e.message) && /wasm/.test(e.message));
    fs.writeFileSync(path.join(dir, "plugin.json"), JSON.stringify({ name: "r", description: "", language: "rust", interop: { protocol: "ipc" } }));
    await assert.rejects(loadPlugin(dir), ManifestError);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
