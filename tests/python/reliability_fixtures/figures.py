"""Figures of the reliability suite (cases tried, faults injected, calls made, calls lost...).

Each test records its figures with `record(...)`. Import the autouse fixture `reliability_figures` into a test
module: it prints the module's block when the module ends, and the suite's totals once at the end of the
session. Both are written through pytest's terminal reporter (never captured, so they show with or without
`-s`), or to `sys.__stderr__` outside pytest.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator

import pytest

Figure = int | float | str

_lock = threading.Lock()
_figures: dict[str, dict[str, Figure]] = {}
_printed_modules: set[str] = set()


def record(test: str, **figures: Figure) -> None:
    """Adds `figures` to `test`'s (numbers add up when recorded twice, text is replaced)."""
    with _lock:
        row = _figures.setdefault(test, {})
        for key, value in figures.items():
            old = row.get(key)
            if (
                isinstance(value, (int, float))
                and isinstance(old, (int, float))
                and not isinstance(value, bool)
            ):
                row[key] = old + value
            else:
                row[key] = value


def snapshot() -> dict[str, dict[str, Figure]]:
    with _lock:
        return {k: dict(v) for k, v in _figures.items()}


def _fmt(value: Figure) -> str:
    if isinstance(value, float):
        return f"{value:,.3f}" if value < 100 else f"{value:,.0f}"
    if isinstance(value, int):
        return f"{value:,}"
    return value


def format_block(title: str, rows: dict[str, dict[str, Figure]]) -> str:
    lines = [f"==== {title} " + "=" * max(4, 100 - len(title))]
    for test, figs in sorted(rows.items()):
        lines.append(f"  {test}")
        lines.append("      " + ", ".join(f"{k}: {_fmt(v)}" for k, v in figs.items()))
    return "\n".join(lines) + "\n"


def _emit(config: pytest.Config | None, text: str) -> None:
    reporter = config.pluginmanager.get_plugin("terminalreporter") if config is not None else None
    capman = config.pluginmanager.get_plugin("capturemanager") if config is not None else None
    if reporter is not None:
        if capman is not None:  # fixture teardown runs with capture on: step out of it, as --setup-show does
            with capman.global_and_fixture_disabled():
                reporter.write("\n" + text)
        else:
            reporter.write("\n" + text)
        return
    out = sys.__stderr__
    if out is not None:
        out.write("\n" + text)
        out.flush()


def _totals(rows: dict[str, dict[str, Figure]]) -> dict[str, Figure]:
    keys = ("cases tried", "faults injected", "calls made", "calls lost", "duplicates", "pending unfinished")
    tot: dict[str, Figure] = {}
    for key in keys:
        vals = [v[key] for v in rows.values() if isinstance(v.get(key), (int, float))]
        if vals:
            tot[key] = sum(int(x) for x in vals)
    return tot


_session_printed = False


@pytest.fixture(scope="session")
def reliability_session(request: pytest.FixtureRequest) -> Iterator[None]:
    """Prints the suite's totals at the end of the session (once, whichever module imported it)."""
    yield
    global _session_printed
    totals = _totals(snapshot())
    if totals and not _session_printed:
        _session_printed = True
        _emit(request.config, format_block("reliability suite: totals", {"all tests": totals}))


@pytest.fixture(scope="module", autouse=True)
def reliability_figures(request: pytest.FixtureRequest, reliability_session: None) -> Iterator[None]:
    """Prints the figures recorded by the tests of this module when the module ends."""
    module = request.module.__name__
    before = set(snapshot())
    yield
    rows = {k: v for k, v in snapshot().items() if k not in before}
    if rows and module not in _printed_modules:
        _printed_modules.add(module)
        _emit(request.config, format_block(f"reliability figures: {module}", rows))
