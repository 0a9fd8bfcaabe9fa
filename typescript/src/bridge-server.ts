#!/usr/bin/env node
/**
 * The `elizaos-interop-ts-bridge` command (package.json bin): serves one TypeScript plugin over IPC; see
 * serve/bridge.ts for the arguments.
 */
import { main } from "./serve/bridge.js";

main().catch((e: unknown) => {
  process.stderr.write(`elizaos-interop-ts-bridge: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
