/**
 * plugin.json loading (docs/PROTOCOL.md §5): `planLoad` reads a manifest and decides, without starting anything,
 * the path Node takes (a LoadPlan; tests/vectors/manifests/ holds the cases every host agrees on); `loadPlugin`
 * carries the plan out — ipc (Python or Node bridge, `interop.ipcCommand`, or `interop.ipcPort` to connect to),
 * native TypeScript (direct import), or wasm. FFI (a C shared library) is not loadable from Node.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { fromJson } from "@bufbuild/protobuf";
import type { DescMessage, JsonObject, JsonValue } from "@bufbuild/protobuf";
import {
  CrossLanguagePluginManifestSchema,
  InteropProtocol,
  PluginLanguage,
} from "./gen/eliza/interop/v1/ipc_pb.js";
import type { CrossLanguagePluginManifest } from "./gen/eliza/interop/v1/ipc_pb.js";
import { toElizaos } from "./elizaos/adapter.js";
import { ManifestError, PluginLoadError, ProtocolError } from "./errors.js";
import { PluginHandle } from "./handle.js";
import { openDirectChannel } from "./paths/direct.js";
import type { DirectChannel } from "./paths/direct.js";
import { IpcChannel } from "./paths/ipc/connection.js";
import { spawnNodeBridge, spawnPythonBridge } from "./paths/ipc/launch.js";
import type { SpawnPluginOptions } from "./paths/ipc/launch.js";
import type { IpcOptions, IpcTransport } from "./paths/ipc/options.js";
import type { WasmChannel, WasmLimits } from "./paths/wasm.js";
import { importPluginModule } from "./serve/plugin-module.js";
import type { Plugin } from "./types.js";
import type { FramingMode } from "./wire/framing.js";

const LANGUAGES: Record<string, string> = {
  python: "PLUGIN_LANGUAGE_PYTHON",
  typescript: "PLUGIN_LANGUAGE_TYPESCRIPT",
  rust: "PLUGIN_LANGUAGE_RUST",
};
const PROTOCOLS: Record<string, string> = {
  native: "INTEROP_PROTOCOL_NATIVE",
  ffi: "INTEROP_PROTOCOL_FFI",
  wasm: "INTEROP_PROTOCOL_WASM",
  ipc: "INTEROP_PROTOCOL_IPC",
};
const TRANSPORTS: readonly string[] = ["stdio", "unix", "tcp"];
const FRAMINGS: readonly string[] = ["json", "protobuf"];
const MODULE_RE = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** A manifest read from plugin.json, with paths resolved against its directory. */
export interface ManifestFile {
  manifest: CrossLanguagePluginManifest;
  /** The plugin.json file. */
  file: string;
  /** Its directory. */
  dir: string;
}

function isObject(v: unknown): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Finds the first key not known to `desc` (recursively), as a dotted path; undefined when all are known. */
function unknownField(obj: JsonObject, desc: DescMessage, at: string): string | undefined {
  if (desc.typeName.startsWith("google.protobuf.")) return undefined;
  for (const [key, value] of Object.entries(obj)) {
    const field = desc.fields.find((f) => f.jsonName === key || f.name === key);
    const where = at === "" ? key : `${at}.${key}`;
    if (field === undefined) return where;
    if (field.fieldKind === "message" && isObject(value)) {
      const u = unknownField(value, field.message, where);
      if (u !== undefined) return u;
    } else if (field.fieldKind === "list" && field.listKind === "message" && Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item = value[i];
        if (isObject(item)) {
          const u = unknownField(item, field.message, `${where}[${i}]`);
          if (u !== undefined) return u;
        }
      }
    } else if (field.fieldKind === "map" && field.mapKind === "message" && isObject(value)) {
      for (const [k, item] of Object.entries(value)) {
        if (isObject(item)) {
          const u = unknownField(item, field.message, `${where}.${k}`);
          if (u !== undefined) return u;
        }
      }
    }
  }
  return undefined;
}

/** Parses a manifest object (the proto3 JSON form with the plugin.json conveniences). */
export function parseManifest(raw: unknown, options: { baseDir?: string; where?: string; checkPaths?: boolean } = {}): CrossLanguagePluginManifest {
  const where = options.where ?? "<manifest>";
  if (!isObject(raw)) throw new ManifestError(`expected a JSON object, got ${Array.isArray(raw) ? "array" : typeof raw}`, { path: where });
  const obj = JSON.parse(JSON.stringify(raw)) as JsonObject;
  const lang = obj["language"];
  if (typeof lang === "string" && LANGUAGES[lang.toLowerCase()] !== undefined) obj["language"] = LANGUAGES[lang.toLowerCase()] as string;
  const interop = obj["interop"];
  if (isObject(interop)) {
    const proto = interop["protocol"];
    if (typeof proto === "string" && PROTOCOLS[proto.toLowerCase()] !== undefined) interop["protocol"] = PROTOCOLS[proto.toLowerCase()] as string;
  }
  const unknown = unknownField(obj, CrossLanguagePluginManifestSchema, "");
  if (unknown !== undefined) throw new ManifestError(`unknown field "${unknown}"`, { field: unknown, path: where });
  let m: CrossLanguagePluginManifest;
  try {
    m = fromJson(CrossLanguagePluginManifestSchema, obj as JsonValue);
  } catch (e) {
    const msg = (e as Error).message;
    const field = /field ([\w.]+)/.exec(msg)?.[1];
    throw new ManifestError(msg, { ...(field !== undefined ? { field } : {}), path: where });
  }
  if (m.name.trim() === "") throw new ManifestError('"name" is required', { field: "name", path: where });
  const it = m.interop;
  if (it === undefined) return m;
  if (it.transport !== undefined && !TRANSPORTS.includes(it.transport)) {
    throw new ManifestError(`transport must be one of ${TRANSPORTS.join(", ")}, not "${it.transport}"`, { field: "interop.transport", path: where });
  }
  if (it.framing !== undefined && !FRAMINGS.includes(it.framing)) {
    throw new ManifestError(`framing must be one of ${FRAMINGS.join(", ")}, not "${it.framing}"`, { field: "interop.framing", path: where });
  }
  const base = options.baseDir ?? process.cwd();
  for (const key of ["wasmPath", "sharedLibPath", "cwd", "entry"] as const) {
    const value = it[key];
    if (value === undefined) continue;
    const p = path.isAbsolute(value) ? value : path.join(base, value);
    if (fs.existsSync(p)) {
      it[key] = path.resolve(p);
      continue;
    }
    if (key === "entry" && m.language === PluginLanguage.PYTHON && MODULE_RE.test(value)) continue; // a module name
    if (options.checkPaths ?? true) {
      throw new ManifestError(`path "${value}" does not exist (resolved to ${p})`, { field: `interop.${key}`, path: where });
    }
  }
  return m;
}

/** Reads plugin.json (a file, or a directory holding one). */
export function readManifest(file: string, options: { checkPaths?: boolean } = {}): ManifestFile {
  let f = path.resolve(file);
  if (fs.existsSync(f) && fs.statSync(f).isDirectory()) f = path.join(f, "plugin.json");
  if (!fs.existsSync(f)) throw new ManifestError("no such file", { path: f });
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(f, "utf8"));
  } catch (e) {
    throw new ManifestError(`not valid JSON: ${(e as Error).message}`, { path: f });
  }
  const dir = path.dirname(f);
  return { manifest: parseManifest(raw, { baseDir: dir, where: f, ...options }), file: f, dir };
}

/** Splits a command line with POSIX shell quoting rules (quotes and backslashes; no expansion). */
export function splitCommandLine(line: string): string[] {
  const out: string[] = [];
  let cur = "";
  let have = false;
  let i = 0;
  while (i < line.length) {
    const c = line[i] as string;
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw new ManifestError("unterminated ' in ipcCommand", { field: "interop.ipcCommand" });
      cur += line.slice(i + 1, end);
      have = true;
      i = end + 1;
    } else if (c === '"') {
      i++;
      for (;;) {
        if (i >= line.length) throw new ManifestError('unterminated " in ipcCommand', { field: "interop.ipcCommand" });
        const d = line[i] as string;
        if (d === '"') break;
        if (d === "\\" && i + 1 < line.length && '$`"\\\n'.includes(line[i + 1] as string)) {
          cur += line[i + 1];
          i += 2;
        } else {
          cur += d;
          i++;
        }
      }
      have = true;
      i++;
    } else if (c === "\\") {
      if (i + 1 < line.length && line[i + 1] !== "\n") cur += line[i + 1];
      have = true;
      i += 2;
    } else if (c === " " || c === "\t" || c === "\n") {
      if (have) out.push(cur);
      cur = "";
      have = false;
      i++;
    } else {
      cur += c;
      have = true;
      i++;
    }
  }
  if (have) out.push(cur);
  return out;
}

export interface LoadPluginOptions extends SpawnPluginOptions {
  /** Limits for the wasm path. */
  wasm?: WasmLimits;
}

/** How an ipc plugin is reached: a bridge with the entry, the manifest's command, or a server already listening. */
export type Launcher = "python-bridge" | "node-bridge" | "command" | "connect";

/** What loading a manifest means for this host, decided without starting anything. */
export interface LoadPlan {
  manifest: CrossLanguagePluginManifest;
  /** The plugin.json file and its directory. */
  file: string;
  dir: string;
  name: string;
  language: "python" | "typescript" | "rust";
  path: "direct" | "wasm" | "ipc";
  /** The resolved module / library / entry file (wasm, direct, an ipc entry that is a file). */
  entryFile?: string;
  /** ipc: the manifest's entry as written (a Python module name, or the resolved file). */
  entry?: string;
  launcher?: Launcher;
  transport?: IpcTransport;
  framing?: FramingMode;
  /** launcher "command": the server's argv. */
  argv?: string[];
  /** launcher "connect": `127.0.0.1:PORT`. */
  address?: string;
  cwd?: string;
}

function languageName(m: CrossLanguagePluginManifest): LoadPlan["language"] {
  if (m.language === PluginLanguage.TYPESCRIPT) return "typescript";
  if (m.language === PluginLanguage.RUST) return "rust";
  return "python";
}

/** Reads plugin.json (a file, or a directory holding one) and decides how Node loads it. */
export function planLoad(file: string): LoadPlan {
  const { manifest: m, file: where, dir } = readManifest(file);
  const it = m.interop;
  const base = { manifest: m, file: where, dir, name: m.name, language: languageName(m) };
  const proto = it?.protocol ?? InteropProtocol.UNSPECIFIED;
  if (it === undefined || proto === InteropProtocol.UNSPECIFIED) {
    throw new ManifestError("interop.protocol is not set", { field: "interop.protocol", path: where });
  }
  const isFile = (p: string | undefined): p is string => p !== undefined && path.isAbsolute(p) && fs.existsSync(p);
  switch (proto) {
    case InteropProtocol.WASM:
      if (it.wasmPath === undefined) throw new ManifestError("wasm plugins need interop.wasmPath", { field: "interop.wasmPath", path: where });
      return { ...base, path: "wasm", entryFile: it.wasmPath };
    case InteropProtocol.FFI:
      if (it.sharedLibPath === undefined) throw new ManifestError("ffi plugins need interop.sharedLibPath", { field: "interop.sharedLibPath", path: where });
      throw new PluginLoadError(`${where}: FFI (C shared library) plugins are not available from Node: use the wasm manifest (e.g. plugin.wasm.json) or ipc`);
    case InteropProtocol.NATIVE:
      if (m.language !== PluginLanguage.TYPESCRIPT) {
        throw new PluginLoadError(`${where}: a native ${base.language} plugin runs in its own language's process only: use its wasm or ipc manifest`);
      }
      if (it.entry === undefined) throw new ManifestError("native TypeScript plugins need interop.entry", { field: "interop.entry", path: where });
      return { ...base, path: "direct", entryFile: it.entry };
    case InteropProtocol.IPC:
      break;
    default:
      throw new ManifestError(`unknown interop.protocol ${String(proto)}`, { field: "interop.protocol", path: where });
  }
  const transport = (it.transport ?? "stdio") as IpcTransport;
  const framing = (it.framing ?? "json") as FramingMode;
  const ipc = { ...base, path: "ipc" as const, transport, framing, ...(it.cwd !== undefined ? { cwd: it.cwd } : {}) };
  if (it.ipcPort !== undefined) {
    if (it.ipcCommand !== undefined || it.entry !== undefined) {
      throw new ManifestError("interop.ipcPort connects to a running server: give it alone, without ipcCommand or entry", { field: "interop.ipcPort", path: where });
    }
    if (!Number.isInteger(it.ipcPort) || it.ipcPort < 1 || it.ipcPort > 65535) {
      throw new ManifestError(`interop.ipcPort must be 1..65535, not ${it.ipcPort}`, { field: "interop.ipcPort", path: where });
    }
    return { ...ipc, transport: "tcp", launcher: "connect", address: `127.0.0.1:${it.ipcPort}` };
  }
  if (it.ipcCommand !== undefined) {
    const argv = splitCommandLine(it.ipcCommand);
    if (argv.length === 0) throw new ManifestError("ipcCommand is empty", { field: "interop.ipcCommand", path: where });
    return { ...ipc, launcher: "command", argv };
  }
  if (m.language === PluginLanguage.RUST) {
    throw new ManifestError("ipc for a rust plugin needs interop.ipcCommand (the plugin's own server binary)", { field: "interop.ipcCommand", path: where });
  }
  const entry = it.entry;
  if (entry === undefined) throw new ManifestError("ipc plugins need interop.entry or interop.ipcCommand", { field: "interop.entry", path: where });
  const launcher: Launcher = m.language === PluginLanguage.TYPESCRIPT ? "node-bridge" : "python-bridge";
  return { ...ipc, launcher, entry, ...(isFile(entry) ? { entryFile: entry } : {}) };
}

/** A plugin reached over IPC. */
export type IpcPluginHandle = PluginHandle<IpcChannel>;
/** A WASM plugin. */
export type WasmPluginHandle = PluginHandle<WasmChannel>;

function ipcHandle(channel: IpcChannel): IpcPluginHandle {
  const manifest = channel.ready.manifest;
  if (manifest === undefined) throw new ProtocolError(`plugin "${channel.name}" sent ready without a manifest`);
  return new PluginHandle(channel, manifest, channel.name);
}

/** Starts (or connects to) a plugin server and waits for its ready handshake. */
export async function startIpcPlugin(options: IpcOptions, socketDir?: string): Promise<IpcPluginHandle> {
  return ipcHandle(await IpcChannel.start(options, socketDir));
}

/** Runs a Python plugin (module name, file or directory) behind `python -m elizaos_interop.bridge_server`. */
export async function loadPythonPlugin(moduleOrPath: string, options: SpawnPluginOptions = {}): Promise<IpcPluginHandle> {
  return ipcHandle(await spawnPythonBridge(moduleOrPath, options));
}

/** Runs a JS plugin module (ESM or CommonJS) behind the Node bridge in a child process. */
export async function loadTsPluginIpc(entry: string, options: SpawnPluginOptions = {}): Promise<IpcPluginHandle> {
  return ipcHandle(await spawnNodeBridge(entry, options));
}

/** Loads a WASM ABI v1 plugin from a `.wasm` file. */
export async function loadWasmPlugin(file: string, limits: WasmLimits = {}): Promise<WasmPluginHandle> {
  const { openWasmChannel } = await import("./paths/wasm.js");
  const channel = await openWasmChannel(file, limits);
  if (channel.manifest === undefined) throw new ProtocolError(`${file}: no manifest`);
  return new PluginHandle(channel, channel.manifest);
}

/** Imports a JS plugin module into this process: a PluginHandle over a DirectChannel to it. */
export async function loadDirectPlugin(entry: string): Promise<PluginHandle<DirectChannel>> {
  const channel = await openDirectChannel(entry);
  return new PluginHandle(channel, channel.manifest);
}

/** Loads the plugin a plugin.json describes, through the path Node supports for it. */
export async function loadPlugin(file: string, options: LoadPluginOptions = {}): Promise<Plugin> {
  const plan = planLoad(file);
  const { wasm, ...ipcOptions } = options;
  if (plan.path === "wasm") return toElizaos(await loadWasmPlugin(plan.entryFile as string, wasm ?? {}));
  if (plan.path === "direct") return importPluginModule(plan.entryFile as string);
  const transport = plan.transport ?? ipcOptions.transport ?? "stdio";
  const framing = plan.framing ?? ipcOptions.framing ?? "json";
  const cwd = plan.cwd ?? ipcOptions.cwd;
  const common: SpawnPluginOptions = { ...ipcOptions, transport, framing, ...(cwd !== undefined ? { cwd } : {}), name: ipcOptions.name ?? plan.name };
  const adapt = { ...(ipcOptions.models !== undefined ? { models: ipcOptions.models } : {}) };
  const { python: _p, node: _n, ...rest } = common;
  if (plan.launcher === "command") return toElizaos(await startIpcPlugin({ ...rest, command: plan.argv as string[], cwd: cwd ?? plan.dir }), adapt);
  if (plan.launcher === "connect") return toElizaos(await startIpcPlugin({ ...rest, connect: plan.address as string }), adapt);
  const entry = plan.entry as string;
  if (plan.launcher === "python-bridge") {
    // A module name is imported with the plugin's directory on PYTHONPATH.
    const env = { ...(common.env ?? {}) };
    if (!path.isAbsolute(entry)) {
      const prev = env["PYTHONPATH"] ?? process.env["PYTHONPATH"];
      env["PYTHONPATH"] = prev !== undefined && prev !== "" ? `${plan.dir}${path.delimiter}${prev}` : plan.dir;
    }
    return toElizaos(await loadPythonPlugin(entry, { ...common, env }), adapt);
  }
  return toElizaos(await loadTsPluginIpc(entry, common), adapt);
}
