"""Per-path measurements. Each worker runs in its own process (`run.py --worker NAME`) so start-up is cold and
memory figures belong to one path; it returns rows (latency), throughput and start-up entries."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from elizaos_interop.errors import raise_for_error
from elizaos_interop.handle import EnvelopePlugin, PluginHandle
from elizaos_interop.wire.messages import ActionResult, Envelope, Memory

from .common import BENCHES, PAYLOADS, ROOT, env_for_children, measure_async, rss_kib, throughput, timed

PY_ECHO = BENCHES / "plugins" / "py_echo.py"
TS_ECHO = BENCHES / "plugins" / "ts_echo.mjs"
ECHO_WASM = ROOT / "target/wasm/wasm32-unknown-unknown/wasm/echo_plugin.wasm"
EXTISM_WASM = ROOT / "target/wasm/wasm32-unknown-unknown/wasm/extism_echo.wasm"
ECHO_SO = ROOT / "target/release/libecho_plugin.so"
ACTION = "ECHO"


@dataclass
class Config:
    seconds: float
    max_calls: int
    tp_calls: int
    concurrency: tuple[int, ...]
    spawns: int


def memory(text: str) -> Memory:
    m = Memory(
        entity_id="00000000-0000-0000-0000-000000000001",
        room_id="00000000-0000-0000-0000-000000000002",
    )
    m.content.text = text
    return m


def _checker(text: str) -> Callable[[Any], None]:
    def check(result: Any) -> None:
        got = result.text if isinstance(result, ActionResult) else result
        if got != text:
            raise AssertionError(f"echo returned {str(got)[:60]!r}, expected {text[:60]!r}")

    return check


Out = dict[str, list[dict[str, Any]]]


def new_out() -> Out:
    return {"rows": [], "throughput": [], "startup": []}


async def latency_rows(out: Out, key: str, handle: PluginHandle, cfg: Config) -> None:
    for payload, text in PAYLOADS.items():
        mem = memory(text)

        def call(mem: Memory = mem) -> Awaitable[ActionResult]:
            return handle.invoke_action(ACTION, mem)

        r = await measure_async(call, _checker(text), seconds=cfg.seconds, max_calls=cfg.max_calls)
        out["rows"].append({"key": key, "payload": payload, **r})


def startup(out: Out, key: str, what: str, cold_ms: float, cached_ms: list[float], **extra: Any) -> None:
    out["startup"].append(
        {
            "key": key,
            "what": what,
            "cold_ms": cold_ms,
            "cached_ms": statistics.median(cached_ms) if cached_ms else None,
            **extra,
        }
    )


# ------------------------------------------------------------------------------------------ in-process paths


async def w_direct(cfg: Config) -> Out:
    from elizaos_interop.paths.direct import load_python_plugin

    out = new_out()
    rss0 = rss_kib()
    cold, handle = timed(lambda: load_python_plugin(PY_ECHO))
    load_rss = rss_kib() - rss0
    cached = [timed(lambda: load_python_plugin(PY_ECHO))[0] for _ in range(3)]
    startup(out, "direct", "import the plugin module (first) / again", cold, cached, load_rss_kib=load_rss)
    await latency_rows(out, "direct", handle, cfg)
    await handle.close()
    return out


async def w_ffi(cfg: Config) -> Out:
    from elizaos_interop.paths.ffi import load_rust_plugin

    out = new_out()
    rss0 = rss_kib()
    cold, handle = timed(lambda: load_rust_plugin(ECHO_SO))
    load_rss = rss_kib() - rss0
    cached = [timed(lambda: load_rust_plugin(ECHO_SO))[0] for _ in range(3)]
    startup(
        out,
        "ffi",
        "dlopen + manifest.get (first) / library already mapped",
        cold,
        cached,
        load_rss_kib=load_rss,
    )
    await latency_rows(out, "ffi", handle, cfg)
    # the floor: pre-encoded request bytes straight into the extension (no Envelope building or parsing)
    for payload, text in PAYLOADS.items():
        env = Envelope()
        req = env.action_invoke
        req.type, req.id, req.action = "action.invoke", "1", ACTION
        req.memory.CopyFrom(memory(text))
        data = env.SerializeToString()

        async def raw(data: bytes = data, call_bytes: Callable[[bytes], bytes] = handle.call_bytes) -> bytes:
            return call_bytes(data)

        def check(b: bytes, text: str = text) -> None:
            if Envelope.FromString(b).action_result.result.text != text:
                raise AssertionError("raw FFI call did not echo")

        r = await measure_async(raw, check, seconds=cfg.seconds, max_calls=cfg.max_calls)
        out["rows"].append({"key": "ffi-raw", "payload": payload, **r})
    await handle.close()
    return out


async def w_wasm(cfg: Config) -> Out:
    from elizaos_interop.paths import wasm, wasm_engine

    out = new_out()
    with tempfile.TemporaryDirectory() as cache:
        # an empty on-disk module cache (when this wasm host has one): the first load compiles
        os.environ["ELIZAOS_INTEROP_WASM_CACHE"] = cache
        rss0 = rss_kib()
        t_engine, engine = timed(wasm_engine.engine)
        cold, handle = timed(lambda: wasm.load_wasm_plugin(ECHO_WASM))
        load_rss = rss_kib() - rss0
        cached = [timed(lambda: wasm.load_wasm_plugin(ECHO_WASM))[0] for _ in range(3)]
        startup(
            out,
            "wasm-py",
            "compile + instantiate (first) / module cached in-process",
            cold,
            cached,
            engine_ms=t_engine,
            load_rss_kib=load_rss,
        )
        modules = getattr(engine, "_modules", None)
        if hasattr(wasm, "cache_dir") and isinstance(modules, dict) and os.listdir(cache):
            modules.clear()  # forget the in-process cache: the next load reads the on-disk cache
            disk, _ = timed(lambda: wasm.load_wasm_plugin(ECHO_WASM))
            what = "load with the module in the on-disk cache (in-process cache cleared)"
            startup(out, "wasm-py-disk", what, disk, [])
    await latency_rows(out, "wasm-py", handle, cfg)
    await handle.close()
    return out


class ExtismHandle(EnvelopePlugin):
    """The Extism peer behind the same `PluginHandle` code path our WASM handle uses (Envelope in/out)."""

    path = "wasm"

    def __init__(self, plugin: Any) -> None:
        self._plugin = plugin
        env = Envelope()
        env.manifest_get.type, env.manifest_get.id = "manifest.get", "0"
        res = Envelope.FromString(plugin.call("call", env.SerializeToString()))
        raise_for_error(res)
        super().__init__(res.manifest_result.manifest, source=str(EXTISM_WASM))

    async def _call(self, request: Envelope, timeout: float | None) -> Envelope:
        return Envelope.FromString(self._plugin.call("call", request.SerializeToString()))

    async def close(self) -> None:
        self._closed = True


async def w_extism(cfg: Config) -> Out:
    import extism  # type: ignore[import-untyped,unused-ignore]

    out = new_out()
    data = EXTISM_WASM.read_bytes()
    rss0 = rss_kib()
    t0 = time.perf_counter()
    compiled = extism.extism.CompiledPlugin(data)
    handle = ExtismHandle(extism.Plugin(compiled))
    cold = (time.perf_counter() - t0) * 1e3
    load_rss = rss_kib() - rss0
    cached = [timed(lambda: ExtismHandle(extism.Plugin(compiled)))[0] for _ in range(3)]
    startup(
        out,
        "extism",
        "compile + instantiate (first) / CompiledPlugin reused",
        cold,
        cached,
        load_rss_kib=load_rss,
    )
    await latency_rows(out, "extism", handle, cfg)
    return out


# ------------------------------------------------------------------------------------------ IPC


IPC_VARIANTS: list[tuple[str, str, str]] = [
    (f"ipc-{t}-{f}", t, f) for t in ("stdio", "unix", "tcp") for f in ("json", "protobuf")
]


async def _ipc_tp(out: Out, key: str, handle: PluginHandle, cfg: Config) -> None:
    mem = memory(PAYLOADS["small"])
    for c in cfg.concurrency:
        r = await throughput(lambda: handle.invoke_action(ACTION, mem), c, cfg.tp_calls, cfg.seconds)
        out["throughput"].append({"key": key, **r})


async def w_ipc(cfg: Config) -> Out:
    from elizaos_interop.loader import load_python_ipc_plugin

    out = new_out()
    # start-up: spawn the bridge until 'ready' (stdio json), first spawn then repeats
    times = []
    for _ in range(1 + max(1, cfg.spawns)):
        t0 = time.perf_counter()
        h = await load_python_ipc_plugin(PY_ECHO)
        times.append((time.perf_counter() - t0) * 1e3)
        await h.close()
    startup(out, "ipc-py", "spawn a fresh Python bridge until 'ready' (first / repeat)", times[0], times[1:])
    # the warm path: a PreforkPool (one interpreter with the bridge and elizaos imported) forks each plugin
    from elizaos_interop.paths.ipc.prefork import PreforkPool

    t0 = time.perf_counter()
    pool = await PreforkPool.start()
    pool_ms = (time.perf_counter() - t0) * 1e3
    times = []
    for _ in range(1 + max(1, cfg.spawns)):
        t0 = time.perf_counter()
        h = await load_python_ipc_plugin(PY_ECHO, prefork=pool)
        times.append((time.perf_counter() - t0) * 1e3)
        await h.close()
    await pool.close()
    startup(
        out,
        "ipc-py-prefork",
        "fork the PreforkPool's warm bridge until 'ready' (first / repeat; "
        f"the pool started in {pool_ms:.0f} ms)",
        times[0],
        times[1:],
        pool_ms=pool_ms,
    )
    for key, transport, framing in IPC_VARIANTS:
        t0 = time.perf_counter()
        h = await load_python_ipc_plugin(PY_ECHO, transport=transport, framing=framing)
        ready_ms = (time.perf_counter() - t0) * 1e3
        out["startup"].append(
            {"key": key, "what": "ready (incl. hello)", "cold_ms": ready_ms, "cached_ms": None}
        )
        await latency_rows(out, key, h, cfg)
        await _ipc_tp(out, key, h, cfg)
        await h.close()
    return out


async def w_ipc_ts(cfg: Config) -> Out:
    from elizaos_interop.loader import load_ts_plugin

    out = new_out()
    times = []
    for _ in range(1 + cfg.spawns):
        t0 = time.perf_counter()
        h = await load_ts_plugin(TS_ECHO)
        times.append((time.perf_counter() - t0) * 1e3)
        await h.close()
    startup(out, "ipc-ts", "spawn the Node bridge until 'ready' (first / repeat)", times[0], times[1:])
    for framing in ("json", "protobuf"):
        key = f"ipc-ts-stdio-{framing}"
        h = await load_ts_plugin(TS_ECHO, framing=framing)
        await latency_rows(out, key, h, cfg)
        await _ipc_tp(out, key, h, cfg)
        await h.close()
    return out


UVLOOP_BRIDGE = (
    "import sys, uvloop; uvloop.install(); from elizaos_interop.bridge_server import main; sys.exit(main())"
)


async def w_ipc_uvloop(cfg: Config) -> Out:
    """Experiment: the Unix-socket protobuf row with the bridge running on uvloop (not a default)."""
    from elizaos_interop.paths.ipc.client import IpcPlugin

    out = new_out()
    key = "ipc-uvloop-unix-protobuf"
    cmd = [sys.executable, "-c", UVLOOP_BRIDGE, str(PY_ECHO)]
    h = await IpcPlugin.start(
        cmd, transport="unix", framing="protobuf", flags_at=len(cmd) - 1, env=env_for_children(), name="echo"
    )
    await latency_rows(out, key, h, cfg)
    await _ipc_tp(out, key, h, cfg)
    await h.close()
    return out


# ---------------------------------------------------------------------------------- peers over a process


@contextlib.asynccontextmanager
async def _server(argv: list[str]) -> AsyncIterator[tuple[asyncio.subprocess.Process, str]]:
    proc = await asyncio.create_subprocess_exec(
        *argv, stdout=asyncio.subprocess.PIPE, env=env_for_children(), cwd=str(ROOT)
    )
    try:
        assert proc.stdout is not None
        line = await asyncio.wait_for(proc.stdout.readline(), 30)
        if not line:
            raise RuntimeError(f"{argv[1]} exited before listening (code {await proc.wait()})")
        yield proc, str(json.loads(line)["address"])
    finally:
        if proc.returncode is None:
            proc.terminate()
            try:
                await asyncio.wait_for(proc.wait(), 5)
            except TimeoutError:
                proc.kill()
                await proc.wait()


class GrpcHandle(EnvelopePlugin):
    """The grpcio peer behind the same `PluginHandle` code path as our IPC handle (Envelope bytes)."""

    path = "ipc"

    def __init__(self, stub: Any) -> None:
        self._stub = stub
        super().__init__(Envelope().manifest_result.manifest, source="grpc")

    async def _call(self, request: Envelope, timeout: float | None) -> Envelope:
        return Envelope.FromString(await self._stub(request.SerializeToString()))

    async def close(self) -> None:
        self._closed = True


async def w_grpc(cfg: Config) -> Out:
    import grpc  # type: ignore[import-untyped,unused-ignore]

    out = new_out()
    argv = [sys.executable, str(BENCHES / "peers" / "grpc_server.py"), str(PY_ECHO)]
    mem = memory("ready?")
    times = []
    for i in range(1 + cfg.spawns):
        t0 = time.perf_counter()
        async with _server(argv) as (_proc, address):
            channel = grpc.aio.insecure_channel(
                address,
                options=[("grpc.max_receive_message_length", 16 * 1024 * 1024)],
            )
            handle = GrpcHandle(channel.unary_unary("/eliza.interop.bench.Plugin/Call"))
            await handle.invoke_action(ACTION, mem)
            times.append((time.perf_counter() - t0) * 1e3)
            if i == cfg.spawns:
                await latency_rows(out, "grpc", handle, cfg)
                await _ipc_tp(out, "grpc", handle, cfg)
            await channel.close()
    startup(
        out,
        "grpc",
        "spawn the grpc server until the first call answers (first / repeat)",
        times[0],
        times[1:],
    )
    return out


async def w_mcp(cfg: Config) -> Out:
    from mcp import ClientSession, StdioServerParameters
    from mcp.client.stdio import stdio_client

    out = new_out()
    params = StdioServerParameters(
        command=sys.executable, args=[str(BENCHES / "peers" / "mcp_server.py")], env=env_for_children()
    )
    times = []
    devnull = open(os.devnull, "w")  # noqa: SIM115, ASYNC230 (the server's stderr logging)
    for i in range(1 + min(cfg.spawns, 2)):
        t0 = time.perf_counter()
        async with (
            stdio_client(params, errlog=devnull) as (read, write),
            ClientSession(read, write) as session,
        ):
            await session.initialize()
            times.append((time.perf_counter() - t0) * 1e3)
            if i == min(cfg.spawns, 2):
                for payload, text in PAYLOADS.items():

                    async def call(text: str = text) -> str:
                        res: Any = await session.call_tool("echo", {"text": text})
                        return str(res.content[0].text)

                    r = await measure_async(
                        call,
                        _checker(text),
                        seconds=cfg.seconds,
                        max_calls=max(200, cfg.max_calls // 100),
                        warmup=20,
                    )
                    out["rows"].append({"key": "mcp", "payload": payload, **r})
    startup(out, "mcp", "spawn the MCP server + initialize (first / repeat)", times[0], times[1:])
    return out


class _FrameClient(asyncio.Protocol):
    """Length-prefixed echo client: one future per request, answered in order."""

    def __init__(self) -> None:
        self.buf = bytearray()
        self.waiting: list[asyncio.Future[bytes]] = []
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        buf = self.buf
        buf += data
        while len(buf) >= 4:
            n = int.from_bytes(buf[:4], "big")
            if len(buf) < 4 + n:
                return
            frame = bytes(buf[4 : 4 + n])
            del buf[: 4 + n]
            self.waiting.pop(0).set_result(frame)

    def call(self, payload: bytes) -> asyncio.Future[bytes]:
        fut: asyncio.Future[bytes] = asyncio.get_running_loop().create_future()
        self.waiting.append(fut)
        assert self.transport is not None
        self.transport.write(len(payload).to_bytes(4, "big") + payload)
        return fut


def _request_bytes(text: str) -> bytes:
    env = Envelope()
    req = env.action_invoke
    req.type, req.id, req.action = "action.invoke", "1", ACTION
    req.memory.CopyFrom(memory(text))
    return env.SerializeToString()


async def _floor_asyncio(out: Out, address: str, cfg: Config) -> None:
    loop = asyncio.get_running_loop()
    transport, proto = await loop.create_unix_connection(_FrameClient, address)
    for payload, text in PAYLOADS.items():
        data = _request_bytes(text)

        def call(data: bytes = data) -> Awaitable[bytes]:
            return proto.call(data)

        def check(b: bytes, data: bytes = data) -> None:
            if b != data:
                raise AssertionError("echo server returned other bytes")

        r = await measure_async(call, check, seconds=cfg.seconds, max_calls=cfg.max_calls)
        out["rows"].append({"key": "floor-asyncio-unix", "payload": payload, **r})
    small = _request_bytes(PAYLOADS["small"])
    for c in cfg.concurrency:
        tp = await throughput(lambda: proto.call(small), c, cfg.tp_calls, cfg.seconds)
        out["throughput"].append({"key": "floor-asyncio-unix", **tp})
    transport.close()


async def _floor_blocking(out: Out, address: str, cfg: Config) -> None:
    import socket

    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.connect(address)
    for payload, text in PAYLOADS.items():
        data = _request_bytes(text)
        frame = len(data).to_bytes(4, "big") + data
        want = len(frame)

        async def call(frame: bytes = frame, want: int = want) -> int:
            sock.sendall(frame)
            got = 0
            while got < want:
                got += len(sock.recv(want - got))
            return got

        def check(n: int, want: int = want) -> None:
            if n != want:
                raise AssertionError("short echo")

        r = await measure_async(call, check, seconds=cfg.seconds, max_calls=cfg.max_calls)
        out["rows"].append({"key": "floor-blocking-unix", "payload": payload, **r})
    sock.close()


PINGPONG_C = BENCHES / "peers" / "pingpong.c"
PINGPONG = ROOT / "target" / "bench" / "pingpong"


def _floor_c(out: Out, cfg: Config) -> None:
    """The OS floor: a C ping-pong of 100 bytes over a socketpair, sleeping in read() or polling."""
    if not PINGPONG.exists() or PINGPONG.stat().st_mtime < PINGPONG_C.stat().st_mtime:
        cc = shutil.which("cc") or shutil.which("gcc")
        if cc is None:
            raise RuntimeError("no C compiler (cc) for benches/peers/pingpong.c")
        PINGPONG.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([cc, "-O2", "-o", str(PINGPONG), str(PINGPONG_C)], check=True)
    n = max(2000, min(cfg.max_calls, 50_000))
    for mode in ("block", "poll"):
        proc = subprocess.run(
            [str(PINGPONG), mode, str(n)], capture_output=True, text=True, timeout=120, check=True
        )
        lat = json.loads(proc.stdout)
        out["rows"].append(
            {
                "key": f"floor-c-{mode}",
                "payload": "small",
                "n": len(lat),
                "total_ns": sum(lat),
                "lat_ns": lat,
                "host_peak_delta_kib": 0,
                "server_peak_delta_kib": 0,
                "host_rss_kib": 0,
                "server_rss_kib": 0,
            }
        )


async def w_floor(cfg: Config) -> Out:
    """Baselines for the IPC rows: the same request bytes echoed by a bare Python server (Unix socket), and
    the OS floor in C."""
    out = new_out()
    _floor_c(out, cfg)
    for mode in ("asyncio", "blocking"):
        with tempfile.TemporaryDirectory() as d:
            argv = [
                sys.executable,
                str(BENCHES / "peers" / "echo_server.py"),
                mode,
                os.path.join(d, "echo.sock"),
            ]
            async with _server(argv) as (_proc, address):
                if mode == "asyncio":
                    await _floor_asyncio(out, address, cfg)
                else:
                    await _floor_blocking(out, address, cfg)
    return out


WORKERS: dict[str, Callable[[Config], Coroutine[Any, Any, Out]]] = {
    "direct": w_direct,
    "ffi": w_ffi,
    "wasm-py": w_wasm,
    "extism": w_extism,
    "ipc": w_ipc,
    "ipc-ts": w_ipc_ts,
    "grpc": w_grpc,
    "mcp": w_mcp,
    "floor": w_floor,
    "ipc-uvloop": w_ipc_uvloop,
}


def _run(coro: Coroutine[Any, Any, Out], loop: str) -> Out:
    if loop == "uvloop":
        import uvloop

        return uvloop.run(coro)
    return asyncio.run(coro)


def run_worker(name: str, cfg: Config, out_path: Path) -> None:
    # the host stays on asyncio: elizaos_interop/ipc/process.py asserts asyncio's own pipe transport classes,
    # which uvloop's are not, so only the bridge (server) side runs on uvloop in the ipc-uvloop experiment
    result = _run(WORKERS[name](cfg), "asyncio")
    out_path.write_text(json.dumps(result))
