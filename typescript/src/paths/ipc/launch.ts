/**
 * Starting IPC plugin servers: a Python plugin behind `python -m elizaos_interop.bridge_server`, a JS plugin behind
 * this package's Node bridge (its bin, found from this file), or any server command / address. Each gives an
 * IpcChannel (loader.ts puts a PluginHandle on it).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { IpcChannel } from "./connection.js";
import type { IpcOptions, IpcTransport } from "./options.js";

export interface SpawnPluginOptions extends Omit<IpcOptions, "command" | "connect"> {
  /** Python executable for Python plugins. Default $PYTHON or "python3". */
  python?: string;
  /** Node executable for TypeScript plugins. Default process.execPath. */
  node?: string;
}

function transportArgs(transport: IpcTransport): { args: string[]; socketDir?: string } {
  if (transport === "stdio") return { args: ["--stdio"] };
  if (transport === "tcp") return { args: ["--tcp", "127.0.0.1:0"] };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "eliza-ts-ipc-"));
  return { args: ["--unix", path.join(dir, "plugin.sock")], socketDir: dir };
}

async function spawnBridge(base: string[], entry: string, options: SpawnPluginOptions): Promise<IpcChannel> {
  const transport = options.transport ?? "stdio";
  // A Unix socket path is made per start (restart re-uses the same command, so the path must stay free).
  const t = transportArgs(transport);
  const { python: _python, node: _node, ...rest } = options;
  return IpcChannel.start({ ...rest, transport, command: [...base, ...t.args, entry] }, t.socketDir);
}

/** Runs a Python plugin (module name, file or directory) behind `python -m elizaos_interop.bridge_server`. */
export function spawnPythonBridge(moduleOrPath: string, options: SpawnPluginOptions = {}): Promise<IpcChannel> {
  const python = options.python ?? process.env["PYTHON"] ?? "python3";
  return spawnBridge([python, "-m", "elizaos_interop.bridge_server"], moduleOrPath, options);
}

/** Path of this package's compiled bridge command (dist/bridge-server.js, the package's bin). */
export const TS_BRIDGE_SERVER = fileURLToPath(new URL("../../bridge-server.js", import.meta.url));

/** Runs a JS plugin module (ESM or CommonJS) behind the TS bridge server in a child Node process. */
export function spawnNodeBridge(entry: string, options: SpawnPluginOptions = {}): Promise<IpcChannel> {
  const node = options.node ?? process.execPath;
  return spawnBridge([node, TS_BRIDGE_SERVER], path.resolve(entry), options);
}
