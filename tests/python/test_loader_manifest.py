"""plugin.json parsing and manifest-driven loading through every path the fixtures declare."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from elizaos_interop.errors import ManifestError, PluginLoadError
from elizaos_interop.loader import load_plugin, load_ts_plugin
from elizaos_interop.manifest import language_name, protocol_name, read_manifest
from elizaos_interop.paths.direct import DirectPythonPlugin
from elizaos_interop.paths.ipc import IpcPlugin
from elizaos_interop.testing import memory
from elizaos_interop.v1 import ipc_pb2

FIXTURES = Path(__file__).parent / "fixtures"

pytestmark = pytest.mark.timeout(120)


def write(tmp: Path, obj: Any) -> Path:
    (tmp / "plugin.json").write_text(json.dumps(obj) if not isinstance(obj, str) else obj)
    return tmp


def test_read_manifest_conveniences_and_paths() -> None:
    m = read_manifest(FIXTURES / "py_ipc_plugin")
    assert m.language == ipc_pb2.PLUGIN_LANGUAGE_PYTHON
    assert m.interop.protocol == ipc_pb2.INTEROP_PROTOCOL_IPC
    assert language_name(m) == "python"
    assert protocol_name(m) == "ipc"
    assert m.interop.entry == str((FIXTURES / "echo_plugin.py").resolve())
    m2 = read_manifest(FIXTURES / "cmd_ipc_plugin" / "plugin.json")
    assert language_name(m2) == "rust"
    assert m2.interop.cwd == str((FIXTURES / "cmd_ipc_plugin").resolve())


@pytest.mark.parametrize(
    ("obj", "field", "match"),
    [
        ({"name": "x", "langauge": "python"}, "langauge", "unknown field"),
        (
            {"name": "x", "interop": {"protocol": "ipc", "entrypoint": "a"}},
            "interop.entrypoint",
            "unknown field",
        ),
        ({"description": "no name"}, "name", "required"),
        ({"name": "x", "version": 1}, "version", "expected a string"),
        ({"name": "x", "language": "cobol"}, "language", "enum"),
        ({"name": "x", "interop": {"protocol": "carrier-pigeon"}}, "interop.protocol", "enum"),
        (
            {"name": "x", "interop": {"protocol": "wasm", "wasmPath": "missing.wasm"}},
            "interop.wasmPath",
            "does not exist",
        ),
        (
            {"name": "x", "interop": {"protocol": "ffi", "sharedLibPath": "lib/none.so"}},
            "interop.sharedLibPath",
            "does not exist",
        ),
        ({"name": "x", "interop": {"protocol": "ipc", "transport": "pigeon"}}, "interop.transport", "one of"),
        ({"name": "x", "actions": [{"name": "a", "bogus": 1}]}, "actions.bogus", "unknown field"),
        ({"name": "x", "config": {"a": 1}}, "config", "expected a string"),
    ],
)
def test_bad_manifests_name_the_field(tmp_path: Path, obj: Any, field: str, match: str) -> None:
    with pytest.raises(ManifestError, match=match) as ei:
        read_manifest(write(tmp_path, obj))
    assert ei.value.field == field
    assert str(tmp_path / "plugin.json") in str(ei.value)


def test_missing_and_invalid_json(tmp_path: Path) -> None:
    with pytest.raises(ManifestError, match="no such file"):
        read_manifest(tmp_path)
    with pytest.raises(ManifestError, match="not valid JSON"):
        read_manifest(write(tmp_path, "{nope"))


async def test_load_python_ipc_from_manifest() -> None:
    h = await load_plugin(FIXTURES / "py_ipc_plugin", startup_timeout=60)
    try:
        assert isinstance(h, IpcPlugin)
        assert h.path == "ipc"
        assert h.framing == "protobuf"
        assert h.manifest.description == "The echo fixture through the Python bridge"
        assert [a.name for a in h.manifest.actions][:1] == ["echo"]
        assert (await h.invoke_action("echo", memory("m"))).text == "echo: m"
    finally:
        await h.close()


async def test_load_python_native_from_manifest() -> None:
    h = await load_plugin(FIXTURES / "py_native_plugin")
    assert isinstance(h, DirectPythonPlugin)
    assert h.path == "direct"
    assert (await h.invoke_action("echo", memory("m"))).text == "echo: m"
    with pytest.raises(TypeError, match="do not apply to the native path"):
        await load_plugin(FIXTURES / "py_native_plugin", call_timeout=3)


async def test_load_ts_from_manifest_on_unix_socket() -> None:
    h = await load_plugin(FIXTURES / "ts_ipc_plugin", startup_timeout=60)
    try:
        assert isinstance(h, IpcPlugin)
        assert h.target.transport == "unix"
        assert h.framing == "protobuf"
        assert (await h.invoke_action("echo", memory("m"))).text == "ts echo: m"
    finally:
        await h.close()
    h2 = await load_ts_plugin(FIXTURES / "ts_ipc_plugin", transport="tcp", framing="json", startup_timeout=60)
    try:
        assert h2.target.transport == "tcp"
        assert h2.framing == "json"
        assert (await h2.get_provider("greeting", memory(""))).text == "Hello from TypeScript"
    finally:
        await h2.close()


async def test_load_ipc_command_from_manifest() -> None:
    async with await load_plugin(FIXTURES / "cmd_ipc_plugin", startup_timeout=60) as h:
        assert h.manifest.name == "hostile-plain"
        assert (await h.invoke_action("act", memory("x"))).text == "plain"


async def test_missing_ts_bridge_says_how_to_build(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ELIZAOS_INTEROP_TS_BRIDGE", str(tmp_path / "nowhere.js"))
    with pytest.raises(PluginLoadError, match="npm run build"):
        await load_plugin(FIXTURES / "ts_ipc_plugin")


async def test_unknown_limit_is_rejected() -> None:
    with pytest.raises(TypeError, match="unknown IPC limit"):
        await load_plugin(FIXTURES / "py_ipc_plugin", call_timout=3)


async def test_protocol_unspecified_is_a_manifest_error(tmp_path: Path) -> None:
    # tests/vectors/manifests/no-interop.json: a manifest error naming the field (was PluginLoadError)
    with pytest.raises(ManifestError, match=r"interop\.protocol") as ei:
        await load_plugin(write(tmp_path, {"name": "x"}))
    assert ei.value.field == "interop.protocol"
