/**
 * The reference plugin eliza-classic (plugins/plugin-eliza-classic) loaded from Node through its plugin.json:
 * the Python implementation over IPC (real Python bridge) and the TypeScript one over IPC (real TS bridge) and
 * directly; each must reproduce the CACM 1966 conversation of tests/vectors/eliza/cacm-1966.json reply for reply.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { test } from "node:test";
import { loadPlugin } from "#interop/loader.js";
import type { Plugin } from "#interop/types.js";
import { ROOT, memory } from "./helpers.js";

interface Vector {
  session: string;
  greeting: string;
  turns: Array<{ input: string; reply: string }>;
}

const T = { timeout: 60_000 };
const CLASSIC = path.join(ROOT, "plugins", "plugin-eliza-classic");
const cacm = JSON.parse(fs.readFileSync(path.join(ROOT, "tests", "vectors", "eliza", "cacm-1966.json"), "utf8")) as Vector;

async function checkCacm(p: Plugin): Promise<void> {
  assert.equal(p.name, "eliza-classic");
  const action = p.actions?.find((a) => a.name === "generate-response");
  const provider = p.providers?.find((x) => x.name === "eliza-greeting");
  assert.ok(action !== undefined && provider !== undefined);
  assert.equal((await provider.get(undefined, memory(""))).text, cacm.greeting);
  for (const turn of cacm.turns) {
    const r = await action.handler(undefined, memory(turn.input), undefined, { sessionId: `${cacm.session}-${process.pid}` });
    assert.equal(r?.success, true);
    assert.equal(r?.text, turn.reply, `reply to ${JSON.stringify(turn.input)}`);
  }
  assert.equal(await action.validate(undefined, memory("   ")), false);
}

const manifests: Array<[string, string, object]> = [
  ["Python eliza-classic over IPC (stdio)", path.join(CLASSIC, "python", "plugin.json"), {}],
  ["Python eliza-classic over IPC (tcp, protobuf framing)", path.join(CLASSIC, "python", "plugin.json"), { transport: "tcp", framing: "protobuf" }],
  ["TypeScript eliza-classic over IPC (TS bridge)", path.join(CLASSIC, "typescript", "plugin.json"), {}],
];

for (const [name, file, options] of manifests) {
  test(`${name} reproduces the CACM 1966 conversation`, T, async () => {
    const p = await loadPlugin(file, { logger: () => undefined, ...options });
    try {
      await checkCacm(p);
    } finally {
      await p.close?.();
    }
  });
}

test("TypeScript eliza-classic imported directly (native) reproduces the CACM 1966 conversation", T, async () => {
  const dir = path.join(CLASSIC, "typescript");
  const m = JSON.parse(fs.readFileSync(path.join(dir, "plugin.json"), "utf8")) as { interop: Record<string, string> };
  // A native variant of the manifest, written outside the plugin's directory (so the entry path is absolute).
  const tmp = path.join(os.tmpdir(), `eliza-classic-native-${process.pid}.json`);
  const entry = path.resolve(dir, m.interop["entry"] ?? "");
  fs.writeFileSync(tmp, JSON.stringify({ ...m, interop: { ...m.interop, protocol: "native", entry } }));
  try {
    await checkCacm(await loadPlugin(tmp));
  } finally {
    fs.rmSync(tmp, { force: true });
  }
});
