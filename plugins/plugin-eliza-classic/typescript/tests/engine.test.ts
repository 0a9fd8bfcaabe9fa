/** The CACM 1966 conversation, every golden vector in tests/vectors/eliza, HASH, sessions, plugin surface. */
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

import { create } from "@bufbuild/protobuf";
import type { Content } from "@elizaos/interop";
import { MemorySchema } from "@elizaos/interop/generated/eliza/interop/v1/memory_pb.js";
import { ContentSchema } from "@elizaos/interop/generated/eliza/interop/v1/primitives_pb.js";

import plugin, {
  ACTION_NAME,
  Conversation,
  NO_MATCH_REPLIES,
  PROVIDER_NAME,
  Script,
  ScriptError,
  createPlugin,
  doctorScript,
  memoryHash,
  tokenize,
} from "../src/index.js";

const GREETING = "HOW DO YOU DO. PLEASE TELL ME YOUR PROBLEM";
/** dist/tests -> repo root */
const VECTORS = fileURLToPath(new URL("../../../../../tests/vectors/eliza/", import.meta.url));

interface Turn {
  session?: string;
  input: string;
  reply: string;
}
interface Vector {
  name: string;
  session: string;
  greeting: string;
  turns: Turn[];
}

function load(file: string): Vector {
  return JSON.parse(readFileSync(join(VECTORS, file), "utf8")) as Vector;
}

function checkVector(v: Vector, file: string): number {
  assert.equal(v.greeting, GREETING, file);
  const conversations = new Map<string, Conversation>();
  for (const turn of v.turns) {
    const session = turn.session ?? v.session;
    let conv = conversations.get(session);
    if (conv === undefined) {
      conv = new Conversation(doctorScript());
      conversations.set(session, conv);
    }
    assert.equal(conv.respond(turn.input), turn.reply, `${file}: input ${JSON.stringify(turn.input)}`);
  }
  return v.turns.length;
}

test("greeting", () => {
  assert.equal(doctorScript().greeting, GREETING);
  assert.equal(new Conversation(doctorScript()).greeting, GREETING);
});

test("CACM transcript, reply for reply", () => {
  assert.equal(checkVector(load("cacm-1966.json"), "cacm-1966.json"), 15);
});

test("every golden vector", () => {
  const files = readdirSync(VECTORS)
    .filter((f) => f.endsWith(".json"))
    .sort();
  assert.ok(files.length >= 5, `expected the golden ELIZA vectors in ${VECTORS}, found ${files.join(",")}`);
  for (const f of files) checkVector(load(f), f);
});

test("HASH examples", () => {
  for (const [word, index] of [
    ["HERE", 3],
    ["TIME", 0],
    ["KIDS", 1],
    ["RED", 2],
    ["BEAUTIFUL", 0],
  ] as const) {
    assert.equal(memoryHash(word), index, word);
  }
});

test("tokenizer", () => {
  assert.deepEqual(tokenize('Well, my "boy"friend! Yes? a:b;c'), [
    "WELL", ",", "MY", "BOY", "FRIEND", ".", "YES", ".", "A", ",", "B", ",", "C",
  ]);
  assert.deepEqual(tokenize("It's 3.5% ok"), ["IT'S", "3", ".", "5%", "OK"]);
  assert.deepEqual(tokenize(""), []);
});

test("no-match replies follow LIMIT", () => {
  const conv = new Conversation(doctorScript());
  const got = [0, 1, 2, 3].map(() => conv.respond("Can we talk"));
  assert.deepEqual(got, [NO_MATCH_REPLIES[1], NO_MATCH_REPLIES[2], NO_MATCH_REPLIES[3], NO_MATCH_REPLIES[0]]);
});

test("script errors are clear", () => {
  assert.throws(() => Script.parse("(HELLO) START (X ((0) (Y))"), (e: unknown) => {
    return e instanceof ScriptError && e.message.includes("unbalanced");
  });
  assert.throws(() => Script.parse("(HELLO) START (MEMORY MY (0 = A) (0 = B) (0 = C) (0 = D)) ()"), /NONE/);
  const looped = Script.parse(
    "(HI) START (A (=B)) (B (=A)) (NONE ((0) (X))) (MEMORY MY (0 = A) (0 = B) (0 = C) (0 = D)) ()",
  );
  assert.throws(() => new Conversation(looped).respond("a"), /loop/);
});

function memory(text: string | undefined, roomId: string) {
  return create(MemorySchema, { roomId, content: create(ContentSchema, text === undefined ? {} : { text }) });
}

test("plugin surface", async () => {
  assert.equal(plugin.name, "eliza-classic");
  const action = plugin.actions?.[0];
  const provider = plugin.providers?.[0];
  assert.ok(action !== undefined && provider !== undefined);
  assert.equal(action.name, ACTION_NAME);
  assert.deepEqual(action.similes, ["ELIZA_RESPOND", "ELIZA_CHAT", "CLASSIC_ELIZA"]);
  assert.equal(provider.name, PROVIDER_NAME);

  assert.equal(await action.validate(undefined, memory("Hello", "r")), true);
  assert.equal(await action.validate(undefined, memory("  ", "r")), false);
  assert.equal(await action.validate(undefined, memory(undefined, "r")), false);

  const none = await action.handler(undefined, memory(undefined, "r"));
  assert.equal(none?.success, false);
  assert.equal(none?.error, "No user input provided");

  const p = await provider.get(undefined, memory(undefined, "r"));
  assert.equal(p.text, GREETING);
  assert.deepEqual(p.values, { greeting: GREETING });

  // CACM in room "a" (roomId) and in session "s" (options.sessionId), interleaved with noise in room "b" and
  // the default session, on a fresh plugin instance: no session disturbs another. The callback sees the reply.
  const fresh = createPlugin();
  const act = fresh.actions?.[0];
  assert.ok(act !== undefined);
  const seen: string[] = [];
  const callback = (c: Content): Promise<unknown> => {
    seen.push(c.text ?? "");
    return Promise.resolve([]);
  };
  for (const turn of load("cacm-1966.json").turns) {
    const a = await act.handler(undefined, memory(turn.input, "a"), undefined, undefined, callback);
    assert.equal(a?.success, true);
    assert.equal(a?.text, turn.reply);
    assert.equal(seen.at(-1), turn.reply);
    await act.handler(undefined, memory("My dog is sick", "b"));
    await act.handler(undefined, memory("I need sleep", ""));
    const s = await act.handler(undefined, memory(turn.input, "b"), undefined, { sessionId: "s" });
    assert.equal(s?.text, turn.reply);
  }
});
