"""The interop matrix from the Python host: both reference plugins, in every language, through every path,
replay the shared golden vectors (tests/vectors/eliza, tests/vectors/inmemorydb) through the plugin API.

Paths: Direct (Python in process), IPC (Python and TypeScript plugins over stdio, Unix socket and TCP, JSON
and protobuf framing), FFI (the Rust cdylib through elizaos_interop._native) and WASM (the Rust .wasm in
wasmtime). Artifacts are built by tools/install.sh; a missing one fails with the command that builds it.
"""

from __future__ import annotations

import itertools
import json
import pathlib
import shutil
from collections.abc import AsyncIterator
from typing import Any

import pytest
from inmemorydb_support import check_step

from elizaos_interop import PluginCallError, PluginHandle, load_plugin, load_python_plugin, load_rust_plugin
from elizaos_interop.wire.messages import Memory

ROOT = pathlib.Path(__file__).resolve().parents[2]
ELIZA = ROOT / "plugins" / "plugin-eliza-classic"
INMEM = ROOT / "plugins" / "plugin-inmemorydb"
ELIZA_VECTORS = sorted((ROOT / "tests" / "vectors" / "eliza").glob("*.json"))
DB_VECTORS = sorted((ROOT / "tests" / "vectors" / "inmemorydb").glob("*.json"))

# (id, manifest path under the plugin dir, load options)
PATHS: list[tuple[str, str, dict[str, Any]]] = [
    ("python-direct", "python", {"direct": True}),
    ("python-ipc-stdio-json", "python/plugin.json", {"transport": "stdio", "framing": "json"}),
    ("python-ipc-unix-protobuf", "python/plugin.json", {"transport": "unix", "framing": "protobuf"}),
    ("python-ipc-tcp-json", "python/plugin.json", {"transport": "tcp", "framing": "json"}),
    (
        "typescript-ipc-stdio-protobuf",
        "typescript/plugin.json",
        {"transport": "stdio", "framing": "protobuf"},
    ),
    ("typescript-ipc-tcp-json", "typescript/plugin.json", {"transport": "tcp", "framing": "json"}),
    ("rust-ffi", "rust/plugin.json", {}),
    ("rust-wasm", "rust/plugin.wasm.json", {}),
]


def _artifact_hint(plugin_dir: pathlib.Path, manifest: str) -> None:
    data = json.loads((plugin_dir / manifest).read_text()) if manifest.endswith(".json") else {}
    interop = data.get("interop", {})
    builds = (
        ("sharedLibPath", "cargo build --release --workspace"),
        ("wasmPath", "bash tools/build-wasm.sh"),
    )
    for key, build in builds:
        if key in interop:
            target = (plugin_dir / manifest).parent / interop[key]
            assert target.exists(), f"{target} is missing: run `{build}` (tools/install.sh does)"


async def _load(plugin_dir: pathlib.Path, manifest: str, opts: dict[str, Any]) -> PluginHandle:
    if opts.get("direct"):
        return load_python_plugin(plugin_dir / manifest)
    _artifact_hint(plugin_dir, manifest)
    return await load_plugin(plugin_dir / manifest, **opts)


@pytest.fixture(params=PATHS, ids=[p[0] for p in PATHS])
async def eliza(request: pytest.FixtureRequest) -> AsyncIterator[PluginHandle]:
    _, manifest, opts = request.param
    handle = await _load(ELIZA, manifest, opts)
    try:
        yield handle
    finally:
        await handle.close()


@pytest.mark.timeout(180)
async def test_eliza_golden_conversations(eliza: PluginHandle) -> None:
    assert {a.name for a in eliza.manifest.actions} >= {"generate-response"}
    greeting = await eliza.get_provider("eliza-greeting", Memory())
    assert greeting.text == "HOW DO YOU DO. PLEASE TELL ME YOUR PROBLEM"
    turns = 0
    for path in ELIZA_VECTORS:
        doc = json.loads(path.read_text())
        for i, turn in enumerate(doc["turns"]):
            session = f"{path.stem}/{turn.get('session', doc.get('session', 'default'))}"
            memory = Memory(room_id=session)
            memory.content.text = turn["input"]
            result = await eliza.invoke_action("generate-response", memory, None, {"sessionId": session})
            assert result.success, f"{path.name} turn {i}: {result.error}"
            assert result.text == turn["reply"], f"{path.name} turn {i}: {turn['input']!r}"
            turns += 1
    assert turns > 60


_copies = itertools.count()


async def _fresh_db(manifest: str, opts: dict[str, Any], tmp: pathlib.Path) -> PluginHandle:
    """A handle on an empty database. A cdylib stays loaded for the life of the process (one plugin instance
    per library file), so the FFI row loads a private copy of the library to start empty; likewise a Python
    module is imported once per process, so the direct row serves a new `InMemoryDatabase`."""
    if opts.get("direct"):
        from plugin_inmemorydb import InMemoryDatabase

        handle = load_python_plugin(INMEM / manifest)
        handle.loaded.db_adapter = InMemoryDatabase()
        return handle
    if manifest == "rust/plugin.json":
        _artifact_hint(INMEM, manifest)
        data = json.loads((INMEM / manifest).read_text())
        lib = (INMEM / "rust" / data["interop"]["sharedLibPath"]).resolve()
        copy = tmp / f"{next(_copies)}-{lib.name}"
        shutil.copy(lib, copy)
        return load_rust_plugin(copy)
    return await _load(INMEM, manifest, opts)


@pytest.mark.timeout(300)
@pytest.mark.parametrize(("manifest", "opts"), [p[1:] for p in PATHS], ids=[p[0] for p in PATHS])
async def test_inmemorydb_vectors(manifest: str, opts: dict[str, Any], tmp_path: pathlib.Path) -> None:
    steps = 0
    for path in DB_VECTORS:
        handle = await _fresh_db(manifest, opts, tmp_path)
        try:
            doc = json.loads(path.read_text())
            for i, step in enumerate(doc["steps"]):
                where = f"{path.name} step {i} ({step['call']})"
                if "error" in step:
                    with pytest.raises(PluginCallError) as info:
                        await handle.db_call(step["call"], step["params"])
                    assert info.value.code == step["error"], f"{where}: {info.value}"
                    continue
                check_step(step, await handle.db_call(step["call"], step["params"]), where)
                steps += 1
        finally:
            await handle.close()
    assert steps > 20


ADAPTER_PATHS = [p for p in PATHS if p[0] in ("rust-ffi", "rust-wasm", "typescript-ipc-stdio-protobuf")]


@pytest.mark.timeout(180)
@pytest.mark.parametrize(
    ("manifest", "opts"), [p[1:] for p in ADAPTER_PATHS], ids=[p[0] for p in ADAPTER_PATHS]
)
async def test_foreign_adapter_is_the_database_of_a_real_elizaos_runtime(
    manifest: str, opts: dict[str, Any], tmp_path: pathlib.Path
) -> None:
    """elizaOS's Python AgentRuntime uses the Rust (FFI, WASM) or TypeScript (IPC) inmemorydb as its database
    adapter: it creates rooms, entities and memories and searches them through the runtime."""
    from inmemorydb_support import ROOM, mem_dict, runtime_with_room

    handle = await _fresh_db(manifest, opts, tmp_path)
    try:
        runtime = await runtime_with_room(handle, "foreign adapter")
        await runtime.create_memory(mem_dict("k1", "the sky is blue", [0.0, 1.0, 0.0]), "knowledge")
        await runtime.create_memory(mem_dict("k2", "grass is green", [1.0, 0.0, 0.0]), "knowledge")
        hits = await runtime.search_memories(
            {"tableName": "knowledge", "roomId": ROOM, "embedding": [0.1, 0.9, 0.0], "matchThreshold": 0.75}
        )
        assert [h.content.text for h in hits] == ["the sky is blue"]
        assert hits[0].similarity > 0.99
        assert await runtime.count_memories(ROOM, False, "knowledge") == 2
    finally:
        await handle.close()
