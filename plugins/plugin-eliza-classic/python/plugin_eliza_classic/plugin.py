"""The elizaOS plugin: action `generate-response` and provider `eliza-greeting` (Direct path)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from elizaos.types import ActionResult, Content, Memory, ProviderResult, State
from elizaos.types.components import ActionDefinition, HandlerCallback, ProviderDefinition
from elizaos.types.plugin import Plugin

from .engine import doctor_script
from .sessions import Sessions, session_key

if TYPE_CHECKING:
    from elizaos.types import IAgentRuntime

PLUGIN_NAME: Final = "eliza-classic"
PLUGIN_DESCRIPTION: Final = (
    "Weizenbaum's 1966 ELIZA with the DOCTOR script, reproducing the CACM conversation exactly; "
    "no LLM required"
)
PLUGIN_VERSION: Final = "0.1.0"
ACTION_NAME: Final = "generate-response"
ACTION_DESCRIPTION: Final = "Generate an ELIZA response for user input using classic pattern matching."
ACTION_SIMILES: Final = ("ELIZA_RESPOND", "ELIZA_CHAT", "CLASSIC_ELIZA")
PROVIDER_NAME: Final = "eliza-greeting"
PROVIDER_DESCRIPTION: Final = "Provides the ELIZA greeting message."
NO_TEXT_ERROR: Final = "No user input provided"

#: Conversations of this process, by session key.
sessions = Sessions()


def _text(message: Memory) -> str:
    return message.content.text if message.HasField("content") else ""


async def validate(runtime: IAgentRuntime, message: Memory, state: State | None = None) -> bool:
    """True when the message has text."""
    return bool(_text(message).strip())


async def handler(
    runtime: IAgentRuntime,
    message: Memory,
    state: State | None = None,
    options: object = None,
    callback: HandlerCallback | None = None,
    responses: list[Memory] | None = None,
) -> ActionResult:
    """Answer the message as ELIZA in its session (`options["sessionId"]`, else room id, else `default`)."""
    text = _text(message)
    if not text.strip():
        return ActionResult(success=False, error=NO_TEXT_ERROR)
    reply = sessions.respond(session_key(options, message.room_id), text)
    if callback is not None:
        await callback(Content(text=reply))
    return ActionResult(success=True, text=reply)


async def greeting(runtime: IAgentRuntime, message: Memory, state: State | None = None) -> ProviderResult:
    """The greeting, as text and as `values.greeting`."""
    text = doctor_script().greeting
    result = ProviderResult(text=text)
    result.values.update({"greeting": text})
    return result


generate_response_action = ActionDefinition(
    name=ACTION_NAME,
    description=ACTION_DESCRIPTION,
    handler=handler,
    validate=validate,
    similes=list(ACTION_SIMILES),
)

greeting_provider = ProviderDefinition(name=PROVIDER_NAME, get=greeting, description=PROVIDER_DESCRIPTION)

plugin = Plugin(
    name=PLUGIN_NAME,
    description=PLUGIN_DESCRIPTION,
    actions=[generate_response_action],
    providers=[greeting_provider],
)
