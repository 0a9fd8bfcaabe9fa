"""Values crossing between a Python plugin's handlers and the interop messages: our messages as elizaos's
(one bytes round trip, the classes are wire-identical), handler results as our messages or plain JSON, and
a handler's exception as the `PluginCallError` the protocol reports."""

from __future__ import annotations

import inspect
from collections.abc import Mapping
from typing import Any

from google.protobuf.message import Message

from ..errors import (
    HANDLER_ERROR,
    INVALID_ARGUMENT,
    NOT_FOUND,
    PluginCallError,
    code_name,
)
from ..wire import codec

_CONVERT_CACHE: dict[str, Any] = {}


def elizaos_class(name: str) -> Any:
    cls = _CONVERT_CACHE.get(name)
    if cls is None:
        import elizaos.types as t

        cls = getattr(t, name)
        _CONVERT_CACHE[name] = cls
    return cls


def to_elizaos_message(msg: Message, name: str) -> Any:
    """Our message as the elizaos class of the same name (bytes round trip)."""
    return elizaos_class(name).FromString(msg.SerializeToString())


def from_result(value: Any, cls: type[Message], what: str) -> Any:
    """A handler's return value (elizaos or our protobuf message, or a dict) as our `cls`."""
    out = cls()
    if value is None:
        return out
    if isinstance(value, Message):
        if value.DESCRIPTOR.full_name.rsplit(".", 1)[-1] != cls.DESCRIPTOR.name:
            raise PluginCallError(
                f"{what} returned a {value.DESCRIPTOR.full_name}, expected {cls.DESCRIPTOR.name}",
                code=HANDLER_ERROR,
                details={"exception": "TypeError"},
            )
        out.ParseFromString(value.SerializeToString())
        return out
    if isinstance(value, Mapping):
        try:
            codec.parse_dict(dict(value), out)
        except codec.DecodeError as err:
            raise PluginCallError(
                f"{what} returned a dict that is not a {cls.DESCRIPTOR.name}: {err}",
                code=HANDLER_ERROR,
                details={"exception": "TypeError"},
            ) from None
        return out
    raise PluginCallError(
        f"{what} returned {type(value).__name__}, expected {cls.DESCRIPTOR.name}",
        code=HANDLER_ERROR,
        details={"exception": "TypeError"},
    )


def to_json_value(value: Any) -> Any:
    """A handler's return value as plain JSON (protobuf messages in their proto3 JSON form)."""
    if isinstance(value, Message):
        return codec.message_to_dict(value)
    if isinstance(value, Mapping):
        return {str(k): to_json_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_json_value(v) for v in value]
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if hasattr(value, "model_dump"):
        return to_json_value(value.model_dump(mode="json"))
    raise PluginCallError(
        f"result of type {type(value).__name__} is not JSON",
        code=HANDLER_ERROR,
        details={"exception": "TypeError"},
    )


async def maybe_await(v: Any) -> Any:
    return await v if inspect.isawaitable(v) else v


#: Protocol codes a plugin's own exception may carry in a `code` attribute (e.g. inmemorydb's DbError).
PASSTHROUGH_CODES = frozenset(code_name(c) for c in (INVALID_ARGUMENT, NOT_FOUND))


def handler_error(what: str, err: BaseException) -> PluginCallError:
    code = getattr(err, "code", None)
    if isinstance(code, str) and code in PASSTHROUGH_CODES:
        return PluginCallError(str(err), code=code, details={"exception": type(err).__name__})
    return PluginCallError(
        f"{what} raised {type(err).__name__}: {err}",
        code=HANDLER_ERROR,
        details={"exception": type(err).__name__},
    )


__all__ = [
    "PASSTHROUGH_CODES",
    "elizaos_class",
    "from_result",
    "handler_error",
    "maybe_await",
    "to_elizaos_message",
    "to_json_value",
]
