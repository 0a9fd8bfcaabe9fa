"""Load every plugin manifest under plugins/ (Python, TypeScript, Rust; FFI, WASM, IPC, native) from Python,
register each into one real elizaOS AgentRuntime through `to_elizaos()`, and call every action and provider.
Python IPC plugins are loaded twice: in a fresh interpreter, and forked from a warm `PreforkPool`.

    python examples/py_loads_all.py [PLUGINS_DIR]

Plugins with neither actions nor providers (database adapters) get a `db.call` round trip instead.
Every `plugin.json` (and `plugin.<variant>.json`, e.g. plugin.wasm.json) is loaded with `load_plugin`;
a plugin that fails to load or a call that fails is reported and makes the script exit 1. Prints a table
of plugin, language, path, component and result.
"""

from __future__ import annotations

import asyncio
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from elizaos_interop.handle import PluginHandle  # noqa: E402
from elizaos_interop.loader import load_plugin  # noqa: E402
from elizaos_interop.manifest import language_name  # noqa: E402

INPUT = "Men are all alike."


@dataclass
class Row:
    plugin: str
    language: str
    path: str
    component: str
    result: str
    ok: bool
    ms: float


def manifests(plugins_dir: Path) -> list[Path]:
    found = sorted(plugins_dir.rglob("plugin.json")) + sorted(plugins_dir.rglob("plugin.*.json"))
    return sorted(p for p in found if "node_modules" not in p.parts)


def short(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


async def exercise(runtime: Any, handle: PluginHandle, where: str, rows: list[Row]) -> None:
    from elizaos.types import Content
    from elizaos.types import Memory as ElizaosMemory
    from elizaos.types import State as ElizaosState

    plugin = handle.to_elizaos()
    await runtime.register_plugin(plugin)
    lang = language_name(handle.manifest)
    room = str(uuid.uuid4())

    def memory(text: str) -> Any:
        return ElizaosMemory(
            id=str(uuid.uuid4()), entity_id=str(uuid.uuid4()), room_id=room, content=Content(text=text)
        )

    for provider in plugin.providers or []:
        t = time.perf_counter()
        try:
            res = await provider.get(runtime, memory(""), ElizaosState())
            rows.append(
                Row(
                    handle.name,
                    lang,
                    where,
                    f"provider {provider.name}",
                    short(res.text or ""),
                    True,
                    (time.perf_counter() - t) * 1e3,
                )
            )
        except Exception as err:
            rows.append(
                Row(
                    handle.name,
                    lang,
                    where,
                    f"provider {provider.name}",
                    f"ERROR {type(err).__name__}: {err}",
                    False,
                    0.0,
                )
            )
    if not plugin.actions and not plugin.providers:
        # A database adapter (db.call): store a memory and read it back.
        t = time.perf_counter()
        mid = str(uuid.uuid4())
        try:
            memory_json = {
                "id": mid,
                "entityId": str(uuid.uuid4()),
                "roomId": room,
                "content": {"text": INPUT},
            }
            await handle.db_call("create_memory", {"memory": memory_json, "tableName": "messages"})
            got = await handle.db_call("get_memory_by_id", {"id": mid})
            text = got["content"]["text"] if isinstance(got, dict) else repr(got)
            rows.append(
                Row(
                    handle.name,
                    lang,
                    where,
                    "db.call create+get",
                    short(text),
                    text == INPUT,
                    (time.perf_counter() - t) * 1e3,
                )
            )
        except Exception as err:
            rows.append(
                Row(handle.name, lang, where, "db.call", f"ERROR {type(err).__name__}: {err}", False, 0.0)
            )
    for action in plugin.actions or []:
        t = time.perf_counter()
        try:
            ares = await action.handler(runtime, memory(INPUT), None, None, None, None)
            ok = ares is not None and bool(ares.success)
            text = (ares.text if ares is not None and ares.HasField("text") else "") or (
                ares.error if ares is not None else "no result"
            )
            rows.append(
                Row(
                    handle.name,
                    lang,
                    where,
                    f"action {action.name}",
                    short(text),
                    ok,
                    (time.perf_counter() - t) * 1e3,
                )
            )
        except Exception as err:
            rows.append(
                Row(
                    handle.name,
                    lang,
                    where,
                    f"action {action.name}",
                    f"ERROR {type(err).__name__}: {err}",
                    False,
                    0.0,
                )
            )


async def main(plugins_dir: Path) -> int:
    from elizaos.runtime import AgentRuntime

    from elizaos_interop.paths.ipc.prefork import default_pool

    runtime = AgentRuntime()
    t0 = time.perf_counter()
    await default_pool()  # the warm interpreter Python IPC plugins are forked from below (prefork=True)
    pool_ms = (time.perf_counter() - t0) * 1e3
    rows: list[Row] = []
    handles: list[PluginHandle] = []
    failures = 0
    try:
        for mf in manifests(plugins_dir):
            rel = mf.relative_to(plugins_dir)
            fresh_ms = 0.0
            # Python IPC plugins load twice: in a fresh interpreter, then forked from the warm PreforkPool
            for forked in (False, True):
                t0 = time.perf_counter()
                try:
                    handle = await load_plugin(mf, prefork=True) if forked else await load_plugin(mf)
                except Exception as err:
                    failures += 1
                    what = f"ERROR {type(err).__name__}: {err}"
                    rows.append(Row(str(rel), "?", "?", "prefork" if forked else "load", what, False, 0.0))
                    break
                ms = (time.perf_counter() - t0) * 1e3
                handles.append(handle)
                where = "ipc+prefork" if forked else handle.path
                if forked:
                    what = f"ready: {fresh_ms:.0f} ms fresh, {ms:.0f} ms forked (pool: {pool_ms:.0f} ms)"
                    rows.append(Row(str(rel), "python", where, "start-up", what, True, ms))
                await exercise(runtime, handle, where, rows)
                if handle.path != "ipc" or language_name(handle.manifest) != "python":
                    break
                fresh_ms = ms
    finally:
        for h in handles:
            await h.close()
        from elizaos_interop.paths.ipc import prefork

        if prefork._default is not None:
            await prefork._default.close()
    failures += sum(1 for r in rows if not r.ok and r.component != "load")
    cols = ("plugin", "language", "path", "component", "result", "ms")
    table = [cols] + [
        (r.plugin, r.language, r.path, r.component, short(r.result, 70), f"{r.ms:.2f}") for r in rows
    ]
    widths = [max(len(row[i]) for row in table) for i in range(len(cols))]
    for i, row in enumerate(table):
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)))
        if i == 0:
            print("  ".join("-" * w for w in widths))
    for r in rows:
        if not r.ok:
            print(f"\nFAILED {r.plugin} {r.component}: {r.result}")
    print(
        f"\n{len(handles)} plugins loaded, {len(rows)} rows, {failures} failure(s); "
        f"{len(runtime.actions)} actions and {len(runtime.providers)} providers in the runtime"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "plugins"
    sys.exit(asyncio.run(main(target)))
