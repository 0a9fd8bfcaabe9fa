"""Fixture: an elizaOS Python plugin whose action `environ` answers with the plugin process's whole
environment (values: {name: value}), as seen from inside the child."""

from __future__ import annotations

import os
from typing import Any

from elizaos.types import ActionResult
from elizaos.types.components import ActionDefinition
from elizaos.types.plugin import Plugin


async def _environ(runtime: Any, message: Any, *rest: Any) -> ActionResult:
    return ActionResult(success=True, text=str(os.getpid()), values=dict(os.environ))


async def _true(runtime: Any, message: Any, state: Any = None) -> bool:
    return True


plugin = Plugin(
    name="env-fixture",
    description="Reports its environment",
    actions=[
        ActionDefinition(
            name="environ", description="The process environment", handler=_environ, validate=_true
        )
    ],
)
