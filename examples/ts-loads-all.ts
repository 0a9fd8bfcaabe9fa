/**
 * Loads every plugin manifest under plugins/ that Node can load — TypeScript (direct and IPC), Python (IPC),
 * Rust and AssemblyScript (.wasm) — calls each action and provider, and prints a table. Manifests Node cannot
 * load (FFI) are listed with the reason, never skipped silently. Exit code 1 if any loadable plugin failed.
 *
 *   npx tsc -p typescript/tsconfig.json && node typescript/dist/examples/ts-loads-all.js [PLUGINS_DIR]
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { create } from "@bufbuild/protobuf";
import { PluginLanguage } from "@elizaos/interop/generated/eliza/interop/v1/ipc_pb.js";
import { MemorySchema } from "@elizaos/interop/generated/eliza/interop/v1/memory_pb.js";
import { PluginLoadError, loadPlugin, planLoad, readManifest } from "@elizaos/interop";
import type { Plugin } from "@elizaos/interop";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const SKIP_DIRS = new Set(["node_modules", "dist", "target", "build", ".git", "__pycache__"]);

function findManifests(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) out.push(...findManifests(p));
    } else if (e.name === "plugin.json" || /^plugin\.[\w-]+\.json$/.test(e.name)) {
      out.push(p);
    }
  }
  return out.sort();
}

interface Row {
  manifest: string;
  plugin: string;
  language: string;
  path: string;
  component: string;
  result: string;
  ms: string;
}

function short(s: string, n = 60): string {
  const one = s.replace(/\s+/g, " ");
  return one.length > n ? one.slice(0, n - 1) + "…" : one;
}

async function exercise(p: Plugin, base: Omit<Row, "component" | "result" | "ms">, rows: Row[]): Promise<boolean> {
  let ok = true;
  const message = create(MemorySchema, { content: { text: "Hello from TypeScript, I need some help." }, roomId: "ts-loads-all" });
  for (const a of p.actions ?? []) {
    const t0 = performance.now();
    try {
      const r = await a.handler(undefined, message, undefined, { sessionId: "ts-loads-all" });
      rows.push({ ...base, component: `action ${a.name}`, result: short(r === undefined ? "(no result)" : `${r.success ? "ok" : "FAILED"}: ${r.text ?? r.error ?? ""}`), ms: (performance.now() - t0).toFixed(1) });
    } catch (e) {
      ok = false;
      rows.push({ ...base, component: `action ${a.name}`, result: short(`ERROR ${(e as Error).name}: ${(e as Error).message}`), ms: (performance.now() - t0).toFixed(1) });
    }
  }
  for (const pr of p.providers ?? []) {
    const t0 = performance.now();
    try {
      const r = await pr.get(undefined, message);
      rows.push({ ...base, component: `provider ${pr.name}`, result: short(`ok: ${r.text ?? ""}`), ms: (performance.now() - t0).toFixed(1) });
    } catch (e) {
      ok = false;
      rows.push({ ...base, component: `provider ${pr.name}`, result: short(`ERROR ${(e as Error).name}: ${(e as Error).message}`), ms: (performance.now() - t0).toFixed(1) });
    }
  }
  if ((p.actions ?? []).length + (p.providers ?? []).length === 0) {
    rows.push({ ...base, component: "(none)", result: "loaded; the plugin declares no actions or providers", ms: "" });
  }
  return ok;
}

async function main(): Promise<number> {
  const dir = path.resolve(process.argv[2] ?? path.join(ROOT, "plugins"));
  const rows: Row[] = [];
  let failed = 0;
  const manifests = findManifests(dir);
  if (manifests.length === 0) {
    console.error(`no plugin manifests under ${dir}`);
    return 1;
  }
  for (const file of manifests) {
    const rel = path.relative(ROOT, file);
    let base: Omit<Row, "component" | "result" | "ms"> = { manifest: rel, plugin: "?", language: "?", path: "?" };
    try {
      const { manifest } = readManifest(file, { checkPaths: false });
      base = { manifest: rel, plugin: manifest.name, language: PluginLanguage[manifest.language].toLowerCase(), path: "-" };
      try {
        base.path = planLoad(file).path;
      } catch (e) {
        if (!(e instanceof PluginLoadError)) throw e;
        rows.push({ ...base, component: "-", result: e.message.replace(/^.*?\.json: /, ""), ms: "" });
        continue;
      }
      const t0 = performance.now();
      const p = await loadPlugin(file, { logger: () => undefined });
      rows.push({ ...base, component: "(load)", result: "ok", ms: (performance.now() - t0).toFixed(1) });
      try {
        if (!(await exercise(p, base, rows))) failed++;
      } finally {
        await p.close?.();
      }
    } catch (e) {
      failed++;
      rows.push({ ...base, component: "(load)", result: short(`ERROR ${(e as Error).name}: ${(e as Error).message}`, 200), ms: "" });
    }
  }
  const cols: Array<keyof Row> = ["manifest", "plugin", "language", "path", "component", "result", "ms"];
  const width = (c: keyof Row): number => Math.max(c.length, ...rows.map((r) => r[c].length));
  const line = (r: Record<keyof Row, string>): string => cols.map((c) => r[c].padEnd(width(c))).join(" | ");
  const header = Object.fromEntries(cols.map((c) => [c, c])) as Record<keyof Row, string>;
  console.log(line(header));
  console.log(cols.map((c) => "-".repeat(width(c))).join("-+-"));
  for (const r of rows) console.log(line(r));
  console.log(`\n${manifests.length} manifests; ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
