"""Load: 10,000 calls in flight at once over one IPC connection, and 10,000 across 8 plugin processes (1,250
each). Every call carries a unique token that its answer must echo: no call is lost, none answered twice or
with another call's answer. The host's RSS is sampled throughout and must stay bounded.

Figures printed: calls made, calls lost, duplicates, peak in flight, wall time, calls/s, host RSS."""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import time
from pathlib import Path

import pytest
from reliability_fixtures.figures import record, reliability_figures, reliability_session

from elizaos_interop.errors import InteropError
from elizaos_interop.paths.ipc import IpcPlugin
from elizaos_interop.testing import memory

__all__ = ["reliability_figures", "reliability_session"]

HERE = Path(__file__).resolve().parent
LOAD = [
    sys.executable,
    "-m",
    "elizaos_interop.bridge_server",
    str(HERE / "reliability_fixtures" / "load_plugin.py"),
]
N = 10_000
#: Each call waits this long in the plugin, so all of them are in flight together.
HOLD = 1.0
#: Generous bound on the host's RSS growth while 10,000 calls are in flight (measured: well under half).
RSS_BOUND_MIB = 256

pytestmark = pytest.mark.timeout(180)


def rss_mib() -> float:
    with open(f"/proc/{os.getpid()}/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


class DropCounter(logging.Handler):
    """Counts answers the host dropped because their id was not pending (a duplicate or a late answer)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.dropped = 0

    def emit(self, record: logging.LogRecord) -> None:
        if "which is not pending" in record.getMessage():
            self.dropped += 1


async def run_load(handles: list[IpcPlugin], per_handle: int, label: str) -> float:
    """Runs one wave of calls, checks every answer, records the figures; returns the peak RSS (MiB)."""
    drops = DropCounter()
    logging.getLogger("elizaos_interop.plugin").addHandler(drops)
    rss0 = peak_rss = rss_mib()
    peak_inflight = 0
    try:
        tokens = [
            [f"{label}-{h}-{i}-{os.urandom(4).hex()}" for i in range(per_handle)] for h in range(len(handles))
        ]
        t0 = time.perf_counter()
        tasks = [
            asyncio.ensure_future(
                handle.invoke_action("hold", memory(tok), options={"delay": HOLD}, timeout=120)
            )
            for handle, toks in zip(handles, tokens, strict=True)
            for tok in toks
        ]
        done = asyncio.gather(*tasks, return_exceptions=True)
        while not done.done():
            inflight = sum(len(h._link.pending) for h in handles if h._link is not None)
            peak_inflight = max(peak_inflight, inflight)
            peak_rss = max(peak_rss, rss_mib())
            await asyncio.sleep(0.02)
        results = await done
        wall = time.perf_counter() - t0
    finally:
        logging.getLogger("elizaos_interop.plugin").removeHandler(drops)
    flat = [tok for toks in tokens for tok in toks]
    errors = [r for r in results if isinstance(r, BaseException)]
    wrong = [
        (tok, r.text)
        for tok, r in zip(flat, results, strict=True)
        if not isinstance(r, BaseException) and r.text != tok
    ]
    answered = {r.text for r in results if not isinstance(r, BaseException)}
    pids = {int(r.values.fields["pid"].number_value) for r in results if not isinstance(r, BaseException)}
    lost = len(flat) - len(answered & set(flat))
    figures = {
        "calls made": len(flat),
        "calls answered": len(results) - len(errors),
        "calls lost": lost,
        "duplicates": drops.dropped,
        "wrong answers": len(wrong),
        "errors": len(errors),
        "plugin processes": len(pids),
        "peak in flight": peak_inflight,
        "wall s": round(wall, 2),
        "calls/s": round(len(flat) / wall),
        "host RSS before MiB": round(rss0, 1),
        "host RSS peak MiB": round(peak_rss, 1),
        "host RSS growth MiB": round(peak_rss - rss0, 1),
    }
    record(f"test_load_ipc::{label}", **figures)
    assert not errors, errors[:3]
    assert all(isinstance(e, InteropError) for e in errors)
    assert not wrong, wrong[:3]
    assert lost == 0
    assert drops.dropped == 0
    assert len(pids) == len(handles)
    assert peak_inflight >= 0.9 * len(flat), f"only {peak_inflight} calls were in flight at once"
    assert peak_rss - rss0 < RSS_BOUND_MIB, figures
    return peak_rss


async def test_10000_calls_in_flight_over_one_connection() -> None:
    h = await IpcPlugin.start(LOAD, startup_timeout=60, max_pending_requests=N, name="load-1")
    try:
        peak1 = await run_load([h], N, "10,000 in flight over 1 connection, wave 1")
        # A second wave reuses what the first freed: no growth per wave (nothing kept per finished call).
        peak2 = await run_load([h], N, "10,000 in flight over 1 connection, wave 2")
        record(
            "test_load_ipc::10,000 in flight over 1 connection, wave 2",
            **{"RSS peak growth over wave 1 MiB": round(peak2 - peak1, 1)},
        )
        assert peak2 - peak1 < 32, (peak1, peak2)
        assert not h._link.pending if h._link is not None else True
        assert (await h.invoke_action("hold", memory("after"))).text == "after"
    finally:
        await h.close()


async def test_10000_calls_across_8_plugin_processes() -> None:
    handles = await asyncio.gather(
        *[
            IpcPlugin.start(LOAD, startup_timeout=60, max_pending_requests=N // 8, name=f"load-8-{i}")
            for i in range(8)
        ]
    )
    try:
        await run_load(list(handles), N // 8, "10,000 in flight across 8 processes")
    finally:
        await asyncio.gather(*[h.close() for h in handles])
