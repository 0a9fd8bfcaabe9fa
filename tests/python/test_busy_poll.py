"""Busy polling (docs/PROTOCOL.md §2): the bridge's SpinningSelector and the host's poll of a lone call,
on real pipes, threads and bridge processes."""

from __future__ import annotations

import asyncio
import os
import threading
import time

import pytest
from support import ECHO_BRIDGE as BRIDGE

from elizaos_interop.errors import PluginLoadError
from elizaos_interop.paths.ipc import IpcLimits, IpcPlugin, busy_poll
from elizaos_interop.testing import memory

pytestmark = pytest.mark.timeout(120)


def _write_later(fd: int, data: bytes, delay: float) -> threading.Thread:
    def run() -> None:
        time.sleep(delay)
        os.write(fd, data)

    t = threading.Thread(target=run)
    t.start()
    return t


def test_poll_reads_feeds_what_arrives_within_the_budget() -> None:
    r, w = os.pipe()
    os.set_blocking(r, False)
    got = bytearray()
    t = _write_later(w, b"answer", 0.0005)
    try:
        assert busy_poll.poll_reads(r, got.extend, lambda: got == b"answer", 200_000_000)
    finally:
        t.join()
        os.close(r)
        os.close(w)
    assert got == b"answer"


def test_poll_reads_gives_up_after_its_budget_and_at_end_of_file() -> None:
    r, w = os.pipe()
    os.set_blocking(r, False)
    try:
        t0 = time.perf_counter()
        assert not busy_poll.poll_reads(r, lambda b: None, lambda: False, 2_000_000)  # 2 ms, nothing comes
        assert 0.002 <= time.perf_counter() - t0 < 1.0
        os.close(w)
        assert not busy_poll.poll_reads(r, lambda b: None, lambda: False, 1_000_000_000)  # EOF: at once
    finally:
        os.close(r)


def test_a_spinning_loop_serves_readers_and_timers_like_a_plain_one() -> None:
    async def main() -> tuple[bytes, float]:
        loop = asyncio.get_running_loop()
        assert isinstance(loop._selector, busy_poll.SpinningSelector)  # type: ignore[attr-defined]
        r, w = os.pipe()
        os.set_blocking(r, False)
        fut: asyncio.Future[bytes] = loop.create_future()
        loop.add_reader(r, lambda: fut.set_result(os.read(r, 100)))
        t = _write_later(w, b"ping", 0.05)  # after the spin budget: the loop must wake from a real sleep
        try:
            data = await asyncio.wait_for(fut, 5)
        finally:
            loop.remove_reader(r)
            t.join()
            os.close(r)
            os.close(w)
        t0 = time.perf_counter()
        await asyncio.sleep(0.05)
        return data, time.perf_counter() - t0

    data, slept = busy_poll.run(main(), 200)
    assert data == b"ping"
    assert 0.05 <= slept < 1.0


def test_bad_budgets_are_refused_by_name() -> None:
    with pytest.raises(ValueError, match="ELIZAOS_INTEROP_BUSY_POLL_US"):
        busy_poll.server_spin_us({"ELIZAOS_INTEROP_BUSY_POLL_US": "fast"})
    with pytest.raises(ValueError, match="must not be negative"):
        busy_poll.server_spin_us({"ELIZAOS_INTEROP_BUSY_POLL_US": "-5"})
    assert busy_poll.server_spin_us({"ELIZAOS_INTEROP_BUSY_POLL_US": "0"}) == 0
    with pytest.raises(ValueError, match="busy_poll_us"):
        IpcLimits(busy_poll_us=-1)


async def test_a_bridge_with_a_bad_budget_fails_to_start_naming_the_variable() -> None:
    with pytest.raises(PluginLoadError, match="ELIZAOS_INTEROP_BUSY_POLL_US"):
        await IpcPlugin.start(BRIDGE, env={"ELIZAOS_INTEROP_BUSY_POLL_US": "soon"}, startup_timeout=60)


@pytest.mark.skipif(not busy_poll.can_poll(), reason="busy polling is off with one usable CPU")
async def test_a_slow_plugin_backs_off_and_a_fast_answer_resets_it() -> None:
    # The largest budget (10 ms), so that a fast echo is answered within it even on a loaded CI machine; the
    # slow call sleeps ten times as long, so it always misses.
    h = await IpcPlugin.start(BRIDGE, startup_timeout=60, busy_poll_us=10_000)
    try:
        link = h._link
        assert link is not None
        assert link.spin_ns == 10_000_000
        r = await h.invoke_action("slow", memory("x"), options={"delay": 0.1})  # 100 ms: past the budget
        assert r.text == "slept 0.1"
        assert link.spin_backoff == 1  # one miss: the next lone call is not polled
        assert link.spin_skip == 1
        await h.invoke_action("echo", memory("skipped"))
        assert link.spin_skip == 0
        for _ in range(20):  # a fast plugin is answered while polling (at least once in 20 tries)
            await h.invoke_action("echo", memory("fast"))
            if link.spin_backoff == 0:
                break
        assert link.spin_backoff == 0
    finally:
        await h.close()


async def test_busy_poll_us_0_turns_host_polling_off_and_calls_still_work() -> None:
    h = await IpcPlugin.start(BRIDGE, startup_timeout=60, busy_poll_us=0)
    try:
        assert h._link is not None
        assert h._link.spin_ns == 0
        assert (await h.invoke_action("echo", memory("hi"))).text == "echo: hi"
    finally:
        await h.close()
