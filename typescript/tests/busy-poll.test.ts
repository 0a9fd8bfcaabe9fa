/**
 * Busy polling of the Node bridge (busy-poll.ts) and the write batcher's first-write-at-once rule, on the real
 * event loop and a real bridge process.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import * as path from "node:path";
import { test } from "node:test";
import { BUSY_POLL_ENV, BusyPoll, busyPollBudgetUs } from "#interop/serve/busy-poll.js";
import { WriteBatcher } from "#interop/wire/framing.js";
import { BRIDGE, FIXTURES } from "./helpers.js";

const T = { timeout: 30_000 };

test("a touch keeps the loop polling for its budget, then lets it sleep", T, async () => {
  const poll = new BusyPoll(3000);
  assert.equal(poll.polling, false);
  const t0 = performance.now();
  poll.touch();
  assert.equal(poll.polling, true);
  while (poll.polling) await new Promise((r) => setImmediate(r));
  const took = performance.now() - t0;
  assert.ok(took >= 3, `the window closed after ${took} ms, before its 3 ms budget`);
  assert.ok(took < 1000, `the window stayed open ${took} ms`);
});

test("a zero budget never polls; a bad one is refused", T, () => {
  const off = new BusyPoll(0);
  off.touch();
  assert.equal(off.polling, false);
  assert.throws(() => new BusyPoll(-1), RangeError);
  assert.throws(() => new BusyPoll(1.5), RangeError);
});

test("the budget comes from ELIZAOS_INTEROP_BUSY_POLL_US, and a bad value names the variable", T, () => {
  assert.equal(busyPollBudgetUs({ [BUSY_POLL_ENV]: "0" }), 0);
  assert.equal(busyPollBudgetUs({ [BUSY_POLL_ENV]: "350" }), 350);
  assert.throws(() => busyPollBudgetUs({ [BUSY_POLL_ENV]: "soon" }), /ELIZAOS_INTEROP_BUSY_POLL_US="soon"/);
  assert.throws(() => busyPollBudgetUs({ [BUSY_POLL_ENV]: "-3" }), /ELIZAOS_INTEROP_BUSY_POLL_US/);
  assert.ok([0, 200].includes(busyPollBudgetUs({})));
});

test("the batcher writes the first chunk of a turn at once and joins the rest, in order", T, async () => {
  const sunk: string[] = [];
  const b = new WriteBatcher((bytes) => sunk.push(bytes.toString()));
  b.write(Buffer.from("a"));
  assert.deepEqual(sunk, ["a"]);
  b.write(Buffer.from("b"));
  b.write(Buffer.from("c"));
  assert.deepEqual(sunk, ["a"]);
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(sunk, ["a", "bc"]);
  b.write(Buffer.from("d"));
  assert.deepEqual(sunk, ["a", "bc", "d"]);
});

test("a bridge started with a bad budget exits 2 naming the variable", T, async () => {
  const child = spawn(process.execPath, [BRIDGE, path.join(FIXTURES, "echo-plugin.mjs")], {
    env: { ...process.env, [BUSY_POLL_ENV]: "fast" },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((r) => child.on("exit", r));
  assert.equal(code, 2);
  assert.match(stderr, /ELIZAOS_INTEROP_BUSY_POLL_US="fast"/);
});
