/**
 * The JSON value depth limit (docs/PROTOCOL.md §2, host limits, "JSON value depth"): arrays/objects nested inside
 * one google.protobuf.Struct / Value / ListValue field deeper than MAX_JSON_VALUE_DEPTH levels are MALFORMED,
 * naming the field, with the id recovered; up to the limit a decoded message encodes in both framings.
 * Codec unit tests, and the TS IPC client reading a too-deep answer from a real child process.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  DecodeError,
  MAX_JSON_VALUE_DEPTH,
  decodeEnvelope,
  decodeJsonLine,
  encodeEnvelope,
  encodeFrame,
  messageToJson,
} from "#interop/index.js";
import { ProtocolError } from "#interop/errors.js";
import { startIpcPlugin } from "#interop/index.js";
import { collectingLogger, memory } from "./helpers.js";

/** JSON text of `levels` nested arrays around the number 1 (levels 0: just `1`). */
const arrays = (levels: number): string => "[".repeat(levels) + "1" + "]".repeat(levels);
/** JSON text of a Struct (an object: level 1) holding a value `levels` arrays/objects deep in all. */
const struct = (levels: number): string => `{"k":${arrays(levels - 1)}}`;

/** [name, the JSON line with a value `levels` deep, the field path the error names] */
const CASES: Array<[string, (levels: number) => string, string]> = [
  ["action.invoke options (Struct)", (n) => `{"type":"action.invoke","id":"d","action":"ECHO","options":${struct(n)}}`, "options"],
  ["model.invoke params (Struct)", (n) => `{"type":"model.invoke","id":"d","model":"M","params":${struct(n)}}`, "params"],
  ["model.result result (Value holding an array)", (n) => `{"type":"model.result","id":"d","result":${arrays(n)}}`, "result"],
  ["db.result result (Value holding an object)", (n) => `{"type":"db.result","id":"d","result":${struct(n)}}`, "result"],
  ["memory.content.data (nested message)", (n) => `{"type":"action.invoke","id":"d","memory":{"content":{"data":${struct(n)}}}}`, "memory.content.data"],
  [
    "state.data.providers map value",
    (n) => `{"type":"provider.get","id":"d","provider":"P","state":{"data":{"providers":{"p":{"values":${struct(n)}}}}}}`,
    'state.data.providers["p"].values',
  ],
  [
    "state.data.actionResults list element",
    (n) => `{"type":"action.invoke","id":"d","state":{"data":{"actionResults":[{"success":true},{"success":true,"data":${struct(n)}}]}}}`,
    "state.data.actionResults[1].data",
  ],
  [
    "proto field names (action_plan) as well as JSON names",
    (n) => `{"type":"action.invoke","id":"d","state":{"data":{"action_plan":{"metadata":${struct(n)}}}}}`,
    "state.data.actionPlan.metadata",
  ],
];

test("MAX_JSON_VALUE_DEPTH is 32, as in Python and Rust", () => {
  assert.equal(MAX_JSON_VALUE_DEPTH, 32);
});

for (const [name, line, field] of CASES) {
  test(`JSON value depth, ${name}: ${MAX_JSON_VALUE_DEPTH} levels decode and round-trip JSON → binary → JSON`, () => {
    for (const levels of [1, 2, MAX_JSON_VALUE_DEPTH]) {
      const text = line(levels);
      const msg = decodeJsonLine(text);
      const json = messageToJson(msg);
      const back = decodeEnvelope(encodeEnvelope(msg));
      assert.equal(back.$typeName, msg.$typeName);
      assert.deepEqual(messageToJson(back), json, `${levels} levels survive the binary form`);
      // As sent (a proto field name comes back as its JSON name).
      assert.deepEqual(json, JSON.parse(text.replace('"action_plan"', '"actionPlan"')), `${levels} levels: the JSON comes back`);
      assert.deepEqual(messageToJson(decodeJsonLine(JSON.stringify(json))), json);
    }
  });

  test(`JSON value depth, ${name}: ${MAX_JSON_VALUE_DEPTH + 1}, 50 and 700 levels are MALFORMED with the id and the field`, () => {
    for (const levels of [MAX_JSON_VALUE_DEPTH + 1, 50, 700]) {
      assert.throws(
        () => decodeJsonLine(line(levels)),
        (e: unknown) => {
          assert.ok(e instanceof DecodeError, String(e));
          assert.equal(e.codeName, "MALFORMED");
          assert.equal(e.id, "d");
          assert.equal(e.field, field);
          assert.ok(e.message.includes(`field "${field}"`), e.message);
          assert.ok(e.message.includes("nests more than 32 arrays/objects deep"), e.message);
          return true;
        },
        `${levels} levels`,
      );
    }
  });
}

test("JSON value depth is counted per field value, not summed, and only arrays/objects count", () => {
  // Two sibling fields, each at the limit; list/map elements each at the limit.
  decodeJsonLine(
    `{"type":"action.invoke","id":"s","options":${struct(32)},"memory":{"content":{"data":${struct(32)}}},` +
      `"state":{"data":{"actionResults":[{"data":${struct(32)}},{"values":${struct(32)}}],"providers":{"a":{"data":${struct(32)}},"b":{"values":${struct(32)}}}}}}`,
  );
  // Sibling branches inside one value: the deepest counts.
  decodeJsonLine(`{"type":"model.result","id":"s","result":{"a":${arrays(31)},"b":{"c":${arrays(30)}}}}`);
  assert.throws(
    () => decodeJsonLine(`{"type":"model.result","id":"s","result":{"a":${arrays(31)},"b":{"c":${arrays(31)}}}}`),
    (e: unknown) => e instanceof DecodeError && e.field === "result",
  );
  // Scalars, strings that look like brackets and JSON null are no levels.
  const m = decodeJsonLine(`{"type":"model.result","id":"s","result":{"s":"${"[".repeat(100)}","n":null,"b":true,"x":1.5}}`);
  assert.equal(m.type, "model.result");
  decodeJsonLine('{"type":"db.result","id":"s","result":null}');
  // A Struct object directly at level 1 with nothing inside: one level.
  decodeJsonLine('{"type":"action.invoke","id":"s","options":{}}');
});

test("JSON value depth: unknown fields are ignored as before, wrong shapes are still fromJson's MALFORMED", () => {
  const m = decodeJsonLine(`{"type":"action.invoke","id":"u","notAField":${arrays(200)}}`);
  assert.equal(m.id, "u");
  for (const text of ['{"type":"action.invoke","id":"w","options":[1]}', '{"type":"action.invoke","id":"w","state":{"data":{"actionResults":{"a":1}}}}']) {
    assert.throws(() => decodeJsonLine(text), (e: unknown) => e instanceof DecodeError && e.codeName === "MALFORMED" && e.id === "w" && e.field === undefined, text);
  }
});

test("JSON value depth: a 100 000-level value is refused without a stack overflow", () => {
  const n = 100_000;
  assert.throws(
    () => decodeJsonLine(`{"type":"action.invoke","id":"huge","options":{"k":${arrays(n)}}}`),
    (e: unknown) => e instanceof DecodeError && e.codeName === "MALFORMED" && e.id === "huge" && e.field === "options",
  );
});

/** A plugin server (a real child process on real pipes) that answers action.invoke with `result.data` nested
 * `options.levels` deep (built from what it received, so the request itself stays shallow). */
const DEEP_SERVER = `
const { createInterface } = require("node:readline");
const out = (s) => process.stdout.write(s + "\\n");
out(JSON.stringify({ type: "ready", protocolVersion: 1, manifest: { name: "deep", description: "", actions: [{ name: "DEEP", description: "" }] }, framings: ["FRAMING_JSON"], server: "deep", pid: process.pid }));
createInterface({ input: process.stdin }).on("line", (line) => {
  const msg = JSON.parse(line);
  if (msg.type === "shutdown") { out(JSON.stringify({ type: "shutdown.result", id: msg.id })); process.exit(0); }
  const levels = Number(msg.options && msg.options.levels);
  const inner = "[".repeat(levels - 1) + "1" + "]".repeat(levels - 1);
  out('{"type":"action.result","id":' + JSON.stringify(msg.id) + ',"result":{"success":true,"text":"deep","data":{"k":' + inner + '}}}');
});
`;

test("TS IPC client: an answer nested deeper than 32 levels fails that call with ProtocolError naming the field; the connection stays up", { timeout: 30_000 }, async () => {
  const { logger, lines } = collectingLogger();
  const p = await startIpcPlugin({ command: [process.execPath, "-e", DEEP_SERVER], name: "deep", logger });
  try {
    const call = (levels: number) => p.call("action.invoke", { action: "DEEP", memory: memory("x"), options: { levels } });
    const ok = await call(MAX_JSON_VALUE_DEPTH);
    assert.equal(ok.result?.text, "deep");
    // What the client accepted from JSON also encodes and decodes in binary.
    assert.deepEqual(messageToJson(decodeEnvelope(encodeFrame(ok).subarray(4))), messageToJson(ok));
    for (const levels of [MAX_JSON_VALUE_DEPTH + 1, 50, 700]) {
      await assert.rejects(
        call(levels),
        (e: unknown) =>
          e instanceof ProtocolError && e.message.includes('field "result.data"') && e.message.includes("nests more than 32 arrays/objects deep"),
        `${levels} levels`,
      );
    }
    assert.ok(lines.some(([level, l]) => level === "error" && l.includes("nests more than 32")), "logged at error");
    assert.equal((await call(2)).result?.text, "deep");
  } finally {
    await p.close();
  }
});
