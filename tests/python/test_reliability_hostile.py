"""Hostile plugins on every path, beyond tests/python/test_ipc_hostile.py, test_ffi_native.py and
test_wasm_loader.py: misbehaviour *under concurrency* and *slow* misbehaviour.

- FFI: a panic loop on one thread while other threads call the same library.
- WASM: an infinite loop and a memory bomb trapping over and over on two handles while a third handle serves
  good calls on another thread.
- IPC: slow-loris answers (a byte at a time, slower than the call timeout), a partial line that never
  completes, and a flood (child processes bursting stderr lines, 80 MiB of stdout without a newline).

Each misbehaviour ends in a clear typed error within its limit, the host and a bystander plugin keep working,
and every pending call ends with a result or an error (counted: calls lost 0)."""

from __future__ import annotations

import asyncio
import contextlib
import os
import resource
import signal
import sys
import threading
import time
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from reliability_fixtures.figures import record, reliability_figures, reliability_session
from support import cargo_build_cdylib

from elizaos_interop import testing
from elizaos_interop.errors import (
    CallTimeoutError,
    FuelExhaustedError,
    MessageTooLargeError,
    PluginPanicError,
    ProtocolError,
    WasmTrapError,
)
from elizaos_interop.paths.ipc import IpcPlugin

__all__ = ["reliability_figures", "reliability_session"]

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
ECHO = str(HERE / "fixtures" / "echo_plugin.py")
BRIDGE = [sys.executable, "-m", "elizaos_interop.bridge_server", ECHO]
LORIS = [sys.executable, str(HERE / "reliability_fixtures" / "loris_plugin.py")]
WASM_HOSTILE = ROOT / "rust" / "tests" / "fixtures" / "wasm-hostile"
ECHO_AS = ROOT / "plugins" / "plugin-echo-as" / "build" / "plugin_echo_as.wasm"

pytestmark = pytest.mark.timeout(120)


memory = partial(testing.memory, entity="00000000-0000-0000-0000-000000000001", room="r1")


def rss_mib() -> float:
    """Current resident set size of this process (MiB), from /proc."""
    with open(f"/proc/{os.getpid()}/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


@pytest.fixture
async def bystander() -> AsyncIterator[IpcPlugin]:
    h = await IpcPlugin.start(BRIDGE, startup_timeout=60)
    try:
        yield h
    finally:
        await h.close()


async def check_bystander(h: IpcPlugin) -> None:
    assert (await h.invoke_action("echo", memory("still here"))).text == "echo: still here"


class Tally:
    """Outcomes of calls: every call must end in a result or one of the expected errors."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.made = 0
        self.ok = 0
        self.errors: dict[str, int] = {}

    def run(self, fn: Callable[[], Any], expected: tuple[type[BaseException], ...] = ()) -> Any:
        with self.lock:
            self.made += 1
        try:
            out = fn()
        except expected as err:
            with self.lock:
                self.errors[type(err).__name__] = self.errors.get(type(err).__name__, 0) + 1
            return err
        with self.lock:
            self.ok += 1
        return out

    async def arun(self, coro: Any, expected: tuple[type[BaseException], ...] = ()) -> Any:
        with self.lock:
            self.made += 1
        try:
            out = await coro
        except expected as err:
            with self.lock:
                self.errors[type(err).__name__] = self.errors.get(type(err).__name__, 0) + 1
            return err
        with self.lock:
            self.ok += 1
        return out

    @property
    def ended(self) -> int:
        return self.ok + sum(self.errors.values())

    def figures(self) -> dict[str, int]:
        return {
            "calls made": self.made,
            "results": self.ok,
            **{f"errors {k}": v for k, v in sorted(self.errors.items())},
            "faults injected": sum(self.errors.values()),
            "calls lost": self.made - self.ended,
        }


# ----------------------------------------------------------------------------------------------- FFI


@pytest.fixture(scope="module")
def echo_lib() -> Path:
    return cargo_build_cdylib("elizaos-interop-echo-fixture", "echo_plugin", "ffi")


PANICS = 50


@pytest.mark.timeout(600)  # may build the fixture library first (cargo)
def test_ffi_panic_loop_while_other_threads_call_the_same_library(echo_lib: Path) -> None:
    from elizaos_interop.paths.ffi import load_rust_plugin

    plugin = load_rust_plugin(echo_lib)
    tally = Tally()
    panics_done = threading.Event()
    mismatched: list[str] = []

    def panicker() -> None:
        async def run() -> None:
            for i in range(PANICS):
                err = await tally.arun(plugin.invoke_action("PANIC", memory(f"p{i}")), (PluginPanicError,))
                assert isinstance(err, PluginPanicError), err
                assert "panicked on purpose" in str(err)

        try:
            asyncio.run(run())
        finally:
            panics_done.set()

    def caller(n: int) -> int:
        async def run() -> int:
            calls = 0
            while not panics_done.is_set() or calls < 200:
                text = f"{n}-{calls}"
                r = await tally.arun(plugin.invoke_action("ECHO", memory(text)))
                if r.text != text:
                    mismatched.append(f"{text} -> {r.text}")
                calls += 1
            return calls

        return asyncio.run(run())

    t0 = time.monotonic()
    with ThreadPoolExecutor(max_workers=4) as pool:
        callers = [pool.submit(caller, n) for n in range(3)]
        pool.submit(panicker).result(timeout=120)
        good = sum(f.result(timeout=120) for f in callers)
    assert not mismatched, mismatched[:5]
    assert tally.errors.get("PluginPanicError") == PANICS
    assert good >= 600
    assert tally.made == tally.ended
    record(
        "test_reliability_hostile::ffi panic loop + 3 calling threads",
        **tally.figures(),
        **{"good calls on other threads": good, "wall s": round(time.monotonic() - t0, 2)},
    )


# ---------------------------------------------------------------------------------------------- WASM


def test_wasm_loop_and_bomb_interleaved_with_good_calls_on_a_second_handle() -> None:
    from elizaos_interop.paths.wasm import load_wasm_plugin

    assert ECHO_AS.is_file(), f"{ECHO_AS} missing: run plugins/plugin-echo-as/build.sh (CI builds it first)"
    looping = load_wasm_plugin(WASM_HOSTILE / "loop.wat", fuel=2_000_000, deadline=2.0)
    deadline_loop = load_wasm_plugin(WASM_HOSTILE / "loop.wat", fuel=None, deadline=0.05)
    bomb = load_wasm_plugin(WASM_HOSTILE / "bomb.wat", max_memory_bytes=8 * 1024 * 1024)
    good = load_wasm_plugin(ECHO_AS)
    tally = Tally()
    stop = threading.Event()
    expected: tuple[type[BaseException], ...] = (WasmTrapError,)
    kinds: dict[str, int] = {}

    def hostile(handle: Any, rounds: int) -> None:
        async def run() -> None:
            for _ in range(rounds):
                err = await tally.arun(handle.invoke_action("misbehave", memory("x")), expected)
                assert isinstance(err, WasmTrapError), err
                with tally.lock:
                    kinds[type(err).__name__] = kinds.get(type(err).__name__, 0) + 1
                ok = await tally.arun(handle.get_provider("ok", memory("x")))
                assert ok.text == "ok"

        asyncio.run(run())

    def good_calls() -> int:
        async def run() -> int:
            n = 0
            while not stop.is_set() or n < 100:
                text = f"good-{n}"
                r = await tally.arun(good.invoke_action("echo", memory(text)))
                assert r.text == text
                n += 1
            return n

        return asyncio.run(run())

    t0 = time.monotonic()
    with ThreadPoolExecutor(max_workers=4) as pool:
        g = pool.submit(good_calls)
        hs = [
            pool.submit(hostile, looping, 15),
            pool.submit(hostile, deadline_loop, 15),
            pool.submit(hostile, bomb, 15),
        ]
        for h in hs:
            h.result(timeout=100)
        stop.set()
        n_good = g.result(timeout=100)
    wall = time.monotonic() - t0
    assert kinds.get("FuelExhaustedError", 0) == 15
    assert kinds.get("DeadlineExceededError", 0) == 15
    assert kinds.get("WasmTrapError", 0) == 15  # the memory bomb: trapped at max_memory_bytes
    assert looping.restarts == deadline_loop.restarts == bomb.restarts == 15
    assert good.restarts == 0
    assert bomb.memory_bytes() <= 65536
    assert tally.made == tally.ended
    assert issubclass(FuelExhaustedError, WasmTrapError)
    record(
        "test_reliability_hostile::wasm loop/deadline/bomb + good handle",
        **tally.figures(),
        **{"good calls": n_good, "instances re-created": 45, "wall s": round(wall, 2)},
    )


# ----------------------------------------------------------------------------------------------- IPC


async def test_ipc_slow_loris_answer_times_out_and_the_connection_stays_usable(bystander: IpcPlugin) -> None:
    """A plugin dribbling its answer a byte at a time (~5 s) with a 0.5 s call timeout."""
    tally = Tally()
    async with await IpcPlugin.start([*LORIS, "dribble"], startup_timeout=30) as h:
        t0 = time.monotonic()
        err = await tally.arun(
            h.invoke_action("act", memory("slow"), options={"pause": 0.05}, timeout=0.5), (CallTimeoutError,)
        )
        took = time.monotonic() - t0
        assert isinstance(err, CallTimeoutError)
        assert "did not answer within 0.5s" in str(err)
        assert took < 3, took
        # The plugin is still dribbling (it is single-threaded): "ok" waits behind it but completes, and the
        # late answer of the timed-out call is dropped, not delivered to anyone.
        ok = await tally.arun(h.invoke_action("act", memory("ok"), timeout=30))
        assert ok.text == "fine"
        assert not h._link.pending if h._link is not None else True
    await check_bystander(bystander)
    assert tally.made == tally.ended
    record("test_reliability_hostile::ipc slow-loris", **tally.figures(), **{"timeout s": 0.5})


async def test_ipc_partial_line_never_completes(bystander: IpcPlugin) -> None:
    """Half an answer and no newline: the call times out (the host keeps the partial line, bounded by
    max_buffer_bytes). When the plugin's next write starts with a newline, the partial line is reported as
    malformed (its id names the timed-out call, so no other call fails) and the next call is answered."""
    tally = Tally()
    async with await IpcPlugin.start([*LORIS, "partial"], startup_timeout=30) as h:
        t0 = time.monotonic()
        err = await tally.arun(h.invoke_action("act", memory("x"), timeout=0.5), (CallTimeoutError,))
        assert isinstance(err, CallTimeoutError)
        second = await tally.arun(
            h.invoke_action("act", memory("ok"), timeout=1.0), (CallTimeoutError, ProtocolError)
        )
        third = await tally.arun(h.invoke_action("act", memory("ok"), timeout=5.0))
        assert third.text == "fine"
        assert time.monotonic() - t0 < 10
        outcome = "answered" if not isinstance(second, BaseException) else type(second).__name__
        assert outcome == "answered", second
    await check_bystander(bystander)
    assert tally.made == tally.ended
    record(
        "test_reliability_hostile::ipc partial line",
        **tally.figures(),
        **{"call after the partial line": outcome},
    )


async def test_ipc_flood_children_stderr_burst_and_80mib_stdout_without_newline(bystander: IpcPlugin) -> None:
    """8 grandchildren burst 40,000 stderr lines while the plugin writes 80 MiB without a newline: the
    oversized line is dropped as it arrives (host RSS stays bounded), the 20 pending calls end with
    CallTimeoutError, and the connection works again after the newline."""
    tally = Tally()
    rss0 = rss_mib()
    peak = rss0
    h = await IpcPlugin.start(
        [*LORIS, "flood"], startup_timeout=30, max_message_bytes=1 << 20, call_timeout=30
    )
    try:
        calls = [
            tally.arun(
                h.invoke_action("act", memory("flood"), options={"mb": 80}, timeout=6.0), (CallTimeoutError,)
            )
        ]
        calls += [
            tally.arun(h.invoke_action("act", memory("x"), timeout=6.0), (CallTimeoutError,))
            for _ in range(19)
        ]
        pgid = h.pid
        done = asyncio.gather(*calls)
        while not done.done():
            peak = max(peak, rss_mib())
            await asyncio.sleep(0.05)
        results = await done
        assert all(isinstance(r, (CallTimeoutError, MessageTooLargeError)) for r in results)
        ok = await tally.arun(h.invoke_action("act", memory("ok"), timeout=30))
        assert ok.text == "fine"
        pids = [int(p) for p in (await h.invoke_action("act", memory("pids"))).text.split(",") if p]
        assert len(pids) >= 8
    finally:
        await h.close()
    # The plugin exited by itself when its stdin closed, so close() sent no signal and its children live on
    # (see test_grandchildren_are_killed_when_the_plugin_exits_by_itself): clean them up here.
    _killpg(pgid)
    await check_bystander(bystander)
    growth = peak - rss0
    assert growth < 64, f"host RSS grew by {growth:.1f} MiB while 80 MiB were streamed at it"
    assert tally.made == tally.ended
    record(
        "test_reliability_hostile::ipc flood",
        **tally.figures(),
        **{
            "stdout MiB without newline": 80,
            "grandchildren": len(pids),
            "stderr lines": 8 * 5000,
            "host RSS growth MiB": round(growth, 1),
            "host peak RSS MiB (ru_maxrss)": round(
                resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1
            ),
        },
    )


async def test_grandchildren_are_killed_when_the_plugin_exits_by_itself() -> None:
    h = await IpcPlugin.start([*LORIS, "flood"], startup_timeout=30, max_message_bytes=1 << 20)
    pgid = h.pid
    pids: list[int] = []
    try:
        err = await h.invoke_action("act", memory("flood"), options={"mb": 1, "lines": 10}, timeout=2.0)
        raise AssertionError(f"expected a timeout, got {err}")
    except CallTimeoutError:
        pids = [
            int(p) for p in (await h.invoke_action("act", memory("pids"), timeout=10)).text.split(",") if p
        ]
    finally:
        await h.close()
    try:
        await asyncio.sleep(0.3)
        alive = [p for p in pids if _alive(p)]
        assert len(pids) == 8
        assert not alive, f"{len(alive)} grandchildren survived close()"
    finally:
        _killpg(pgid)


def _killpg(pgid: int | None) -> None:
    if pgid:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pgid, signal.SIGKILL)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False

