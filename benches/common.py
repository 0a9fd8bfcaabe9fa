"""Shared helpers for the benches: timing loops, memory probes, statistics."""

from __future__ import annotations

import asyncio
import contextlib
import os
import statistics
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCHES = ROOT / "benches"
RESULTS = BENCHES / "results"

SMALL_TEXT = "hello world"
LARGE_TEXT = "x" * (100 * 1024)
PAYLOADS: dict[str, str] = {"small": SMALL_TEXT, "100KB": LARGE_TEXT}

#: Samples of the latency list kept per row in the JSON results (the plot uses them).
KEEP_SAMPLES = 4000


def _status_kib(pid: int | str, field: str) -> int:
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    for line in text.splitlines():
        if line.startswith(field):
            return int(line.split()[1])
    return 0


def rss_kib(pid: int | str = "self") -> int:
    return _status_kib(pid, "VmRSS:")


def peak_kib(pid: int | str = "self") -> int:
    return _status_kib(pid, "VmHWM:")


def reset_peak(pid: int | str = "self") -> None:
    """Reset the kernel's peak-RSS mark (VmHWM) for `pid` (Linux: write 5 to clear_refs)."""
    with contextlib.suppress(OSError):
        Path(f"/proc/{pid}/clear_refs").write_text("5")


def child_pids(pid: int | str = "self") -> list[int]:
    """Every descendant of `pid` (from /proc/*/task/*/children)."""
    out: list[int] = []
    todo: list[int | str] = [pid]
    while todo:
        p = todo.pop()
        task_dir = Path(f"/proc/{p}/task")
        try:
            tasks = list(task_dir.iterdir())
        except OSError:
            continue
        for t in tasks:
            try:
                kids = [int(x) for x in (t / "children").read_text().split()]
            except OSError:
                continue
            out.extend(kids)
            todo.extend(kids)
    return out


_TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """utime + stime of `pid` (clock-tick resolution)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / _TICK


class MemProbe:
    """Peak RSS growth and CPU time of this process and of its children over a measured stretch."""

    def __init__(self) -> None:
        self.children = child_pids()
        reset_peak()
        for c in self.children:
            reset_peak(c)
        self.before = rss_kib()
        self.child_before = {c: rss_kib(c) for c in self.children}
        self.child_cpu = {c: cpu_seconds(c) for c in self.children}
        self.cpu = time.process_time()

    def finish(self) -> dict[str, float]:
        cpu = time.process_time() - self.cpu
        child_cpu = sum(cpu_seconds(c) - v for c, v in self.child_cpu.items())
        host = max(0, peak_kib() - self.before)
        child = sum(max(0, peak_kib(c) - b) for c, b in self.child_before.items())
        return {
            "host_peak_delta_kib": host,
            "server_peak_delta_kib": child,
            "host_rss_kib": self.before,
            "server_rss_kib": sum(self.child_before.values()),
            "host_cpu_s": cpu,
            "server_cpu_s": child_cpu,
        }


def pick_n(per_call_s: float, seconds: float, max_calls: int, min_calls: int = 200) -> int:
    return max(min_calls, min(max_calls, int(seconds / max(per_call_s, 1e-9))))


async def measure_async(
    call: Callable[[], Awaitable[Any]],
    check: Callable[[Any], None],
    *,
    seconds: float,
    max_calls: int,
    warmup: int = 50,
) -> dict[str, Any]:
    """Time `await call()` one at a time: warm-up, calibrate, then n timed calls (n from the time budget)."""
    for _ in range(warmup):
        check(await call())
    pc = time.perf_counter_ns
    t = pc()
    for _ in range(warmup):
        await call()
    n = pick_n((pc() - t) / 1e9 / warmup, seconds, max_calls)
    probe = MemProbe()
    lat = [0] * n
    start = pc()
    for i in range(n):
        s = pc()
        await call()
        lat[i] = pc() - s
    total = pc() - start
    return {"n": n, "total_ns": total, "lat_ns": lat, **probe.finish()}


async def throughput(
    call: Callable[[], Awaitable[Any]], concurrency: int, max_calls: int, seconds: float
) -> dict[str, Any]:
    """`concurrency` tasks doing calls back to back on one handle: calls per second overall.

    A calibration round (4 calls per task) sizes the timed round to about `seconds` (at most `max_calls`)."""

    async def lane(k: int) -> None:
        for _ in range(k):
            await call()

    t = time.perf_counter()
    await asyncio.gather(*(lane(4) for _ in range(concurrency)))  # warm-up + calibration
    rate = 4 * concurrency / (time.perf_counter() - t)
    per = max(4, min(max_calls, int(rate * seconds)) // concurrency)
    probe = MemProbe()
    start = time.perf_counter()
    await asyncio.gather(*(lane(per) for _ in range(concurrency)))
    elapsed = time.perf_counter() - start
    calls = per * concurrency
    return {
        "concurrency": concurrency,
        "calls": calls,
        "seconds": elapsed,
        "calls_per_s": calls / elapsed,
        **probe.finish(),
    }


def summarize(lat_ns: list[int], total_ns: int) -> dict[str, float]:
    s = sorted(lat_ns)
    n = len(s)
    return {
        "median_us": statistics.median(s) / 1e3,
        "p99_us": s[min(n - 1, int(n * 0.99))] / 1e3,
        "mean_us": statistics.fmean(s) / 1e3,
        "calls_per_s": n / (total_ns / 1e9) if total_ns else 0.0,
    }


def subsample(lat_ns: list[int], keep: int = KEEP_SAMPLES) -> list[int]:
    if len(lat_ns) <= keep:
        return list(lat_ns)
    step = len(lat_ns) / keep
    return [lat_ns[int(i * step)] for i in range(keep)]


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    """(milliseconds, result) of one call."""
    t = time.perf_counter()
    r = fn()
    return (time.perf_counter() - t) * 1e3, r


def env_for_children() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    return env
