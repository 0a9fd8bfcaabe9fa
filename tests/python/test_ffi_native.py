"""FFI path end to end: fixture cdylibs built by cargo, loaded through the real `elizaos_interop._native`."""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path

import pytest
from support import cargo_build_cdylib

from elizaos_interop import testing
from elizaos_interop._native import FFI_ABI_VERSION, NativeLibrary
from elizaos_interop.errors import (
    AbiVersionError,
    CallTimeoutError,
    PluginCallError,
    PluginClosedError,
    PluginLoadError,
    PluginPanicError,
    ProtocolError,
)
from elizaos_interop.handle import EnvelopePlugin
from elizaos_interop.paths.ffi import NativePlugin, load_rust_plugin
from elizaos_interop.v1 import state_pb2
from elizaos_interop.wire.messages import Envelope

ROOT = Path(__file__).resolve().parents[2]
FIXTURE_TARGET = ROOT / "target" / "test-fixtures"

# The first test builds the fixture libraries with cargo; other engineers' builds may hold the cargo lock.
pytestmark = pytest.mark.timeout(1200)


@pytest.fixture(scope="session")
def echo_lib() -> Path:
    return cargo_build_cdylib("elizaos-interop-echo-fixture", "echo_plugin", "ffi")


@pytest.fixture(scope="session")
def bad_libs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The bad-abi fixture in each variant, copied out (every variant builds to the same file name)."""
    out = tmp_path_factory.mktemp("bad-abi")
    libs: dict[str, Path] = {}
    for variant in ("default", "wrong-version", "missing-call", "missing-version"):
        features = () if variant == "default" else (variant,)
        built = cargo_build_cdylib(
            "elizaos-interop-bad-abi-fixture", "bad_abi_plugin", *features, release=False
        )
        dest = out / f"libbad_abi_{variant.replace('-', '_')}.so"
        shutil.copyfile(built, dest)
        libs[variant] = dest
    return libs


@pytest.fixture
def echo(echo_lib: Path) -> NativePlugin:
    return load_rust_plugin(echo_lib)


memory = partial(testing.memory, entity="user-1", room="room-1")


def test_manifest_and_handle(echo: NativePlugin, echo_lib: Path) -> None:
    assert FFI_ABI_VERSION == 1
    assert echo.path == "ffi"
    assert echo.name == "echo"
    assert echo.source == str(echo_lib)
    assert [a.name for a in echo.manifest.actions] == ["ECHO", "PANIC", "FAIL", "SLOW", "PRINT"]
    assert [p.name for p in echo.manifest.providers] == ["ECHO"]
    assert echo.library.abi_version == 1
    assert "echo" in repr(echo)


async def test_action_round_trip(echo: NativePlugin) -> None:
    state = state_pb2.State(text="the state")
    options = {"n": 3, "s": "x", "l": [1, True, None]}
    result = await echo.invoke_action("ECHO", memory("héllo"), state, options)
    assert result.success
    assert result.text == "héllo"
    assert dict(result.values.fields)["s"].string_value == "x"
    assert result.values.fields["n"].number_value == 3
    assert [v.WhichOneof("kind") for v in result.values.fields["l"].list_value.values] == [
        "number_value",
        "bool_value",
        "null_value",
    ]
    assert result.data.fields["stateText"].string_value == "the state"


async def test_fast_path_matches_generic_envelope_path(echo: NativePlugin) -> None:
    args = ("ECHO", memory("same"), state_pb2.State(text="st"), {"k": "v"})
    fast = await echo.invoke_action(*args)
    generic = await EnvelopePlugin.invoke_action(echo, *args)
    assert fast == generic
    # Long action names and payloads need multi-byte varints.
    long_text = "x" * 300
    assert (await echo.invoke_action("ECHO", memory(long_text))).text == long_text
    with pytest.raises(PluginCallError) as info:
        await echo.invoke_action("N" * 200, memory("x"))
    assert info.value.code == "NOT_FOUND"
    assert "N" * 200 in str(info.value)


async def test_validate_provider_evaluator_model(echo: NativePlugin) -> None:
    assert await echo.validate_action("ECHO", memory("x")) is True
    assert await echo.validate_action("ECHO", memory("")) is False
    with pytest.raises(PluginCallError) as info:
        await echo.validate_action("NOPE", memory("x"))
    assert info.value.code == "NOT_FOUND"
    provided = await echo.get_provider("ECHO", memory("p"))
    assert provided.text == "provider:p"
    evaluated = await echo.invoke_evaluator("ECHO", memory("e"))
    assert evaluated is not None
    assert evaluated.text == "evaluated:e"
    assert await echo.invoke_evaluator("NONE", memory("e")) is None
    assert await echo.invoke_model("ECHO", {"prompt": "hi", "temperature": 0.5}) == {
        "prompt": "hi",
        "temperature": 0.5,
    }
    with pytest.raises(PluginCallError) as info:
        await echo.invoke_model("TEXT_LARGE", {})
    assert info.value.code == "NOT_FOUND"


async def test_db_call(echo: NativePlugin) -> None:
    params = {
        "memory": {"id": "m1", "content": {"text": "t"}},
        "limit": 10,
        "tags": ["a", "b"],
        "flag": False,
    }
    assert await echo.db_call("echo", params) == {
        "memory": {"id": "m1", "content": {"text": "t"}},
        "limit": 10.0,
        "tags": ["a", "b"],
        "flag": False,
    }
    first = await echo.db_call("count", {})
    assert await echo.db_call("count", {}) == first + 1
    with pytest.raises(PluginCallError) as info:
        await echo.db_call("drop_everything", {})
    assert info.value.code == "NOT_FOUND"
    assert "drop_everything" in str(info.value)


async def test_init_config(echo_lib: Path) -> None:
    plugin = load_rust_plugin(echo_lib, config={"mode": "test"})
    assert await plugin.db_call("config", {}) == {"mode": "test"}
    await plugin.init({"mode": "again"})
    assert await plugin.db_call("config", {}) == {"mode": "again"}
    with pytest.raises(PluginCallError) as info:
        load_rust_plugin(echo_lib, config={"fail": "1"})
    assert info.value.code == "INVALID_ARGUMENT"
    with pytest.raises(PluginCallError):
        await plugin.init({"fail": "1"})


async def test_handler_error(echo: NativePlugin) -> None:
    with pytest.raises(PluginCallError) as info:
        await echo.invoke_action("FAIL", memory("why"))
    assert info.value.code == "HANDLER_ERROR"
    assert "failed on purpose: why" in str(info.value)


async def test_panic_is_caught_and_library_lives_on(echo: NativePlugin) -> None:
    for _ in range(3):
        with pytest.raises(PluginPanicError) as info:
            await echo.invoke_action("PANIC", memory("boom"))
        assert "echo fixture panicked on purpose: boom" in str(info.value)
        assert "echo_plugin" in str(info.value)  # names the library
        assert (await echo.invoke_action("ECHO", memory("after"))).text == "after"


async def test_concurrent_calls_from_threads(echo: NativePlugin) -> None:
    def worker(n: int) -> list[str]:
        async def run() -> list[str]:
            out = []
            for i in range(200):
                r = await echo.invoke_action("ECHO", memory(f"{n}-{i}"), options={"n": n})
                out.append(r.text)
            return out

        return asyncio.run(run())

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(worker, range(8)))
    for n, texts in enumerate(results):
        assert texts == [f"{n}-{i}" for i in range(200)]


def test_gil_released_during_call(echo: NativePlugin) -> None:
    """Four 300 ms calls on four threads overlap (the GIL is released inside the native call)."""
    env = Envelope()
    req = env.action_invoke
    req.type, req.id, req.action = "action.invoke", "slow", "SLOW"
    req.memory.content.text = "zz"
    req.options.update({"ms": 300})
    data = env.SerializeToString()
    start = time.perf_counter()
    threads = [threading.Thread(target=echo.call_bytes, args=(data,)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert time.perf_counter() - start < 1.1  # serialised under the GIL it would take >= 1.2 s


async def test_timeout(echo: NativePlugin) -> None:
    with pytest.raises(CallTimeoutError, match="did not answer within"):
        await echo.invoke_action("SLOW", memory("late"), options={"ms": 400}, timeout=0.05)
    result = await echo.invoke_action("SLOW", memory("ok"), options={"ms": 1}, timeout=5)
    assert result.text == "ok"


async def test_closed(echo_lib: Path) -> None:
    plugin = load_rust_plugin(echo_lib)
    async with plugin:
        assert (await plugin.invoke_action("ECHO", memory("x"))).text == "x"
    assert plugin.closed
    with pytest.raises(PluginClosedError):
        await plugin.invoke_action("ECHO", memory("x"))
    with pytest.raises(PluginClosedError):
        await plugin.get_provider("ECHO", memory("x"))


def test_raw_library_calls(echo_lib: Path) -> None:
    lib = NativeLibrary(echo_lib)
    assert lib.path == str(echo_lib)
    # Undecodable input → an `error` envelope MALFORMED (status 0), never a crash.
    response = Envelope.FromString(lib.call(b"\xff\xff\xff"))
    assert response.WhichOneof("body") == "error"
    assert response.error.details.fields["code"].string_value == "MALFORMED"
    # Empty input → an envelope with no body → MALFORMED too.
    response = Envelope.FromString(lib.call(b""))
    assert response.error.details.fields["code"].string_value == "MALFORMED"
    # Not a plugin request → UNKNOWN_TYPE with the request id.
    env = Envelope()
    env.shutdown.type, env.shutdown.id = "shutdown", "s1"
    response = Envelope.FromString(lib.call(env.SerializeToString()))
    assert response.error.id == "s1"
    assert response.error.details.fields["code"].string_value == "UNKNOWN_TYPE"
    # Response type strings and ids follow docs/PROTOCOL.md.
    env = Envelope()
    env.manifest_get.type, env.manifest_get.id = "manifest.get", "m7"
    response = Envelope.FromString(lib.call(env.SerializeToString()))
    assert (response.manifest_result.type, response.manifest_result.id) == ("manifest.result", "m7")


async def test_invalid_output_bytes(bad_libs: dict[str, Path]) -> None:
    plugin = load_rust_plugin(bad_libs["default"])
    assert plugin.name == "bad-abi"
    with pytest.raises(ProtocolError, match=r"'bad-abi'.*action\.invoke.*not an Envelope"):
        await plugin.invoke_action("GARBAGE", memory("x"))
    with pytest.raises(ProtocolError, match="expecting 'action_result'"):
        await plugin.invoke_action("WRONG_KIND", memory("x"))
    with pytest.raises(ProtocolError, match=r"status 7.*refused with status 7"):
        await plugin.invoke_action("STATUS7", memory("x"))
    with pytest.raises(ProtocolError, match="empty Envelope"):
        await plugin.invoke_action("NULL", memory("x"))
    assert (await plugin.invoke_action("OK", memory("x"))).success
    # Generic path: a non-zero status for provider.get.
    with pytest.raises(ProtocolError, match=r"returned status 3"):
        await plugin.get_provider("P", memory("x"))


def test_wrong_abi_version(bad_libs: dict[str, Path]) -> None:
    with pytest.raises(AbiVersionError) as info:
        load_rust_plugin(bad_libs["wrong-version"])
    message = str(info.value)
    assert "C ABI version 2" in message
    assert "expects version 1" in message
    assert str(bad_libs["wrong-version"]) in message


@pytest.mark.parametrize(
    ("variant", "symbol"),
    [("missing-call", "elizaos_interop_call"), ("missing-version", "elizaos_interop_abi_version")],
)
def test_missing_symbols(bad_libs: dict[str, Path], variant: str, symbol: str) -> None:
    with pytest.raises(AbiVersionError, match=f"does not export {symbol}"):
        load_rust_plugin(bad_libs[variant])


def test_load_errors(tmp_path: Path) -> None:
    with pytest.raises(PluginLoadError, match="not found"):
        load_rust_plugin(tmp_path / "nope.so")
    junk = tmp_path / "junk.so"
    junk.write_bytes(b"this is not an ELF file")
    with pytest.raises(PluginLoadError, match="cannot load Rust plugin library"):
        load_rust_plugin(os.fspath(junk))


async def test_registers_in_elizaos_runtime(echo: NativePlugin) -> None:
    from elizaos.runtime import AgentRuntime
    from elizaos.types.agent import Character

    plugin = echo.to_elizaos()
    assert plugin.name == "echo"
    assert [a.name for a in plugin.actions or []] == ["ECHO", "PANIC", "FAIL", "SLOW", "PRINT"]
    runtime = AgentRuntime(character=Character(name="FFI test", bio="tests the FFI path"))
    await runtime.register_plugin(plugin)
    action = next(a for a in runtime.actions if a.name == "ECHO")
    from elizaos.types.memory import Memory as ElizaosMemory
    from elizaos.types.primitives import Content

    message = ElizaosMemory(entity_id="u", room_id="r", content=Content(text="through elizaos"))
    result = await action.handler(runtime, message, None, None, None, None)
    assert result is not None
    assert result.text == "through elizaos"


_HEAP_PAD_PROBE = """
import asyncio, platform, sys
from elizaos_interop.paths import ffi
from elizaos_interop.v1 import memory_pb2
plugin = ffi.load_rust_plugin(sys.argv[1])
m = memory_pb2.Memory()
m.content.text = "x" * 100_000
result = asyncio.run(plugin.invoke_action("ECHO", m))
assert result.text == m.content.text
print(platform.libc_ver()[0], ffi.heap_pad_applied())
"""


@pytest.mark.parametrize(("env", "expect"), [({}, "True"), ({"MALLOC_TOP_PAD_": "0"}, "False")])
def test_loading_a_rust_plugin_gives_the_glibc_heap_slack_unless_the_user_chose(
    echo_lib: Path, env: dict[str, str], expect: str
) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", _HEAP_PAD_PROBE, str(echo_lib)],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    libc, applied = proc.stdout.split()
    assert applied == (expect if libc == "glibc" else "False")


async def test_the_ffi_path_presents_the_channel_contract(echo: NativePlugin) -> None:
    env = Envelope()
    env.manifest_get.type, env.manifest_get.id = "manifest.get", "m1"
    assert echo.channel is not None
    res = await echo.channel.request(env)  # a direct call into the library
    assert res.manifest_result.manifest.name == echo.name
