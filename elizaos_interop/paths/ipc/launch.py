"""Starting an IPC session: spawn the plugin (or fork it from a prefork pool), or connect to its socket;
wait for `ready`, check the protocol version, and negotiate the framing (docs/PROTOCOL.md §2)."""

from __future__ import annotations

import asyncio
import contextlib
import os
import tempfile
from collections.abc import Mapping, Sequence
from typing import Any

import orjson

from elizaos_interop.v1 import protocol_pb2

from ...errors import (
    PluginCrashedError,
    PluginLoadError,
    ProtocolError,
    StartupTimeoutError,
    VersionMismatchError,
)
from ...wire import codec, framing
from ...wire.constants import PROTOCOL_VERSION
from ...wire.messages import Envelope
from .limits import IpcLimits, child_env
from .process import ChildProcess, describe_exit
from .session import IpcSession
from .target import IpcTarget, parse_hostport


class SessionProtocol(asyncio.Protocol):
    """Feeds a socket's bytes to an `IpcSession`; `on_lost(exc)` runs when the connection ends."""

    def __init__(self, link: IpcSession, on_lost: Any) -> None:
        self.link = link
        self.on_lost = on_lost

    def data_received(self, data: bytes) -> None:
        self.link.data_received(data)

    def connection_lost(self, exc: Exception | None) -> None:
        self.on_lost(exc)


async def open_session(
    target: IpcTarget, limits: IpcLimits, name: str
) -> tuple[IpcSession, protocol_pb2.ReadyMessage]:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + limits.startup_timeout
    link = IpcSession(name, limits)
    try:
        await _connect(target, limits, name, link, deadline)
        try:
            ready = await asyncio.wait_for(asyncio.shield(link.ready), max(0.0, deadline - loop.time()))
        except TimeoutError:
            raise StartupTimeoutError(
                f"plugin {name!r} ({target.describe()}) sent no 'ready' within startup_timeout="
                f"{limits.startup_timeout}s{_tail(link)}"
            ) from None
        except PluginCrashedError as err:
            raise PluginLoadError(f"plugin {name!r} ({target.describe()}) failed to start: {err}") from None
        if ready.protocol_version != PROTOCOL_VERSION:
            raise VersionMismatchError(
                f"plugin {name!r} speaks protocol version {ready.protocol_version}; this host speaks "
                f"{PROTOCOL_VERSION}"
            )
        if target.framing == "protobuf":
            await _negotiate(link, name, deadline)
    except BaseException:
        await link.close(PluginLoadError(f"plugin {name!r} failed to start"), polite=False)
        if link.ready.done() and not link.ready.cancelled():
            link.ready.exception()  # retrieved: the caller gets the error raised here
        raise
    return link, ready


def _tail(link: IpcSession) -> str:
    return link.proc.stderr_summary() if link.proc is not None else ""


async def _negotiate(link: IpcSession, name: str, deadline: float) -> None:
    if not link.ready.done() or framing.PROTOBUF not in link.ready.result().framings:
        raise ProtocolError(f"plugin {name!r} does not offer FRAMING_PROTOBUF (ready.framings)")
    loop = asyncio.get_running_loop()
    env = Envelope()
    h = env.hello
    h.type, h.id, h.protocol_version, h.framing = "hello", "hello", PROTOCOL_VERSION, framing.PROTOBUF
    fut: asyncio.Future[Envelope] = loop.create_future()
    link.pending["hello"] = fut
    link.write(codec.encode_line(env))
    try:
        res = await asyncio.wait_for(fut, max(0.0, deadline - loop.time()))
    except TimeoutError:
        raise StartupTimeoutError(f"plugin {name!r} did not answer 'hello' within startup_timeout") from None
    kind = res.WhichOneof("body")
    if kind == "error":
        raise ProtocolError(f"plugin {name!r} refused hello: {res.error.error}")
    if kind != "hello_result" or not res.hello_result.accepted:
        raise ProtocolError(f"plugin {name!r} did not accept FRAMING_PROTOBUF: {res.hello_result.error}")


async def _spawn(proc: ChildProcess, target: IpcTarget, argv: Sequence[str], env: Mapping[str, str]) -> None:
    if target.prefork is not None:
        await proc.start_forked(target.prefork, argv, cwd=target.cwd, env=env)
    else:
        await proc.start(argv, cwd=target.cwd, env=env)


async def _connect(
    target: IpcTarget, limits: IpcLimits, name: str, link: IpcSession, deadline: float
) -> None:
    loop = asyncio.get_running_loop()
    address = target.address
    if target.command:
        env = child_env(limits, target.env)
        if target.transport == "stdio":

            def finished(code: int | None) -> None:
                link.lost(PluginCrashedError(f"plugin {name!r} {describe_exit(code)}{_tail(link)}"))

            link.proc = ChildProcess(name, link.data_received, finished)
            await _spawn(link.proc, target, target.command, env)
            link.watch(*link.proc.stdout_reader())
            return
        # A socket server: it prints one `listening` line on stdout, then serves.
        listening: asyncio.Future[str] = loop.create_future()
        buf = bytearray()

        def on_stdout(data: bytes) -> None:
            if listening.done():
                link.log.warning("plugin %r wrote to stdout after 'listening': %r", name, data[:200])
                return
            buf.extend(data)
            i = buf.find(b"\n")
            if i < 0:
                if len(buf) > 65536:
                    listening.set_exception(ProtocolError(f"plugin {name!r}: no 'listening' line on stdout"))
                return
            try:
                msg = orjson.loads(bytes(buf[:i]))
                if msg.get("type") != "listening" or not isinstance(msg.get("address"), str):
                    raise ValueError
                listening.set_result(msg["address"])
            except (orjson.JSONDecodeError, ValueError, AttributeError):
                listening.set_exception(
                    ProtocolError(
                        f"plugin {name!r}: expected a 'listening' line on stdout, got {bytes(buf[:200])!r}"
                    )
                )

        def finished_sock(code: int | None) -> None:
            err = PluginCrashedError(f"plugin {name!r} {describe_exit(code)}{_tail(link)}")
            if not listening.done():
                listening.set_exception(err)
            link.lost(err)

        link.proc = ChildProcess(name, on_stdout, finished_sock)
        argv = list(target.command)
        at = len(argv) if target.flags_at is None else target.flags_at
        if target.transport == "tcp":
            argv[at:at] = ["--tcp", target.address or "127.0.0.1:0"]
        else:
            if target.address is None:
                link.tmpdir = tempfile.mkdtemp(prefix="eliza-ipc-")
            argv[at:at] = ["--unix", target.address or os.path.join(link.tmpdir or "", "plugin.sock")]
        await _spawn(link.proc, target, argv, env)
        try:
            address = await asyncio.wait_for(asyncio.shield(listening), max(0.0, deadline - loop.time()))
        except TimeoutError:
            raise StartupTimeoutError(
                f"plugin {name!r} did not print 'listening' within startup_timeout={limits.startup_timeout}s"
                f"{_tail(link)}"
            ) from None
    if address is None:
        raise PluginLoadError("no address to connect to")

    def on_lost(exc: Exception | None) -> None:
        proc = link.proc
        if proc is None:
            link.lost(
                PluginCrashedError(
                    f"plugin {name!r}: connection to {address} closed" + (f" ({exc})" if exc else "")
                )
            )
            return

        async def wait_exit() -> None:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(proc.exited.wait(), 1.0)
            link.lost(
                PluginCrashedError(
                    f"plugin {name!r}: connection closed; the server {proc.exit_description()}{_tail(link)}"
                )
            )

        task = loop.create_task(wait_exit())
        _background.add(task)
        task.add_done_callback(_background.discard)

    try:
        if target.transport == "unix":
            sock, _ = await loop.create_unix_connection(lambda: SessionProtocol(link, on_lost), address)
        else:
            host, port = parse_hostport(address)
            sock, _ = await loop.create_connection(lambda: SessionProtocol(link, on_lost), host, port)
    except OSError as err:
        raise PluginLoadError(f"cannot connect to plugin {name!r} at {address}: {err}") from err
    link.sock = sock
    raw = sock.get_extra_info("socket")
    link.watch(sock, raw.fileno() if raw is not None else None)


_background: set[asyncio.Task[None]] = set()


__all__ = ["SessionProtocol", "open_session"]
