"""Turns the workers' raw samples into the results table, the targets check and the latency plot."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .common import subsample, summarize

#: key -> (label, claim group, peers to compare against)
ROWS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "direct": ("Direct Python (in-process elizaOS plugin)", "direct", ()),
    "ffi": ("FFI Rust cdylib (PyO3 ext, invoke_action)", "ffi", ("direct",)),
    "ffi-raw": ("FFI raw call_bytes (pre-encoded Envelope)", "ffi", ("direct",)),
    "wasm-py": ("WASM from Python (wasmtime, invoke_action)", "wasm", ("extism",)),
    "extism": ("PEER Extism from Python (same handle code)", "wasm", ()),
    "wasm-node-inline": ("WASM from Node (inline)", "wasm", ("extism",)),
    "wasm-node-worker": ("WASM from Node (worker isolation, default)", "wasm", ("extism",)),
    "wasm-rust": ("WASM from Rust (wasmtime crate host)", "wasm", ("extism",)),
    "floor-c-block": ("BASELINE C ping-pong, socketpair, sleeping read()", "ipc", ()),
    "floor-c-poll": ("BASELINE C ping-pong, socketpair, polling recv()", "ipc", ()),
    "floor-blocking-unix": ("BASELINE bare echo, Unix socket, blocking recv/send", "ipc", ()),
    "floor-asyncio-unix": ("BASELINE bare echo, Unix socket, asyncio both ends", "ipc", ()),
    "ipc-stdio-json": ("IPC Python plugin, stdio, JSON", "ipc", ("grpc", "mcp")),
    "ipc-stdio-protobuf": ("IPC Python plugin, stdio, protobuf", "ipc", ("grpc", "mcp")),
    "ipc-unix-json": ("IPC Python plugin, Unix socket, JSON", "ipc", ("grpc", "mcp")),
    "ipc-unix-protobuf": (
        "IPC Python plugin, Unix socket, protobuf",
        "ipc",
        ("grpc", "mcp", "floor-asyncio-unix"),
    ),
    "ipc-tcp-json": ("IPC Python plugin, TCP, JSON", "ipc", ("grpc", "mcp")),
    "ipc-tcp-protobuf": ("IPC Python plugin, TCP, protobuf", "ipc", ("grpc", "mcp")),
    "ipc-uvloop-unix-protobuf": (
        "EXPERIMENT IPC Unix protobuf, bridge on uvloop",
        "ipc",
        ("grpc", "mcp", "ipc-unix-protobuf"),
    ),
    "ipc-ts-stdio-json": ("IPC TypeScript plugin (Node bridge), stdio, JSON", "ipc", ("grpc", "mcp")),
    "ipc-ts-stdio-protobuf": ("IPC TypeScript plugin (Node bridge), stdio, protobuf", "ipc", ("grpc", "mcp")),
    "grpc": ("PEER grpcio unary, TCP, Envelope bytes", "ipc", ()),
    "mcp": ("PEER MCP stdio tool call (mcp SDK)", "ipc", ()),
}
#: The seed's claims (README of the original proposal), in µs.
CLAIMS_US = {"direct": 0.001, "ffi": 0.010, "wasm": 1.0, "ipc": 1000.0}
PAYLOAD_ORDER = ("small", "100KB")


def _order(key: str) -> int:
    keys = list(ROWS)
    return keys.index(key) if key in keys else len(keys)


def build(raw: dict[str, Any], meta: dict[str, Any]) -> dict[str, Any]:
    rows = []
    for r in raw["rows"]:
        stats = summarize(r["lat_ns"], r["total_ns"])
        rows.append(
            {
                "key": r["key"],
                "label": ROWS.get(r["key"], (r["key"], "", ()))[0],
                "payload": r["payload"],
                "n": r["n"],
                **stats,
                "host_peak_delta_kib": r["host_peak_delta_kib"],
                "server_peak_delta_kib": r["server_peak_delta_kib"],
                "host_rss_kib": r["host_rss_kib"],
                "server_rss_kib": r["server_rss_kib"],
                "host_cpu_us_per_call": r["host_cpu_s"] / r["n"] * 1e6 if "host_cpu_s" in r else None,
                "server_cpu_us_per_call": r["server_cpu_s"] / r["n"] * 1e6 if "server_cpu_s" in r else None,
                "samples_ns": subsample(r["lat_ns"]),
            }
        )
    rows.sort(key=lambda x: (PAYLOAD_ORDER.index(x["payload"]), _order(x["key"])))
    by = {(r["key"], r["payload"]): r for r in rows}
    for r in rows:
        _, claim, peers = ROWS.get(r["key"], ("", "", ()))
        r["vs_peer"] = {
            p: by[(p, r["payload"])]["median_us"] / r["median_us"]
            for p in peers
            if (p, r["payload"]) in by and r["median_us"] > 0
        }
        r["claim_us"] = CLAIMS_US.get(claim)
        r["vs_claim"] = r["median_us"] / r["claim_us"] if r["claim_us"] else None
    results = {
        "meta": meta,
        "rows": rows,
        "throughput": sorted(raw["throughput"], key=lambda t: (_order(t["key"]), t["concurrency"])),
        "startup": raw["startup"],
    }
    results["targets"] = targets(results)
    return results


def _get(results: dict[str, Any], key: str, payload: str = "small") -> dict[str, Any] | None:
    for r in results["rows"]:
        if r["key"] == key and r["payload"] == payload:
            return dict(r)
    return None


def targets(results: dict[str, Any]) -> list[dict[str, Any]]:
    """The issue's targets, checked against this run (output only; never an assertion)."""
    out: list[dict[str, Any]] = []

    def add(name: str, value: float | None, goal: str, ok: bool | None, unit: str) -> None:
        out.append({"target": name, "value": value, "unit": unit, "goal": goal, "met": ok})

    for key in [k for k in ROWS if k.startswith("ipc-")]:
        r = _get(results, key)
        if r is None:
            continue
        med = r["median_us"]
        add(f"{key} median round trip", med, "< 60 µs", med < 60, "µs")
        for peer, need in (("grpc", 3.0), ("mcp", 10.0)):
            ratio = r["vs_peer"].get(peer)
            add(
                f"{key} faster than {peer}",
                ratio,
                f">= {need:g}x",
                None if ratio is None else ratio >= need,
                "x",
            )
    r = _get(results, "wasm-py")
    if r is not None:
        add("wasm-py median round trip", r["median_us"], "< 10 µs", r["median_us"] < 10, "µs")
        ratio = r["vs_peer"].get("extism")
        add("wasm-py faster than Extism", ratio, ">= 2x", None if ratio is None else ratio >= 2, "x")
    r = _get(results, "ffi")
    if r is not None:
        add("ffi median round trip", r["median_us"], "< 3 µs", r["median_us"] < 3, "µs")
    best: dict[str, float] = {}
    for t in results["throughput"]:
        if t["key"].startswith("ipc-"):
            best[t["key"]] = max(best.get(t["key"], 0.0), t["calls_per_s"])
    for key, v in best.items():
        add(f"{key} throughput, many in flight", v, "> 50 000 calls/s", v > 50_000, "calls/s")
    for s in results["startup"]:
        if s["key"] == "ipc-py-prefork":
            for what, v in (("first fork", s["cold_ms"]), ("repeat", s["cached_ms"])):
                if v is not None:
                    add(f"Python IPC plugin ready, PreforkPool ({what})", v, "< 150 ms", v < 150, "ms")
        if s["key"] == "ipc-py":
            # a fresh interpreter (import elizaos alone is ~300 ms here): for reference; the pool is the fix
            for what, v in (("first", s["cold_ms"]), ("repeat", s["cached_ms"])):
                if v is not None:
                    add(
                        f"Python IPC plugin ready, fresh interpreter ({what})",
                        v,
                        "none: reference",
                        None,
                        "ms",
                    )
    return out


def _mem(r: dict[str, Any]) -> str:
    host = r["host_peak_delta_kib"] / 1024
    srv = r["server_peak_delta_kib"] / 1024
    return f"{host:.1f}+{srv:.1f}" if r["server_rss_kib"] else f"{host:.1f}"


def _cpu(r: dict[str, Any]) -> str:
    host, srv = r.get("host_cpu_us_per_call"), r.get("server_cpu_us_per_call")
    if host is None:
        return "-"
    return f"{host:.1f}+{srv:.1f}" if r["server_rss_kib"] and srv is not None else f"{host:.1f}"


def _fmt_us(v: float) -> str:
    return f"{v:,.2f}" if v < 100 else f"{v:,.0f}"


def render(results: dict[str, Any]) -> str:
    lines = []
    m = results["meta"]
    lines.append(
        f"\nelizaos-interop benches  {m['when']}  {m['machine']}  python {m['python']}  "
        f"load avg {m['load_avg'][0]:.1f}  {'QUICK' if m['quick'] else 'full'} run, {m['elapsed_s']:.0f}s"
    )
    head = (
        f"{'path':<52} {'payload':>7} {'median µs':>10} {'p99 µs':>10} {'calls/s':>11} "
        f"{'peak MiB':>9} {'cpu µs/call':>12}  {'vs peer (peer median / ours)':<30} {'vs claim':>10}"
    )
    for payload in PAYLOAD_ORDER:
        lines.append("")
        lines.append(f"action.invoke round trip, ECHO, {payload} text (one call at a time)")
        lines.append(head)
        lines.append("-" * len(head))
        for r in results["rows"]:
            if r["payload"] != payload:
                continue
            peers = "  ".join(f"{p} {v:.1f}x" for p, v in r["vs_peer"].items())
            claim = f"{r['vs_claim']:,.1f}x" if r["vs_claim"] is not None else ""
            lines.append(
                f"{r['label']:<52} {payload:>7} {_fmt_us(r['median_us']):>10} {_fmt_us(r['p99_us']):>10} "
                f"{r['calls_per_s']:>11,.0f} {_mem(r):>9} {_cpu(r):>12}  {peers:<30} {claim:>10}"
            )
    lines.append("")
    lines.append(
        "peak MiB: growth of peak RSS (VmHWM, reset before the loop) of the host process "
        "[+ the plugin server process];\ncpu µs/call: CPU time (user+sys) of the host [+ server] process "
        "over the timed loop / calls (robust to a busy machine); vs claim: median / the seed's claim "
        "(Direct 1 ns, FFI 10 ns, WASM 1 µs, IPC 1 ms)"
    )
    if results["throughput"]:
        lines.append("")
        lines.append("throughput, ECHO small, many calls in flight on one connection")
        lines.append(
            f"{'path':<52} {'in flight':>9} {'calls':>8} {'calls/s':>11} {'peak MiB':>9} {'cpu µs/call':>12}"
        )
        for t in results["throughput"]:
            label = ROWS.get(t["key"], (t["key"],))[0]
            cpu = f"{t['host_cpu_s'] / t['calls'] * 1e6:.1f}+{t['server_cpu_s'] / t['calls'] * 1e6:.1f}"
            lines.append(
                f"{label:<52} {t['concurrency']:>9} {t['calls']:>8} {t['calls_per_s']:>11,.0f} {_mem(t):>9} "
                f"{cpu:>12}"
            )
    if results["startup"]:
        lines.append("")
        lines.append("start-up (ms)")
        lines.append(f"{'path':<24} {'first':>9} {'cached':>9}  what")
        for s in results["startup"]:
            cached = f"{s['cached_ms']:.1f}" if s["cached_ms"] is not None else "-"
            lines.append(f"{s['key']:<24} {s['cold_ms']:>9.1f} {cached:>9}  {s['what']}")
    lines.append("")
    lines.append("targets (reported, not asserted)")
    for t in results["targets"]:
        v = t["value"]
        shown = "n/a" if v is None else (f"{v:,.1f}" if t["unit"] != "x" else f"{v:.1f}")
        verdict = (
            ("info" if t["value"] is not None else "n/a ")
            if t["met"] is None
            else ("MET " if t["met"] else "MISS")
        )
        unit = "" if t["unit"] == "x" else f" {t['unit']}"
        lines.append(
            f"  [{verdict}] {t['target']:<52} {shown}{unit if v is not None else ''}  (goal {t['goal']})"
        )
    if m["missing"]:
        lines.append("")
        lines.append("not measured:")
        for k, why in m["missing"].items():
            lines.append(f"  {k}: {why}")
    return "\n".join(lines)


def plot(results: dict[str, Any], path: Path) -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, len(PAYLOAD_ORDER), figsize=(16, 9), sharey=True)
    for ax, payload in zip(axes, PAYLOAD_ORDER, strict=True):
        rows = [r for r in results["rows"] if r["payload"] == payload]
        data = [[v / 1e3 for v in r["samples_ns"]] for r in rows]
        ax.boxplot(data, vert=False, whis=(1, 99), showfliers=False)
        ax.set_xscale("log")
        ax.set_title(f"action.invoke ECHO, {payload} text")
        ax.set_xlabel("latency per call (µs, log scale; whiskers p1-p99)")
        ax.grid(True, axis="x", which="both", alpha=0.3)
        if ax is axes[0]:
            ax.set_yticks(range(1, len(rows) + 1), [r["key"] for r in rows])
    fig.suptitle(f"elizaos-interop latency distributions ({results['meta']['when']})")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path
