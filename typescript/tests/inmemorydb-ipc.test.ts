/**
 * db.call across the process boundary: the reference plugin-inmemorydb (TypeScript over the TS bridge, Python
 * over the Python bridge) replays the golden vectors of tests/vectors/inmemorydb through `adapter.call`.
 * Errors must arrive as PluginCallError with the vector's code (INVALID_ARGUMENT, NOT_FOUND, ...).
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { test } from "node:test";
import type { JsonValue } from "@bufbuild/protobuf";
import { PluginCallError } from "../src/errors.js";
import { loadPythonPlugin, loadTsPluginIpc } from "../src/ipc-client.js";
import type { IpcPlugin } from "../src/ipc-client.js";
import { PYTHON, ROOT } from "./helpers.js";

interface Step {
  call: string;
  params: { [k: string]: JsonValue };
  expect?: JsonValue;
  expectIds?: string | string[];
  expectScores?: number[];
  expectType?: string;
  error?: string;
}

const T = { timeout: 120_000 };
const DIR = path.join(ROOT, "tests", "vectors", "inmemorydb");
const files = fs.readdirSync(DIR).filter((f) => f.endsWith(".json")).sort();
const PLUGIN = path.join(ROOT, "plugins", "plugin-inmemorydb");

function close(a: unknown, b: unknown, where: string): void {
  if (typeof a === "number" && typeof b === "number") assert.ok(Math.abs(a - b) <= 1e-6, `${where}: ${a} != ${b}`);
  else if (Array.isArray(a) && Array.isArray(b)) {
    assert.equal(a.length, b.length, `${where}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
    a.forEach((x, i) => close(x, b[i], `${where}[${i}]`));
  } else if (a !== null && b !== null && typeof a === "object" && typeof b === "object") {
    assert.deepEqual(Object.keys(a).sort(), Object.keys(b).sort(), `${where}: keys`);
    for (const k of Object.keys(a)) close((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${where}.${k}`);
  } else assert.equal(a, b, where);
}

async function replay(p: IpcPlugin, file: string): Promise<void> {
  const doc = JSON.parse(fs.readFileSync(path.join(DIR, file), "utf8")) as { steps: Step[] };
  for (const [i, step] of doc.steps.entries()) {
    const where = `${file} step ${i} (${step.call})`;
    if (step.error !== undefined) {
      await assert.rejects(
        p.adapter.call(step.call, step.params),
        (e: unknown) => e instanceof PluginCallError && e.code === step.error,
        `${where}: expected ${step.error}`,
      );
      continue;
    }
    const result = await p.adapter.call(step.call, step.params);
    if (step.expect !== undefined) close(result, step.expect, where);
    if (typeof step.expectIds === "string") assert.equal((result as { id?: string }).id, step.expectIds, where);
    else if (step.expectIds !== undefined) assert.deepEqual((result as Array<{ id: string }>).map((m) => m.id), step.expectIds, where);
    if (step.expectScores !== undefined) close((result as Array<{ similarity: number }>).map((m) => m.similarity), step.expectScores, where);
    if (step.expectType !== undefined) assert.equal(typeof result, step.expectType, where);
  }
}

const hosts: Array<[string, () => Promise<IpcPlugin>]> = [
  ["TypeScript inmemorydb over the TS bridge", () => loadTsPluginIpc(path.join(PLUGIN, "typescript", "dist", "src", "index.js"), { logger: () => undefined })],
  [
    "Python inmemorydb over the Python bridge",
    () => loadPythonPlugin("plugin_inmemorydb", { python: PYTHON, env: { PYTHONPATH: path.join(PLUGIN, "python") }, logger: () => undefined }),
  ],
];

for (const [name, start] of hosts) {
  test(`${name}: golden vectors through adapter.call (db.call)`, T, async () => {
    assert.ok(files.length >= 4);
    const p = await start();
    try {
      for (const file of files) {
        await p.restart(); // fresh database per vector file
        await replay(p, file);
      }
    } finally {
      await p.close();
    }
  });
}
