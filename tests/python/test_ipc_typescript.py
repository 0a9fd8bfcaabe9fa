"""A TypeScript plugin (plain .mjs fixture) loaded from Python through the Node bridge
(bin `elizaos-interop-ts-bridge` of @elizaos/interop, `npm run build`) over stdio, Unix socket and TCP,
with both framings."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from functools import partial
from pathlib import Path

import pytest

from elizaos_interop import testing
from elizaos_interop.errors import CallTimeoutError, PluginCallError
from elizaos_interop.loader import load_ts_plugin, ts_bridge_path
from elizaos_interop.paths.ipc import IpcPlugin

FIXTURES = Path(__file__).parent / "fixtures"
TS_ECHO = FIXTURES / "ts_echo_plugin.mjs"

pytestmark = pytest.mark.timeout(120)


memory = partial(testing.memory, room="room-ts")


def test_bridge_is_built() -> None:
    assert ts_bridge_path().is_file()  # PluginLoadError says how to build it otherwise


@pytest.fixture(
    params=testing.TRANSPORT_FRAMINGS,
    ids=lambda p: f"{p[0]}-{p[1]}",
)
async def ts(request: pytest.FixtureRequest) -> AsyncIterator[IpcPlugin]:
    transport, framing = request.param
    h = await load_ts_plugin(TS_ECHO, transport=transport, framing=framing, startup_timeout=60)
    try:
        yield h
    finally:
        await h.close()


async def test_ts_plugin_calls(ts: IpcPlugin) -> None:
    assert ts.manifest.name == "ts-echo-fixture"
    assert [a.name for a in ts.manifest.actions] == ["echo", "slow", "boom", "print"]
    res = await ts.invoke_action("echo", memory("hi"))
    assert res.success
    assert res.text == "ts echo: hi"
    assert res.values.fields["room"].string_value == "room-ts"
    assert await ts.validate_action("echo", memory("x")) is True
    assert (await ts.get_provider("greeting", memory(""))).text == "Hello from TypeScript"
    assert await ts.invoke_model("TEXT_SMALL", {"prompt": "abc"}) == "ABC"
    with pytest.raises(PluginCallError) as ei:
        await ts.invoke_action("boom", memory("x"))
    assert ei.value.code == "HANDLER_ERROR"
    assert "boom from TypeScript" in str(ei.value)
    with pytest.raises(PluginCallError) as ei2:
        await ts.invoke_action("missing", memory("x"))
    assert ei2.value.code == "NOT_FOUND"
    assert (await ts.invoke_action("print", memory("x"))).text == "printed"
    results = await asyncio.gather(*[ts.invoke_action("echo", memory(f"m{i}")) for i in range(1000)])
    assert [r.text for r in results] == [f"ts echo: m{i}" for i in range(1000)]


async def test_ts_timeout_cancel_and_logging(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="elizaos_interop.plugin")
    async with await load_ts_plugin(TS_ECHO, startup_timeout=60) as h:
        with pytest.raises(CallTimeoutError):
            await h.invoke_action("slow", memory("x"), options={"delay": 3}, timeout=0.2)
        assert (await h.invoke_action("print", memory("x"))).text == "printed"
        assert (await h.invoke_action("echo", memory("y"))).text == "ts echo: y"
        await asyncio.sleep(0.2)
    msgs = [r.getMessage() for r in caplog.records if r.name.startswith("elizaos_interop.plugin.")]
    assert "ts plugin console.log goes to stderr" in msgs


async def test_ts_and_python_plugins_side_by_side_in_agent_runtime() -> None:
    import sys
    import uuid

    from elizaos.runtime import AgentRuntime
    from elizaos.types import Content
    from elizaos.types import Memory as ElizaosMemory

    py = await IpcPlugin.start(
        [sys.executable, "-m", "elizaos_interop.bridge_server", str(FIXTURES / "echo_plugin.py")],
        startup_timeout=60,
    )
    ts = await load_ts_plugin(TS_ECHO, framing="protobuf", startup_timeout=60)
    try:
        runtime = AgentRuntime()
        await runtime.register_plugin(ts.to_elizaos())
        action = next(a for a in runtime.actions if a.name == "echo")
        msg = ElizaosMemory(
            id=str(uuid.uuid4()),
            entity_id=str(uuid.uuid4()),
            room_id=str(uuid.uuid4()),
            content=Content(text="via runtime"),
        )
        res = await action.handler(runtime, msg, None, None, None, None)
        assert res is not None
        assert res.text == "ts echo: via runtime"
        assert (await py.invoke_action("echo", memory("py"))).text == "echo: py"
    finally:
        await ts.close()
        await py.close()
