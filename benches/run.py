#!/usr/bin/env python3
"""Every interop path measured against its peers, in one run.

    pip install -e . && pip install -r benches/requirements.txt
    python benches/run.py            # full run (~3-5 min on 2 cores)
    python benches/run.py --quick    # smoke run (~1 min)

Builds missing artifacts first (echo fixture cdylib, echo fixture .wasm, the Extism peer .wasm, the Rust bench
example, the TypeScript dist), then runs each path in its own process, prints one table and writes
benches/results/latest.json and benches/results/latency.png. See benches/README.md for what each row measures.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benches import report
from benches.common import RESULTS, ROOT, env_for_children
from benches.workers import ECHO_SO, ECHO_WASM, EXTISM_WASM, WORKERS, Config, run_worker

RUST_BENCH = ROOT / "target/release/examples/bench_wasm"
NODE_BENCH = ROOT / "benches/node/wasm_bench.mjs"
TS_DIST = ROOT / "typescript/dist"
PEER_MODULES = {
    "extism": "extism",
    "grpc": "grpcio",
    "mcp": "mcp",
    "matplotlib": "matplotlib",
    "uvloop": "uvloop",
}


def log(msg: str) -> None:
    print(f"[bench] {msg}", file=sys.stderr, flush=True)


class BuildError(SystemExit):
    pass


def _build(what: str, argv: list[str], artifact: Path, env: dict[str, str] | None = None) -> None:
    log(f"building {what}: {' '.join(argv)}")
    t = time.perf_counter()
    proc = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True)
    if proc.returncode != 0 or not artifact.exists():
        tail = "\n".join((proc.stderr or proc.stdout).splitlines()[-25:])
        raise BuildError(
            f"[bench] building {what} failed (exit {proc.returncode}); {artifact} missing.\n{tail}"
        )
    log(f"built {artifact.relative_to(ROOT)} in {time.perf_counter() - t:.0f}s")


def ensure_artifacts(rebuild: bool, wanted: set[str]) -> None:
    if shutil.which("cargo") is None:
        raise BuildError("[bench] cargo is not on PATH (rustup's Rust is needed for the FFI and Rust rows)")
    if "ffi" in wanted and (rebuild or not ECHO_SO.exists()):
        _build(
            "the echo fixture cdylib",
            ["cargo", "build", "--release", "-p", "elizaos-interop-echo-fixture", "--lib"],
            ECHO_SO,
        )
    if wanted & {"wasm-py", "wasm-node", "wasm-rust"} and (rebuild or not ECHO_WASM.exists()):
        _build(
            "the echo fixture .wasm",
            ["bash", "tools/build-wasm.sh", "--skip-as", "elizaos-interop-echo-fixture"],
            ECHO_WASM,
        )
    if "extism" in wanted and (rebuild or not EXTISM_WASM.exists()):
        _build("the Extism peer .wasm", ["bash", "benches/peers/build-extism.sh"], EXTISM_WASM)
    if "wasm-rust" in wanted:
        # cargo decides whether anything changed (a no-op build takes a second)
        _build(
            "the Rust wasm bench example",
            [
                "cargo",
                "build",
                "--release",
                "-p",
                "elizaos-interop",
                "--features",
                "host",
                "--example",
                "bench_wasm",
            ],
            RUST_BENCH,
        )
    if (wanted & {"wasm-node", "ipc-ts"}) and (
        rebuild or not (TS_DIST / "index.js").exists() or not (TS_DIST / "bridge-server.js").exists()
    ):
        _build(
            "the TypeScript package", ["npm", "run", "build", "-w", "typescript"], TS_DIST / "index.js"
        )


def check_peers(allow_missing: bool) -> set[str]:
    missing = {m for m in PEER_MODULES if importlib.util.find_spec(m) is None}
    if missing:
        pkgs = " ".join(PEER_MODULES[m] for m in sorted(missing))
        msg = (
            f"[bench] missing Python packages: {pkgs}\n"
            f"        install them with:  pip install -r benches/requirements.txt   (or: pip install {pkgs})"
        )
        if not allow_missing:
            raise SystemExit(msg + "\n        (or pass --allow-missing to run without those rows)")
        print(msg, file=sys.stderr)
    return missing


def run_python_worker(name: str, cfg: Config) -> dict[str, Any]:
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as f:
        out = Path(f.name)
    argv = [sys.executable, str(Path(__file__).resolve()), "--worker", name, "--worker-out", str(out)]
    argv += ["--worker-cfg", json.dumps(cfg.__dict__)]
    t = time.perf_counter()
    proc = subprocess.run(argv, cwd=ROOT, env=env_for_children(), capture_output=True, text=True, timeout=600)
    try:
        if proc.returncode != 0:
            raise RuntimeError(f"worker {name} failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}")
        data: dict[str, Any] = json.loads(out.read_text())
    finally:
        out.unlink(missing_ok=True)
    log(f"{name}: {time.perf_counter() - t:.1f}s")
    return data


def _external_rows(key_prefix: str, data: dict[str, Any], what: str) -> dict[str, Any]:
    out: dict[str, Any] = {"rows": [], "throughput": [], "startup": []}
    for variant, d in data.items():
        key = f"{key_prefix}-{variant}" if variant else key_prefix
        for payload, src in (("small", "small"), ("100KB", "large")):
            r = d[src]
            out["rows"].append(
                {
                    "key": key,
                    "payload": payload,
                    "n": r["n"],
                    "total_ns": r["total_ns"],
                    "lat_ns": r["lat_ns"],
                    "host_peak_delta_kib": max(0, r["peak_rss_kib"] - r["rss_before_kib"]),
                    "server_peak_delta_kib": 0,
                    "host_rss_kib": r["rss_before_kib"],
                    "server_rss_kib": 0,
                }
            )
        out["startup"].append(
            {
                "key": key,
                "what": what,
                "cold_ms": d["cold_load_ns"] / 1e6,
                "cached_ms": d["cached_load_ns"] / 1e6,
                "load_rss_kib": d.get("load_rss_kib"),
            }
        )
    return out


def run_node(cfg: Config) -> dict[str, Any]:
    t = time.perf_counter()
    argv = ["node", str(NODE_BENCH), str(ECHO_WASM), str(cfg.seconds), str(cfg.max_calls)]
    proc = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        raise RuntimeError(f"node wasm bench failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}")
    log(f"wasm-node: {time.perf_counter() - t:.1f}s")
    return _external_rows(
        "wasm-node", json.loads(proc.stdout), "WebAssembly.compile + instantiate (first / again)"
    )


def run_rust(cfg: Config) -> dict[str, Any]:
    t = time.perf_counter()
    argv = [str(RUST_BENCH), str(ECHO_WASM), str(cfg.seconds), str(cfg.max_calls)]
    proc = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        raise RuntimeError(f"rust wasm bench failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}")
    log(f"wasm-rust: {time.perf_counter() - t:.1f}s")
    return _external_rows(
        "wasm-rust", {"": json.loads(proc.stdout)}, "compile + instantiate (first) / module cached"
    )


ALL = [
    "direct",
    "ffi",
    "wasm-py",
    "extism",
    "wasm-node",
    "wasm-rust",
    "floor",
    "ipc",
    "ipc-uvloop",
    "ipc-ts",
    "grpc",
    "mcp",
]
NEEDS = {"extism": "extism", "grpc": "grpc", "mcp": "mcp", "ipc-uvloop": "uvloop"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="short run (~1 min): fewer calls, fewer spawns")
    ap.add_argument("--only", help=f"comma-separated subset of: {','.join(ALL)}")
    ap.add_argument("--rebuild", action="store_true", help="rebuild the artifacts even when present")
    ap.add_argument("--allow-missing", action="store_true", help="skip peers whose Python package is missing")
    ap.add_argument(
        "--seconds", type=float, help="time budget per latency/throughput row (default 1.0, quick 0.15)"
    )
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("--worker-out", help=argparse.SUPPRESS)
    ap.add_argument("--worker-cfg", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.worker:
        c = json.loads(args.worker_cfg)
        cfg = Config(
            seconds=float(c["seconds"]),
            max_calls=int(c["max_calls"]),
            tp_calls=int(c["tp_calls"]),
            concurrency=tuple(int(x) for x in c["concurrency"]),
            spawns=int(c["spawns"]),
        )
        run_worker(args.worker, cfg, Path(args.worker_out))
        return 0

    wanted = set(args.only.split(",")) if args.only else set(ALL)
    unknown = wanted - set(ALL)
    if unknown:
        ap.error(f"unknown paths: {', '.join(sorted(unknown))} (choose from {', '.join(ALL)})")
    missing = check_peers(args.allow_missing)
    skipped = {
        k: f"pip package {PEER_MODULES[m]} missing" for k, m in NEEDS.items() if m in missing and k in wanted
    }
    wanted -= set(skipped)
    ensure_artifacts(args.rebuild, wanted)

    cfg = (
        Config(seconds=0.15, max_calls=20_000, tp_calls=20_000, concurrency=(64, 256), spawns=0)
        if args.quick
        else Config(seconds=1.0, max_calls=200_000, tp_calls=200_000, concurrency=(64, 256), spawns=5)
    )
    if args.seconds:
        cfg.seconds = args.seconds

    started = time.perf_counter()
    merged: dict[str, Any] = {"rows": [], "throughput": [], "startup": []}
    failures: dict[str, str] = dict(skipped)
    for name in ALL:
        if name not in wanted:
            continue
        try:
            if name == "wasm-node":
                part = run_node(cfg)
            elif name == "wasm-rust":
                part = run_rust(cfg)
            else:
                assert name in WORKERS
                part = run_python_worker(name, cfg)
        except (RuntimeError, subprocess.TimeoutExpired) as err:
            log(f"{name} FAILED: {err}")
            failures[name] = str(err).splitlines()[0]
            continue
        for k in merged:
            merged[k].extend(part[k])
    elapsed = time.perf_counter() - started

    meta = {
        "when": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
        "quick": args.quick,
        "elapsed_s": elapsed,
        "python": sys.version.split()[0],
        "machine": f"{platform.machine()} {os.cpu_count()} cpu(s)",
        "load_avg": os.getloadavg(),
        "config": cfg.__dict__,
        "missing": failures,
    }
    results = report.build(merged, meta)
    print(report.render(results))
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "latest.json").write_text(json.dumps(results, indent=1))
    if "matplotlib" not in missing:
        png = report.plot(results, RESULTS / "latency.png")
        log(f"wrote {png.relative_to(ROOT)}")
    log(f"wrote {(RESULTS / 'latest.json').relative_to(ROOT)} (measured in {elapsed:.0f}s)")
    return 1 if failures and not args.allow_missing else 0


if __name__ == "__main__":
    sys.exit(main())
