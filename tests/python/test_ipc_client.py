"""IpcPlugin against real child processes: our Python bridge over stdio, Unix socket and TCP, both
framings."""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import AsyncIterator
from functools import partial
from pathlib import Path

import pytest

from elizaos_interop import testing
from elizaos_interop.errors import (
    CallTimeoutError,
    MessageTooLargeError,
    PluginCallError,
    PluginClosedError,
    PluginCrashedError,
    TooManyPendingError,
)
from elizaos_interop.paths.ipc import IpcPlugin

FIXTURES = Path(__file__).parent / "fixtures"
ECHO = str(FIXTURES / "echo_plugin.py")
BRIDGE = [sys.executable, "-m", "elizaos_interop.bridge_server"]

pytestmark = pytest.mark.timeout(120)


memory = partial(testing.memory, room="room-1")


@pytest.fixture(
    params=testing.TRANSPORT_FRAMINGS,
    ids=lambda p: f"{p[0]}-{p[1]}",
)
async def echo(request: pytest.FixtureRequest) -> AsyncIterator[IpcPlugin]:
    transport, framing = request.param
    h = await IpcPlugin.start(
        [*BRIDGE, ECHO], transport=transport, framing=framing, flags_at=len(BRIDGE), startup_timeout=60
    )
    try:
        yield h
    finally:
        await h.close()


async def test_calls_every_kind(echo: IpcPlugin) -> None:
    assert echo.manifest.name == "echo-fixture"
    assert echo.manifest.version == "1.2.3"
    assert [a.name for a in echo.manifest.actions][:3] == ["echo", "slow", "boom"]
    res = await echo.invoke_action("echo", memory("hi"))
    assert res.success
    assert res.text == "echo: hi"
    assert res.values.fields["room"].string_value == "room-1"
    assert await echo.validate_action("echo", memory("x")) is True
    assert await echo.validate_action("echo", memory("")) is False
    prov = await echo.get_provider("greeting", memory("x"))
    assert prov.text == "Hello from the echo plugin"
    ev = await echo.invoke_evaluator("length", memory("abcd"))
    assert ev is not None
    assert ev.text == "evaluated 4 chars"
    assert await echo.invoke_evaluator("length", memory("")) is None
    assert await echo.invoke_model("TEXT_SMALL", {"prompt": "shout"}) == "SHOUT"
    await echo.init({"A": "b"})
    m = await echo.manifest_get()
    assert m.name == "echo-fixture"


async def test_errors_are_typed_and_connection_survives(echo: IpcPlugin) -> None:
    with pytest.raises(PluginCallError) as ei:
        await echo.invoke_action("boom", memory("x"))
    assert ei.value.code == "HANDLER_ERROR"
    assert ei.value.details["exception"] == "ValueError"
    assert "boom from the plugin" in str(ei.value)
    with pytest.raises(PluginCallError) as ei2:
        await echo.invoke_action("missing", memory("x"))
    assert ei2.value.code == "NOT_FOUND"
    with pytest.raises(PluginCallError) as ei3:
        await echo.invoke_model("TEXT_EMBEDDING", {})
    assert ei3.value.code == "NOT_FOUND"
    # prints inside the plugin never corrupt the stream
    assert (await echo.invoke_action("print", memory("x"))).text == "printed"
    assert (await echo.invoke_action("echo", memory("after"))).text == "echo: after"


async def test_pipelining_1000_concurrent_calls(echo: IpcPlugin) -> None:
    results = await asyncio.gather(*[echo.invoke_action("echo", memory(f"m{i}")) for i in range(1000)])
    assert [r.text for r in results] == [f"echo: m{i}" for i in range(1000)]


async def test_out_of_order_answers_match_ids() -> None:
    async with await IpcPlugin.start([*BRIDGE, ECHO], startup_timeout=60) as h:
        slow = asyncio.ensure_future(h.invoke_action("slow", memory("x"), options={"delay": 0.5}))
        fast = await h.invoke_action("echo", memory("fast"))
        assert fast.text == "echo: fast"
        assert not slow.done()
        assert (await slow).text == "slept 0.5"


async def test_timeout_sends_cancel_and_connection_stays_usable() -> None:
    h = await IpcPlugin.start([*BRIDGE, ECHO], startup_timeout=60)
    try:
        with pytest.raises(CallTimeoutError, match=r"did not answer within 0\.2s"):
            await h.invoke_action("slow", memory("x"), options={"delay": 3}, timeout=0.2)
        assert (await h.invoke_action("echo", memory("y"))).text == "echo: y"
    finally:
        await h.close()


async def test_limits_pending_and_message_size() -> None:
    h = await IpcPlugin.start(
        [*BRIDGE, ECHO], startup_timeout=60, max_pending_requests=2, max_message_bytes=64 * 1024
    )
    try:
        a = asyncio.ensure_future(h.invoke_action("slow", memory("x"), options={"delay": 0.3}))
        b = asyncio.ensure_future(h.invoke_action("slow", memory("x"), options={"delay": 0.3}))
        await asyncio.sleep(0.05)
        with pytest.raises(TooManyPendingError):
            await h.invoke_action("echo", memory("x"))
        await asyncio.gather(a, b)
        with pytest.raises(MessageTooLargeError, match="max_message_bytes"):
            await h.invoke_action("echo", memory("y" * 100_000))
        # an oversized answer fails that call only (the host discards it, recovering the id)
        with pytest.raises(MessageTooLargeError, match="over max_message_bytes=65536"):
            await h.invoke_action("big", memory("200000"))
        assert (await h.invoke_action("echo", memory("ok"))).text == "echo: ok"
    finally:
        await h.close()


async def test_stderr_routed_to_logging(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="elizaos_interop.plugin")
    async with await IpcPlugin.start([*BRIDGE, ECHO], name="echoer", startup_timeout=60) as h:
        await h.invoke_action("print", memory("x"))
        await asyncio.sleep(0.2)
    msgs = [r.getMessage() for r in caplog.records if r.name == "elizaos_interop.plugin.echoer"]
    assert "this print must not corrupt the protocol stream" in msgs
    assert "raw fd 1 write" in msgs


async def test_env_denylist_keeps_secrets_out(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOO_API_KEY", "k")
    monkeypatch.setenv("X_TOKEN", "t")
    monkeypatch.setenv("Y_SECRET", "s")
    monkeypatch.setenv("Z_password", "p")
    monkeypatch.setenv("PLAIN_SETTING", "visible")
    names = "FOO_API_KEY,X_TOKEN,Y_SECRET,Z_password,PLAIN_SETTING,GIVEN_TOKEN"
    async with await IpcPlugin.start(
        [*BRIDGE, ECHO], env={"GIVEN_TOKEN": "explicit"}, startup_timeout=60
    ) as h:
        v = (await h.invoke_action("env", memory(names))).values.fields
        got = {k: v[k].string_value for k in names.split(",")}
    assert got == {
        "FOO_API_KEY": "<unset>",
        "X_TOKEN": "<unset>",
        "Y_SECRET": "<unset>",
        "Z_password": "<unset>",
        "PLAIN_SETTING": "visible",
        "GIVEN_TOKEN": "explicit",
    }


async def test_crash_fails_pending_and_restart_recovers() -> None:
    h = await IpcPlugin.start([*BRIDGE, ECHO], startup_timeout=60)
    try:
        pid = h.pid
        assert pid
        pending = [
            asyncio.ensure_future(h.invoke_action("slow", memory("x"), options={"delay": 5}))
            for _ in range(5)
        ]
        await asyncio.sleep(0.2)
        import os
        import signal

        os.kill(pid, signal.SIGKILL)
        results = await asyncio.gather(*pending, return_exceptions=True)
        assert all(isinstance(r, PluginCrashedError) for r in results), results
        assert "SIGKILL" in str(results[0])
        with pytest.raises(PluginCrashedError, match="restart"):
            await h.invoke_action("echo", memory("x"))
        await h.restart()
        assert h.pid != pid
        assert (await h.invoke_action("echo", memory("back"))).text == "echo: back"
    finally:
        await h.close()
    with pytest.raises(PluginClosedError):
        await h.invoke_action("echo", memory("x"))


async def test_close_is_graceful_and_idempotent() -> None:
    h = await IpcPlugin.start([*BRIDGE, ECHO], startup_timeout=60)
    link = h._link
    assert link is not None
    assert link.proc is not None
    await h.close()
    assert link.proc.returncode == 0
    await h.close()
