/**
 * Golden envelope vectors (tests/vectors/envelopes): TypeScript (protobuf-es) decodes them and re-encodes
 * byte-identically; the proto3 JSON of each decodes to the same bytes and re-encodes to an equal JSON value.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

import { fromBinary, fromJson, toBinary, toJson, type JsonValue } from "@bufbuild/protobuf";

import { EnvelopeSchema } from "#interop/gen/eliza/interop/v1/protocol_pb.js";

// build/typescript/tests → repo root
const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..");
const dir = join(root, "tests", "vectors", "envelopes");
const names = readdirSync(dir)
  .filter((f) => f.endsWith(".binpb"))
  .map((f) => f.slice(0, -".binpb".length))
  .sort();

test("there are vectors for every envelope kind", () => {
  const kinds = new Set(names.map((n) => fromBinary(EnvelopeSchema, readFileSync(join(dir, `${n}.binpb`))).body.case));
  const all = new Set(EnvelopeSchema.oneofs[0]?.fields.map((f) => f.localName));
  assert.deepEqual([...kinds].sort(), [...all].sort());
});

for (const name of names) {
  test(`binary round trip is byte-identical: ${name}`, () => {
    const bytes = new Uint8Array(readFileSync(join(dir, `${name}.binpb`)));
    const env = fromBinary(EnvelopeSchema, bytes);
    assert.deepEqual(toBinary(EnvelopeSchema, env), bytes);
  });

  test(`JSON decodes to the same bytes and re-encodes equal: ${name}`, () => {
    const json = JSON.parse(readFileSync(join(dir, `${name}.json`), "utf8")) as JsonValue;
    const env = fromJson(EnvelopeSchema, json);
    const bytes = new Uint8Array(readFileSync(join(dir, `${name}.binpb`)));
    assert.deepEqual(toBinary(EnvelopeSchema, env), bytes);
    assert.deepEqual(toJson(EnvelopeSchema, env), json);
  });
}
