"""Busy polling: wait a few microseconds on a CPU instead of sleeping in the kernel.

docs/PROTOCOL.md §2, "Busy polling".

On a multi-core machine, waking a process that sleeps in `epoll_wait` on another core costs tens of
microseconds (an inter-processor interrupt: a C ping-pong over a socketpair, `benches/peers/pingpong.c`,
takes 22-53 µs sleeping in read() and ~4 µs polling on the 2-core CI VM), most of an IPC round trip.
Polling the descriptor for a short budget first answers a fast peer without that wake-up; past the budget
the waiter sleeps as before, so an idle process burns at most one budget per wake-up. Each empty poll yields
the CPU (sched_yield), in case the peer shares this core; with one usable CPU polling is off.

- `SpinningSelector` is the selector of an event loop that polls (timeout 0) for up to `spin_us` before each
  blocking wait. The Python bridge server runs on it (`ELIZAOS_INTEROP_BUSY_POLL_US`, default
  `DEFAULT_SERVER_SPIN_US`; 0 turns it off).
- `poll_reads` is the host side: after writing a request, `IpcPlugin` reads its connection for up to
  `IpcLimits.busy_poll_us` while that call is the only one in flight (adaptive: a plugin that keeps missing
  the budget is not polled for a growing number of calls).
"""

from __future__ import annotations

import asyncio
import os
import selectors
import time
from collections.abc import Callable
from typing import Any

#: The bridge server's default polling budget before it sleeps (µs).
DEFAULT_SERVER_SPIN_US = 200
ENV_SERVER_SPIN = "ELIZAOS_INTEROP_BUSY_POLL_US"

_READ_CHUNK = 256 * 1024


class SpinningSelector(selectors.DefaultSelector):
    """`selectors.DefaultSelector` that polls for `spin_us` before each blocking `select`."""

    def __init__(self, spin_us: int) -> None:
        super().__init__()
        if spin_us < 0:
            raise ValueError("spin_us must not be negative")
        self.spin_ns = spin_us * 1000

    def select(self, timeout: float | None = None) -> list[tuple[selectors.SelectorKey, int]]:
        ready: list[tuple[selectors.SelectorKey, int]] = super().select(0)
        if ready or (timeout is not None and timeout <= 0) or not self.spin_ns:
            return ready
        clock = time.perf_counter_ns
        start = clock()
        end = start + self.spin_ns
        if timeout is not None:
            end = min(end, start + int(timeout * 1e9))
        yield_cpu = os.sched_yield
        while clock() < end:
            yield_cpu()  # when the peer runs on this same core, let it (polling would only keep it waiting)
            ready = super().select(0)
            if ready:
                return ready
        if timeout is not None:
            timeout = max(0.0, timeout - (clock() - start) / 1e9)
        result: list[tuple[selectors.SelectorKey, int]] = super().select(timeout)
        return result


def can_poll() -> bool:
    """Busy polling helps only when the peer can run at the same time: on one usable CPU it is off."""
    return len(os.sched_getaffinity(0)) >= 2


def server_spin_us(environ: dict[str, str] | os._Environ[str] = os.environ) -> int:
    """The bridge's polling budget: $ELIZAOS_INTEROP_BUSY_POLL_US, else the default (0 on one CPU)."""
    raw = environ.get(ENV_SERVER_SPIN, "")
    if not raw:
        return DEFAULT_SERVER_SPIN_US if can_poll() else 0
    try:
        value = int(raw)
    except ValueError:
        raise ValueError(f"{ENV_SERVER_SPIN}={raw!r}: expected a whole number of microseconds") from None
    if value < 0:
        raise ValueError(f"{ENV_SERVER_SPIN}={raw!r}: must not be negative")
    return value


def run(main: Any, spin_us: int) -> Any:
    """`asyncio.run(main)` on a `SelectorEventLoop` with a `SpinningSelector` (plain `asyncio.run` when 0)."""
    if spin_us == 0:
        return asyncio.run(main)
    loop = asyncio.SelectorEventLoop(SpinningSelector(spin_us))
    try:
        asyncio.set_event_loop(loop)
        return loop.run_until_complete(main)
    finally:
        try:
            _cancel_all(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            asyncio.set_event_loop(None)
            loop.close()


def _cancel_all(loop: asyncio.AbstractEventLoop) -> None:
    tasks = asyncio.all_tasks(loop)
    if not tasks:
        return
    for t in tasks:
        t.cancel()
    loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))


def poll_reads(fd: int, feed: Callable[[bytes], None], done: Callable[[], bool], budget_ns: int) -> bool:
    """Read the non-blocking `fd` into `feed` until `done()` or `budget_ns` elapsed. True when done.

    Safe beside the event loop's own reader of `fd` (one thread): bytes are fed in order either way, and an
    end of file read here is seen again by the loop's reader (it persists)."""
    clock = time.perf_counter_ns
    end = clock() + budget_ns
    read = os.read
    yield_cpu = os.sched_yield
    while True:
        try:
            data = read(fd, _READ_CHUNK)
        except (BlockingIOError, InterruptedError):
            if clock() >= end:
                return False
            yield_cpu()  # the plugin may share this core: let it run
            continue
        except OSError:
            return False
        if not data:
            return False
        feed(data)
        if done():
            return True


__all__ = [
    "DEFAULT_SERVER_SPIN_US",
    "ENV_SERVER_SPIN",
    "SpinningSelector",
    "can_poll",
    "poll_reads",
    "run",
    "server_spin_us",
]
