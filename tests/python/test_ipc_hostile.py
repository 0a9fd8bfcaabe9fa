"""Hostile plugins: each misbehaviour ends with a clear typed error within its limit; the host, and another
plugin loaded alongside, stay up; every pending call ends."""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from elizaos_interop.errors import (
    CallTimeoutError,
    MessageTooLargeError,
    PluginCrashedError,
    ProtocolError,
    StartupTimeoutError,
    VersionMismatchError,
)
from elizaos_interop.paths.ipc import IpcPlugin
from elizaos_interop.testing import memory

FIXTURES = Path(__file__).parent / "fixtures"
HOSTILE = [sys.executable, str(FIXTURES / "hostile_plugin.py")]
BRIDGE = [sys.executable, "-m", "elizaos_interop.bridge_server", str(FIXTURES / "echo_plugin.py")]

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
async def bystander() -> AsyncIterator[IpcPlugin]:
    h = await IpcPlugin.start(BRIDGE, startup_timeout=60)
    try:
        yield h
    finally:
        await h.close()


async def check_bystander(h: IpcPlugin) -> None:
    assert (await h.invoke_action("echo", memory("still here"))).text == "echo: still here"


async def start(mode: str, **kw: object) -> IpcPlugin:
    return await IpcPlugin.start([*HOSTILE, mode], **kw)  # type: ignore[arg-type]


async def test_garbage_line_fails_that_call(bystander: IpcPlugin) -> None:
    async with await start("garbage") as h:
        with pytest.raises(ProtocolError, match="malformed"):
            await h.invoke_action("act", memory("x"), timeout=20)
        assert (await h.invoke_action("act", memory("ok"))).text == "fine"
    await check_bystander(bystander)


async def test_unknown_type_fails_that_call(bystander: IpcPlugin) -> None:
    async with await start("unknown-type") as h:
        with pytest.raises(ProtocolError, match=r"unknown message type 'weird\.thing'"):
            await h.invoke_action("act", memory("x"), timeout=20)
        assert (await h.invoke_action("act", memory("ok"))).text == "fine"
    await check_bystander(bystander)


async def test_oversized_line_fails_that_call(bystander: IpcPlugin) -> None:
    async with await start("oversized", max_message_bytes=64 * 1024) as h:
        with pytest.raises(MessageTooLargeError):
            await h.invoke_action("act", memory("x"), timeout=20)
        assert (await h.invoke_action("act", memory("ok"))).text == "fine"
    await check_bystander(bystander)


async def test_silent_plugin_times_out_and_gets_cancel(bystander: IpcPlugin) -> None:
    async with await start("silent") as h:
        t0 = time.monotonic()
        results = await asyncio.gather(
            *[h.invoke_action("act", memory("x"), timeout=0.5) for _ in range(3)], return_exceptions=True
        )
        assert time.monotonic() - t0 < 5
        assert all(isinstance(r, CallTimeoutError) for r in results)
        cancels = (await h.invoke_action("act", memory("cancels"))).text.split(",")
        assert len(cancels) == 3
        assert all(cancels)
    await check_bystander(bystander)


async def test_exit_mid_call_fails_every_pending_call(bystander: IpcPlugin) -> None:
    async with await start("exit") as h:
        results = await asyncio.gather(
            *[h.invoke_action("act", memory("x"), timeout=30) for _ in range(4)], return_exceptions=True
        )
        assert all(isinstance(r, PluginCrashedError) for r in results), results
        assert "exited with code 3" in str(results[0])
        assert "exiting mid-call" in str(results[0])  # stderr tail in the message
        await h.restart()
        assert (await h.invoke_action("act", memory("ok"))).text == "fine"
    await check_bystander(bystander)


async def test_flooding_plugin_is_survived(bystander: IpcPlugin) -> None:
    async with await start("flood", max_message_bytes=1024 * 1024) as h:
        res = await h.invoke_action("act", memory("x"), timeout=60)
        assert res.text == "survived"
        assert (await h.invoke_action("act", memory("ok"))).text == "fine"
    await check_bystander(bystander)


async def test_hang_at_startup_times_out(bystander: IpcPlugin) -> None:
    t0 = time.monotonic()
    with pytest.raises(StartupTimeoutError, match="startup_timeout=1"):
        await start("hang-start", startup_timeout=1, shutdown_grace=0.5)
    assert time.monotonic() - t0 < 10
    await check_bystander(bystander)


async def test_wrong_version_is_refused(bystander: IpcPlugin) -> None:
    with pytest.raises(VersionMismatchError, match="protocol version 99"):
        await start("wrong-version")
    await check_bystander(bystander)


async def test_first_line_not_ready_is_refused(bystander: IpcPlugin) -> None:
    with pytest.raises(ProtocolError, match="ready"):
        await start("first-line-garbage", shutdown_grace=0.5)
    await check_bystander(bystander)


async def test_partial_line_over_max_buffer_bytes_drops_the_connection(bystander: IpcPlugin) -> None:
    h = await start("oversized", max_message_bytes=1024 * 1024, max_buffer_bytes=16 * 1024)
    try:
        with pytest.raises(ProtocolError, match="max_buffer_bytes"):
            await h.invoke_action("act", memory("x"), timeout=20)
        with pytest.raises(PluginCrashedError):
            await h.invoke_action("act", memory("ok"))
        await h.restart()
        assert (await h.invoke_action("act", memory("ok"))).text == "fine"
    finally:
        await h.close()
    await check_bystander(bystander)


async def test_log_messages_are_routed_to_logging(caplog: pytest.LogCaptureFixture) -> None:
    import logging

    caplog.set_level(logging.INFO, logger="elizaos_interop.plugin")
    async with await start("plain", name="loggy") as h:
        assert (await h.invoke_action("act", memory("log"))).text == "logged"
    recs = [r for r in caplog.records if r.name == "elizaos_interop.plugin.loggy"]
    assert any(r.levelno == logging.WARNING and r.getMessage() == "[hostile] a log record" for r in recs)


async def test_missing_executable_is_a_load_error() -> None:
    from elizaos_interop.errors import PluginLoadError

    with pytest.raises(PluginLoadError, match="cannot start"):
        await IpcPlugin.start(["/nonexistent/plugin-binary"])
