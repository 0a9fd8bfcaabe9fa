/**
 * Hostile input to the bridge servers, over their real stdio: the TS bridge (bridge-server.js) and the Python
 * bridge (python -m elizaos_interop.bridge_server) get the same cases. Every bad input is answered with an
 * `error` carrying the right code (and the id when recoverable), and the server keeps serving.
 */
import assert from "node:assert/strict";
import * as path from "node:path";
import { test } from "node:test";
import type { JsonObject } from "@bufbuild/protobuf";
import { Framing } from "#interop/gen/eliza/interop/v1/protocol_pb.js";
import { encodeEnvelope, encodeFrame, encodeJsonLine, makeMessage } from "#interop/index.js";
import type { ProtocolMessage } from "#interop/index.js";
import { BRIDGE, FIXTURES, PYTHON, RawPeer, errorCode, memory, pythonEnv } from "./helpers.js";

const T = { timeout: 60_000 };

interface ServerCase {
  name: string;
  argv: (extra: string[]) => string[];
  env: Record<string, string>;
  exception: string;
}

const SERVERS: ServerCase[] = [
  {
    name: "TS bridge",
    argv: (extra) => [process.execPath, BRIDGE, ...extra, path.join(FIXTURES, "echo-plugin.mjs")],
    env: {},
    exception: "TypeError",
  },
  {
    name: "Python bridge",
    argv: (extra) => [PYTHON, "-m", "elizaos_interop.bridge_server", ...extra, "py_echo_plugin"],
    env: pythonEnv(),
    exception: "ValueError",
  },
];

const echo = (id: string, text: string): Buffer =>
  encodeJsonLine(makeMessage("action.invoke", id, { action: "ECHO", memory: memory(text) }));

function byId(id: string): (m: ProtocolMessage) => boolean {
  return (m) => m.id === id;
}

for (const server of SERVERS) {
  test(`${server.name}: hostile JSON lines are answered with errors and the server keeps serving`, T, async () => {
    const peer = new RawPeer(server.argv(["--stdio", "--max-message-bytes", "4096"]), server.env);
    try {
      const ready = await peer.waitFor((m) => m.type === "ready", 30_000);
      assert.equal(ready.$typeName, "eliza.interop.v1.ReadyMessage");
      if (ready.$typeName === "eliza.interop.v1.ReadyMessage") {
        assert.equal(ready.protocolVersion, 1);
        assert.ok(ready.framings.includes(Framing.PROTOBUF));
      }
      const cases: Array<[string, string, string]> = [
        // [bytes sent, expected code, id of the error]
        ["this is not json\n", "MALFORMED", ""],
        ['{"type":"action.invoke","id":"m1","memory":\n', "MALFORMED", "m1"],
        ['{"id":"m2","action":"ECHO"}\n', "MALFORMED", "m2"],
        ['{"type":"no.such.type","id":"u1"}\n', "UNKNOWN_TYPE", "u1"],
        [`{"type":"action.invoke","id":"big1","action":"ECHO","memory":{"content":{"text":"${"x".repeat(8000)}"}}}\n`, "TOO_LARGE", "big1"],
        ['{"type":"action.invoke","id":"nf1","action":"NO_SUCH_ACTION","memory":{}}\n', "NOT_FOUND", "nf1"],
        ['{"type":"provider.get","id":"nf2","provider":"NO_SUCH_PROVIDER","memory":{}}\n', "NOT_FOUND", "nf2"],
        ['{"type":"action.invoke","id":"h1","action":"FAIL","memory":{"content":{"text":"x"}}}\n', "HANDLER_ERROR", "h1"],
      ];
      let n = 0;
      for (const [bytes, code, id] of cases) {
        const before = peer.messages.length;
        peer.send(bytes);
        const err = await peer.waitFor((m) => peer.messages.indexOf(m) >= before && m.type === "error");
        assert.equal(errorCode(err), code, `${bytes.slice(0, 60)} → ${JSON.stringify(err)}`);
        assert.equal(err.id, id);
        if (code === "HANDLER_ERROR" && err.$typeName === "eliza.interop.v1.ErrorResponse") {
          assert.equal(err.details?.["exception"], server.exception);
        }
        // Still serving.
        const okId = `ok${n++}`;
        peer.send(echo(okId, `alive ${okId}`));
        const ok = await peer.waitFor(byId(okId));
        assert.equal(ok.type, "action.result");
        if (ok.$typeName === "eliza.interop.v1.ActionResultResponse") assert.equal(ok.result?.text, `alive ${okId}`);
      }
      peer.send(encodeJsonLine(makeMessage("shutdown", "bye")));
      await peer.waitFor(byId("bye"));
      assert.equal(await peer.exit, 0);
    } finally {
      await peer.close();
    }
  });

  test(`${server.name}: JSON values nested deeper than 32 levels are MALFORMED naming the field; 32 levels are served in both framings`, T, async () => {
    const peer = new RawPeer(server.argv(["--stdio"]), server.env);
    /** An ECHO whose `options` Struct (level 1) holds `seq` nested `levels` arrays/objects deep in all. */
    const deepOptions = (levels: number): string => `{"seq":${"[".repeat(levels - 1)}1${"]".repeat(levels - 1)}}`;
    const deepEcho = (id: string, levels: number): string =>
      `{"type":"action.invoke","id":"${id}","action":"ECHO","memory":{"content":{"text":"${id}"}},"options":${deepOptions(levels)}}\n`;
    try {
      await peer.waitFor((m) => m.type === "ready", 30_000);
      const cases: Array<[string, string, string]> = [
        // [id, line, field the error names]
        ["deep33", deepEcho("deep33", 33), "options"],
        ["deep50", deepEcho("deep50", 50), "options"],
        ["deep700", deepEcho("deep700", 700), "options"],
        [
          "deepData",
          `{"type":"action.invoke","id":"deepData","action":"ECHO","memory":{"content":{"text":"x","data":${deepOptions(33)}}}}\n`,
          "data",
        ],
      ];
      for (const [id, line, field] of cases) {
        peer.send(line);
        const err = await peer.waitFor(byId(id));
        assert.equal(err.type, "error", `${id}: ${JSON.stringify(err)}`);
        assert.equal(errorCode(err), "MALFORMED");
        if (err.$typeName === "eliza.interop.v1.ErrorResponse") {
          assert.ok(err.error.includes(field), `${id}: names ${field}: ${err.error}`);
          assert.ok(err.error.includes("nests more than 32 arrays/objects deep"), `${id}: ${err.error}`);
        }
      }
      // At the limit: answered (the TS fixture echoes options.seq back in result.values).
      peer.send(deepEcho("deep32", 32));
      const ok = await peer.waitFor(byId("deep32"));
      assert.equal(ok.$typeName, "eliza.interop.v1.ActionResultResponse", JSON.stringify(ok));
      if (ok.$typeName === "eliza.interop.v1.ActionResultResponse") {
        assert.equal(ok.result?.text, "deep32");
        const seq = ok.result?.values?.["seq"];
        if (seq !== undefined && seq !== null) assert.deepEqual({ seq }, JSON.parse(deepOptions(32)));
      }
      // What was accepted from JSON goes as a protobuf frame too.
      peer.send(encodeJsonLine(makeMessage("hello", "h", { protocolVersion: 1, framing: Framing.PROTOBUF })));
      await peer.waitFor(byId("h"));
      peer.send(
        encodeFrame(
          makeMessage("action.invoke", "deep32b", { action: "ECHO", memory: memory("deep32b"), options: JSON.parse(deepOptions(32)) as JsonObject }),
        ),
      );
      const okb = await peer.waitFor(byId("deep32b"));
      assert.equal(okb.$typeName, "eliza.interop.v1.ActionResultResponse", JSON.stringify(okb));
      if (okb.$typeName === "eliza.interop.v1.ActionResultResponse") assert.equal(okb.result?.text, "deep32b");
      peer.send(encodeFrame(makeMessage("shutdown", "bye")));
      await peer.waitFor(byId("bye"));
      assert.equal(await peer.exit, 0);
    } finally {
      await peer.close();
    }
  });

  test(`${server.name}: hello switches to protobuf frames; truncated and oversized frames are answered`, T, async () => {
    const peer = new RawPeer(server.argv(["--stdio", "--max-message-bytes", "4096"]), server.env);
    try {
      await peer.waitFor((m) => m.type === "ready", 30_000);
      peer.send(encodeJsonLine(makeMessage("hello", "h", { protocolVersion: 1, framing: Framing.PROTOBUF })));
      const hello = await peer.waitFor(byId("h"));
      assert.equal(hello.type, "hello.result");
      if (hello.$typeName === "eliza.interop.v1.HelloResult") assert.equal(hello.accepted, true);

      peer.send(encodeFrame(makeMessage("action.invoke", "b1", { action: "ECHO", memory: memory("framed") })));
      const r1 = await peer.waitFor(byId("b1"));
      if (r1.$typeName === "eliza.interop.v1.ActionResultResponse") assert.equal(r1.result?.text, "framed");
      else assert.fail(`unexpected ${r1.type}`);

      // A frame whose bytes are a truncated Envelope.
      const full = encodeEnvelope(makeMessage("action.invoke", "t1", { action: "ECHO", memory: memory("truncated") }));
      const cut = full.subarray(0, full.length - 5);
      const hdr = Buffer.alloc(4);
      hdr.writeUInt32BE(cut.length);
      const before = peer.messages.length;
      peer.send(Buffer.concat([hdr, cut]));
      const e1 = await peer.waitFor((m) => peer.messages.indexOf(m) >= before && m.type === "error");
      assert.equal(errorCode(e1), "MALFORMED");

      // A frame over max-message-bytes: skipped, TOO_LARGE with the id from its first bytes.
      peer.send(encodeFrame(makeMessage("action.invoke", "big2", { action: "ECHO", memory: memory("y".repeat(10_000)) })));
      const e2 = await peer.waitFor(byId("big2"));
      assert.equal(errorCode(e2), "TOO_LARGE");

      // An empty frame: an Envelope with no body set.
      const before2 = peer.messages.length;
      peer.send(Buffer.from([0, 0, 0, 0]));
      const e3 = await peer.waitFor((m) => peer.messages.indexOf(m) >= before2 && m.type === "error");
      assert.equal(errorCode(e3), "MALFORMED");
      peer.send(encodeFrame(makeMessage("action.invoke", "b2", { action: "ECHO", memory: memory("after") })));
      const r2 = await peer.waitFor(byId("b2"));
      if (r2.$typeName === "eliza.interop.v1.ActionResultResponse") assert.equal(r2.result?.text, "after");
      else assert.fail(`unexpected ${r2.type}`);

      peer.send(encodeFrame(makeMessage("shutdown", "bye")));
      await peer.waitFor(byId("bye"));
      assert.equal(await peer.exit, 0);
    } finally {
      await peer.close();
    }
  });

  test(`${server.name}: a hello after the switch to protobuf is answered with a frame and cannot switch back`, T, async () => {
    const peer = new RawPeer(server.argv(["--stdio"]), server.env);
    type Got = [ProtocolMessage, "line" | "frame" | undefined];
    /** The `n` messages (with how each arrived) received from index `from` on, once they are all there. */
    const next = async (from: number, n: number): Promise<Got[]> => {
      await peer.waitFor(() => peer.messages.length >= from + n);
      return peer.messages.slice(from, from + n).map((m, i): Got => [m, peer.kinds[from + i]]);
    };
    const frameEcho = (id: string, text: string): Buffer =>
      encodeFrame(makeMessage("action.invoke", id, { action: "ECHO", memory: memory(text) }));
    try {
      await peer.waitFor((m) => m.type === "ready", 30_000);
      const h1At = peer.messages.length;
      peer.send(encodeJsonLine(makeMessage("hello", "h1", { protocolVersion: 1, framing: Framing.PROTOBUF })));
      const [[h1, h1Kind]] = (await next(h1At, 1)) as [Got];
      assert.equal(h1Kind, "line", "the first hello.result is a JSON line");
      assert.equal(h1.$typeName, "eliza.interop.v1.HelloResult");
      if (h1.$typeName === "eliza.interop.v1.HelloResult") {
        assert.equal(h1.id, "h1");
        assert.equal(h1.accepted, true);
        assert.equal(h1.framing, Framing.PROTOBUF);
      }

      // Asking protobuf again (and unspecified, which means "what is in force"): accepted, answered in a frame.
      for (const [hid, framing] of [["h2", Framing.PROTOBUF], ["h2u", Framing.UNSPECIFIED]] as const) {
        const at = peer.messages.length;
        const eid = `e-${hid}`;
        peer.send(Buffer.concat([encodeFrame(makeMessage("hello", hid, { protocolVersion: 1, framing })), frameEcho(eid, `after ${hid}`)]));
        const [[h, hKind], [r, rKind]] = (await next(at, 2)) as [Got, Got];
        assert.equal(hKind, "frame", `${hid}: hello.result must be a frame, not a JSON line`);
        assert.equal(rKind, "frame");
        assert.equal(h.$typeName, "eliza.interop.v1.HelloResult", `${hid}: got ${h.type}#${h.id}`);
        if (h.$typeName === "eliza.interop.v1.HelloResult") {
          assert.equal(h.id, hid);
          assert.equal(h.accepted, true);
          assert.equal(h.framing, Framing.PROTOBUF);
        }
        assert.equal(r.$typeName, "eliza.interop.v1.ActionResultResponse", `${hid}: got ${r.type}#${r.id}`);
        assert.equal(r.id, eid);
        if (r.$typeName === "eliza.interop.v1.ActionResultResponse") assert.equal(r.result?.text, `after ${hid}`);
      }

      // Asking JSON now: refused (no switch back), in a frame; the stream stays binary.
      const h3At = peer.messages.length;
      peer.send(encodeFrame(makeMessage("hello", "h3", { protocolVersion: 1, framing: Framing.JSON })));
      const [[h3, h3Kind]] = (await next(h3At, 1)) as [Got];
      assert.equal(h3Kind, "frame");
      assert.equal(h3.$typeName, "eliza.interop.v1.HelloResult", `got ${h3.type}#${h3.id}`);
      if (h3.$typeName === "eliza.interop.v1.HelloResult") {
        assert.equal(h3.id, "h3");
        assert.equal(h3.accepted, false);
        assert.equal(h3.framing, Framing.PROTOBUF, "names the framing in force");
        assert.ok((h3.error ?? "") !== "", "a refused hello carries an error");
      }
      const e3At = peer.messages.length;
      peer.send(frameEcho("e3", "still binary"));
      const [[e3, e3Kind]] = (await next(e3At, 1)) as [Got];
      assert.equal(e3Kind, "frame");
      assert.equal(e3.id, "e3");
      if (e3.$typeName === "eliza.interop.v1.ActionResultResponse") assert.equal(e3.result?.text, "still binary");
      else assert.fail(`unexpected ${e3.type}`);

      peer.send(encodeFrame(makeMessage("shutdown", "bye")));
      await peer.waitFor(byId("bye"));
      assert.equal(await peer.exit, 0);
      assert.deepEqual(peer.kinds.slice(h1At + 1), peer.kinds.slice(h1At + 1).map(() => "frame"), "nothing but frames after the switch");
    } finally {
      await peer.close();
    }
  });
}

test("TS bridge: cancel stops the answer; shutdown finishes in-flight calls first", T, async () => {
  const peer = new RawPeer([process.execPath, BRIDGE, path.join(FIXTURES, "echo-plugin.mjs")]);
  try {
    await peer.waitFor((m) => m.type === "ready");
    const slow = (id: string, ms: number): Buffer =>
      encodeJsonLine(makeMessage("action.invoke", id, { action: "SLOW", memory: memory("x"), options: { ms } }));
    peer.send(slow("c1", 300));
    peer.send(encodeJsonLine(makeMessage("cancel", "k1", { targetId: "c1" })));
    peer.send(slow("s1", 300));
    peer.send(encodeJsonLine(makeMessage("shutdown", "bye")));
    const s1 = await peer.waitFor(byId("s1"));
    assert.equal(s1.type, "action.result");
    await peer.waitFor(byId("bye"));
    assert.equal(await peer.exit, 0);
    assert.equal(peer.messages.find(byId("c1")), undefined, "no answer for a cancelled call");
    // shutdown.result comes after the in-flight answer.
    assert.ok(peer.messages.findIndex(byId("s1")) < peer.messages.findIndex(byId("bye")));
  } finally {
    await peer.close();
  }
});
