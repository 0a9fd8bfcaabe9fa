"""db.call on a module exposing `db_adapter`, over IPC (our bridge) and in-process."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from elizaos_interop.errors import PluginCallError
from elizaos_interop.handle import PluginHandle
from elizaos_interop.paths.direct import load_python_plugin
from elizaos_interop.paths.ipc import IpcPlugin

FIXTURES = Path(__file__).parent / "fixtures"
DB = str(FIXTURES / "db_plugin.py")

pytestmark = pytest.mark.timeout(120)


async def exercise(h: PluginHandle) -> None:
    assert h.manifest.name == "db-fixture"
    memory = {"id": "m1", "content": {"text": "remember me"}, "createdAt": "1700000000000"}
    assert await h.db_call("create_memory", {"memory": memory}) == "m1"
    assert await h.db_call("get_memory_by_id", {"id": "m1"}) == memory
    assert await h.db_call("get_memory_by_id", {"id": "nope"}) is None
    assert await h.db_call("count_memories", {}) == 1
    with pytest.raises(PluginCallError) as ei:
        await h.db_call("drop_everything", {})
    assert ei.value.code == "NOT_FOUND"
    with pytest.raises(PluginCallError) as ei2:
        await h.db_call("fail", {})
    assert ei2.value.code == "HANDLER_ERROR"
    assert ei2.value.details["exception"] == "RuntimeError"


@pytest.mark.parametrize("framing", ["json", "protobuf"])
async def test_db_call_over_ipc(framing: str) -> None:
    cmd = [sys.executable, "-m", "elizaos_interop.bridge_server", DB]
    async with await IpcPlugin.start(cmd, framing=framing, startup_timeout=60) as h:  # type: ignore[arg-type]
        await exercise(h)


async def test_db_call_direct() -> None:
    await exercise(load_python_plugin(DB))
