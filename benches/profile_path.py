#!/usr/bin/env python3
"""Profile one path's hot loop (the misses in benches/run.py's targets): where does a round trip's time go?

    python benches/profile_path.py ipc-unix-protobuf [--calls 20000] [--payload small|100KB] [--concurrency 1]
    python benches/profile_path.py wasm-py|ffi|direct [--calls 200000]
    python benches/profile_path.py startup-ipc        # import profile of the Python bridge's start-up

Client side: cProfile over the calls, top functions by own time. IPC: the bridge server also runs under
cProfile (written when it shuts down) and its top functions are printed too.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import os
import pstats
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benches.common import PAYLOADS, ROOT, env_for_children
from benches.workers import ECHO_SO, ECHO_WASM, PY_ECHO, memory


def top(stats_src: cProfile.Profile | str, n: int, title: str) -> None:
    out = io.StringIO()
    st = pstats.Stats(stats_src, stream=out)
    st.strip_dirs().sort_stats("tottime").print_stats(n)
    print(f"\n===== {title}: top {n} by own time =====")
    print("\n".join(line for line in out.getvalue().splitlines() if line.strip())[:6000])


async def run_calls(handle: Any, text: str, calls: int, concurrency: int) -> None:
    mem = memory(text)
    per = max(1, calls // concurrency)

    async def lane() -> None:
        for _ in range(per):
            await handle.invoke_action("ECHO", mem)

    await asyncio.gather(*(lane() for _ in range(concurrency)))


async def profile_ipc(transport: str, framing: str, text: str, calls: int, concurrency: int) -> None:
    from elizaos_interop.paths.ipc.client import IpcPlugin

    with tempfile.TemporaryDirectory() as d:
        prof = os.path.join(d, "server.prof")
        bridge = ["-m", "elizaos_interop.bridge_server", str(PY_ECHO)]
        cmd = [sys.executable, "-m", "cProfile", "-o", prof, *bridge]
        handle = await IpcPlugin.start(
            cmd,
            transport=transport,  # type: ignore[arg-type]
            framing=framing,  # type: ignore[arg-type]
            flags_at=len(cmd) - 1,
            env=env_for_children(),
            name="bench-echo",
        )
        await run_calls(handle, text, 200, 1)
        pr = cProfile.Profile()
        pr.enable()
        await run_calls(handle, text, calls, concurrency)
        pr.disable()
        await handle.close()
        top(pr, 25, f"host (client) side, {calls} calls, {concurrency} in flight")
        if Path(prof).exists():  # noqa: ASYNC240 (after the run)
            top(prof, 25, "bridge server side (whole process life)")
        else:
            print("(the server wrote no profile: it did not exit cleanly)")


async def profile_inproc(key: str, text: str, calls: int) -> None:
    handle: Any
    if key == "wasm-py":
        from elizaos_interop.paths.wasm import load_wasm_plugin

        handle = load_wasm_plugin(ECHO_WASM)
    elif key == "ffi":
        from elizaos_interop.paths.ffi import load_rust_plugin

        handle = load_rust_plugin(ECHO_SO)
    else:
        from elizaos_interop.paths.direct import load_python_plugin

        handle = load_python_plugin(PY_ECHO)
    await run_calls(handle, text, 1000, 1)
    pr = cProfile.Profile()
    pr.enable()
    await run_calls(handle, text, calls, 1)
    pr.disable()
    top(pr, 25, f"{key}, {calls} calls")


def profile_startup() -> None:
    code = (
        "from elizaos_interop.serve.dispatch import PluginInvoker, load_python_target;"
        f"PluginInvoker(load_python_target({str(PY_ECHO)!r}))"
    )
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code],
        cwd=ROOT,
        env=env_for_children(),
        capture_output=True,
        text=True,
        check=True,
    )
    rows = []
    for line in proc.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        own_us, cum_us, name = (p.strip() for p in line.removeprefix("import time:").split("|"))
        rows.append((int(cum_us), int(own_us), name))
    total = max(r[0] for r in rows)
    print(f"\n===== bridge start-up imports (-X importtime), biggest cumulative; total ~{total / 1e3:.0f} ms")
    for cum, own, name in sorted(rows, reverse=True)[:30]:
        print(f"{cum / 1e3:9.1f} ms cumulative {own / 1e3:8.1f} ms own  {name}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path", help="ipc-{stdio,unix,tcp}-{json,protobuf}, wasm-py, ffi, direct or startup-ipc")
    ap.add_argument("--calls", type=int, default=20_000)
    ap.add_argument("--payload", choices=list(PAYLOADS), default="small")
    ap.add_argument("--concurrency", type=int, default=1)
    args = ap.parse_args()
    text = PAYLOADS[args.payload]
    if args.path == "startup-ipc":
        profile_startup()
    elif args.path.startswith("ipc-"):
        _, transport, framing = args.path.split("-")
        asyncio.run(profile_ipc(transport, framing, text, args.calls, args.concurrency))
    elif args.path in ("wasm-py", "ffi", "direct"):
        asyncio.run(profile_inproc(args.path, text, args.calls))
    else:
        ap.error(f"unknown path {args.path!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
