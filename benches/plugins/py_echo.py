"""Bench plugin: an elizaOS Python plugin whose ECHO action returns the message text.

Served in-process (direct path), by our IPC bridge and by the grpc peer server.
"""

from __future__ import annotations

from typing import Any, cast

from elizaos.types.components import ActionDefinition
from elizaos.types.plugin import Plugin


async def _validate(runtime: Any, message: Any, state: Any = None) -> bool:
    return bool(message.content.text)


async def _echo(
    runtime: Any,
    message: Any,
    state: Any = None,
    options: Any = None,
    callback: Any = None,
    responses: Any = None,
) -> dict[str, Any]:
    return {"success": True, "text": message.content.text}


plugin = Plugin(
    name="bench-echo",
    description="elizaos-interop bench: echo",
    actions=[
        ActionDefinition(
            name="ECHO", description="echo the text", handler=cast(Any, _echo), validate=cast(Any, _validate)
        )
    ],
)
