"""The in-memory transport: two connected in-process byte streams, so a `Channel` (framing, session, ids,
deadlines, cancellation) runs exactly as it does on a socket, without a process or a file descriptor."""

from __future__ import annotations

import asyncio
from typing import Any

from .channel import Channel


class MemoryTransport(asyncio.Transport):
    """One end of an in-memory byte stream: `write` delivers to the peer's protocol on the next loop turn."""

    def __init__(self, protocol: asyncio.Protocol) -> None:
        super().__init__()
        self._protocol = protocol
        self._peer: MemoryTransport | None = None
        self._closing = False
        self._loop = asyncio.get_running_loop()

    def write(self, data: bytes | bytearray | memoryview) -> None:
        peer = self._peer
        if self._closing or peer is None or peer._closing:
            return
        self._loop.call_soon(peer._protocol.data_received, bytes(data))

    def is_closing(self) -> bool:
        return self._closing

    def close(self) -> None:
        if self._closing:
            return
        self._closing = True
        self._loop.call_soon(self._protocol.connection_lost, None)
        peer = self._peer
        if peer is not None and not peer._closing:
            peer._closing = True
            self._loop.call_soon(peer._protocol.connection_lost, None)

    def abort(self) -> None:
        self.close()

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return "memory" if name == "peername" else default


def memory_transport_pair(
    a: asyncio.Protocol, b: asyncio.Protocol
) -> tuple[MemoryTransport, MemoryTransport]:
    """Connect protocols `a` and `b` by an in-memory byte stream (each gets `connection_made`)."""
    ta, tb = MemoryTransport(a), MemoryTransport(b)
    ta._peer, tb._peer = tb, ta
    a.connection_made(ta)
    b.connection_made(tb)
    return ta, tb


def memory_channel_pair(**options: Any) -> tuple[Channel, Channel]:
    """(host, plugin) Channels connected in memory; `options` go to both `Channel`s."""
    host = Channel("host", name=options.pop("name", "memory"), **options)
    plugin = Channel("plugin", name=f"{host.name} (plugin side)", **options)
    memory_transport_pair(host, plugin)
    return host, plugin


__all__ = ["MemoryTransport", "memory_channel_pair", "memory_transport_pair"]
