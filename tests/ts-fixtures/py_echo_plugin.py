"""Test fixture: a tiny elizaos-style Python plugin served by the Python bridge to the TypeScript host
tests."""

from __future__ import annotations

import asyncio
import os
from typing import Any

from elizaos.types.components import ActionDefinition, ActionResult, ProviderDefinition, ProviderResult
from elizaos.types.plugin import Plugin

print("py_echo_plugin: importing (this must go to stderr)")


async def _always(runtime: Any, message: Any, state: Any = None) -> bool:
    return True


async def _echo_validate(runtime: Any, message: Any, state: Any = None) -> bool:
    return bool(message.content.text) and message.content.text != "invalid"


async def _echo(runtime: Any, message: Any, state: Any = None, options: Any = None, callback: Any = None,
                responses: Any = None) -> ActionResult:
    return ActionResult(success=True, text=message.content.text)


async def _slow(runtime: Any, message: Any, state: Any = None, options: Any = None, callback: Any = None,
                responses: Any = None) -> ActionResult:
    await asyncio.sleep(float(message.content.text or "0"))
    return ActionResult(success=True, text="slow done")


async def _fail(runtime: Any, message: Any, state: Any = None, options: Any = None, callback: Any = None,
                responses: Any = None) -> ActionResult:
    raise ValueError("boom from python FAIL")


async def _env(runtime: Any, message: Any, state: Any = None, options: Any = None, callback: Any = None,
               responses: Any = None) -> ActionResult:
    name = message.content.text
    return ActionResult(success=True, text=os.environ.get(name, "<unset>"))


async def _static(runtime: Any, message: Any, state: Any = None) -> ProviderResult:
    return ProviderResult(text=f"python static for {message.content.text}")


plugin = Plugin(
    name="py-echo",
    description="Python echo fixture plugin",
    actions=[
        ActionDefinition(name="ECHO", description="Echoes the message text", handler=_echo,
                         validate=_echo_validate),
        ActionDefinition(name="SLOW", description="Sleeps content.text seconds", handler=_slow,
                         validate=_always),
        ActionDefinition(name="FAIL", description="Raises", handler=_fail, validate=_always),
        ActionDefinition(name="ENV", description="Returns the env var named by content.text", handler=_env,
                         validate=_always),
    ],
    providers=[ProviderDefinition(name="STATIC", description="A static provider", get=_static)],
)
