"""Transport floor: echoes length-prefixed frames (4-byte big-endian length + payload) on a Unix socket.

    python benches/peers/echo_server.py asyncio|blocking SOCKET_PATH

No protobuf, no dispatch, no plugin: what one Python round trip over a Unix socket costs on this machine, as a
baseline for the IPC rows. `asyncio`: an asyncio Protocol (like our bridge); `blocking`: plain recv/sendall.
Prints `{"type": "listening", "address": PATH}` once it accepts connections.
"""

from __future__ import annotations

import asyncio
import json
import socket
import struct
import sys

_LEN = struct.Struct(">I")


class _Echo(asyncio.Protocol):
    def __init__(self) -> None:
        self.buf = bytearray()
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        buf = self.buf
        buf += data
        while len(buf) >= 4:
            (n,) = _LEN.unpack_from(buf)
            if len(buf) < 4 + n:
                return
            frame = bytes(buf[: 4 + n])
            del buf[: 4 + n]
            assert self.transport is not None
            self.transport.write(frame)


async def serve_asyncio(path: str) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_unix_server(_Echo, path)
    print(json.dumps({"type": "listening", "address": path}), flush=True)
    async with server:
        await server.serve_forever()


def _recv_exact(conn: socket.socket, n: int) -> bytes | None:
    chunks = bytearray()
    while len(chunks) < n:
        got = conn.recv(n - len(chunks))
        if not got:
            return None
        chunks += got
    return bytes(chunks)


def serve_blocking(path: str) -> None:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        s.bind(path)
        s.listen(1)
        print(json.dumps({"type": "listening", "address": path}), flush=True)
        conn, _ = s.accept()
        with conn:
            while True:
                head = _recv_exact(conn, 4)
                if head is None:
                    return
                body = _recv_exact(conn, _LEN.unpack(head)[0])
                if body is None:
                    return
                conn.sendall(head + body)


if __name__ == "__main__":
    mode, sock_path = sys.argv[1], sys.argv[2]
    if mode == "asyncio":
        asyncio.run(serve_asyncio(sock_path))
    else:
        serve_blocking(sock_path)
