/**
 * plugin.json loading (docs/PROTOCOL.md §5) and `loadPlugin`: one entry point that picks the path Node can use
 * for a manifest — ipc (Python or TypeScript bridge, or `interop.ipcCommand`), native TypeScript (direct
 * import), or wasm. FFI (a C shared library) is not loadable from Node: use the wasm manifest or ipc.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { fromJson } from "@bufbuild/protobuf";
import type { DescMessage, JsonObject, JsonValue } from "@bufbuild/protobuf";
import {
  CrossLanguagePluginManifestSchema,
  InteropProtocol,
  PluginLanguage,
} from "../../generated/typescript/eliza/interop/v1/ipc_pb.js";
import type { CrossLanguagePluginManifest } from "../../generated/typescript/eliza/interop/v1/ipc_pb.js";
import { ManifestError, PluginLoadError } from "./errors.js";
import { IpcPlugin, loadPythonPlugin, loadTsPluginIpc } from "./ipc-client.js";
import type { IpcOptions, IpcTransport, SpawnPluginOptions } from "./ipc-client.js";
import { importPluginModule } from "./load-module.js";
import type { Plugin } from "./types.js";
import type { WasmLimits } from "./wasm-loader.js";

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

/** Which path loadPlugin takes for a manifest, or why Node cannot load it. */
export function nodePathFor(m: CrossLanguagePluginManifest): { path: "ipc" | "native" | "wasm" } | { unavailable: string } {
  const proto = m.interop?.protocol ?? InteropProtocol.UNSPECIFIED;
  switch (proto) {
    case InteropProtocol.IPC:
      return { path: "ipc" };
    case InteropProtocol.WASM:
      return { path: "wasm" };
    case InteropProtocol.NATIVE:
      return m.language === PluginLanguage.TYPESCRIPT
        ? { path: "native" }
        : { unavailable: `a native ${PluginLanguage[m.language].toLowerCase()} plugin runs in its own language's process only: use its wasm or ipc manifest` };
    case InteropProtocol.FFI:
      return { unavailable: "FFI (C shared library) plugins are not available from Node: use the wasm manifest (e.g. plugin.wasm.json) or ipc" };
    default:
      return { unavailable: "interop.protocol is not set" };
  }
}

/** Loads the plugin a plugin.json describes, through the path Node supports for it. */
export async function loadPlugin(file: string, options: LoadPluginOptions = {}): Promise<Plugin> {
  const { manifest: m, file: where, dir } = readManifest(file);
  const route = nodePathFor(m);
  if ("unavailable" in route) throw new PluginLoadError(`${where}: ${route.unavailable}`);
  const it = m.interop;
  const { wasm, ...ipcOptions } = options;
  if (route.path === "wasm") {
    if (it?.wasmPath === undefined) throw new ManifestError("wasm plugins need interop.wasmPath", { field: "interop.wasmPath", path: where });
    const { loadWasmPlugin } = await import("./wasm-loader.js");
    return loadWasmPlugin(it.wasmPath, wasm ?? {});
  }
  const entry = it?.entry;
  if (route.path === "native") {
    if (entry === undefined) throw new ManifestError("native TypeScript plugins need interop.entry", { field: "interop.entry", path: where });
    return importPluginModule(entry);
  }
  // ipc
  const transport = (it?.transport ?? ipcOptions.transport ?? "stdio") as IpcTransport;
  const framing = (it?.framing ?? ipcOptions.framing ?? "json") as "json" | "protobuf";
  const cwd = it?.cwd ?? ipcOptions.cwd;
  const common: SpawnPluginOptions = { ...ipcOptions, transport, framing, ...(cwd !== undefined ? { cwd } : {}), name: ipcOptions.name ?? m.name };
  if (it?.ipcCommand !== undefined) {
    const command = splitCommandLine(it.ipcCommand);
    if (command.length === 0) throw new ManifestError("ipcCommand is empty", { field: "interop.ipcCommand", path: where });
    const { python: _p, node: _n, ...rest } = common;
    const opts: IpcOptions = { ...rest, command, cwd: cwd ?? dir };
    return IpcPlugin.start(opts);
  }
  if (it?.ipcPort !== undefined && entry === undefined) {
    const { python: _p, node: _n, ...rest } = common;
    return IpcPlugin.start({ ...rest, connect: `127.0.0.1:${it.ipcPort}` });
  }
  if (entry === undefined) throw new ManifestError("ipc plugins need interop.entry or interop.ipcCommand", { field: "interop.entry", path: where });
  if (m.language === PluginLanguage.PYTHON) {
    // A module name is imported with the plugin's directory on PYTHONPATH.
    const env = { ...(common.env ?? {}) };
    if (!path.isAbsolute(entry)) {
      const prev = env["PYTHONPATH"] ?? process.env["PYTHONPATH"];
      env["PYTHONPATH"] = prev !== undefined && prev !== "" ? `${dir}${path.delimiter}${prev}` : dir;
    }
    return loadPythonPlugin(entry, { ...common, env });
  }
  if (m.language === PluginLanguage.TYPESCRIPT) return loadTsPluginIpc(entry, common);
  throw new PluginLoadError(
    `${where}: ipc for a ${PluginLanguage[m.language].toLowerCase()} plugin needs interop.ipcCommand (the plugin's own server binary)`,
  );
}
