"""Write batching of a byte stream, shared by the IPC host session and the IPC server session.

The first write of an event-loop iteration goes out at once (low latency); later ones in the same iteration
are joined, written every `framing.WRITE_BATCH` messages and at the iteration's end (few syscalls when
calls are pipelined, while the peer already works on the first part of a long batch)."""

from __future__ import annotations

import asyncio

from .framing import WRITE_BATCH


class WriteBatching:
    """Mixin: `write(data)` / `write_now(data)` / `flush()` over the subclass's `_send(data)`."""

    _wbuf: list[bytes] | None = None

    def _send(self, data: bytes) -> None:
        raise NotImplementedError

    def write(self, data: bytes) -> None:
        buf = self._wbuf
        if buf is not None:
            buf.append(data)
            if len(buf) >= WRITE_BATCH:  # the peer starts on a long batch before it ends
                self._send(b"".join(buf))
                buf.clear()
            return
        self._wbuf = []
        asyncio.get_running_loop().call_soon(self.flush)
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

    def flush(self) -> None:
        buf, self._wbuf = self._wbuf, None
        if buf:
            self._send(buf[0] if len(buf) == 1 else b"".join(buf))


__all__ = ["WriteBatching"]
