"""Fixture: an elizaOS Python plugin for load tests. Action `hold` sleeps options.delay seconds (default 0)
and answers with the message text (a token unique to the call) and the serving process's pid."""

from __future__ import annotations

import asyncio
import os
from typing import Any

from elizaos.types import ActionResult
from elizaos.types.components import ActionDefinition
from elizaos.types.plugin import Plugin


async def _hold(
    runtime: Any, message: Any, state: Any = None, options: Any = None, *rest: Any
) -> ActionResult:
    delay = float(options.get("delay", 0)) if isinstance(options, dict) else 0.0
    if delay:
        await asyncio.sleep(delay)
    return ActionResult(success=True, text=message.content.text, values={"pid": os.getpid()})


async def _true(runtime: Any, message: Any, state: Any = None) -> bool:
    return True


plugin = Plugin(
    name="load-fixture",
    description="Load fixture: echoes a per-call token after an optional delay",
    actions=[
        ActionDefinition(
            name="hold", description="Echo the token after options.delay s", handler=_hold, validate=_true
        )
    ],
)
