"""Typed errors raised by elizaos-interop, and their one conversion to and from the wire.

Every error names what was wrong and carries an `ErrorCode` (generated from
proto/eliza/interop/v1/constants.proto): `err.error_code` is the enum value, `err.code` its wire name (the
enum name without `ERROR_CODE_`, e.g. "NOT_FOUND", as in an `error` message's `details.code`).

`error_envelope` / `error_to_envelope` build an `error` Envelope; `error_from_envelope` / `raise_for_error`
read one back as a `PluginCallError`. Nothing else in the package writes a code string.
"""

from __future__ import annotations

from typing import Any, cast

from google.protobuf import json_format

from elizaos_interop.v1 import constants_pb2, protocol_pb2

#: The generated enum (`ErrorCode.Name(v)`, `ErrorCode.Value(name)`; also the type of its values).
ErrorCode = constants_pb2.ErrorCode

_PREFIX = "ERROR_CODE_"
MALFORMED = constants_pb2.ERROR_CODE_MALFORMED
UNKNOWN_TYPE = constants_pb2.ERROR_CODE_UNKNOWN_TYPE
NOT_FOUND = constants_pb2.ERROR_CODE_NOT_FOUND
HANDLER_ERROR = constants_pb2.ERROR_CODE_HANDLER_ERROR
TOO_LARGE = constants_pb2.ERROR_CODE_TOO_LARGE
UNSUPPORTED_VERSION = constants_pb2.ERROR_CODE_UNSUPPORTED_VERSION
UNSUPPORTED_FRAMING = constants_pb2.ERROR_CODE_UNSUPPORTED_FRAMING
SHUTTING_DOWN = constants_pb2.ERROR_CODE_SHUTTING_DOWN
INVALID_ARGUMENT = constants_pb2.ERROR_CODE_INVALID_ARGUMENT
RESOURCE_EXHAUSTED = constants_pb2.ERROR_CODE_RESOURCE_EXHAUSTED
DEADLINE_EXCEEDED = constants_pb2.ERROR_CODE_DEADLINE_EXCEEDED
CANCELLED = constants_pb2.ERROR_CODE_CANCELLED
UNAVAILABLE = constants_pb2.ERROR_CODE_UNAVAILABLE


def code_name(code: int) -> str:
    """The wire name of `code` ("NOT_FOUND"); UNSPECIFIED reads as HANDLER_ERROR."""
    if code == constants_pb2.ERROR_CODE_UNSPECIFIED:
        code = HANDLER_ERROR
    return ErrorCode.Name(code).removeprefix(_PREFIX)


def code_from_name(name: str) -> ErrorCode:
    """The enum value of a wire name; a name this schema does not know reads as HANDLER_ERROR."""
    try:
        return cast(ErrorCode, ErrorCode.Value(_PREFIX + name))
    except ValueError:
        return HANDLER_ERROR


class InteropError(Exception):
    """Base class of every error elizaos-interop raises."""

    #: The protocol code of this kind of error (an instance may carry another: `PluginCallError`).
    error_code: ErrorCode = HANDLER_ERROR

    @property
    def code(self) -> str:
        """The wire name of the error's code ("NOT_FOUND", "HANDLER_ERROR", ...)."""
        return code_name(self.error_code)


class ManifestError(InteropError):
    """A plugin.json (or a manifest a plugin reported) is invalid; `field` names the bad field."""

    error_code = INVALID_ARGUMENT

    def __init__(self, message: str, *, field: str | None = None, path: str | None = None) -> None:
        where = f" in {path}" if path else ""
        at = f" (field {field!r})" if field else ""
        super().__init__(f"invalid manifest{where}{at}: {message}")
        self.field = field
        self.path = path


class PluginLoadError(InteropError):
    """A plugin could not be loaded (missing file, bad library, failed start-up)."""

    error_code = UNAVAILABLE


class AbiVersionError(PluginLoadError):
    """A native or WASM plugin speaks another ABI version, or lacks the required exports."""

    error_code = UNSUPPORTED_VERSION


class StartupTimeoutError(PluginLoadError, TimeoutError):
    """An IPC plugin did not send its `ready` message within the start-up timeout."""

    error_code = DEADLINE_EXCEEDED


class ProtocolError(InteropError):
    """The peer sent something the protocol does not allow (malformed line or frame, unknown type)."""

    error_code = MALFORMED


class VersionMismatchError(ProtocolError):
    """The peer speaks another protocol version."""

    error_code = UNSUPPORTED_VERSION


class MessageTooLargeError(ProtocolError):
    """A message exceeds `max_message_bytes` (outgoing: not sent; incoming: discarded)."""

    error_code = TOO_LARGE


class TooManyPendingError(InteropError):
    """`max_pending_requests` calls are already in flight; the call was not sent."""

    error_code = RESOURCE_EXHAUSTED


class CallTimeoutError(InteropError, TimeoutError):
    """A call did not complete within its timeout; a `cancel` was sent where the path supports it."""

    error_code = DEADLINE_EXCEEDED


class PluginCrashedError(InteropError):
    """The plugin process exited or its connection closed while calls were pending."""

    error_code = UNAVAILABLE


class PluginClosedError(InteropError):
    """The plugin handle was closed; no further calls are possible."""

    error_code = UNAVAILABLE


class PluginCallError(InteropError):
    """The plugin answered a call with an `error` message (its code raised, or the request was refused).

    `code` is the wire string as received ("NOT_FOUND"; kept even when this schema does not know it),
    `error_code` the enum value."""

    def __init__(
        self,
        message: str,
        *,
        code: str | ErrorCode = HANDLER_ERROR,
        details: dict[str, Any] | None = None,
    ) -> None:
        wire = code if isinstance(code, str) else code_name(code)
        super().__init__(f"{wire}: {message}")
        self._wire_code = wire
        self.error_code = code_from_name(wire)  # per instance: the peer's code
        self.remote_message = message
        self.details = details or {}

    @property
    def code(self) -> str:
        return self._wire_code


class PluginPanicError(InteropError):
    """A Rust plugin panicked inside an FFI call (the panic was caught at the boundary)."""


class WasmTrapError(InteropError):
    """A WASM plugin trapped during a call; the instance was discarded and will be re-created."""


class FuelExhaustedError(WasmTrapError):
    """A WASM call ran out of fuel (instruction budget)."""

    error_code = RESOURCE_EXHAUSTED


class DeadlineExceededError(WasmTrapError, TimeoutError):
    """A WASM call exceeded its wall-clock deadline (epoch interruption)."""

    error_code = DEADLINE_EXCEEDED


class ResourceLimitError(PluginLoadError):
    """A module or memory exceeds a configured limit (`max_module_bytes`, `max_memory_bytes`)."""

    error_code = RESOURCE_EXHAUSTED


# --------------------------------------------------------------------------------------------- wire


def error_envelope(rid: str, message: str, code: str | ErrorCode, **details: Any) -> protocol_pb2.Envelope:
    """An `error` Envelope answering request `rid`, its code in `details.code`."""
    env = protocol_pb2.Envelope()
    e = env.error
    e.type, e.id, e.error = "error", rid, message
    e.details.update({"code": code if isinstance(code, str) else code_name(code), **details})
    return env


def error_to_envelope(rid: str, err: BaseException) -> protocol_pb2.Envelope:
    """The `error` Envelope reporting `err` raised while serving `rid`: a `PluginCallError` keeps its code,
    message and details; anything else is HANDLER_ERROR naming the exception class."""
    if isinstance(err, PluginCallError):
        details = {k: v for k, v in err.details.items() if k != "code"}
        return error_envelope(rid, err.remote_message, err.code, **details)
    name = type(err).__name__
    return error_envelope(rid, f"{name}: {err}", HANDLER_ERROR, exception=name)


def error_from_envelope(env: protocol_pb2.Envelope) -> PluginCallError:
    """The `PluginCallError` an `error` Envelope reports (no code: HANDLER_ERROR)."""
    err = env.error
    details: dict[str, Any] = json_format.MessageToDict(err.details) if err.HasField("details") else {}
    code = details.get("code")
    return PluginCallError(err.error, code=code if isinstance(code, str) else HANDLER_ERROR, details=details)


def raise_for_error(env: protocol_pb2.Envelope) -> None:
    """Raise `PluginCallError` when `env` is an `error` envelope."""
    if env.WhichOneof("body") == "error":
        raise error_from_envelope(env)


__all__ = [
    "AbiVersionError",
    "CallTimeoutError",
    "DeadlineExceededError",
    "ErrorCode",
    "FuelExhaustedError",
    "InteropError",
    "ManifestError",
    "MessageTooLargeError",
    "PluginCallError",
    "PluginClosedError",
    "PluginCrashedError",
    "PluginLoadError",
    "PluginPanicError",
    "ProtocolError",
    "ResourceLimitError",
    "StartupTimeoutError",
    "TooManyPendingError",
    "VersionMismatchError",
    "WasmTrapError",
    "code_from_name",
    "code_name",
    "error_envelope",
    "error_from_envelope",
    "error_to_envelope",
    "raise_for_error",
]
