// Bench: the echo action through the Node WASM loader (typescript/src/paths/wasm.ts, through loadWasmPlugin and the elizaOS adapter), printing one JSON object.
//
//   node benches/node/wasm_bench.mjs WASM SECONDS_PER_ROW MAX_CALLS
//
// Driven by benches/run.py. Rows: isolation "inline" (calls on this thread) and "worker" (the default: a
// worker thread per plugin so deadlines can be enforced), each with an 11-byte and a 100 KB text. Measures
// `action.handler(runtime, memory)` (the Plugin API), start-up (compile cold, then a second load of the same
// file) and RSS (process.memoryUsage; Node cannot reset its peak, so the figure is the max RSS sampled).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { performance } from "node:perf_hooks";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dist = path.join(root, "typescript/dist");
const { loadWasmPlugin, toElizaos } = await import(path.join(dist, "index.js"));
const { create } = await import(path.join(root, "node_modules/@bufbuild/protobuf/dist/esm/index.js"));
const { MemorySchema } = await import(path.join(dist, "gen/eliza/interop/v1/memory_pb.js"));

const [wasm, secondsArg, maxArg] = process.argv.slice(2);
if (!wasm) {
  console.error("usage: node benches/node/wasm_bench.mjs WASM [SECONDS_PER_ROW] [MAX_CALLS]");
  process.exit(2);
}
const seconds = Number(secondsArg ?? "1");
const maxCalls = Number(maxArg ?? "200000");
readFileSync(wasm); // fail early, clearly, when the file is missing

const memory = (text) =>
  create(MemorySchema, {
    entityId: "00000000-0000-0000-0000-000000000001",
    roomId: "00000000-0000-0000-0000-000000000002",
    content: { text },
  });

async function row(action, text) {
  const mem = memory(text);
  for (let i = 0; i < 50; i++) {
    const r = await action.handler(undefined, mem);
    if (r.text !== text) throw new Error("the plugin did not echo the text");
  }
  let t = performance.now();
  for (let i = 0; i < 50; i++) await action.handler(undefined, mem);
  const per = (performance.now() - t) / 1000 / 50;
  const n = Math.max(200, Math.min(maxCalls, Math.floor(seconds / Math.max(per, 1e-9))));
  if (global.gc) global.gc();
  const rss0 = process.memoryUsage().rss;
  let peak = rss0;
  const lat = new Array(n);
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    const s = process.hrtime.bigint();
    await action.handler(undefined, mem);
    lat[i] = Number(process.hrtime.bigint() - s);
    if ((i & 1023) === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  const total = Number(process.hrtime.bigint() - start);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { n, total_ns: total, rss_before_kib: Math.round(rss0 / 1024), peak_rss_kib: Math.round(peak / 1024), lat_ns: lat };
}

const out = {};
const bigText = "x".repeat(100 * 1024);
for (const isolation of ["inline", "worker"]) {
  const rss0 = process.memoryUsage().rss;
  let t = performance.now();
  const plugin = toElizaos(await loadWasmPlugin(wasm, { isolation }));
  const cold = performance.now() - t;
  const loadRss = process.memoryUsage().rss - rss0;
  const cached = [];
  for (let i = 0; i < 3; i++) {
    t = performance.now();
    const p = await loadWasmPlugin(wasm, { isolation });
    cached.push(performance.now() - t);
    await p.close();
  }
  cached.sort((a, b) => a - b);
  const action = plugin.actions.find((a) => a.name === "ECHO");
  if (!action) throw new Error(`${wasm}: no ECHO action`);
  out[isolation] = {
    // the first isolation's "cold" load compiles the module; Node has no cross-load module cache, so
    // "cached" is a later load of the same file (a warm compile: file cache, lazy tier-up state)
    cold_load_ns: Math.round(cold * 1e6),
    cached_load_ns: Math.round(cached[1] * 1e6),
    load_rss_kib: Math.round(loadRss / 1024),
    small: await row(action, "hello world"),
    large: await row(action, bigText),
  };
  await plugin.close();
}
process.stdout.write(JSON.stringify(out) + "\n");
