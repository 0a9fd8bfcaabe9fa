"""Adapter from any `PluginHandle` to an `elizaos.Plugin` that `AgentRuntime.register_plugin` accepts.

elizaOS's Python runtime passes its own `eliza.v1` protobuf objects (Memory, State, HandlerOptions) and
expects `eliza.v1` results. Our `eliza.interop.v1` classes are wire-identical, so every conversion is a
bytes round trip (`SerializeToString` / `FromString`), a microsecond or two, with no JSON in between.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from google.protobuf.json_format import MessageToDict
from google.protobuf.message import Message

from ..wire.messages import ActionResult, JsonValue, Memory, PluginManifest, ProviderResult, State

if TYPE_CHECKING:
    from elizaos.types.components import Action, Evaluator, Provider
    from elizaos.types.plugin import Plugin as ElizaosPlugin


class Handle(Protocol):
    """What the adapter calls on a `PluginHandle`: its manifest and these typed methods, with the arguments
    it passes (positionally, no timeout). Structural, so this layer on top imports nothing from the handle it
    wraps (handle.py imports this module for `to_elizaos`); the methods' full signatures are in handle.py."""

    manifest: PluginManifest

    async def init(self, config: Mapping[str, str], /) -> None: ...
    async def invoke_action(
        self, name: str, memory: Memory, state: State | None, options: dict[str, JsonValue] | None, /
    ) -> ActionResult: ...
    async def validate_action(self, name: str, memory: Memory, state: State | None, /) -> bool: ...
    async def get_provider(self, name: str, memory: Memory, state: State | None, /) -> ProviderResult: ...
    async def invoke_evaluator(
        self, name: str, memory: Memory, state: State | None, /
    ) -> ActionResult | None: ...
    async def invoke_model(self, name: str, params: dict[str, Any], /) -> JsonValue: ...


class _Serializable(Protocol):
    def SerializeToString(self, *, deterministic: bool = ...) -> bytes: ...


def to_interop_memory(message: _Serializable) -> Memory:
    """An elizaOS `Memory` (eliza.v1) as our `Memory` (eliza.interop.v1)."""
    return Memory.FromString(message.SerializeToString())


def to_interop_state(state: object) -> State | None:
    """An elizaOS `State` as ours; None when absent or not a protobuf message."""
    if state is None or not isinstance(state, Message):
        return None
    return State.FromString(state.SerializeToString())


def options_to_mapping(options: object) -> dict[str, JsonValue] | None:
    """elizaOS handler options (HandlerOptions message or a dict) as a JSON-compatible mapping."""
    if options is None:
        return None
    if isinstance(options, Message):
        as_dict = MessageToDict(options)
        return as_dict or None
    if isinstance(options, Mapping):
        return {str(k): v for k, v in options.items()}
    return None


def to_elizaos_plugin(handle: Handle, *, models: Sequence[str] = ()) -> ElizaosPlugin:
    """Wrap `handle` as an `elizaos.Plugin`.

    Actions, providers and evaluators come from the handle's manifest; each calls the handle. `models`
    names model types (e.g. "TEXT_LARGE") to route to `handle.invoke_model`. When an action returns text and
    the runtime passed a callback, the callback receives `Content(text=..., actions=[action])`, as elizaOS
    actions do.
    """
    from elizaos.types.components import ActionDefinition, EvaluatorDefinition, ProviderDefinition
    from elizaos.types.plugin import Plugin

    manifest = handle.manifest
    actions: list[Action] = [
        ActionDefinition(
            **_component(am, _action_functions(handle, am.name)),
            priority=am.priority if am.HasField("priority") else None,
            tags=list(am.tags) or None,
        )
        for am in manifest.actions
    ]
    providers: list[Provider] = []
    for pm in manifest.providers:
        providers.append(
            ProviderDefinition(
                name=pm.name,
                get=_provider_function(handle, pm.name),
                description=pm.description if pm.HasField("description") else None,
                dynamic=pm.dynamic if pm.HasField("dynamic") else None,
                position=pm.position if pm.HasField("position") else None,
                private=pm.private if pm.HasField("private") else None,
            )
        )
    evaluators: list[Evaluator] = [
        EvaluatorDefinition(
            **_component(em, _evaluator_functions(handle, em.name)),
            always_run=em.always_run if em.HasField("always_run") else None,
        )
        for em in manifest.evaluators
    ]

    async def init(config: Mapping[str, Any], runtime: object = None) -> None:
        await handle.init({str(k): "" if v is None else str(v) for k, v in config.items()})

    model_handlers: dict[str, Callable[[Any, dict[str, Any]], Awaitable[Any]]] = {
        name: _model_function(handle, name) for name in models
    }
    return Plugin(
        name=manifest.name,
        description=manifest.description,
        init=init,
        config=dict(manifest.config) or None,
        actions=actions or None,
        providers=providers or None,
        evaluators=evaluators or None,
        models=model_handlers or None,
        dependencies=list(manifest.dependencies) or None,
    )


def _component(
    meta: Any, functions: tuple[Callable[..., Awaitable[Any]], Callable[..., Awaitable[bool]]]
) -> dict[str, Any]:
    """The fields actions and evaluators share: from the manifest entry `meta`, and their two functions."""
    handler, validate = functions
    similes = list(meta.similes) or None
    return {
        "name": meta.name,
        "description": meta.description,
        "handler": handler,
        "validate": validate,
        "similes": similes,
    }


def _handler(
    run: Callable[[Memory, State | None, object, Any], Awaitable[Any]],
) -> Callable[..., Awaitable[Any]]:
    """An elizaOS action or evaluator handler (its signature) calling `run(memory, state, options,
    callback)` with the message and state as our messages."""

    async def handler(
        runtime: object,
        message: _Serializable,
        state: object = None,
        options: object = None,
        callback: Any = None,
        responses: object = None,
    ) -> Any:
        return await run(to_interop_memory(message), to_interop_state(state), options, callback)

    return handler


def _action_functions(
    handle: Handle, name: str
) -> tuple[Callable[..., Awaitable[Any]], Callable[..., Awaitable[bool]]]:
    from elizaos.types.components import ActionResult as ElizaosActionResult
    from elizaos.types.primitives import Content

    async def run(
        memory: Memory,
        state: State | None,
        options: object,
        callback: Callable[[Content], Awaitable[object]] | None,
    ) -> ElizaosActionResult:
        result = await handle.invoke_action(name, memory, state, options_to_mapping(options))
        if callback is not None and result.HasField("text"):
            await callback(Content(text=result.text, actions=[name]))
        return ElizaosActionResult.FromString(result.SerializeToString())

    async def validate(runtime: object, message: _Serializable, state: object = None) -> bool:
        return await handle.validate_action(name, to_interop_memory(message), to_interop_state(state))

    return _handler(run), validate


def _provider_function(handle: Handle, name: str) -> Callable[..., Awaitable[Any]]:
    from elizaos.types.components import ProviderResult as ElizaosProviderResult

    async def get(runtime: object, message: _Serializable, state: object = None) -> ElizaosProviderResult:
        result = await handle.get_provider(name, to_interop_memory(message), to_interop_state(state))
        return ElizaosProviderResult.FromString(result.SerializeToString())

    return get


def _evaluator_functions(
    handle: Handle, name: str
) -> tuple[Callable[..., Awaitable[Any]], Callable[..., Awaitable[bool]]]:
    from elizaos.types.components import ActionResult as ElizaosActionResult

    async def run(
        memory: Memory, state: State | None, options: object, callback: object
    ) -> ElizaosActionResult | None:
        result = await handle.invoke_evaluator(name, memory, state)
        return None if result is None else ElizaosActionResult.FromString(result.SerializeToString())

    async def validate(runtime: object, message: _Serializable, state: object = None) -> bool:
        # The protocol has no evaluator.validate: the evaluator itself decides, answering with no result.
        return True

    return _handler(run), validate


def _model_function(handle: Handle, model: str) -> Callable[[Any, dict[str, Any]], Awaitable[Any]]:
    async def run(runtime: object, params: dict[str, Any]) -> Any:
        return await handle.invoke_model(model, params)

    return run


__all__ = ["Handle", "options_to_mapping", "to_elizaos_plugin", "to_interop_memory", "to_interop_state"]
