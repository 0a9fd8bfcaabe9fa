/** Unit tests of the bounded stream decoder and the codec (pure functions; no process involved). */
import assert from "node:assert/strict";
import { test } from "node:test";
import { create } from "@bufbuild/protobuf";
import { MemorySchema } from "#interop/gen/eliza/interop/v1/memory_pb.js";
import {
  DecodeError,
  decodeEnvelope,
  decodeJsonLine,
  encodeEnvelope,
  encodeFrame,
  encodeJsonLine,
  makeMessage,
} from "#interop/index.js";
import { recoverBinaryId, recoverJsonId } from "#interop/wire/codec.js";
import { BufferOverflowError, StreamDecoder } from "#interop/index.js";
import type { DecodedItem } from "#interop/index.js";

function collect(options: ConstructorParameters<typeof StreamDecoder>[1]): { d: StreamDecoder; items: DecodedItem[] } {
  const items: DecodedItem[] = [];
  const d = new StreamDecoder((i) => items.push(i), options);
  return { d, items };
}

test("JSON lines split across chunks, CRLF and empty lines", () => {
  const { d, items } = collect({});
  d.push(Buffer.from('{"a":1}\n{"b"'));
  d.push(Buffer.from(':2}\r\n\n{"c":3}\n'));
  assert.deepEqual(items.map((i) => (i.kind === "line" ? i.data.toString() : i.kind)), ['{"a":1}', '{"b":2}', '{"c":3}']);
});

test("an oversized line is discarded without being buffered and its id recovered", () => {
  const { d, items } = collect({ maxMessageBytes: 1024 });
  d.push(Buffer.from('{"type":"action.result","id":"big-7","result":{"text":"'));
  let maxRetained = 0;
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  for (let i = 0; i < 160; i++) {
    d.push(chunk);
    maxRetained = Math.max(maxRetained, d.retainedBytes);
  }
  d.push(Buffer.from('"}}\n{"ok":true}\n'));
  assert.ok(maxRetained <= 1024, `retained ${maxRetained}`);
  assert.equal(items.length, 2);
  const first = items[0]!;
  assert.equal(first.kind, "oversized");
  if (first.kind === "oversized") {
    assert.equal(first.id, "big-7");
    assert.ok(first.size > 10 * 1024 * 1024);
  }
  assert.equal(items[1]!.kind, "line");
});

test("a partial line beyond maxBufferBytes is a BufferOverflowError", () => {
  const { d } = collect({ maxMessageBytes: 1 << 20, maxBufferBytes: 1000 });
  assert.throws(() => d.push(Buffer.alloc(2000, 0x61)), BufferOverflowError);
});

test("protobuf frames: split header, several per chunk, oversized skipped with id, mode switch mid-chunk", () => {
  const items: DecodedItem[] = [];
  const d = new StreamDecoder((i) => {
    items.push(i);
    if (i.kind === "line") d.setMode("protobuf");
  }, { maxMessageBytes: 4096 });
  const m1 = encodeFrame(makeMessage("action.invoke", "1", { action: "A" }));
  const big = encodeFrame(makeMessage("action.invoke", "big", { action: "B".repeat(10_000) }));
  const m2 = encodeFrame(makeMessage("validate.result", "2", { valid: true }));
  const all = Buffer.concat([Buffer.from('{"type":"hello.result"}\n'), m1, big, m2]);
  for (let i = 0; i < all.length; i += 3) d.push(all.subarray(i, i + 3));
  assert.deepEqual(items.map((i) => i.kind), ["line", "frame", "oversized", "frame"]);
  const o = items[2]!;
  if (o.kind === "oversized") assert.equal(o.id, "big");
  const f = items[3]!;
  if (f.kind === "frame") {
    const msg = decodeEnvelope(f.data);
    assert.equal(msg.type, "validate.result");
    assert.equal(msg.id, "2");
  }
});

test("codec: JSON and Envelope round trips keep type and id; proto3 JSON names", () => {
  const memory = create(MemorySchema, { content: { text: "hi" }, createdAt: 5n });
  const msg = makeMessage("action.invoke", "42", { action: "ECHO", memory, options: { a: [1, "x"] } });
  const line = encodeJsonLine(msg);
  assert.ok(line.toString().endsWith("\n"));
  const obj = JSON.parse(line.toString()) as Record<string, unknown>;
  assert.equal(obj["type"], "action.invoke");
  assert.equal(obj["id"], "42");
  assert.deepEqual(obj["memory"], { createdAt: "5", content: { text: "hi" } });
  const back = decodeJsonLine(line.subarray(0, line.length - 1));
  assert.equal(back.$typeName, "eliza.interop.v1.ActionInvokeRequest");
  const bin = decodeEnvelope(encodeEnvelope(msg));
  assert.equal(bin.type, "action.invoke");
  assert.equal(bin.id, "42");
  assert.equal(recoverBinaryId(encodeEnvelope(msg)), "42");
});

test("codec errors: MALFORMED and UNKNOWN_TYPE carry the id when recoverable", () => {
  const cases: Array<[string, string, string]> = [
    ["not json", "MALFORMED", ""],
    ['{"type":"action.invoke","id":"9",', "MALFORMED", "9"],
    ['{"id":"3"}', "MALFORMED", "3"],
    ["[1,2]", "MALFORMED", ""],
    ['{"type":"nope","id":"4"}', "UNKNOWN_TYPE", "4"],
    ['{"type":"action.invoke","id":"5","memory":"not an object"}', "MALFORMED", "5"],
  ];
  for (const [text, code, id] of cases) {
    assert.throws(() => decodeJsonLine(text), (e: unknown) => e instanceof DecodeError && e.codeName === code && e.id === id, text);
  }
  assert.equal(recoverJsonId('{"type":"x","id":"a\\"b"'), 'a"b');
  assert.throws(() => decodeEnvelope(Uint8Array.from([0x0a, 0x05, 0x01])), (e: unknown) => e instanceof DecodeError && e.codeName === "MALFORMED");
  assert.throws(() => decodeEnvelope(new Uint8Array(0)), (e: unknown) => e instanceof DecodeError && e.codeName === "MALFORMED");
});
