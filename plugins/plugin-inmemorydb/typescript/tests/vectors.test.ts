import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

import plugin, { DbError, InMemoryDatabase, type Json } from "../src/index.js";

const ROOT = join(fileURLToPath(new URL(".", import.meta.url)), "../../../../..");
const VECTOR_DIR = join(ROOT, "tests/vectors/inmemorydb");
const TOL = 1e-6;

interface Step {
  call: string;
  params: Json;
  expect?: Json;
  expectIds?: string | string[];
  expectScores?: number[];
  expectType?: string;
  error?: string;
}

function close(a: unknown, b: unknown, path: string): void {
  if (typeof a === "number" && typeof b === "number") {
    assert.ok(Math.abs(a - b) <= TOL, `${path}: ${a} != ${b}`);
  } else if (Array.isArray(a) && Array.isArray(b)) {
    assert.equal(a.length, b.length, `${path}: length ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
    a.forEach((x, i) => close(x, b[i], `${path}[${i}]`));
  } else if (a !== null && b !== null && typeof a === "object" && typeof b === "object") {
    const [ka, kb] = [Object.keys(a).sort(), Object.keys(b).sort()];
    assert.deepEqual(ka, kb, `${path}: keys`);
    for (const k of ka) close((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
  } else {
    assert.equal(a, b, path);
  }
}

const files = readdirSync(VECTOR_DIR).filter((f) => f.endsWith(".json")).sort();

test("vector files exist", () => {
  assert.ok(files.length >= 4, `vector files in ${VECTOR_DIR}`);
});

for (const file of files) {
  test(`vectors: ${file}`, () => {
    const doc = JSON.parse(readFileSync(join(VECTOR_DIR, file), "utf8")) as { steps: Step[] };
    const db = new InMemoryDatabase(() => 1_700_000_000_000);
    doc.steps.forEach((step, i) => {
      const where = `${file} step ${i} (${step.call})`;
      if (step.error !== undefined) {
        assert.throws(
          () => db.call(step.call, step.params),
          (e: unknown) => e instanceof DbError && e.code === step.error,
          where,
        );
        return;
      }
      const result = JSON.parse(JSON.stringify(db.call(step.call, step.params))) as Json;
      if ("expect" in step) close(result, step.expect, where);
      if (typeof step.expectIds === "string") {
        assert.equal((result as { id?: string }).id, step.expectIds, where);
      } else if (step.expectIds !== undefined) {
        assert.deepEqual((result as { id: string }[]).map((m) => m.id), step.expectIds, where);
      }
      if (step.expectScores !== undefined) {
        close((result as { similarity: number }[]).map((m) => m.similarity), step.expectScores, where);
      }
      if (step.expectType !== undefined) assert.equal(typeof result, step.expectType, where);
    });
  });
}

test("methods match api.json", () => {
  const api = JSON.parse(readFileSync(join(ROOT, "plugins/plugin-inmemorydb/api.json"), "utf8")) as {
    methods: { name: string }[];
  };
  const names = api.methods.map((m) => m.name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  assert.deepEqual(new InMemoryDatabase().methods(), names);
});

test("default export is a plugin whose adapter serves db.call", async () => {
  assert.equal(plugin.name, "inmemorydb");
  assert.ok(plugin.adapter);
  const id = await plugin.adapter.call("create_memory", {
    tableName: "messages",
    memory: { id: "p1", entityId: "e", roomId: "r", createdAt: "1", embedding: [1, 0] },
  });
  assert.equal(id, "p1");
  const hits = (await plugin.adapter.call("search_memories", { tableName: "messages", embedding: [1, 0] })) as {
    id: string;
    similarity: number;
  }[];
  assert.deepEqual(hits.map((h) => [h.id, h.similarity]), [["p1", 1]]);
  await assert.rejects(plugin.adapter.call("nope", {}), (e: unknown) => e instanceof DbError && e.code === "NOT_FOUND");
});
