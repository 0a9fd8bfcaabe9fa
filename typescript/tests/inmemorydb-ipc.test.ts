/**
 * db.call across the process boundary: the reference plugin-inmemorydb (TypeScript over the TS bridge, Python
 * over the Python bridge) replays the golden vectors of tests/vectors/inmemorydb through `adapter.call`.
 * Errors must arrive as PluginCallError with the vector's code (INVALID_ARGUMENT, NOT_FOUND, ...); the replay and
 * its checks are shared with the WASM suite (inmemorydb-vectors.ts).
 */
import assert from "node:assert/strict";
import * as path from "node:path";
import { test } from "node:test";
import { loadPythonPlugin, loadTsPluginIpc, toElizaos } from "#interop/index.js";
import type { ElizaosPlugin, IpcChannel, IpcPluginHandle } from "#interop/index.js";
import { PYTHON, ROOT } from "./helpers.js";
import { VECTOR_FILES as files, replay } from "./inmemorydb-vectors.js";

const T = { timeout: 120_000 };
const PLUGIN = path.join(ROOT, "plugins", "plugin-inmemorydb");

const hosts: Array<[string, () => Promise<IpcPluginHandle>]> = [
  ["TypeScript inmemorydb over the TS bridge", () => loadTsPluginIpc(path.join(PLUGIN, "typescript", "dist", "src", "index.js"), { logger: () => undefined })],
  [
    "Python inmemorydb over the Python bridge",
    () => loadPythonPlugin("plugin_inmemorydb", { python: PYTHON, env: { PYTHONPATH: path.join(PLUGIN, "python") }, logger: () => undefined }),
  ],
];

for (const [name, start] of hosts) {
  test(`${name}: golden vectors through adapter.call (db.call)`, T, async () => {
    assert.ok(files.length >= 4);
    const p: ElizaosPlugin<IpcChannel> = toElizaos(await start());
    try {
      for (const file of files) {
        await p.handle.channel.restart(); // fresh database per vector file
        await replay(p.adapter, file);
      }
    } finally {
      await p.close();
    }
  });
}
