// Test fixture: a deliberately broken plugin server on stdio (node hostile-server.mjs [MODE]).
// Start-up modes: "ok" (default), "wrong-version", "no-ready", "bad-first", "exit-at-start", "stubborn" (ignores
// shutdown, end of stdin and SIGTERM: only SIGKILL stops it), "hello-refused" (offers FRAMING_PROTOBUF but answers
// hello with an error). `hello` is always answered with an error.
// Per request (action.invoke with action =): ECHO answers; GARBAGE writes a malformed line carrying the id;
// OVERSIZED writes a 2 MiB line carrying the id; SILENT never answers; EXIT exits with code 7 mid-call;
// FLOOD writes 40 MiB without a newline (id in its first bytes) and then a newline; STDERR_FLOOD writes 5 MiB of
// stderr without newlines; WRONG_ID answers with an unknown id; WRONG_TYPE answers with the wrong response type;
// CANCELS answers with the cancel targets received so far.
import { createInterface } from "node:readline";

const mode = process.argv[2] ?? "ok";
const out = (obj) => process.stdout.write(JSON.stringify(obj) + "\n");
const manifest = { name: "hostile", description: "hostile fixture", actions: [{ name: "ECHO", description: "" }] };

if (mode === "exit-at-start") {
  process.stderr.write("hostile: failing at start-up\n");
  process.exit(9);
}
if (mode === "no-ready") {
  setInterval(() => undefined, 1000);
} else if (mode === "bad-first") {
  process.stdout.write("hello, I am not a protocol message\n");
} else {
  const framings = mode === "hello-refused" ? ["FRAMING_JSON", "FRAMING_PROTOBUF"] : ["FRAMING_JSON"];
  out({ type: "ready", protocolVersion: mode === "wrong-version" ? 2 : 1, manifest, framings, server: "hostile", pid: process.pid });
}

if (mode === "stubborn") {
  process.on("SIGTERM", () => process.stderr.write("hostile: ignoring SIGTERM\n"));
  setInterval(() => undefined, 1000);
}

const cancels = [];
const rl = createInterface({ input: process.stdin });
rl.on("line", async (line) => {
  const msg = JSON.parse(line);
  if (msg.type === "cancel") {
    cancels.push(msg.targetId);
    return;
  }
  if (msg.type === "hello") {
    out({ type: "error", id: msg.id, error: "hello is not supported here", details: { code: "UNKNOWN_TYPE" } });
    return;
  }
  if (msg.type === "shutdown" && mode === "stubborn") return;
  if (msg.type === "shutdown") {
    out({ type: "shutdown.result", id: msg.id });
    process.exit(0);
  }
  const id = msg.id;
  switch (msg.action) {
    case "GARBAGE":
      process.stdout.write(`{"type":"action.result","id":"${id}","result": {{{ not json\n`);
      return;
    case "OVERSIZED":
      process.stdout.write(`{"type":"action.result","id":"${id}","result":{"text":"${"y".repeat(2 * 1024 * 1024)}"}}\n`);
      return;
    case "SILENT":
      return;
    case "EXIT":
      process.exit(7);
      return;
    case "FLOOD": {
      const chunk = Buffer.alloc(1024 * 1024, 0x7a);
      process.stdout.write(`{"type":"action.result","id":"${id}","result":{"text":"`);
      for (let i = 0; i < 40; i++) {
        if (!process.stdout.write(chunk)) await new Promise((r) => process.stdout.once("drain", r));
      }
      process.stdout.write(`"}}\n`);
      return;
    }
    case "STDERR_FLOOD": {
      const chunk = Buffer.alloc(1024 * 1024, 0x65);
      for (let i = 0; i < 5; i++) {
        if (!process.stderr.write(chunk)) await new Promise((r) => process.stderr.once("drain", r));
      }
      process.stderr.write("\n");
      out({ type: "action.result", id, result: { success: true, text: "flooded stderr" } });
      return;
    }
    case "WRONG_ID":
      out({ type: "action.result", id: `not-${id}`, result: { success: true } });
      return;
    case "WRONG_TYPE":
      out({ type: "provider.result", id, result: { text: "wrong" } });
      return;
    case "CANCELS":
      out({ type: "action.result", id, result: { success: true, text: cancels.join(",") } });
      return;
    default:
      out({ type: "action.result", id, result: { success: true, text: msg.memory?.content?.text ?? "" } });
  }
});
rl.on("close", () => {
  if (mode !== "stubborn") process.exit(0);
});
