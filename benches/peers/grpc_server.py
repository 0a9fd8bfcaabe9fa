"""Bench peer: a grpcio (asyncio) server with one generic unary method carrying Envelope bytes.

    python benches/peers/grpc_server.py PLUGIN_ENTRY

Identity (bytes) serializers, no codegen. The handler decodes the Envelope, dispatches it to the same
`PluginInvoker` our IPC bridge uses (the bench echo plugin) and returns the response Envelope's bytes. Prints
one JSON line `{"type": "listening", "address": "127.0.0.1:PORT"}` on stdout once it serves.
"""

from __future__ import annotations

import asyncio
import json
import sys
from typing import Any

import grpc  # type: ignore[import-untyped,unused-ignore]

from elizaos_interop.serve.dispatch import PluginInvoker, load_python_target
from elizaos_interop.wire.messages import Envelope

SERVICE = "eliza.interop.bench.Plugin"
METHOD = "Call"


async def main(entry: str) -> None:
    invoker = PluginInvoker(load_python_target(entry))

    async def call(request: bytes, context: Any) -> bytes:
        response = await invoker.handle(Envelope.FromString(request))
        return response.SerializeToString()

    handler = grpc.method_handlers_generic_handler(
        SERVICE, {METHOD: grpc.unary_unary_rpc_method_handler(call)}
    )
    server = grpc.aio.server(options=[("grpc.max_receive_message_length", 16 * 1024 * 1024)])
    server.add_generic_rpc_handlers((handler,))
    port = server.add_insecure_port("127.0.0.1:0")
    await server.start()
    sys.stdout.write(json.dumps({"type": "listening", "address": f"127.0.0.1:{port}"}) + "\n")
    sys.stdout.flush()
    await server.wait_for_termination()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
