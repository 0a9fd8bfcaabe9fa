"""WASM path in Python (wasmtime): the AssemblyScript echo plugin, a Rust plugin built with export_plugin!,
the cross-host vectors, and hostile modules (infinite loop, memory bomb, trap, wrong ABI, missing exports,
imports, oversized module). Every module is a real .wasm (or .wat compiled by wasmtime) in real wasmtime."""

from __future__ import annotations

import logging
import os
import pathlib
import subprocess
import time
from functools import partial

import pytest

from elizaos_interop import testing
from elizaos_interop.errors import (
    AbiVersionError,
    DeadlineExceededError,
    FuelExhaustedError,
    PluginCallError,
    PluginLoadError,
    ResourceLimitError,
    WasmTrapError,
)
from elizaos_interop.paths.wasm import WasmPlugin, load_wasm_plugin
from elizaos_interop.paths.wasm_engine import engine as _engine
from elizaos_interop.v1 import ipc_pb2
from elizaos_interop.wire.messages import Envelope

ROOT = pathlib.Path(__file__).resolve().parents[2]
HOSTILE = ROOT / "rust" / "tests" / "fixtures" / "wasm-hostile"
VECTORS = ROOT / "rust" / "tests" / "fixtures" / "wasm-vectors"
ECHO_AS = ROOT / "plugins" / "plugin-echo-as" / "build" / "plugin_echo_as.wasm"
RUST_ECHO = ROOT / "target" / "wasm" / "wasm32-unknown-unknown" / "wasm" / "echo_plugin.wasm"


def _built(path: pathlib.Path, command: list[str]) -> pathlib.Path:
    """The artifact at `path`, built with `command` when it is missing (CI runs tools/build-wasm.sh first)."""
    if not path.is_file():
        subprocess.run(command, cwd=ROOT, check=True)
    assert path.is_file(), f"{path} was not built by {' '.join(command)}"
    return path


@pytest.fixture(scope="module")
def echo_as_path() -> pathlib.Path:
    return _built(ECHO_AS, ["bash", "plugins/plugin-echo-as/build.sh"])


@pytest.fixture(scope="module")
def rust_echo_path() -> pathlib.Path:
    return _built(RUST_ECHO, ["bash", "tools/build-wasm.sh", "--skip-as", "elizaos-interop-echo-fixture"])


@pytest.fixture
def echo_as(echo_as_path: pathlib.Path) -> WasmPlugin:
    return load_wasm_plugin(echo_as_path)


memory = partial(testing.memory, entity="00000000-0000-0000-0000-000000000001", room="r1")


# ------------------------------------------------------------------------------------------- echo-as


async def test_echo_as_manifest_and_no_imports(echo_as: WasmPlugin) -> None:
    assert echo_as.path == "wasm"
    assert echo_as.manifest.name == "echo-as"
    assert echo_as.manifest.language == ipc_pb2.PLUGIN_LANGUAGE_TYPESCRIPT
    assert echo_as.manifest.interop.protocol == ipc_pb2.INTEROP_PROTOCOL_WASM
    assert [a.name for a in echo_as.manifest.actions] == ["echo"]
    assert list(_engine().module(ECHO_AS.read_bytes(), "echo").imports) == []


async def test_echo_as_echoes_text_and_skips_unknown_fields(echo_as: WasmPlugin) -> None:
    m = memory("héllo wörld ✓")
    m.embedding.extend([1.0, 2.0])
    m.created_at = 42
    result = await echo_as.invoke_action("echo", m, options={"a": [1, {"b": None}]})
    assert result.success is True
    assert result.text == "héllo wörld ✓"


async def test_echo_as_errors_are_typed(echo_as: WasmPlugin) -> None:
    with pytest.raises(PluginCallError, match="action not found: nope") as err:
        await echo_as.invoke_action("nope", memory("x"))
    assert err.value.code == "NOT_FOUND"
    with pytest.raises(PluginCallError) as perr:
        await echo_as.get_provider("time", memory("x"))
    assert perr.value.code == "NOT_FOUND"
    with pytest.raises(PluginCallError) as merr:
        await echo_as.invoke_model("TEXT_LARGE", {})
    assert merr.value.code == "UNKNOWN_TYPE"
    empty = echo_as.call_envelope(Envelope())
    assert empty.WhichOneof("body") == "error"
    assert empty.error.details.fields["code"].string_value == "MALFORMED"
    await echo_as.init({"k": "v"})  # plugin.init succeeds


async def test_echo_as_large_message_and_many_calls_keep_memory_bounded(echo_as: WasmPlugin) -> None:
    big = "x" * 1_000_000
    assert (await echo_as.invoke_action("echo", memory(big))).text == big
    after_big = echo_as.memory_bytes()
    assert after_big <= 16 * 1024 * 1024
    for i in range(3000):
        assert (await echo_as.invoke_action("echo", memory(f"n{i}"))).text == f"n{i}"
    assert echo_as.memory_bytes() == after_big  # temporaries are collected: no growth


async def test_echo_as_with_wasi_granted_nothing(echo_as_path: pathlib.Path) -> None:
    plugin = load_wasm_plugin(echo_as_path, wasi=True)
    assert (await plugin.invoke_action("echo", memory("wasi"))).text == "wasi"


async def test_compiled_module_is_cached(echo_as_path: pathlib.Path) -> None:
    load_wasm_plugin(echo_as_path)
    count = len(_engine()._modules)
    a = load_wasm_plugin(echo_as_path)
    b = load_wasm_plugin(echo_as_path)
    assert len(_engine()._modules) == count
    assert a._module is b._module
    assert a._instance is not b._instance  # one store + instance per plugin


def test_cross_host_vectors(echo_as_path: pathlib.Path) -> None:
    plugin = load_wasm_plugin(echo_as_path)
    requests = sorted((VECTORS / "echo-as").glob("*.request.binpb"))
    assert len(requests) >= 8
    for req in requests:
        expected = req.with_name(req.name.replace(".request.", ".response.")).read_bytes()
        response = plugin.call_envelope(Envelope.FromString(req.read_bytes()))
        assert response.SerializeToString() == expected, req.name


async def test_closed_plugin_refuses_calls(echo_as: WasmPlugin) -> None:
    from elizaos_interop.errors import PluginClosedError

    await echo_as.close()
    with pytest.raises(PluginClosedError):
        await echo_as.invoke_action("echo", memory("x"))


# ------------------------------------------------------------------------------------------- Rust plugin


async def test_rust_plugin_built_with_export_plugin(rust_echo_path: pathlib.Path) -> None:
    plugin = load_wasm_plugin(rust_echo_path)
    assert plugin.manifest.name == "echo"
    assert plugin.manifest.language == ipc_pb2.PLUGIN_LANGUAGE_RUST
    result = await plugin.invoke_action("ECHO", memory("from rust"))
    assert result.success
    assert result.text == "from rust"
    with pytest.raises(PluginCallError) as err:
        await plugin.invoke_action("FAIL", memory("x"))
    assert err.value.code == "HANDLER_ERROR"


async def test_rust_panic_fails_that_call_only(
    rust_echo_path: pathlib.Path, caplog: pytest.LogCaptureFixture
) -> None:
    plugin = load_wasm_plugin(rust_echo_path)
    caplog.set_level(logging.WARNING, logger="elizaos_interop.wasm")
    with pytest.raises(WasmTrapError, match="PANIC"):
        await plugin.invoke_action("PANIC", memory("x"))
    assert "re-created" in caplog.text
    assert plugin.restarts == 1
    assert (await plugin.invoke_action("ECHO", memory("after"))).text == "after"


# ------------------------------------------------------------------------------------------- hostile


async def test_infinite_loop_is_stopped_by_fuel_and_the_host_continues() -> None:
    plugin = load_wasm_plugin(HOSTILE / "loop.wat", fuel=5_000_000, deadline=None)
    start = time.monotonic()
    with pytest.raises(FuelExhaustedError, match="ran out of fuel"):
        await plugin.invoke_action("misbehave", memory("x"))
    assert time.monotonic() - start < 5
    assert plugin.restarts == 1
    assert (await plugin.get_provider("ok", memory("x"))).text == "ok"
    with pytest.raises(FuelExhaustedError):  # and again: each trap fails only its own call
        await plugin.invoke_action("misbehave", memory("x"))
    assert (await plugin.get_provider("ok", memory("x"))).text == "ok"
    assert plugin.restarts == 2


async def test_infinite_loop_is_stopped_by_the_deadline() -> None:
    plugin = load_wasm_plugin(HOSTILE / "loop.wat", fuel=None, deadline=0.2)
    start = time.monotonic()
    with pytest.raises(DeadlineExceededError, match="deadline"):
        await plugin.invoke_action("misbehave", memory("x"))
    elapsed = time.monotonic() - start
    assert 0.15 <= elapsed < 5, elapsed
    assert (await plugin.get_provider("ok", memory("x"))).text == "ok"


async def test_call_timeout_becomes_the_deadline() -> None:
    plugin = load_wasm_plugin(HOSTILE / "loop.wat", fuel=None, deadline=None)
    with pytest.raises(DeadlineExceededError) as err:
        await plugin.invoke_action("misbehave", memory("x"), timeout=0.05)
    assert isinstance(err.value, TimeoutError)
    assert (await plugin.get_provider("ok", memory("x"))).text == "ok"


async def test_memory_bomb_is_refused_at_the_limit() -> None:
    limit = 16 * 1024 * 1024
    plugin = load_wasm_plugin(HOSTILE / "bomb.wat", max_memory_bytes=limit)
    with pytest.raises(WasmTrapError, match="memory limit") as err:
        await plugin.invoke_action("misbehave", memory("x"))
    assert f"max_memory_bytes={limit}" in str(err.value)
    assert (await plugin.get_provider("ok", memory("x"))).text == "ok"
    assert plugin.memory_bytes() <= 65536  # a fresh instance


async def test_trap_fails_that_call_only() -> None:
    plugin = load_wasm_plugin(HOSTILE / "trap.wat")
    assert (await plugin.get_provider("ok", memory("x"))).text == "ok"
    with pytest.raises(WasmTrapError, match="unreachable"):
        await plugin.invoke_action("misbehave", memory("x"))
    assert (await plugin.get_provider("ok", memory("x"))).text == "ok"


def test_wrong_abi_version_is_refused() -> None:
    with pytest.raises(AbiVersionError, match="returned 2"):
        load_wasm_plugin(HOSTILE / "abi2.wat")


def test_missing_exports_are_named() -> None:
    with pytest.raises(AbiVersionError, match=r"missing exports dealloc .*eliza_call"):
        load_wasm_plugin(HOSTILE / "missing.wat")


def test_imports_are_refused_without_wasi() -> None:
    with pytest.raises(PluginLoadError, match=r"imports env\.host_log"):
        load_wasm_plugin(HOSTILE / "imports.wat")
    with pytest.raises(PluginLoadError, match="outside WASI"):
        load_wasm_plugin(HOSTILE / "imports.wat", wasi=True)


def test_module_over_the_size_limit_is_refused_before_compiling(tmp_path: pathlib.Path) -> None:
    big = tmp_path / "big.wasm"
    big.write_bytes(b"\0asm\1\0\0\0" + b"\0" * 4096)  # would not even compile
    with pytest.raises(ResourceLimitError, match="over max_module_bytes=1024"):
        load_wasm_plugin(big, max_module_bytes=1024)


def test_initial_memory_over_the_limit_is_refused() -> None:
    with pytest.raises(ResourceLimitError, match="max_memory_bytes=32768"):
        load_wasm_plugin(HOSTILE / "trap.wat", max_memory_bytes=32 * 1024)


def test_not_a_module_is_a_load_error(tmp_path: pathlib.Path) -> None:
    bad = tmp_path / "bad.wasm"
    bad.write_bytes(b"not wasm at all")
    with pytest.raises(PluginLoadError, match="not a valid WebAssembly module"):
        load_wasm_plugin(bad)
    with pytest.raises(PluginLoadError, match="cannot read"):
        load_wasm_plugin(tmp_path / "missing.wasm")


def _unique_module(tag: str) -> bytes:
    """trap.wat plus a custom section named `tag`: same behaviour, a module hash of its own."""
    import wasmtime

    name = tag.encode()
    payload = bytes([len(name)]) + name
    return bytes(wasmtime.wat2wasm((HOSTILE / "trap.wat").read_text())) + bytes([0, len(payload)]) + payload


def test_compiled_modules_are_cached_on_disk(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import hashlib

    monkeypatch.setenv("ELIZAOS_INTEROP_WASM_CACHE", str(tmp_path))
    wasm = _unique_module(f"disk-{time.time_ns()}")
    key = hashlib.sha256(wasm).hexdigest()
    _engine().module(wasm, "unique")
    files = list(tmp_path.glob(f"{key}-*.cwasm"))
    assert len(files) == 1
    assert _engine()._from_disk(key) is not None
    files[0].write_bytes(b"garbage, not a compiled module")  # a stale or foreign file is ignored
    assert _engine()._from_disk(key) is None
    monkeypatch.setenv("ELIZAOS_INTEROP_WASM_CACHE", "0")
    assert _engine()._cache_file(key) is None


def test_concurrent_calls_from_threads_are_serialised(echo_as_path: pathlib.Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from elizaos_interop.wire.messages import Envelope as Env

    plugin = load_wasm_plugin(echo_as_path)

    def one(i: int) -> str:
        req = Env()
        r = req.action_invoke
        r.type, r.id, r.action = "action.invoke", str(i), "echo"
        r.memory.CopyFrom(memory(f"t{i}"))
        return plugin.call_envelope(req).action_result.result.text

    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(one, range(400))) == [f"t{i}" for i in range(400)]


RUST_ECHO_WASI = ROOT / "target" / "wasm" / "wasm32-wasip1" / "wasm" / "echo_plugin.wasm"


async def test_wasip1_module_needs_wasi_and_gets_nothing_else() -> None:
    build = ["bash", "tools/build-wasm.sh", "--target", "wasm32-wasip1", "--skip-as"]
    path = _built(RUST_ECHO_WASI, [*build, "elizaos-interop-echo-fixture"])
    with pytest.raises(PluginLoadError, match="wasi_snapshot_preview1"):
        load_wasm_plugin(path)
    plugin = load_wasm_plugin(path, wasi=True)
    assert (await plugin.invoke_action("ECHO", memory("via wasi"))).text == "via wasi"
    # stdout goes nowhere (no inherited stdio); the call still succeeds
    assert (await plugin.invoke_action("PRINT", memory("quiet"))).text == "quiet"
    with pytest.raises(WasmTrapError, match="PANIC"):
        await plugin.invoke_action("PANIC", memory("x"))
    assert (await plugin.invoke_action("ECHO", memory("again"))).text == "again"


async def test_echo_as_plugin_json_loads_through_the_loader(echo_as_path: pathlib.Path) -> None:
    assert echo_as_path.name == "plugin_echo_as.wasm"  # built before plugin.json points at it
    from elizaos_interop.loader import load_plugin

    plugin = await load_plugin(ROOT / "plugins" / "plugin-echo-as" / "plugin.json", fuel=1_000_000)
    assert isinstance(plugin, WasmPlugin)
    assert plugin.fuel == 1_000_000
    assert plugin.source.endswith("plugin_echo_as.wasm")
    assert (await plugin.invoke_action("echo", memory("via plugin.json"))).text == "via plugin.json"


def _check_sandboxed(probe: object, *, clock: bool) -> None:
    """What the echo fixture's `probe` db method reached from inside the module: no files, no environment,
    no arguments, no sockets; a clock only under WASI (which exposes one)."""
    assert isinstance(probe, dict), probe
    for reach in ("list_root", "list_cwd", "write_file", "tcp_connect"):
        assert "err" in probe[reach], f"{reach} was allowed: {probe[reach]}"
    assert probe["env_vars"] == 0
    assert probe["args"] == 0
    assert ("ok" in probe["clock_secs"]) is clock, probe["clock_secs"]


async def test_wasm_plugin_reaches_no_files_env_network_or_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    path = _built(RUST_ECHO, ["bash", "tools/build-wasm.sh", "--skip-as", "elizaos-interop-echo-fixture"])
    monkeypatch.setenv("PROBE_SECRET_KEY", "visible only if env leaked")
    plugin = load_wasm_plugin(path)
    _check_sandboxed(await plugin.db_call("probe", {}), clock=False)


async def test_wasi_grants_a_clock_and_nothing_else(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build = ["bash", "tools/build-wasm.sh", "--target", "wasm32-wasip1", "--skip-as"]
    path = _built(RUST_ECHO_WASI, [*build, "elizaos-interop-echo-fixture"])
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PROBE_SECRET_KEY", "visible only if env leaked")
    plugin = load_wasm_plugin(path, wasi=True)
    probe = await plugin.db_call("probe", {})
    _check_sandboxed(probe, clock=True)
    assert isinstance(probe, dict)
    assert abs(int(probe["clock_secs"]["ok"]) - time.time()) < 60
    assert not os.listdir(tmp_path)  # nothing was written where the host runs


async def test_the_wasm_path_presents_the_channel_contract(echo_as: WasmPlugin) -> None:
    env = Envelope()
    env.manifest_get.type, env.manifest_get.id = "manifest.get", "m1"
    assert echo_as.channel is not None
    res = await echo_as.channel.request(env)  # a direct call into the module
    assert res.manifest_result.manifest.name == echo_as.name
