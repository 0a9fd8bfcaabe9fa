"""Serve an elizaOS Python plugin over IPC (docs/PROTOCOL.md §2).

    python -m elizaos_interop.bridge_server [--stdio | --unix PATH | --tcp HOST:PORT] MODULE_OR_PATH

MODULE_OR_PATH is a module name, a .py file, a package directory or a plugin directory (plugin.json). The
module exposes `plugin` (an elizaos Plugin; a `get_*_plugin()` factory works too) or `db_adapter` with
`call(method, params)`. The plugin's stdout (fd 1 and sys.stdout) is pointed at stderr before it is
imported, so nothing it prints reaches the protocol stream.
"""

from __future__ import annotations

import argparse
import logging
import sys

from elizaos_interop.v1 import ipc_pb2
from elizaos_interop.v1.protocol_pb2 import FRAMING_JSON, FRAMING_PROTOBUF

from ..errors import PluginLoadError
from ..wire.constants import DEFAULT_MAX_BUFFER_BYTES, DEFAULT_MAX_MESSAGE_BYTES


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(
        prog="python -m elizaos_interop.bridge_server", description=__doc__.split("\n")[0]
    )
    g = ap.add_mutually_exclusive_group()
    g.add_argument("--stdio", action="store_true", help="speak on stdin/stdout (default)")
    g.add_argument("--unix", metavar="PATH", help="serve connections on a Unix socket")
    g.add_argument("--tcp", metavar="HOST:PORT", help="serve connections on TCP (port 0 picks one)")
    ap.add_argument(
        "--framing",
        choices=["json", "any"],
        default="any",
        help="framings offered in 'ready': 'any' (JSON, and binary after 'hello') or 'json' only",
    )
    ap.add_argument("--max-message-bytes", type=int, default=DEFAULT_MAX_MESSAGE_BYTES)
    ap.add_argument("--max-buffer-bytes", type=int, default=DEFAULT_MAX_BUFFER_BYTES)
    ap.add_argument("--log-level", default="INFO")
    ap.add_argument("entry", metavar="MODULE_OR_PATH")
    return ap.parse_args(argv)


async def serve(args: argparse.Namespace, protocol_fd: int) -> int:
    from .dispatch import PluginInvoker, load_python_target
    from .server import PluginServer

    invoker = PluginInvoker(load_python_target(args.entry), protocol=ipc_pb2.INTEROP_PROTOCOL_IPC)
    server = PluginServer(
        invoker.handle,
        invoker.manifest,
        max_message_bytes=args.max_message_bytes,
        max_buffer_bytes=args.max_buffer_bytes,
        protocol_fd=protocol_fd,
        framings=(FRAMING_JSON,) if args.framing == "json" else (FRAMING_JSON, FRAMING_PROTOBUF),
    )
    if args.unix:
        return await server.serve_unix(args.unix)
    if args.tcp:
        host, _, port = args.tcp.rpartition(":")
        return await server.serve_tcp(host.strip("[]") or "127.0.0.1", int(port))
    return await server.serve_stdio()


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    from .dispatch import redirect_stdout_to_stderr

    protocol_fd = redirect_stdout_to_stderr()
    logging.basicConfig(
        stream=sys.stderr, level=args.log_level.upper(), format="%(levelname)s %(name)s: %(message)s"
    )
    from ..paths.ipc import busy_poll

    try:
        spin_us = busy_poll.server_spin_us()
    except ValueError as err:
        print(f"bridge_server: {err}", file=sys.stderr)
        return 2
    try:
        return int(busy_poll.run(serve(args, protocol_fd), spin_us))
    except PluginLoadError as err:
        print(f"bridge_server: {err}", file=sys.stderr)
        return 3
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
