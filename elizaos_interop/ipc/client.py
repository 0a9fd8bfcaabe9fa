"""`IpcPlugin`: a plugin reached over an IPC stream (a spawned child's stdio, a Unix socket or TCP).

One connection carries many calls at once, matched by id. The hot path is one encode, one transport write,
one future and one timer per call; responses are parsed in the transport's `data_received`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import shlex
import shutil
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

import orjson
from google.protobuf.message import DecodeError as PbDecodeError

from elizaos_interop.v1 import protocol_pb2

from ..errors import (
    CallTimeoutError,
    InteropError,
    MessageTooLargeError,
    PluginClosedError,
    PluginCrashedError,
    PluginLoadError,
    ProtocolError,
    StartupTimeoutError,
    TooManyPendingError,
    VersionMismatchError,
)
from ..model import Envelope, EnvelopePlugin, PluginManifest
from . import busy_poll, codec, framing
from .framing import BufferOverflowError, FrameDecoder, Oversized
from .limits import IpcLimits, child_env
from .process import ChildProcess, describe_exit, plugin_logger

if TYPE_CHECKING:
    from .prefork import PreforkPool

PROTOCOL_VERSION = 1
Transport = Literal["stdio", "unix", "tcp"]
FramingName = Literal["json", "protobuf"]

_log = logging.getLogger("elizaos_interop.ipc")
_LOG_LEVELS = {
    "debug": logging.DEBUG,
    "info": logging.INFO,
    "warning": logging.WARNING,
    "warn": logging.WARNING,
    "error": logging.ERROR,
}


@dataclass(frozen=True)
class IpcTarget:
    """How to reach a plugin: spawn `command` (speaking on stdio, or serving `transport` on a socket the
    loader picks), or connect to an existing `address` ("/path.sock" for unix, "host:port" for tcp)."""

    command: tuple[str, ...] = ()
    transport: Transport = "stdio"
    address: str | None = None
    cwd: str | None = None
    env: Mapping[str, str] = field(default_factory=dict)
    framing: FramingName = "json"
    #: Where `--unix PATH` / `--tcp HOST:PORT` go in `command` when spawning a socket server
    #: (None: at the end;
    #: our bridges take them before ENTRY, i.e. len(command) - 1).
    flags_at: int | None = None
    #: Start `command` (`python -m MODULE ...`) as a fork of this pool's warm interpreter (prefork.py).
    prefork: PreforkPool | None = None

    def describe(self) -> str:
        if self.command:
            return shlex.join(self.command)
        return f"{self.transport}:{self.address}"


class _Link:
    """One live connection: frame decoding, response matching, crash reporting."""

    def __init__(self, name: str, limits: IpcLimits) -> None:
        self.name = name
        self.limits = limits
        self.log = plugin_logger(name)
        self.decoder = FrameDecoder(limits.max_message_bytes, limits.max_buffer_bytes)
        self.pending: dict[str, asyncio.Future[Envelope]] = {}
        loop = asyncio.get_running_loop()
        self.ready: asyncio.Future[protocol_pb2.ReadyMessage] = loop.create_future()
        self.binary = False
        self.dead: InteropError | None = None
        self.proc: ChildProcess | None = None
        self.sock: asyncio.Transport | None = None
        self.lost_event = asyncio.Event()
        self._wbuf: list[bytes] | None = None
        #: Busy polling (busy_poll.py): the descriptor responses arrive on, the transport that owns it, the
        #: budget, and the adaptive back-off (calls left to skip, current back-off).
        self.rfd: int | None = None
        self.rtransport: asyncio.BaseTransport | None = None
        #: (0 on a machine with one usable CPU: busy_poll.can_poll)
        self.spin_ns = limits.busy_poll_us * 1000 if busy_poll.can_poll() else 0
        self.spin_skip = 0
        self.spin_backoff = 0
        #: Calls waiting for an answer: id → (deadline on the loop's clock, future, timeout, body kind), and
        #: the one timer that fires at the earliest deadline (IpcPlugin._arm).
        self.deadlines: dict[str, tuple[float, asyncio.Future[Envelope], float, str]] = {}
        self.timer: asyncio.TimerHandle | None = None
        #: A temporary directory holding the Unix socket of a spawned server; removed at shutdown.
        self.tmpdir: str | None = None

    # ---------------------------------------------------------------- writing
    def write(self, data: bytes) -> None:
        """The first write of an event-loop iteration goes out at once (low latency); later ones in the
        same iteration are joined into one write at its end (few syscalls when calls are pipelined)."""
        buf = self._wbuf
        if buf is not None:
            buf.append(data)
            if len(buf) >= framing.WRITE_BATCH:  # the plugin starts on a long batch before it ends
                self._send(b"".join(buf))
                buf.clear()
            return
        self._wbuf = []
        asyncio.get_running_loop().call_soon(self._flush)
        self._send(data)

    def write_now(self, data: bytes) -> None:
        """Write `data` (after anything batched in this iteration) at once: a busy-polled call must be on
        the wire before polling starts."""
        buf = self._wbuf
        if buf:
            buf.append(data)
            data = b"".join(buf)
            buf.clear()
        self._send(data)

    def _flush(self) -> None:
        buf, self._wbuf = self._wbuf, None
        if buf:
            self._send(buf[0] if len(buf) == 1 else b"".join(buf))

    def _send(self, data: bytes) -> None:
        if self.sock is not None:
            if not self.sock.is_closing():
                self.sock.write(data)
        elif self.proc is not None:
            self.proc.write(data)

    def encode(self, env: Envelope) -> tuple[bytes, int]:
        if self.binary:
            payload = env.SerializeToString()
            return framing.frame(payload), len(payload)
        line = codec.encode_line(env)
        return line, len(line) - 1

    def send_control(self, env: Envelope) -> None:
        if self.dead is None:
            with contextlib.suppress(Exception):
                self.write(self.encode(env)[0])

    def send_cancel(self, target: str) -> None:
        env = Envelope()
        c = env.cancel
        c.type, c.id, c.target_id = "cancel", f"cancel-{target}", target
        self.send_control(env)

    def watch(self, transport: asyncio.BaseTransport | None, fd: int | None) -> None:
        """Responses arrive on `fd`, read by `transport`: busy polling may read it too."""
        self.rtransport, self.rfd = transport, fd

    def poll(self, fut: asyncio.Future[Envelope]) -> bool:
        """Read responses for up to `busy_poll_us`, until `fut` is done (True). A miss backs off: the next
        1, 3, 7, … (at most 1023) calls are not polled; a hit resets that."""
        if self.spin_skip:
            self.spin_skip -= 1
            return False
        t, fd = self.rtransport, self.rfd
        if t is None or fd is None or t.is_closing():
            return False
        if busy_poll.poll_reads(fd, self.data_received, fut.done, self.spin_ns):
            self.spin_backoff = 0
            return True
        self.spin_backoff = self.spin_skip = min(2 * self.spin_backoff + 1, 1023)
        return False

    # ---------------------------------------------------------------- reading
    def data_received(self, data: bytes) -> None:
        dec = self.decoder
        dec.feed(data)
        while True:
            try:
                item = dec.next()
            except BufferOverflowError as err:
                self.log.error("plugin %r: %s; dropping the connection", self.name, err)
                self.lost(ProtocolError(f"plugin {self.name!r}: {err}; connection dropped"))
                self.abort()
                return
            if item is None:
                return
            if type(item) is bytes:
                self._message(item)
            else:
                assert isinstance(item, Oversized)
                self._oversized(item)

    def _oversized(self, item: Oversized) -> None:
        rid = (
            framing.recover_id_protobuf(item.head)
            if item.framing == framing.PROTOBUF
            else codec.recover_id_json(item.head)
        )
        msg = (
            f"plugin {self.name!r} sent a message of {item.size} bytes, over max_message_bytes="
            f"{self.limits.max_message_bytes}; discarded"
        )
        self.log.error("%s (id %r)", msg, rid)
        self._fail_id(rid, MessageTooLargeError(msg))

    def _malformed(self, what: str, rid: str, data: bytes) -> None:
        msg = f"plugin {self.name!r} sent a malformed message ({what}): {data[:200]!r}"
        self.log.error("%s", msg)
        if not self.ready.done():
            self.ready.set_exception(ProtocolError(f"expected a 'ready' line first; {msg}"))
            return
        self._fail_id(rid, ProtocolError(msg))

    def _fail_id(self, rid: str, err: Exception) -> None:
        fut = self.pending.pop(rid, None) if rid else None
        if fut is not None and not fut.done():
            fut.set_exception(err)

    def _message(self, data: bytes) -> None:
        if self.binary:
            try:
                env = Envelope.FromString(data)
            except PbDecodeError as err:
                self._malformed(
                    f"undecodable Envelope: {err}", framing.recover_id_protobuf(data[:1024]), data
                )
                return
            kind = env.WhichOneof("body")
            if kind is None:
                self._malformed("Envelope with no body", "", data)
                return
        else:
            try:
                env = codec.decode_line(data)
            except codec.DecodeError as err:
                self._malformed(str(err), err.request_id, data)
                return
            kind = env.WhichOneof("body")
            assert kind is not None
        body = getattr(env, kind)
        if not self.ready.done():
            if kind == "ready":
                self.ready.set_result(body)
            else:
                self.ready.set_exception(
                    ProtocolError(f"plugin {self.name!r} sent {codec.FIELD_TO_TYPE[kind]!r} before 'ready'")
                )
            return
        if kind == "log":
            self.log.log(
                _LOG_LEVELS.get(body.level.lower(), logging.INFO),
                "%s",
                body.message if not body.logger else f"[{body.logger}] {body.message}",
            )
            return
        fut = self.pending.pop(body.id, None)
        if fut is None:
            self.log.warning(
                "plugin %r answered %r for id %r, which is not pending; dropped",
                self.name,
                codec.FIELD_TO_TYPE.get(kind, kind),
                body.id,
            )
            return
        if kind == "hello_result" and body.accepted and body.framing == framing.PROTOBUF:
            self.binary = True
            self.decoder.framing = framing.PROTOBUF
        if not fut.done():
            fut.set_result(env)

    # ---------------------------------------------------------------- ending
    def lost(self, err: InteropError) -> None:
        if self.dead is not None:
            return
        self.dead = err
        self.lost_event.set()
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None
        if not self.ready.done():
            self.ready.set_exception(err)
        pending, self.pending = self.pending, {}
        for fut in pending.values():
            if not fut.done():
                fut.set_exception(err)

    def abort(self) -> None:
        if self.sock is not None:
            self.sock.abort()
        if self.proc is not None:
            self.proc.kill()


class _SocketProtocol(asyncio.Protocol):
    def __init__(self, link: _Link, on_lost: Any) -> None:
        self.link = link
        self.on_lost = on_lost

    def data_received(self, data: bytes) -> None:
        self.link.data_received(data)

    def connection_lost(self, exc: Exception | None) -> None:
        self.on_lost(exc)


def _parse_hostport(address: str) -> tuple[str, int]:
    host, sep, port = address.rpartition(":")
    if not sep or not port.isdigit():
        raise PluginLoadError(f"bad TCP address {address!r}: expected HOST:PORT")
    return host.strip("[]") or "127.0.0.1", int(port)


class IpcPlugin(EnvelopePlugin):
    """A plugin served by another process, over stdio, a Unix socket or TCP."""

    path = "ipc"

    def __init__(
        self, target: IpcTarget, limits: IpcLimits, name: str, link: _Link, ready: protocol_pb2.ReadyMessage
    ) -> None:
        manifest = PluginManifest()
        manifest.CopyFrom(ready.manifest)
        if not manifest.name:
            manifest.name = name
        super().__init__(manifest, source=target.describe())
        self.target = target
        self.limits = limits
        self._label = name
        self._link: _Link | None = link
        self.ready_message = ready
        self._timeout = limits.call_timeout
        self._max_pending = limits.max_pending_requests
        self._max_bytes = limits.max_message_bytes

    # ------------------------------------------------------------ lifecycle
    @classmethod
    async def start(
        cls,
        command: Sequence[str] | None = None,
        *,
        transport: Transport = "stdio",
        address: str | None = None,
        cwd: str | None = None,
        env: Mapping[str, str] | None = None,
        framing: FramingName = "json",
        name: str | None = None,
        flags_at: int | None = None,
        limits: IpcLimits | None = None,
        prefork: PreforkPool | bool | None = None,
        **limit_kwargs: Any,
    ) -> IpcPlugin:
        """Spawn `command` (or connect to `address`) and complete the handshake.

        `prefork`: start a `python -m MODULE ...` command as a fork of a `PreforkPool` (True: the
        process-wide `default_pool()`), ready in milliseconds instead of a fresh interpreter's start-up.

        Raises `StartupTimeoutError`, `VersionMismatchError`, `ProtocolError` or `PluginLoadError`.
        """
        if limits is None:
            limits = IpcLimits.from_kwargs(limit_kwargs)
        elif limit_kwargs:
            limits = IpcLimits.from_kwargs({**_limits_dict(limits), **limit_kwargs})
        if framing not in ("json", "protobuf"):
            raise ValueError(f"framing must be 'json' or 'protobuf', not {framing!r}")
        if not command and address is None:
            raise ValueError("give a command to spawn or an address to connect to")
        if transport not in ("stdio", "unix", "tcp"):
            raise ValueError(f"transport must be 'stdio', 'unix' or 'tcp', not {transport!r}")
        if transport == "stdio" and not command:
            raise ValueError("the stdio transport needs a command to spawn")
        pool: PreforkPool | None = None
        if prefork is True:
            from .prefork import default_pool

            pool = await default_pool()
        elif prefork:
            pool = prefork
        if pool is not None and not command:
            raise ValueError("prefork needs a command to start")
        target = IpcTarget(
            tuple(command or ()), transport, address, cwd, dict(env or {}), framing, flags_at, pool
        )
        label = name or (_label(target.command[-1]) if target.command else str(address))
        link, ready = await _open(target, limits, label)
        return cls(target, limits, label, link, ready)

    async def __aenter__(self) -> IpcPlugin:
        return self

    async def restart(self) -> None:
        """Stop the current process/connection (failing its pending calls) and start a new one."""
        if self._closed:
            raise PluginClosedError(f"plugin {self.name!r} (ipc) is closed")
        old, self._link = self._link, None
        if old is not None:
            await _shutdown(old, self.limits, PluginCrashedError(f"plugin {self.name!r} is restarting"))
        link, ready = await _open(self.target, self.limits, self._label)
        self._link = link
        self.ready_message = ready
        self.manifest.CopyFrom(ready.manifest)
        if not self.manifest.name:
            self.manifest.name = self._label

    async def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        link, self._link = self._link, None
        if link is not None:
            await _shutdown(link, self.limits, PluginClosedError(f"plugin {self.name!r} (ipc) was closed"))

    @property
    def pid(self) -> int | None:
        link = self._link
        return link.proc.pid if link is not None and link.proc is not None else None

    @property
    def framing(self) -> FramingName:
        link = self._link
        return "protobuf" if link is not None and link.binary else "json"

    # ------------------------------------------------------------ calls
    async def _call(self, request: Envelope, timeout: float | None) -> Envelope:
        link = self._link
        if link is None:
            raise PluginClosedError(f"plugin {self.name!r} (ipc) is closed")
        if link.dead is not None:
            raise PluginCrashedError(f"{link.dead} (call `await handle.restart()` to start it again)")
        kind = request.WhichOneof("body")
        if kind is None:
            raise ProtocolError("empty request Envelope")
        body = getattr(request, kind)
        if not body.type:
            body.type = codec.FIELD_TO_TYPE[kind]
        rid = body.id
        if not rid:
            rid = body.id = self._next_id()
        pending = link.pending
        if len(pending) >= self._max_pending:
            raise TooManyPendingError(
                f"plugin {self.name!r}: {len(pending)} calls pending "
                f"(max_pending_requests={self._max_pending})"
            )
        if rid in pending:
            raise ProtocolError(f"request id {rid!r} is already pending")
        data, size = link.encode(request)
        if size > self._max_bytes:
            raise MessageTooLargeError(
                f"{codec.FIELD_TO_TYPE[kind]!r} request of {size} bytes exceeds "
                f"max_message_bytes={self._max_bytes}"
            )
        loop = asyncio.get_running_loop()
        fut: asyncio.Future[Envelope] = loop.create_future()
        pending[rid] = fut
        if link.spin_ns and len(pending) == 1:
            link.write_now(data)
            if link.poll(fut):
                return fut.result()  # answered while polling (it left `pending`): no event-loop round
        else:
            link.write(data)
        t = self._timeout if timeout is None else timeout
        deadlines = link.deadlines
        deadline = loop.time() + t
        deadlines[rid] = (deadline, fut, t, kind)
        if link.timer is None or deadline < link.timer.when():
            self._arm(link, loop)
        try:
            return await fut
        except asyncio.CancelledError:
            if pending.get(rid) is fut:
                del pending[rid]
                link.send_cancel(rid)
            raise
        finally:
            del deadlines[rid]

    # One timer per connection, at the earliest deadline of its pending calls (not one timer per call:
    # with many calls in flight, scheduling and cancelling a timer each was a fifth of the host's time).
    def _arm(self, link: _Link, loop: asyncio.AbstractEventLoop) -> None:
        if link.timer is not None:
            link.timer.cancel()
            link.timer = None
        if link.deadlines:
            when = min(d[0] for d in link.deadlines.values())
            link.timer = loop.call_at(when, self._sweep, link, loop)

    def _sweep(self, link: _Link, loop: asyncio.AbstractEventLoop) -> None:
        link.timer = None
        now = loop.time()
        for rid, (deadline, fut, t, kind) in list(link.deadlines.items()):
            if deadline <= now:
                self._expire(link, rid, fut, t, kind)
        self._arm(link, loop)

    def _expire(self, link: _Link, rid: str, fut: asyncio.Future[Envelope], t: float, kind: str) -> None:
        if link.pending.get(rid) is fut:
            del link.pending[rid]
            if not fut.done():
                fut.set_exception(
                    CallTimeoutError(
                        f"plugin {self.name!r}: {codec.FIELD_TO_TYPE[kind]!r} (id {rid}) "
                        f"did not answer within {t}s; "
                        "cancel sent"
                    )
                )
            link.send_cancel(rid)

    async def manifest_get(self, *, timeout: float | None = None) -> PluginManifest:
        env = Envelope()
        req = env.manifest_get
        req.type, req.id = "manifest.get", self._next_id()
        return (await self._request(env, "manifest_result", timeout)).manifest_result.manifest


def _label(arg: str) -> str:
    base = os.path.basename(arg.rstrip("/")) or arg
    for ext in (".py", ".mjs", ".cjs", ".js", ".json"):
        base = base.removesuffix(ext)
    return base


def _limits_dict(limits: IpcLimits) -> dict[str, Any]:
    return {n: getattr(limits, n) for n in IpcLimits.__dataclass_fields__}


async def _open(target: IpcTarget, limits: IpcLimits, name: str) -> tuple[_Link, protocol_pb2.ReadyMessage]:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + limits.startup_timeout
    link = _Link(name, limits)
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
        await _shutdown(link, limits, PluginLoadError(f"plugin {name!r} failed to start"), polite=False)
        if link.ready.done() and not link.ready.cancelled():
            link.ready.exception()  # retrieved: the caller gets the error raised here
        raise
    return link, ready


def _tail(link: _Link) -> str:
    return link.proc.stderr_summary() if link.proc is not None else ""


async def _negotiate(link: _Link, name: str, deadline: float) -> None:
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


async def _connect(target: IpcTarget, limits: IpcLimits, name: str, link: _Link, deadline: float) -> None:
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
            sock, _ = await loop.create_unix_connection(lambda: _SocketProtocol(link, on_lost), address)
        else:
            host, port = _parse_hostport(address)
            sock, _ = await loop.create_connection(lambda: _SocketProtocol(link, on_lost), host, port)
    except OSError as err:
        raise PluginLoadError(f"cannot connect to plugin {name!r} at {address}: {err}") from err
    link.sock = sock
    raw = sock.get_extra_info("socket")
    link.watch(sock, raw.fileno() if raw is not None else None)


_background: set[asyncio.Task[None]] = set()


async def _shutdown(link: _Link, limits: IpcLimits, err: InteropError, *, polite: bool = True) -> None:
    """shutdown message → close stdin/socket → grace → SIGTERM → grace → SIGKILL; fail pending with `err`."""
    proc = link.proc
    if (
        polite
        and link.dead is None
        and link.ready.done()
        and not link.ready.cancelled()
        and link.ready.exception() is None
        and proc is not None
    ):
        env = Envelope()
        s = env.shutdown
        s.type, s.id = "shutdown", "shutdown"
        fut: asyncio.Future[Envelope] = asyncio.get_running_loop().create_future()
        link.pending["shutdown"] = fut
        link.send_control(env)
        with contextlib.suppress(TimeoutError, InteropError):
            await asyncio.wait_for(asyncio.shield(fut), limits.shutdown_grace)
    link.lost(err)
    if link.sock is not None:
        link.sock.close()
    if proc is not None:
        if not polite:
            proc.kill()
        await proc.stop(limits.shutdown_grace)
    if link.tmpdir is not None:
        shutil.rmtree(link.tmpdir, ignore_errors=True)
        link.tmpdir = None


__all__ = ["PROTOCOL_VERSION", "IpcPlugin", "IpcTarget"]
