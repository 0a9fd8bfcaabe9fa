"""A Rust plugin's IPC server binary (`elizaos_interop::serve::server`, the echo fixture's `echo-plugin-ipc`)
driven by the Python IPC host (`elizaos_interop.paths.ipc.client.IpcPlugin`) over every transport and
framing."""

from __future__ import annotations

import json
import os
import subprocess
from functools import partial
from pathlib import Path

import pytest

from elizaos_interop import testing
from elizaos_interop.errors import PluginCallError
from elizaos_interop.paths.ipc.client import IpcPlugin

ROOT = Path(__file__).resolve().parents[2]
FIXTURE_TARGET = ROOT / "target" / "test-fixtures"

pytestmark = pytest.mark.timeout(1200)


@pytest.fixture(scope="module")
def server_bin() -> str:
    cmd = [
        "cargo", "build", "-j2", "--release", "-p", "elizaos-interop-echo-fixture",
        "--bin", "echo-plugin-ipc", "--message-format=json-render-diagnostics",
    ]  # fmt: skip
    env = {**os.environ, "CARGO_TARGET_DIR": str(FIXTURE_TARGET)}
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, f"{' '.join(cmd)} failed:\n{proc.stderr[-4000:]}"
    for line in proc.stdout.splitlines():
        msg = json.loads(line)
        if msg.get("reason") == "compiler-artifact" and msg.get("executable"):
            return str(msg["executable"])
    raise AssertionError("cargo reported no echo-plugin-ipc executable")


memory = partial(testing.memory, entity="e", room="r")


@pytest.mark.parametrize(
    ("transport", "framing"),
    testing.TRANSPORT_FRAMINGS_COVER,
)
async def test_python_host_drives_rust_ipc_server(server_bin: str, transport: str, framing: str) -> None:
    plugin = await IpcPlugin.start([server_bin], transport=transport, framing=framing)  # type: ignore[arg-type]
    try:
        assert plugin.name == "echo"
        assert plugin.ready_message.server.startswith("elizaos-interop-rust/")
        result = await plugin.invoke_action("PRINT", memory("over ipc"), options={"k": [1, "x"]})
        assert result.text == "over ipc"
        assert result.values.fields["k"].list_value.values[1].string_value == "x"
        assert await plugin.validate_action("ECHO", memory("x")) is True
        assert (await plugin.get_provider("ECHO", memory("p"))).text == "provider:p"
        assert await plugin.invoke_evaluator("NONE", memory("e")) is None
        assert await plugin.db_call("echo", {"a": {"b": [True, None]}}) == {"a": {"b": [True, None]}}
        with pytest.raises(PluginCallError) as info:
            await plugin.invoke_action("PANIC", memory("boom"))
        assert info.value.code == "HANDLER_ERROR"
        assert "panicked on purpose: boom" in str(info.value)
        # The server survives the panic.
        assert (await plugin.invoke_action("ECHO", memory("after"))).text == "after"
    finally:
        await plugin.close()
