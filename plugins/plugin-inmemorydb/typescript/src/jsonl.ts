/**
 * Drives the TypeScript implementation from JSON lines: each stdin line `{"method": "...", "params": {...}}`
 * is answered on stdout by `{"result": ...}` or `{"error": {"code": "...", "message": "..."}}`.
 * Used by the cross-language tests (tests/python/test_inmemorydb_crosslang.py).
 */
import { createInterface } from "node:readline";

import { DbError, InMemoryDatabase, type Json } from "./store.js";

const db = new InMemoryDatabase();
const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
const out: string[] = [];
rl.on("line", (line) => {
  if (line.trim() === "") return;
  let reply: unknown;
  try {
    const req = JSON.parse(line) as { method?: unknown; params?: Json };
    if (typeof req.method !== "string") {
      reply = { error: { code: "MALFORMED", message: "missing 'method'" } };
    } else {
      reply = { result: db.call(req.method, req.params ?? {}) };
    }
  } catch (e) {
    if (e instanceof DbError) reply = { error: { code: e.code, message: e.message } };
    else if (e instanceof SyntaxError) reply = { error: { code: "MALFORMED", message: e.message } };
    else reply = { error: { code: "HANDLER_ERROR", message: String(e) } };
  }
  out.push(JSON.stringify(reply));
  if (out.length >= 256) process.stdout.write(out.splice(0).join("\n") + "\n");
});
rl.on("close", () => {
  if (out.length > 0) process.stdout.write(out.splice(0).join("\n") + "\n");
});
