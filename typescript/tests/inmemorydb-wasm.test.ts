/**
 * db.call through the Node WASM host: the Rust plugin-inmemorydb built for wasm32-unknown-unknown
 * (plugins/plugin-inmemorydb/rust/plugin.wasm.json) replays the golden vectors of tests/vectors/inmemorydb through
 * `plugin.adapter.call`, with the checks of the IPC suite (inmemorydb-vectors.ts), a fresh instance per vector
 * file, in both isolations. The module has no clock: the host passes `Date.now()` as `now` unless the caller
 * gave one. The artifact comes from tools/build-wasm.sh.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { test } from "node:test";

import { create } from "@bufbuild/protobuf";

import { EnvelopeSchema } from "#interop/gen/eliza/interop/v1/protocol_pb.js";
import { PluginCallError } from "#interop/errors.js";
import { loadWasmPlugin, toElizaos } from "#interop/index.js";
import type { ElizaosPlugin, WasmChannel } from "#interop/index.js";
import { ROOT } from "./helpers.js";
import { VECTOR_FILES, replay } from "./inmemorydb-vectors.js";

const T = { timeout: 120_000 };
const MANIFEST = join(ROOT, "plugins", "plugin-inmemorydb", "rust", "plugin.wasm.json");
const RUST_ECHO = join(ROOT, "target", "wasm", "wasm32-unknown-unknown", "wasm", "echo_plugin.wasm");

function built(path: string, build: string): string {
  assert.ok(existsSync(path), `${path} is missing: build it with \`${build}\``);
  return path;
}

/** The .wasm named by plugin.wasm.json (`interop.wasmPath`, relative to the manifest). */
function inmemorydbWasm(): string {
  const manifest = JSON.parse(readFileSync(MANIFEST, "utf8")) as { interop?: { wasmPath?: unknown } };
  const rel = manifest.interop?.wasmPath;
  assert.equal(typeof rel, "string", `${MANIFEST}: interop.wasmPath`);
  return built(resolve(dirname(MANIFEST), rel as string), "bash tools/build-wasm.sh --skip-as plugin-inmemorydb");
}

async function withPlugin(isolation: "worker" | "inline", body: (p: ElizaosPlugin<WasmChannel>) => Promise<void>): Promise<void> {
  const plugin = toElizaos(await loadWasmPlugin(inmemorydbWasm(), { isolation }));
  try {
    await body(plugin);
  } finally {
    await plugin.close();
  }
}

const rejectsWith = (code: string, message?: RegExp) => (e: unknown) =>
  e instanceof PluginCallError && e.codeName === code && (message === undefined || message.test(e.message));

for (const isolation of ["inline", "worker"] as const) {
  test(`Rust inmemorydb over WASM (${isolation}): golden vectors through adapter.call (db.call)`, T, async () => {
    assert.ok(VECTOR_FILES.length >= 4);
    for (const file of VECTOR_FILES) {
      await withPlugin(isolation, async (p) => {
        assert.equal(p.name, "inmemorydb");
        await replay(p.adapter, file); // fresh instance (empty store) per vector file
      });
    }
  });

  test(`Rust inmemorydb over WASM (${isolation}): the host lends its clock as 'now'; a caller's 'now' wins`, T, async () => {
    await withPlugin(isolation, async (p) => {
      // The module alone has no clock: a raw db.call without `now` fails ...
      const memory = { id: "m1", entityId: "e1", roomId: "r1", content: { text: "no createdAt" } };
      const raw = await p.handle.channel.call(
        create(EnvelopeSchema, {
          body: { case: "dbCall", value: { type: "db.call", id: "raw", method: "create_memory", params: { tableName: "messages", memory } } },
        }),
      );
      assert.equal(raw.body.case, "error");
      if (raw.body.case === "error") {
        assert.equal(raw.body.value.details?.["code"], "INVALID_ARGUMENT");
        assert.match(raw.body.value.error, /no clock in wasm32/);
      }

      // ... through the adapter the host's wall clock is used.
      const before = Date.now();
      assert.equal(await p.adapter.call("create_memory", { tableName: "messages", memory }), "m1");
      const after = Date.now();
      const stored = (await p.adapter.call("get_memory_by_id", { id: "m1" })) as { id: string; createdAt: string; content: unknown };
      assert.equal(stored.id, "m1");
      assert.deepEqual(stored.content, { text: "no createdAt" });
      const createdAt = Number(stored.createdAt);
      assert.ok(before <= createdAt && createdAt <= after, `createdAt ${stored.createdAt} not in [${before}, ${after}]`);

      // A caller-given `now` is kept, not replaced by the host's clock.
      assert.equal(await p.adapter.call("create_memory", { tableName: "messages", memory: { ...memory, id: "m2" }, now: 1234 }), "m2");
      assert.equal(((await p.adapter.call("get_memory_by_id", { id: "m2" })) as { createdAt: string }).createdAt, "1234");

      const expiresAt = Date.now() + 3_600_000;
      assert.equal(await p.adapter.call("set_cache", { key: "k", value: { v: 1 }, expiresAt }), true);
      assert.deepEqual(await p.adapter.call("get_cache", { key: "k" }), { v: 1 }); // host clock: not expired yet
      assert.deepEqual(await p.adapter.call("get_cache", { key: "k", now: expiresAt - 1 }), { v: 1 });
      assert.equal(await p.adapter.call("get_cache", { key: "k", now: expiresAt }), null); // caller's clock: expired
      assert.equal(await p.adapter.call("get_cache", { key: "k" }), null); // and removed

      // log without createdAt: the host's clock, as RFC 3339.
      assert.equal(await p.adapter.call("log", { id: "l1", entityId: "e1", type: "action", body: {} }), "l1");
      const logs = (await p.adapter.call("get_logs", { entityId: "e1" })) as Array<{ id: string; createdAt: string }>;
      assert.deepEqual(logs.map((l) => l.id), ["l1"]);
      const logged = Date.parse(logs[0]?.createdAt ?? "");
      assert.ok(before <= logged && logged <= Date.now(), `log createdAt ${logs[0]?.createdAt}`);

      // Errors keep their codes, and the instance keeps serving.
      await assert.rejects(p.adapter.call("no_such_method", {}), rejectsWith("NOT_FOUND"));
      await assert.rejects(p.adapter.call("get_memory_by_id", {}), rejectsWith("INVALID_ARGUMENT", /get_memory_by_id/));
      assert.equal(await p.adapter.call("get_memory_by_id", { id: "missing" }), null);
      assert.equal(p.handle.channel.restarts, 0);
    });
  });
}

test("a WASM plugin without a database adapter answers db.call with NOT_FOUND", T, async () => {
  const plugin = toElizaos(await loadWasmPlugin(built(RUST_ECHO, "bash tools/build-wasm.sh --skip-as elizaos-interop-echo-fixture"), { isolation: "inline" }));
  try {
    await assert.rejects(plugin.adapter.call("get_memory_by_id", { id: "m1" }), rejectsWith("NOT_FOUND"));
  } finally {
    await plugin.close();
  }
});
