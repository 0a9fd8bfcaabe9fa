"""`Session`: one IPC connection on the plugin side (docs/PROTOCOL.md §2): `ready` first, an optional `hello`
switch to binary framing, pipelined requests run concurrently (started eagerly), `cancel`, `shutdown`, and an
`error` answer (MALFORMED, UNKNOWN_TYPE, TOO_LARGE, HANDLER_ERROR, ...) for any bad input, after which it
keeps serving. It presents the Channel contract: `serve`, `request` (ids "p1", …), `notify`.
"""

from __future__ import annotations

import asyncio
import functools
import itertools
import logging
import os
from collections.abc import Awaitable, Callable, Coroutine, Generator
from typing import Any, Protocol

from google.protobuf.message import DecodeError as PbDecodeError

from elizaos_interop.v1 import protocol_pb2

from ..channel import respond
from ..errors import (
    INVALID_ARGUMENT,
    MALFORMED,
    NOT_FOUND,
    TOO_LARGE,
    UNKNOWN_TYPE,
    UNSUPPORTED_VERSION,
    CallTimeoutError,
    PluginCrashedError,
    error_envelope,
)
from ..wire import codec, framing
from ..wire.batching import WriteBatching
from ..wire.body import REQUEST_KINDS, cancel_envelope, stamp_request
from ..wire.constants import PROTOCOL_VERSION
from ..wire.framing import BufferOverflowError, FrameDecoder, Oversized
from ..wire.messages import Envelope, PluginManifest

SERVER_NAME = "elizaos-interop-python/0.1.0"
Handler = Callable[[Envelope], Awaitable[Envelope]]

_log = logging.getLogger("elizaos_interop.ipc.server")


class SessionOwner(Protocol):
    """What a session needs of the server that accepted it (`PluginServer`)."""

    handler: Handler
    manifest: PluginManifest
    framings: tuple[protocol_pb2.Framing, ...]
    max_message_bytes: int
    max_buffer_bytes: int
    stopping: bool
    sessions: set[Session]

    def session_ended(self, session: Session) -> None: ...

    def request_shutdown(self, session: Session, rid: str) -> None: ...


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


class Session(WriteBatching, asyncio.Protocol):
    """One connection (or the stdio pair), presenting the Channel contract on the plugin side: it serves the
    host's requests with `handler` (`serve`), and may `request` the host itself (ids "p1", "p2", …) and
    `notify` it."""

    def __init__(self, server: SessionOwner) -> None:
        self.server = server
        self.handler: Handler | None = server.handler
        self.decoder = FrameDecoder(server.max_message_bytes, server.max_buffer_bytes)
        self.binary = False
        self.tasks: dict[str, asyncio.Task[None]] = {}
        self.out: Any = None  # has write(bytes)
        self.transport: asyncio.BaseTransport | None = None
        self.closed = False
        #: Requests this side sent the host, waiting for their response.
        self.pending: dict[str, asyncio.Future[Envelope]] = {}
        self._ids = itertools.count(1)

    # -------------------------------------------------------------- the Channel contract
    def next_id(self) -> str:
        return f"p{next(self._ids)}"

    def serve(self, handler: Handler | None) -> None:
        """Install (None: remove) the handler of the host's requests; without one they are NOT_FOUND."""
        self.handler = handler

    def notify(self, env: Envelope) -> None:
        """Send the host a one-way message (`log`, `cancel`)."""
        self.send(env)

    async def request(self, env: Envelope, timeout: float | None = None) -> Envelope:
        """Send the host a request and await its response Envelope; a deadline that passes raises
        `CallTimeoutError`, a cancelled caller `CancelledError`, and both send the host a `cancel`."""
        if self.closed:
            raise PluginCrashedError("the host connection is closed")
        kind, rid = stamp_request(env, self.next_id)
        fut: asyncio.Future[Envelope] = asyncio.get_running_loop().create_future()
        self.pending[rid] = fut
        self.send(env)
        try:
            return await asyncio.wait_for(asyncio.shield(fut), timeout)
        except TimeoutError:
            self._abandon(rid)
            raise CallTimeoutError(
                f"the host did not answer {getattr(env, kind).type!r} (id {rid}) within {timeout}s"
            ) from None
        except asyncio.CancelledError:
            self._abandon(rid)
            raise
        finally:
            self.pending.pop(rid, None)

    def _abandon(self, rid: str) -> None:
        if self.pending.pop(rid, None) is not None:
            self.notify(cancel_envelope(rid))

    def _answered(self, env: Envelope, rid: str) -> bool:
        fut = self.pending.pop(rid, None)
        if fut is None:
            return False
        if not fut.done():
            fut.set_result(env)
        return True

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
                self.send(error_envelope("", str(err), TOO_LARGE))
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
                        TOO_LARGE,
                    )
                )

    def eof_received(self) -> bool | None:
        self._ended()
        return None

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        pending, self.pending = self.pending, {}
        for fut in pending.values():
            if not fut.done():
                fut.set_exception(PluginCrashedError("the host closed the connection"))
        self._ended()

    def _ended(self) -> None:
        self.server.sessions.discard(self)
        self.server.session_ended(self)

    # -------------------------------------------------------------- writing
    def write_json(self, env: Envelope) -> None:
        self.write(codec.encode_line(env))

    def send(self, env: Envelope) -> None:
        if self.binary:
            self.write(framing.frame(env.SerializeToString()))
        else:
            self.write(codec.encode_line(env))

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
        self.flush()
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
                        MALFORMED,
                    )
                )
                return
            kind = env.WhichOneof("body")
            if kind is None:
                self.send(error_envelope("", "Envelope frame with no body", MALFORMED))
                return
        else:
            try:
                env = codec.decode_line(data)
            except codec.DecodeError as err:
                self.send(error_envelope(err.request_id, str(err), err.error_code))
                return
            kind = env.WhichOneof("body")
            assert kind is not None
        body = getattr(env, kind)
        rid = body.id
        if kind in REQUEST_KINDS:
            if rid in self.tasks:
                self.send(error_envelope(rid, f"request id {rid!r} is already in flight", INVALID_ARGUMENT))
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
        elif not (rid and self.pending and self._answered(env, rid)):
            self.send(error_envelope(rid, f"{codec.FIELD_TO_TYPE[kind]!r} is not a request", UNKNOWN_TYPE))

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
                    UNSUPPORTED_VERSION,
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
        handler = self.handler
        if handler is None:
            self.send(error_envelope(rid, "this server serves no requests", NOT_FOUND))
            return
        try:
            res = await respond(handler, env, rid)
        except asyncio.CancelledError:
            return  # cancelled by the host: send nothing
        data = framing.frame(res.SerializeToString()) if self.binary else codec.encode_line(res)
        if len(data) - (4 if self.binary else 1) > self.server.max_message_bytes:
            self.send(
                error_envelope(rid, f"response of {len(data)} bytes exceeds max_message_bytes", TOO_LARGE)
            )
        else:
            self.write(data)

    def _task_done(self, rid: str, task: asyncio.Task[None]) -> None:
        if self.tasks.get(rid) is task:
            del self.tasks[rid]

    async def drain_tasks(self) -> None:
        while self.tasks:
            await asyncio.gather(*self.tasks.values(), return_exceptions=True)
            await asyncio.sleep(0)


__all__ = ["SERVER_NAME", "Handler", "Session", "SessionOwner"]
