"""`IpcSession`: one live IPC connection on the host side, presenting the Channel contract
(docs/ARCHITECTURE.md): `request` (ids, deadlines, cancellation, back-pressure), `notify`, `serve` (requests
the plugin sends the host; NOT_FOUND while no handler is installed) and `close`.

The hot path is one encode, one transport write, one future and one timer per call; responses are parsed in
the transport's `data_received`, or read by busy polling (busy_poll.py) while a lone call waits.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import shutil

from google.protobuf.message import DecodeError as PbDecodeError

from elizaos_interop.v1 import protocol_pb2

from ...channel import RequestHandler, ServedRequests
from ...errors import (
    CallTimeoutError,
    InteropError,
    MessageTooLargeError,
    PluginClosedError,
    PluginCrashedError,
    ProtocolError,
    TooManyPendingError,
)
from ...wire import codec, framing
from ...wire.batching import WriteBatching
from ...wire.body import REQUEST_KINDS, cancel_envelope, stamp_request
from ...wire.framing import BufferOverflowError, FrameDecoder, Oversized
from ...wire.messages import Envelope
from . import busy_poll
from .limits import IpcLimits
from .process import ChildProcess, plugin_logger

_LOG_LEVELS = {
    "debug": logging.DEBUG,
    "info": logging.INFO,
    "warning": logging.WARNING,
    "warn": logging.WARNING,
    "error": logging.ERROR,
}


class IpcSession(WriteBatching):
    """One live connection: writing (batched), frame decoding, response matching, deadlines, serving the
    plugin's requests, crash reporting."""

    def __init__(self, name: str, limits: IpcLimits) -> None:
        self.name = name
        #: How calls name the plugin in errors (the handle sets its manifest name).
        self.label = name
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
        #: Busy polling (busy_poll.py): the descriptor responses arrive on, the transport that owns it, the
        #: budget, and the adaptive back-off (calls left to skip, current back-off).
        self.rfd: int | None = None
        self.rtransport: asyncio.BaseTransport | None = None
        #: (0 on a machine with one usable CPU: busy_poll.can_poll)
        self.spin_ns = limits.busy_poll_us * 1000 if busy_poll.can_poll() else 0
        self.spin_skip = 0
        self.spin_backoff = 0
        #: Calls waiting for an answer: id → (deadline on the loop's clock, future, timeout, body kind), and
        #: the one timer that fires at the earliest deadline (`_arm`).
        self.deadlines: dict[str, tuple[float, asyncio.Future[Envelope], float, str]] = {}
        self.timer: asyncio.TimerHandle | None = None
        #: A temporary directory holding the Unix socket of a spawned server; removed at shutdown.
        self.tmpdir: str | None = None
        #: Requests the plugin sends the host: the handler, and those running (cancellable by id).
        self.served = ServedRequests("the host", self._send_checked, self.notify)
        self._ids = itertools.count(1)

    # ---------------------------------------------------------------- the Channel contract
    def next_id(self) -> str:
        return str(next(self._ids))

    async def request(self, request: Envelope, timeout: float | None = None) -> Envelope:
        """Send request `request` (an empty id gets the next one) and await its response Envelope; a deadline
        (`timeout`, default `call_timeout`) that passes raises `CallTimeoutError`, a cancelled caller raises
        `CancelledError`; both send the plugin a `cancel`."""
        link = self
        if link.dead is not None:
            raise PluginCrashedError(f"{link.dead} (call `await handle.restart()` to start it again)")
        kind, rid = stamp_request(request, self.next_id)
        pending = link.pending
        if len(pending) >= self.limits.max_pending_requests:
            raise TooManyPendingError(
                f"plugin {self.label!r}: {len(pending)} calls pending "
                f"(max_pending_requests={self.limits.max_pending_requests})"
            )
        if rid in pending:
            raise ProtocolError(f"request id {rid!r} is already pending")
        data, size = link.encode(request)
        if size > self.limits.max_message_bytes:
            raise MessageTooLargeError(
                f"{codec.FIELD_TO_TYPE[kind]!r} request of {size} bytes exceeds "
                f"max_message_bytes={self.limits.max_message_bytes}"
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
        t = self.limits.call_timeout if timeout is None else timeout
        deadlines = link.deadlines
        deadline = loop.time() + t
        deadlines[rid] = (deadline, fut, t, kind)
        if link.timer is None or deadline < link.timer.when():
            self._arm(loop)
        try:
            return await fut
        except asyncio.CancelledError:
            if pending.get(rid) is fut:
                del pending[rid]
                link.cancel(rid)
            raise
        finally:
            del deadlines[rid]

    # One timer per connection, at the earliest deadline of its pending calls (not one timer per call:
    # with many calls in flight, scheduling and cancelling a timer each was a fifth of the host's time).
    def _arm(self, loop: asyncio.AbstractEventLoop) -> None:
        link = self
        if link.timer is not None:
            link.timer.cancel()
            link.timer = None
        if link.deadlines:
            when = min(d[0] for d in link.deadlines.values())
            link.timer = loop.call_at(when, self._sweep, loop)

    def _sweep(self, loop: asyncio.AbstractEventLoop) -> None:
        link = self
        link.timer = None
        now = loop.time()
        for rid, (deadline, fut, t, kind) in list(link.deadlines.items()):
            if deadline <= now:
                self._expire(rid, fut, t, kind)
        self._arm(loop)

    def _expire(self, rid: str, fut: asyncio.Future[Envelope], t: float, kind: str) -> None:
        link = self
        if link.pending.get(rid) is fut:
            del link.pending[rid]
            if not fut.done():
                fut.set_exception(
                    CallTimeoutError(
                        f"plugin {self.label!r}: {codec.FIELD_TO_TYPE[kind]!r} (id {rid}) "
                        f"did not answer within {t}s; "
                        "cancel sent"
                    )
                )
            link.cancel(rid)

    def notify(self, env: Envelope) -> None:
        """Send a one-way message (`cancel`, `log`, `shutdown`); nothing when the connection is gone."""
        if self.dead is None:
            with contextlib.suppress(Exception):
                self.write(self.encode(env)[0])

    def cancel(self, target: str) -> None:
        self.notify(cancel_envelope(target))

    def serve(self, handler: RequestHandler | None) -> None:
        """Install (None: remove) the handler of requests the plugin sends the host."""
        self.served.handler = handler

    def _send_checked(self, env: Envelope) -> None:
        """Write the answer to a request the plugin sent; raises when it is over `max_message_bytes` or the
        connection is gone (ServedRequests reports the one, drops the other)."""
        if self.dead is not None:
            raise self.dead
        data, size = self.encode(env)
        if size > self.limits.max_message_bytes:
            limit = self.limits.max_message_bytes
            raise MessageTooLargeError(f"{self.name}: answer of {size} bytes > max_message_bytes={limit}")
        self.write(data)

    async def close(self, err: InteropError | None = None, *, polite: bool = True) -> None:
        """shutdown message → close stdin/socket → grace → SIGTERM → grace → SIGKILL; fails pending calls
        with `err` (default: PluginClosedError)."""
        link, limits = self, self.limits
        if err is None:
            err = PluginClosedError(f"plugin {self.label!r} (ipc) was closed")
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
            link.notify(env)
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

    # ---------------------------------------------------------------- writing
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
        try:
            self.decoder.dispatch(data, self._message, self._oversized)
        except BufferOverflowError as err:
            self.log.error("plugin %r: %s; dropping the connection", self.name, err)
            self.lost(ProtocolError(f"plugin {self.name!r}: {err}; connection dropped"))
            self.abort()

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
        if kind in REQUEST_KINDS:
            self.served.start(env, body.id)
            return
        if kind == "cancel":
            self.served.cancel(body.target_id)
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
        self.served.cancel_all()
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


__all__ = ["IpcSession"]
