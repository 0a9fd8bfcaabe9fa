/**
 * Imports a JS plugin module (ESM or CommonJS) and returns its plugin: the `plugin` export, else the default
 * export (for CommonJS, `module.exports` or its `plugin`/`default` property). Used by the bridge command and by
 * the direct path.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { PluginLoadError } from "../errors.js";
import type { Plugin } from "../types.js";

function looksLikePlugin(v: unknown): v is Plugin {
  return typeof v === "object" && v !== null && typeof (v as { name?: unknown }).name === "string";
}

function pick(mod: Record<string, unknown>): Plugin | undefined {
  const candidates: unknown[] = [mod["plugin"], mod["default"]];
  const def = mod["default"];
  if (typeof def === "object" && def !== null) {
    candidates.push((def as Record<string, unknown>)["plugin"], (def as Record<string, unknown>)["default"]);
  }
  for (const c of candidates) if (looksLikePlugin(c)) return c;
  return undefined;
}

/** Loads the plugin exported by a JS module file (absolute or relative to the current directory). */
export async function importPluginModule(entry: string): Promise<Plugin> {
  const file = path.resolve(entry);
  if (!fs.existsSync(file)) throw new PluginLoadError(`plugin entry ${file} does not exist`);
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  } catch (e) {
    throw new PluginLoadError(`cannot import plugin entry ${file}: ${(e as Error).message}`, { cause: e });
  }
  const plugin = pick(mod);
  if (plugin === undefined) {
    throw new PluginLoadError(
      `${file} exports no plugin: expected a "plugin" export or a default export with a string "name"`,
    );
  }
  for (const [kind, list] of [
    ["actions", plugin.actions],
    ["providers", plugin.providers],
    ["evaluators", plugin.evaluators],
  ] as const) {
    if (list !== undefined && !Array.isArray(list)) throw new PluginLoadError(`${file}: plugin.${kind} is not an array`);
  }
  return plugin;
}
