/**
 * Manifest conformance vectors (tests/vectors/manifests/README.md): every case's files are written into a fresh
 * directory and its `load` path goes through `planLoad`; the plan, or the error, must be what the case expects
 * (`expect_by_host.typescript` overriding `expect`).
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { test } from "node:test";
import { ManifestError, PluginLoadError, planLoad } from "#interop/index.js";
import type { LoadPlan } from "#interop/index.js";
import { ROOT } from "./helpers.js";

const CASES = path.join(ROOT, "tests", "vectors", "manifests");

interface Expectation {
  route?: Record<string, unknown>;
  error?: { class: "ManifestError" | "PluginLoadError"; field?: string | null };
}

interface Case {
  description: string;
  files: Record<string, unknown>;
  load: string;
  expect: Expectation;
  expect_by_host?: Record<string, Expectation>;
}

/** The plan in the vectors' vocabulary: the keys a case may give, `file` relative to the case directory. */
function routeOf(plan: LoadPlan, dir: string): Record<string, unknown> {
  const out: Record<string, unknown> = { name: plan.name, language: plan.language, path: plan.path };
  if (plan.launcher !== undefined) out["launcher"] = plan.launcher;
  if (plan.transport !== undefined) out["transport"] = plan.transport;
  if (plan.framing !== undefined) out["framing"] = plan.framing;
  if (plan.argv !== undefined) out["argv"] = plan.argv;
  if (plan.address !== undefined) out["address"] = plan.address;
  if (plan.entryFile !== undefined) out["file"] = path.relative(fs.realpathSync(dir), fs.realpathSync(plan.entryFile)).split(path.sep).join("/");
  return out;
}

const files = fs.existsSync(CASES) ? fs.readdirSync(CASES).filter((f) => f.endsWith(".json")).sort() : [];

test("manifest vectors exist", () => {
  assert.ok(files.length > 0, `no cases in ${CASES}`);
});

for (const file of files) {
  const c = JSON.parse(fs.readFileSync(path.join(CASES, file), "utf8")) as Case;
  test(`manifest vector ${file}: ${c.description}`, () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-vector-"));
    try {
      for (const [rel, content] of Object.entries(c.files)) {
        const p = path.join(dir, rel);
        fs.mkdirSync(path.dirname(p), { recursive: true });
        fs.writeFileSync(p, typeof content === "string" ? content : JSON.stringify(content, null, 2));
      }
      const expect = c.expect_by_host?.["typescript"] ?? c.expect;
      const load = path.join(dir, c.load);
      if (expect.error !== undefined) {
        const want = expect.error;
        assert.throws(
          () => planLoad(load),
          (e: unknown) => {
            if (want.class === "ManifestError") {
              assert.ok(e instanceof ManifestError, `expected ManifestError, got ${String(e)}`);
              if (want.field !== undefined) assert.equal(e.field ?? null, want.field, `field of: ${e.message}`);
            } else {
              assert.ok(e instanceof PluginLoadError, `expected PluginLoadError, got ${String(e)}`);
            }
            return true;
          },
        );
        return;
      }
      const route = routeOf(planLoad(load), dir);
      for (const [key, value] of Object.entries(expect.route ?? {})) {
        assert.deepEqual(route[key], value, `route.${key} (plan: ${JSON.stringify(route)})`);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}
