/**
 * The golden vectors of tests/vectors/inmemorydb (format: its README.md) replayed through any
 * {@link DatabaseAdapter}: shared by the IPC (inmemorydb-ipc.test.ts) and WASM (inmemorydb-wasm.test.ts) suites.
 * Errors must arrive as PluginCallError with the vector's code (INVALID_ARGUMENT, NOT_FOUND, ...).
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import type { JsonValue } from "@bufbuild/protobuf";
import { PluginCallError } from "#interop/errors.js";
import type { DatabaseAdapter } from "#interop/types.js";
import { ROOT } from "./helpers.js";

export interface Step {
  call: string;
  params: { [k: string]: JsonValue };
  expect?: JsonValue;
  expectIds?: string | string[];
  expectScores?: number[];
  expectType?: string;
  error?: string;
}

export const VECTOR_DIR = path.join(ROOT, "tests", "vectors", "inmemorydb");
/** The vector files, sorted (each one is a scenario against a fresh, empty store). */
export const VECTOR_FILES: readonly string[] = fs.readdirSync(VECTOR_DIR).filter((f) => f.endsWith(".json")).sort();

/** Structural equality, numbers within 1e-6, object key order irrelevant. */
export function close(a: unknown, b: unknown, where: string): void {
  if (typeof a === "number" && typeof b === "number") assert.ok(Math.abs(a - b) <= 1e-6, `${where}: ${a} != ${b}`);
  else if (Array.isArray(a) && Array.isArray(b)) {
    assert.equal(a.length, b.length, `${where}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
    a.forEach((x, i) => close(x, b[i], `${where}[${i}]`));
  } else if (a !== null && b !== null && typeof a === "object" && typeof b === "object") {
    assert.deepEqual(Object.keys(a).sort(), Object.keys(b).sort(), `${where}: keys`);
    for (const k of Object.keys(a)) close((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${where}.${k}`);
  } else assert.equal(a, b, where);
}

/** Replays one vector file (a name in VECTOR_FILES) step by step through `adapter.call`, with every check. */
export async function replay(adapter: DatabaseAdapter, file: string): Promise<void> {
  const doc = JSON.parse(fs.readFileSync(path.join(VECTOR_DIR, file), "utf8")) as { steps: Step[] };
  for (const [i, step] of doc.steps.entries()) {
    const where = `${file} step ${i} (${step.call})`;
    if (step.error !== undefined) {
      await assert.rejects(
        adapter.call(step.call, step.params),
        (e: unknown) => e instanceof PluginCallError && e.codeName === step.error,
        `${where}: expected ${step.error}`,
      );
      continue;
    }
    const result = await adapter.call(step.call, step.params);
    if (step.expect !== undefined) close(result, step.expect, where);
    if (typeof step.expectIds === "string") assert.equal((result as { id?: string }).id, step.expectIds, where);
    else if (step.expectIds !== undefined) assert.deepEqual((result as Array<{ id: string }>).map((m) => m.id), step.expectIds, where);
    if (step.expectScores !== undefined) close((result as Array<{ similarity: number }>).map((m) => m.similarity), step.expectScores, where);
    if (step.expectType !== undefined) assert.equal(typeof result, step.expectType, where);
  }
}
