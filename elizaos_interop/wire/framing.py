"""Sans-IO framing of an IPC stream: newline-delimited JSON, or 4-byte big-endian length-prefixed Envelopes.

`FrameDecoder` is fed raw bytes and hands out one complete message at a time, so a reader can switch the
framing between two messages (after `hello.result`). It never keeps more than `max_message_bytes` of a
message: a longer line or frame is reported as `Oversized` (with its first KiB, to recover the id) as soon
as it is detected, and its remaining bytes are dropped as they arrive.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from elizaos_interop.v1 import protocol_pb2

from ..errors import ProtocolError

JSON: Final = protocol_pb2.FRAMING_JSON
PROTOBUF: Final = protocol_pb2.FRAMING_PROTOBUF
#: Messages joined into one write at most (host and bridge): a long pipelined batch goes out in parts, so the
#: peer works on the first part while this side encodes the rest.
WRITE_BATCH: Final = 16

_HEAD = 1024


@dataclass(frozen=True, slots=True)
class Oversized:
    """A message longer than `max_message_bytes` was skipped; `head` holds its first bytes."""

    size: int  # bytes seen (JSON: at least this many) or announced (binary)
    head: bytes
    framing: int


class BufferOverflowError(ProtocolError):
    """More than `max_buffer_bytes` of a partial message are buffered; the connection must be dropped."""


class FrameDecoder:
    __slots__ = (
        "_buf",
        "_discard",
        "_discard_nl",
        "_pos",
        "framing",
        "max_buffer_bytes",
        "max_message_bytes",
    )

    def __init__(self, max_message_bytes: int, max_buffer_bytes: int, framing: int = JSON) -> None:
        self.max_message_bytes = max_message_bytes
        self.max_buffer_bytes = max_buffer_bytes
        self.framing = framing
        self._buf = bytearray()
        self._pos = 0
        self._discard = 0  # binary: bytes of an oversized frame still to drop
        self._discard_nl = False  # JSON: dropping up to the next newline

    def dispatch(
        self, data: bytes, on_message: Callable[[bytes], None], on_oversized: Callable[[Oversized], None]
    ) -> None:
        """Feed `data` and hand out every complete message (`on_message`) or skipped oversized one
        (`on_oversized`) it completes. Raises `BufferOverflowError` like `next`."""
        self.feed(data)
        while True:
            item = self.next()
            if item is None:
                return
            if type(item) is bytes:
                on_message(item)
            else:
                assert isinstance(item, Oversized)
                on_oversized(item)

    def feed(self, data: bytes) -> None:
        if self._discard_nl:
            i = data.find(b"\n")
            if i < 0:
                return
            self._discard_nl = False
            data = data[i + 1 :]
        elif self._discard:
            if len(data) <= self._discard:
                self._discard -= len(data)
                return
            data = data[self._discard :]
            self._discard = 0
        if self._pos:
            del self._buf[: self._pos]
            self._pos = 0
        self._buf += data

    def buffered(self) -> int:
        return len(self._buf) - self._pos

    def next(self) -> bytes | Oversized | None:
        """The next complete message (bytes without terminator / frame header), an `Oversized` marker,
        or None when more input is needed."""
        buf, pos = self._buf, self._pos
        if self.framing == JSON:
            i = buf.find(b"\n", pos)
            if i >= 0:
                n = i - pos
                if n > self.max_message_bytes:
                    head = bytes(buf[pos : min(i, pos + _HEAD)])  # never past this line's newline
                    self._pos = i + 1
                    return Oversized(n, head, JSON)
                line = bytes(buf[pos:i])
                self._pos = i + 1
                return line
            n = len(buf) - pos
            if n > self.max_message_bytes:
                head = bytes(buf[pos : pos + _HEAD])
                del buf[:]
                self._pos = 0
                self._discard_nl = True
                return Oversized(n, head, JSON)
            if n > self.max_buffer_bytes:
                raise BufferOverflowError(f"{n} bytes of a partial line buffered (max_buffer_bytes)")
            return None
        avail = len(buf) - pos
        if avail < 4:
            return None
        size = int.from_bytes(buf[pos : pos + 4], "big")
        if size > self.max_message_bytes:
            head = bytes(buf[pos + 4 : pos + 4 + min(size, _HEAD)])
            rest = avail - 4
            if rest >= size:
                self._pos = pos + 4 + size
            else:
                self._discard = size - rest
                del buf[:]
                self._pos = 0
            return Oversized(size, head, PROTOBUF)
        end = pos + 4 + size
        if end > len(buf):
            if avail > self.max_buffer_bytes:
                raise BufferOverflowError(f"{avail} bytes of a partial frame buffered (max_buffer_bytes)")
            return None
        frame = bytes(buf[pos + 4 : end])
        self._pos = end
        return frame


def frame(payload: bytes) -> bytes:
    """`payload` with its 4-byte big-endian length prefix."""
    return len(payload).to_bytes(4, "big") + payload


def _varint(b: bytes, i: int) -> tuple[int, int]:
    shift = result = 0
    while True:
        if i >= len(b) or shift > 63:
            raise IndexError
        c = b[i]
        i += 1
        result |= (c & 0x7F) << shift
        if not c & 0x80:
            return result, i
        shift += 7


def recover_id_protobuf(head: bytes) -> str:
    """The inner `id` (field 2) of a possibly truncated Envelope, or "" when it cannot be found."""
    try:
        key, i = _varint(head, 0)
        if key & 7 != 2:
            return ""
        _, i = _varint(head, i)  # body length
        while i < len(head):
            key, i = _varint(head, i)
            wt, num = key & 7, key >> 3
            if wt == 2:
                n, i = _varint(head, i)
                if num == 2:
                    if i + n > len(head):
                        return ""
                    return head[i : i + n].decode("utf-8", "replace")
                i += n
            elif wt == 0:
                _, i = _varint(head, i)
            elif wt == 1:
                i += 8
            elif wt == 5:
                i += 4
            else:
                return ""
    except IndexError:
        return ""
    return ""


__all__ = [
    "JSON",
    "PROTOBUF",
    "BufferOverflowError",
    "FrameDecoder",
    "Oversized",
    "frame",
    "recover_id_protobuf",
]
