"""Direct (in-process) Python plugins, and any loaded handle registered into a real elizaOS AgentRuntime."""

from __future__ import annotations

import sys
import uuid
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from elizaos_interop import testing
from elizaos_interop.errors import CallTimeoutError, PluginCallError, PluginClosedError, PluginLoadError
from elizaos_interop.handle import PluginHandle
from elizaos_interop.paths.direct import DirectPythonPlugin, load_python_plugin
from elizaos_interop.paths.ipc import IpcPlugin

FIXTURES = Path(__file__).parent / "fixtures"
ECHO = str(FIXTURES / "echo_plugin.py")

pytestmark = pytest.mark.timeout(120)


memory = partial(testing.memory, room="r")


async def test_direct_calls_and_errors() -> None:
    h = load_python_plugin(ECHO)
    assert isinstance(h, DirectPythonPlugin)
    assert h.path == "direct"
    assert h.manifest.name == "echo-fixture"
    assert h.manifest.interop.protocol == 4
    assert (await h.invoke_action("echo", memory("hi"))).text == "echo: hi"
    assert (await h.get_provider("greeting", memory(""))).text == "Hello from the echo plugin"
    assert await h.validate_action("echo", memory("x"))
    assert (await h.invoke_evaluator("length", memory("abc"))) is not None
    assert await h.invoke_model("TEXT_SMALL", {"prompt": "a"}) == "A"
    with pytest.raises(PluginCallError) as ei:
        await h.invoke_action("boom", memory("x"))
    assert ei.value.code == "HANDLER_ERROR"
    assert ei.value.details["exception"] == "ValueError"
    with pytest.raises(PluginCallError, match="NOT_FOUND"):
        await h.get_provider("nope", memory("x"))
    with pytest.raises(PluginCallError, match="NOT_FOUND"):
        await h.db_call("get_memory_by_id", {"id": "x"})
    with pytest.raises(CallTimeoutError):
        await h.invoke_action("slow", memory("x"), options={"delay": 5}, timeout=0.1)
    await h.close()
    with pytest.raises(PluginClosedError):
        await h.invoke_action("echo", memory("x"))


def test_to_elizaos_returns_the_original_plugin() -> None:
    h = load_python_plugin(ECHO)
    assert h.to_elizaos() is h.loaded.module.plugin


def test_bad_targets_are_load_errors() -> None:
    with pytest.raises(PluginLoadError, match="no such plugin file"):
        load_python_plugin(FIXTURES / "missing_plugin.py")
    with pytest.raises(PluginLoadError, match="neither `plugin`"):
        load_python_plugin("json")
    with pytest.raises(PluginLoadError, match="ModuleNotFoundError"):
        load_python_plugin("no_such_module_anywhere")


async def _through_runtime(handle: PluginHandle) -> None:
    from elizaos.runtime import AgentRuntime
    from elizaos.types import Content
    from elizaos.types import Memory as ElizaosMemory

    runtime = AgentRuntime()
    await runtime.register_plugin(handle.to_elizaos())
    assert "echo" in [a.name for a in runtime.actions]
    assert "greeting" in [p.name for p in runtime.providers]
    room = str(uuid.uuid4())
    msg = ElizaosMemory(
        id=str(uuid.uuid4()),
        entity_id=str(uuid.uuid4()),
        room_id=room,
        content=Content(text="through the runtime"),
    )
    state = await runtime.compose_state(msg, include_list=["greeting"], only_include=True)
    assert "Hello from the echo plugin" in state.text
    replies: list[Any] = []

    async def callback(content: Any) -> list[Any]:
        replies.append(content)
        return []

    response = ElizaosMemory(
        id=str(uuid.uuid4()),
        entity_id=str(uuid.uuid4()),
        room_id=room,
        content=Content(text="", actions=["echo"]),
    )
    await runtime.process_actions(msg, [response], state, callback)
    results = runtime.get_action_results(msg.id)
    assert [r.text for r in results] == ["echo: through the runtime"]


async def test_direct_plugin_in_agent_runtime() -> None:
    await _through_runtime(load_python_plugin(ECHO))


async def test_ipc_plugin_in_agent_runtime() -> None:
    h = await IpcPlugin.start(
        [sys.executable, "-m", "elizaos_interop.bridge_server", ECHO], startup_timeout=60
    )
    try:
        await _through_runtime(h)
    finally:
        await h.close()
