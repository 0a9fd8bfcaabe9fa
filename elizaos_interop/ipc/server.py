"""Generic IPC server loop: serves one request handler (`Envelope -> Envelope`) on stdio, a Unix socket
or TCP.

Implements the server side of docs/PROTOCOL.md §2: `ready` first, optional `hello` switch to binary
framing, pipelined requests run concurrently, `cancel`, `shutdown`, and an `error` answer (MALFORMED,
UNKNOWN_TYPE, TOO_LARGE, HANDLER_ERROR, ...) for any bad input, after which it keeps serving.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import os
import stat
from collections.abc import Awaitable, Callable, Coroutine, Generator
from typing import Any

import orjson
from google.protobuf.message import DecodeError as PbDecodeError

from elizaos_interop.v1 import protocol_pb2

from ..errors import PluginCallError
from ..model import Envelope, PluginManifest
from . import codec, framing
from .framing import BufferOverflowError, FrameDecoder, Oversized

PROTOCOL_VERSION = 1
SERVER_NAME = "elizaos-interop-python/0.1.0"
Handler = Callable[[Envelope], Awaitable[Envelope]]

_log = logging.getLogger("elizaos_interop.ipc.server")

#: Body fields a host may send as requests (answered by the handler).
REQUEST_KINDS = frozenset(
    {
        "plugin_init",
        "action_invoke",
        "action_validate",
        "provider_get",
        "evaluator_invoke",
        "model_invoke",
        "service_start",
        "service_stop",
        "route_handle",
        "db_call",
        "manifest_get",
    }
)


def error_envelope(rid: str, message: str, code: str, **details: Any) -> Envelope:
    env = Envelope()
    e = env.error
    e.type, e.id, e.error = "error", rid, message
    e.details.update({"code": code, **details})
    return env


def error_from_exception(rid: str, err: BaseException) -> Envelope:
    if isinstance(err, PluginCallError):
        details = {k: v for k, v in err.details.items() if k != "code"}
        return error_envelope(rid, err.remote_message, err.code, **details)
    return error_envelope(rid, f"{type(err).__name__}: {err}", "HANDLER_ERROR", exception=type(err).__name__)


class _Writer:
    """Blocking fallback for a protocol stream that is a regular file."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def write(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            n = os.write(self.fd, view)
            view = view[n:]

    def is_closing(self) -> bool:
        return False

    def close(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self.fd)


class _Resume:
    """Awaitable that continues a coroutine which already ran up to its first suspension (`first`)."""

    __slots__ = ("coro", "first")

    def __init__(self, coro: Coroutine[Any, Any, None], first: Any) -> None:
        self.coro = coro
        self.first = first

    def __await__(self) -> Generator[Any, None, None]:
        pending = self.first
        while True:
            try:
                yield pending
            except BaseException as err:  # cancellation (or anything thrown in) goes to the coroutine
                try:
                    pending = self.coro.throw(err)
                except StopIteration:
                    return
            else:
                try:
                    pending = self.coro.send(None)
                except StopIteration:
                    return


async def _resume(coro: Coroutine[Any, Any, None], first: Any) -> None:
    await _Resume(coro, first)


class Session(asyncio.Protocol):
    """One connection (or the stdio pair)."""

    def __init__(self, server: PluginServer) -> None:
        self.server = server
        self.decoder = FrameDecoder(server.max_message_bytes, server.max_buffer_bytes)
        self.binary = False
        self.tasks: dict[str, asyncio.Task[None]] = {}
        self.out: Any = None  # has write(bytes)
        self.transport: asyncio.BaseTransport | None = None
        self.closed = False
        self._wbuf: list[bytes] | None = None

    # -------------------------------------------------------------- transport callbacks
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport
        if self.out is None:
            self.out = transport
        self.server.sessions.add(self)
        self.send_ready()

    def send_ready(self) -> None:
        env = Envelope()
        r = env.ready
        r.type, r.id, r.protocol_version = "ready", "", PROTOCOL_VERSION
        r.manifest.CopyFrom(self.server.manifest)
        r.framings.extend(self.server.framings)
        r.server, r.pid = SERVER_NAME, os.getpid()
        self.write_json(env)

    def data_received(self, data: bytes) -> None:
        if self.server.stopping:
            return
        dec = self.decoder
        dec.feed(data)
        while not self.server.stopping:
            try:
                item = dec.next()
            except BufferOverflowError as err:
                self.send(error_envelope("", str(err), "TOO_LARGE"))
                self.close()
                return
            if item is None:
                return
            if type(item) is bytes:
                self.on_message(item)
            else:
                assert isinstance(item, Oversized)
                rid = (
                    framing.recover_id_protobuf(item.head)
                    if item.framing == framing.PROTOBUF
                    else codec.recover_id_json(item.head)
                )
                self.send(
                    error_envelope(
                        rid,
                        f"message of {item.size} bytes exceeds "
                        f"max_message_bytes={self.server.max_message_bytes}",
                        "TOO_LARGE",
                    )
                )

    def eof_received(self) -> bool | None:
        self._ended()
        return None

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        self._ended()

    def _ended(self) -> None:
        self.server.sessions.discard(self)
        self.server.session_ended(self)

    # -------------------------------------------------------------- writing
    def write_json(self, env: Envelope) -> None:
        self._write(codec.encode_line(env))

    def send(self, env: Envelope) -> None:
        if self.binary:
            self._write(framing.frame(env.SerializeToString()))
        else:
            self._write(codec.encode_line(env))

    def _write(self, data: bytes) -> None:
        """The first write of an event-loop iteration goes out at once; later ones in the same iteration
        are joined, and written every `framing.WRITE_BATCH` answers and at the iteration's end (few syscalls
        when requests are pipelined, while the host already reads the first answers of a long batch)."""
        buf = self._wbuf
        if buf is not None:
            buf.append(data)
            if len(buf) >= framing.WRITE_BATCH:
                self._send(b"".join(buf))
                buf.clear()
            return
        self._wbuf = []
        asyncio.get_running_loop().call_soon(self._flush)
        self._send(data)

    def _flush(self) -> None:
        buf, self._wbuf = self._wbuf, None
        if buf:
            self._send(buf[0] if len(buf) == 1 else b"".join(buf))

    def _send(self, data: bytes) -> None:
        out = self.out
        if out is None or self.closed:
            return
        try:
            out.write(data)
        except (OSError, RuntimeError) as err:
            _log.warning("cannot write to the host: %s", err)
            self.closed = True

    def close(self) -> None:
        self._flush()
        self.closed = True
        if self.transport is not None:
            self.transport.close()

    # -------------------------------------------------------------- reading
    def on_message(self, data: bytes) -> None:
        if self.binary:
            try:
                env = Envelope.FromString(data)
            except PbDecodeError as err:
                self.send(
                    error_envelope(
                        framing.recover_id_protobuf(data[:1024]),
                        f"undecodable Envelope frame: {err}",
                        "MALFORMED",
                    )
                )
                return
            kind = env.WhichOneof("body")
            if kind is None:
                self.send(error_envelope("", "Envelope frame with no body", "MALFORMED"))
                return
        else:
            try:
                env = codec.decode_line(data)
            except codec.DecodeError as err:
                self.send(error_envelope(err.request_id, str(err), err.code))
                return
            kind = env.WhichOneof("body")
            assert kind is not None
        body = getattr(env, kind)
        rid = body.id
        if kind in REQUEST_KINDS:
            if rid in self.tasks:
                self.send(error_envelope(rid, f"request id {rid!r} is already in flight", "INVALID_ARGUMENT"))
                return
            # Start the handler eagerly: most finish without suspending and need no Task (one event-loop
            # iteration less per request); one that suspends continues in a Task, cancellable by `cancel`.
            coro = self.run(env, kind, rid)
            try:
                first = coro.send(None)
            except StopIteration:
                return
            task = asyncio.get_running_loop().create_task(_resume(coro, first))
            self.tasks[rid] = task
            task.add_done_callback(functools.partial(self._task_done, rid))
        elif kind == "cancel":
            t = self.tasks.get(body.target_id)
            if t is not None:
                t.cancel()
        elif kind == "hello":
            self.on_hello(body)
        elif kind == "shutdown":
            self.server.request_shutdown(self, rid)
        else:
            self.send(error_envelope(rid, f"{codec.FIELD_TO_TYPE[kind]!r} is not a request", "UNKNOWN_TYPE"))

    def on_hello(self, hello: protocol_pb2.HelloMessage) -> None:
        env = Envelope()
        res = env.hello_result
        res.type, res.id = "hello.result", hello.id
        if hello.protocol_version not in (0, PROTOCOL_VERSION):
            self.send(
                error_envelope(
                    hello.id,
                    f"protocol version {hello.protocol_version} is not supported "
                    f"(server speaks {PROTOCOL_VERSION})",
                    "UNSUPPORTED_VERSION",
                )
            )
            return
        if self.binary:
            # Framing is negotiated once: a later hello is answered in the framing in force (protobuf).
            res.framing = framing.PROTOBUF
            res.accepted = hello.framing in (framing.PROTOBUF, 0)
            if not res.accepted:
                res.error = "framing was negotiated at start-up (protobuf) and cannot change"
            self.send(env)
            return
        if hello.framing in (*self.server.framings, 0):
            res.accepted = True
            res.framing = hello.framing if hello.framing else framing.JSON
            self.write_json(env)
            if res.framing == framing.PROTOBUF:
                self.binary = True
                self.decoder.framing = framing.PROTOBUF
        else:
            res.accepted = False
            res.framing = framing.JSON
            res.error = f"framing {hello.framing} is not offered (ready.framings)"
            self.write_json(env)

    async def run(self, env: Envelope, kind: str, rid: str) -> None:
        try:
            res = await self.server.handler(env)
        except asyncio.CancelledError:
            return  # cancelled by the host: send nothing
        except Exception as err:  # the plugin's code raised: report it, keep serving
            res = error_from_exception(rid, err)
        rkind = res.WhichOneof("body")
        if rkind is None:
            res = error_envelope(rid, "handler returned an empty Envelope", "HANDLER_ERROR")
        else:
            rbody = getattr(res, rkind)
            rbody.id = rid
            if not rbody.type:
                rbody.type = codec.FIELD_TO_TYPE[rkind]
        data = framing.frame(res.SerializeToString()) if self.binary else codec.encode_line(res)
        if len(data) - (4 if self.binary else 1) > self.server.max_message_bytes:
            self.send(
                error_envelope(rid, f"response of {len(data)} bytes exceeds max_message_bytes", "TOO_LARGE")
            )
        else:
            self._write(data)

    def _task_done(self, rid: str, task: asyncio.Task[None]) -> None:
        if self.tasks.get(rid) is task:
            del self.tasks[rid]

    async def drain_tasks(self) -> None:
        while self.tasks:
            await asyncio.gather(*self.tasks.values(), return_exceptions=True)
            await asyncio.sleep(0)


class PluginServer:
    def __init__(
        self,
        handler: Handler,
        manifest: PluginManifest,
        *,
        max_message_bytes: int = 16 * 1024 * 1024,
        max_buffer_bytes: int = 64 * 1024 * 1024,
        protocol_fd: int = 1,
        framings: tuple[protocol_pb2.Framing, ...] = (framing.JSON, framing.PROTOBUF),
    ) -> None:
        self.handler = handler
        self.manifest = manifest
        self.max_message_bytes = max_message_bytes
        self.max_buffer_bytes = max_buffer_bytes
        self.protocol_fd = protocol_fd
        #: Framings offered in `ready` (FRAMING_JSON is always among them).
        self.framings = tuple(dict.fromkeys((framing.JSON, *framings)))
        self.sessions: set[Session] = set()
        self.stopping = False
        self.finished = asyncio.Event()
        self.stdio = False
        self._shutdown_task: asyncio.Task[None] | None = None

    # -------------------------------------------------------------- lifecycle
    def session_ended(self, session: Session) -> None:
        if self.stdio and not self.stopping:
            # The host closed our stdin: finish in-flight calls, then exit.
            self.stopping = True
            task = asyncio.get_running_loop().create_task(self._finish(session, None))
            self._shutdown_task = task
        elif not self.stdio:
            for t in list(session.tasks.values()):
                t.cancel()

    def request_shutdown(self, session: Session, rid: str) -> None:
        if self.stopping:
            session.send(error_envelope(rid, "server is shutting down", "SHUTTING_DOWN"))
            return
        self.stopping = True
        self._shutdown_task = asyncio.get_running_loop().create_task(self._finish(session, rid))

    async def _finish(self, session: Session, rid: str | None) -> None:
        for s in list(self.sessions | {session}):
            if isinstance(s.transport, asyncio.ReadTransport):
                with contextlib.suppress(Exception):
                    s.transport.pause_reading()
        for s in list(self.sessions | {session}):
            await s.drain_tasks()
        if rid is not None:
            env = Envelope()
            env.shutdown_result.type, env.shutdown_result.id = "shutdown.result", rid
            session.send(env)
        for s in list(self.sessions | {session}):
            s._flush()
        self.finished.set()

    # -------------------------------------------------------------- transports
    async def serve_stdio(self, in_fd: int = 0) -> int:
        loop = asyncio.get_running_loop()
        self.stdio = True
        session = Session(self)
        out_fd = self.protocol_fd
        if stat.S_ISREG(os.fstat(out_fd).st_mode):
            session.out = _Writer(out_fd)
        else:
            wt, _ = await loop.connect_write_pipe(asyncio.Protocol, os.fdopen(out_fd, "wb", buffering=0))
            session.out = wt
        if stat.S_ISREG(os.fstat(in_fd).st_mode):
            session.connection_made(_FileReadTransport())
            with os.fdopen(in_fd, "rb", buffering=0) as f:
                while chunk := f.read(65536):
                    session.data_received(chunk)
            session.eof_received()
        else:
            await loop.connect_read_pipe(lambda: session, os.fdopen(in_fd, "rb", buffering=0))
        await self.finished.wait()
        session._flush()
        out = session.out
        if isinstance(out, asyncio.WriteTransport):
            for _ in range(500):  # let the pipe drain (bounded: 5 s)
                if out.get_write_buffer_size() == 0:
                    break
                await asyncio.sleep(0.01)
        out.close()
        return 0

    def _write_listening(self, address: str) -> None:
        line = orjson.dumps({"type": "listening", "address": address}, option=orjson.OPT_APPEND_NEWLINE)
        os.write(self.protocol_fd, line)

    async def serve_unix(self, path: str) -> int:
        loop = asyncio.get_running_loop()
        with contextlib.suppress(FileNotFoundError):
            if stat.S_ISSOCK(os.stat(path).st_mode):
                os.unlink(path)
        srv = await loop.create_unix_server(lambda: Session(self), path)
        self._write_listening(path)
        try:
            await self.finished.wait()
        finally:
            srv.close()
            with contextlib.suppress(OSError):
                os.unlink(path)
        await asyncio.sleep(0)
        return 0

    async def serve_tcp(self, host: str, port: int) -> int:
        loop = asyncio.get_running_loop()
        srv = await loop.create_server(lambda: Session(self), host, port)
        sock = srv.sockets[0]
        h, p = sock.getsockname()[:2]
        self._write_listening(f"{h}:{p}")
        try:
            await self.finished.wait()
        finally:
            srv.close()
        await asyncio.sleep(0)
        return 0


class _FileReadTransport(asyncio.ReadTransport):
    def pause_reading(self) -> None:
        pass

    def resume_reading(self) -> None:
        pass


__all__ = ["REQUEST_KINDS", "Handler", "PluginServer", "Session", "error_envelope", "error_from_exception"]
