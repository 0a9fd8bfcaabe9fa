"""Channel: one symmetric, message-level connection between two peers (docs/ARCHITECTURE.md, "The Channel").

Either side may `request` (send a request Envelope and await its response, with a deadline, cancellation and
a bound on calls in flight), `notify` (a one-way message: `cancel`, `log`), and `serve` (install the handler
for requests the peer sends; without one, a request is answered `NOT_FOUND`). The host numbers its requests
"1", "2", …; the plugin side "p1", "p2", …; a response is matched to the pending request of the side that sent
it, so the two id spaces never collide.

A `Channel` is an `asyncio.Protocol`: it runs over any byte transport (a child's pipes, a Unix or TCP socket,
or the in-memory pair of `memory_transport_pair`) with the negotiated framing (JSON lines or length-prefixed
protobuf).
"""

from __future__ import annotations

import asyncio
import itertools
import logging
from collections.abc import Awaitable, Callable
from typing import Literal, Protocol

from google.protobuf.message import DecodeError as PbDecodeError

from .errors import (
    HANDLER_ERROR,
    INVALID_ARGUMENT,
    NOT_FOUND,
    TOO_LARGE,
    CallTimeoutError,
    InteropError,
    MessageTooLargeError,
    PluginClosedError,
    PluginCrashedError,
    ProtocolError,
    TooManyPendingError,
    error_envelope,
    error_to_envelope,
)
from .wire import codec, framing
from .wire.body import FIELD_TO_TYPE, REQUEST_KINDS, Envelope, cancel_envelope, stamp_request
from .wire.constants import DEFAULT_MAX_BUFFER_BYTES, DEFAULT_MAX_MESSAGE_BYTES, DEFAULT_MAX_PENDING_REQUESTS
from .wire.framing import FrameDecoder, Oversized

#: Which end of the connection: the host opened it (ids "1", "2", …), the plugin accepted it ("p1", …).
Side = Literal["host", "plugin"]
#: Serves one request Envelope from the peer; returns the response Envelope (its id is filled in).
RequestHandler = Callable[[Envelope], Awaitable[Envelope]]
#: Receives a one-way message from the peer (`log`, or a `cancel` for no running request).
NotificationHandler = Callable[[Envelope], None]

_log = logging.getLogger("elizaos_interop.channel")


async def respond(handler: RequestHandler, env: Envelope, rid: str) -> Envelope:
    """Serve request `env` (id `rid`) with `handler`: its response Envelope with the request's id (and its
    `type` filled in), or the `error` Envelope reporting what the handler raised or returned wrongly.
    Cancellation (the peer sent `cancel`) propagates."""
    try:
        res = await handler(env)
    except Exception as err:  # the handler raised: report it, keep serving
        return error_to_envelope(rid, err)
    kind = res.WhichOneof("body")
    if kind is None:
        return error_envelope(rid, "handler returned an empty Envelope", HANDLER_ERROR)
    body = getattr(res, kind)
    body.id = rid
    if not body.type:
        body.type = FIELD_TO_TYPE[kind]
    return res


class ServedRequests:
    """The requests the peer sent this side, each running under the installed handler as one task,
    cancellable by id (a `cancel` from the peer) or all at once (the connection ended). Both the generic
    `Channel` and the tuned IPC host session (`paths/ipc/session.py`) serve through one of these.

    `send` writes a response and raises `MessageTooLargeError` when it is over the connection's limit (the
    peer then gets `error` TOO_LARGE under the request's id) or another `InteropError` when the connection is
    gone (nobody waits for the answer); `notify` writes a one-way message and never raises."""

    def __init__(
        self, who: str, send: Callable[[Envelope], None], notify: Callable[[Envelope], None]
    ) -> None:
        self.who = who
        self.handler: RequestHandler | None = None
        self.tasks: dict[str, asyncio.Task[None]] = {}
        self._send = send
        self._notify = notify

    def start(self, env: Envelope, rid: str) -> None:
        """Serve request `env` (id `rid`): NOT_FOUND without a handler, INVALID_ARGUMENT for an id in flight
        already."""
        handler = self.handler
        if handler is None:
            self._notify(error_envelope(rid, f"{self.who} serves no requests", NOT_FOUND))
            return
        if rid in self.tasks:
            self._notify(error_envelope(rid, f"request id {rid!r} is already in flight", INVALID_ARGUMENT))
            return
        task = asyncio.get_running_loop().create_task(self._run(handler, env, rid))
        self.tasks[rid] = task
        task.add_done_callback(lambda t: self.tasks.pop(rid, None) if self.tasks.get(rid) is t else None)

    def cancel(self, target: str) -> bool:
        """Cancel the running request `target`; False when there is none."""
        task = self.tasks.get(target)
        if task is None:
            return False
        task.cancel()
        return True

    def cancel_all(self) -> list[asyncio.Task[None]]:
        """Cancel every running request; returns their tasks (to await)."""
        tasks = list(self.tasks.values())
        for task in tasks:
            task.cancel()
        return tasks

    async def _run(self, handler: RequestHandler, env: Envelope, rid: str) -> None:
        try:
            res = await respond(handler, env, rid)
        except asyncio.CancelledError:
            return  # the peer cancelled: send nothing
        try:
            self._send(res)
        except MessageTooLargeError as err:
            self._notify(error_envelope(rid, str(err), TOO_LARGE))
        except InteropError:
            pass  # the connection is gone: nobody waits for the answer


class RequestChannel(Protocol):
    """What a `PluginHandle` needs of a Channel. `Channel` (IPC, in-memory) implements it; the FFI and WASM
    paths present the same contract with a direct call into the library or module."""

    async def request(self, env: Envelope, timeout: float | None = None) -> Envelope: ...

    async def close(self) -> None: ...


class DirectChannel:
    """The Channel contract of an in-process path (FFI, WASM): `request` is one direct call into the
    library or module. A direct call runs to its end (bounded by the path's own timeout, fuel or deadline),
    so there is nothing to `notify`. The plugin→host direction is a host callback table (FFI) or one host
    import (WASM), designed in docs/PROTOCOL.md §4: `serve` installs the handler those will call."""

    def __init__(self, call: Callable[[Envelope, float | None], Awaitable[Envelope]], *, name: str) -> None:
        self._call = call
        self.name = name
        self.handler: RequestHandler | None = None
        self.closed = False

    async def request(self, env: Envelope, timeout: float | None = None) -> Envelope:
        if self.closed:
            raise PluginClosedError(f"{self.name}: the channel was closed")
        return await self._call(env, timeout)

    def notify(self, env: Envelope) -> None:
        """Nothing to deliver: direct calls are not running in the background."""

    def serve(self, handler: RequestHandler | None) -> None:
        self.handler = handler

    async def close(self) -> None:
        self.closed = True


class Channel(asyncio.Protocol):
    """A symmetric request/response + notification connection over a byte transport."""

    def __init__(
        self,
        side: Side,
        *,
        name: str = "peer",
        handler: RequestHandler | None = None,
        on_notify: NotificationHandler | None = None,
        call_timeout: float = 30.0,
        max_pending_requests: int = DEFAULT_MAX_PENDING_REQUESTS,
        max_message_bytes: int = DEFAULT_MAX_MESSAGE_BYTES,
        max_buffer_bytes: int = DEFAULT_MAX_BUFFER_BYTES,
    ) -> None:
        self.side = side
        self.name = name
        self.call_timeout = call_timeout
        self.max_pending_requests = max_pending_requests
        self.max_message_bytes = max_message_bytes
        self._served = ServedRequests(
            f"{name}: this side", lambda env: self._send(env, checked=True), self.notify
        )
        self._served.handler = handler
        self._on_notify = on_notify
        self._prefix = "" if side == "host" else "p"
        self._ids = itertools.count(1)
        self._decoder = FrameDecoder(max_message_bytes, max_buffer_bytes)
        self._binary = False
        self._pending: dict[str, asyncio.Future[Envelope]] = {}
        self._transport: asyncio.BaseTransport | None = None
        self._dead: InteropError | None = None
        self.connected = asyncio.get_running_loop().create_future()

    # ------------------------------------------------------------------ the contract
    def next_id(self) -> str:
        return f"{self._prefix}{next(self._ids)}"

    @property
    def pending(self) -> int:
        """Requests this side sent that wait for their response."""
        return len(self._pending)

    def serve(self, handler: RequestHandler | None) -> None:
        """Install (or with None remove) the handler for requests the peer sends."""
        self._served.handler = handler

    def use_protobuf(self) -> None:
        """Switch both directions to length-prefixed protobuf frames (after a `hello` negotiated it)."""
        self._binary = True
        self._decoder.framing = framing.PROTOBUF

    async def request(self, env: Envelope, timeout: float | None = None) -> Envelope:
        """Send request `env` (an empty id gets this side's next id) and return the peer's response Envelope
        (possibly an `error` one). A deadline that passes raises `CallTimeoutError`, a caller that cancels
        raises `CancelledError`; either sends the peer a `cancel`."""
        if self._dead is not None:
            raise self._dead
        kind, rid = stamp_request(env, self.next_id)
        if len(self._pending) >= self.max_pending_requests:
            raise TooManyPendingError(
                f"{self.name}: {len(self._pending)} calls pending "
                f"(max_pending_requests={self.max_pending_requests})"
            )
        if rid in self._pending:
            raise ProtocolError(f"request id {rid!r} is already pending")
        fut: asyncio.Future[Envelope] = asyncio.get_running_loop().create_future()
        self._pending[rid] = fut
        try:
            self._send(env, checked=True)
            t = self.call_timeout if timeout is None else timeout
            try:
                return await asyncio.wait_for(asyncio.shield(fut), t)
            except TimeoutError:
                self._abandon(rid, fut)
                raise CallTimeoutError(
                    f"{self.name}: {FIELD_TO_TYPE[kind]!r} (id {rid}) did not answer within {t}s; cancel sent"
                ) from None
            except asyncio.CancelledError:
                self._abandon(rid, fut)
                raise
        finally:
            if self._pending.get(rid) is fut:
                del self._pending[rid]

    def notify(self, env: Envelope) -> None:
        """Send a one-way message (no response is awaited)."""
        if self._dead is None:
            self._send(env, checked=False)

    def cancel(self, target: str) -> None:
        """Tell the peer this side no longer waits for request `target`."""
        self.notify(cancel_envelope(target))

    async def close(self) -> None:
        """Fail this side's pending requests, stop serving the peer's, close the transport. Idempotent."""
        self._end(PluginClosedError(f"{self.name}: the channel was closed"))
        if self._transport is not None:
            self._transport.close()
        tasks = self._served.cancel_all()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)

    # ------------------------------------------------------------------ sending
    def _abandon(self, rid: str, fut: asyncio.Future[Envelope]) -> None:
        if self._pending.get(rid) is fut:
            del self._pending[rid]
            self.cancel(rid)

    def _send(self, env: Envelope, *, checked: bool) -> None:
        data = framing.frame(env.SerializeToString()) if self._binary else codec.encode_line(env)
        size = len(data) - (4 if self._binary else 1)
        if size > self.max_message_bytes:
            kind = env.WhichOneof("body") or "?"
            err = MessageTooLargeError(
                f"{self.name}: {FIELD_TO_TYPE.get(kind, kind)!r} of {size} bytes exceeds "
                f"max_message_bytes={self.max_message_bytes}"
            )
            if checked:
                raise err
            _log.error("%s", err)
            return
        t = self._transport
        if t is None or t.is_closing():
            if checked:
                raise self._dead or PluginClosedError(f"{self.name}: not connected")
            return
        assert isinstance(t, asyncio.WriteTransport)
        t.write(data)

    # ------------------------------------------------------------------ asyncio.Protocol
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._transport = transport
        if not self.connected.done():
            self.connected.set_result(None)

    def connection_lost(self, exc: Exception | None) -> None:
        why = f" ({exc})" if exc else ""
        self._end(PluginCrashedError(f"{self.name}: connection closed{why}"))
        self._served.cancel_all()

    def data_received(self, data: bytes) -> None:
        try:
            self._decoder.dispatch(data, self._message, self._oversized)
        except framing.BufferOverflowError as err:
            self._end(ProtocolError(f"{self.name}: {err}; connection dropped"))
            if self._transport is not None:
                self._transport.close()

    # ------------------------------------------------------------------ receiving
    def _end(self, err: InteropError) -> None:
        if self._dead is not None:
            return
        self._dead = err
        pending, self._pending = self._pending, {}
        for fut in pending.values():
            if not fut.done():
                fut.set_exception(err)

    def _oversized(self, item: Oversized) -> None:
        head = item.head
        binary = item.framing == framing.PROTOBUF
        rid = framing.recover_id_protobuf(head) if binary else codec.recover_id_json(head)
        msg = f"{self.name}: message of {item.size} bytes exceeds max_message_bytes={self.max_message_bytes}"
        fut = self._pending.pop(rid, None)
        if fut is not None and not fut.done():
            fut.set_exception(MessageTooLargeError(msg))
        elif rid:
            self.notify(error_envelope(rid, msg, TOO_LARGE))

    def _message(self, data: bytes) -> None:
        try:
            env = Envelope.FromString(data) if self._binary else codec.decode_line(data)
        except (PbDecodeError, codec.DecodeError) as err:
            rid = err.request_id if isinstance(err, codec.DecodeError) else ""
            code = err.error_code if isinstance(err, codec.DecodeError) else ProtocolError.error_code
            _log.warning("%s sent an undecodable message: %s", self.name, err)
            self.notify(error_envelope(rid, f"undecodable message: {err}", code))
            return
        kind = env.WhichOneof("body")
        if kind is None:
            self.notify(error_envelope("", "Envelope with no body", ProtocolError.error_code))
            return
        body = getattr(env, kind)
        if kind in REQUEST_KINDS:
            self._served.start(env, body.id)
            return
        if kind == "cancel":
            if not self._served.cancel(body.target_id) and self._on_notify is not None:
                self._on_notify(env)
            return
        fut = self._pending.pop(body.id, None)
        if fut is not None:
            if not fut.done():
                fut.set_result(env)
        elif self._on_notify is not None:
            self._on_notify(env)
        elif kind != "log":
            _log.warning("%s sent %r for id %r, which is not pending; dropped", self.name, kind, body.id)


__all__ = [
    "Channel",
    "DirectChannel",
    "NotificationHandler",
    "RequestChannel",
    "RequestHandler",
    "ServedRequests",
    "Side",
    "respond",
]
