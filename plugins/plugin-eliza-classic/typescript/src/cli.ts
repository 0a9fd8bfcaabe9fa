/**
 * Line-oriented ELIZA for differential testing: prints the greeting, then one reply per input line.
 * A line `#SESSION name` switches to session `name` (created on first use) and prints nothing.
 */
import { createInterface } from "node:readline";

import { doctorScript } from "./doctor.js";
import { Conversation } from "./engine.js";

const SESSION_PREFIX = "#SESSION ";

async function main(): Promise<void> {
  const script = doctorScript();
  const conversations = new Map<string, Conversation>();
  let current = "default";
  const out: string[] = [script.greeting];
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (line.startsWith(SESSION_PREFIX)) {
      current = line.slice(SESSION_PREFIX.length);
      continue;
    }
    let conv = conversations.get(current);
    if (conv === undefined) {
      conv = new Conversation(script);
      conversations.set(current, conv);
    }
    out.push(conv.respond(line));
    if (out.length >= 512) process.stdout.write(out.splice(0).join("\n") + "\n");
  }
  if (out.length > 0) process.stdout.write(out.join("\n") + "\n");
}

main().catch((e: unknown) => {
  process.stderr.write(`eliza-classic-cli: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
