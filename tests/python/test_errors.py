"""One error hierarchy whose root carries a proto ErrorCode, one conversion to and from the wire, and the
protocol constants read from the generated enums (proto/eliza/interop/v1/constants.proto)."""

from __future__ import annotations

import inspect

import pytest

import elizaos_interop
from elizaos_interop import _native, errors
from elizaos_interop.errors import (
    ErrorCode,
    InteropError,
    ManifestError,
    PluginCallError,
    code_from_name,
    code_name,
    error_envelope,
    error_from_envelope,
    error_to_envelope,
    raise_for_error,
)
from elizaos_interop.v1 import constants_pb2
from elizaos_interop.wire import constants


def _classes() -> list[type[InteropError]]:
    return [c for _, c in inspect.getmembers(errors, inspect.isclass) if issubclass(c, InteropError)]


def test_every_error_class_carries_a_code_of_the_schema() -> None:
    classes = _classes()
    assert len(classes) >= 18
    for cls in classes:
        assert cls.error_code in ErrorCode.values(), cls
        assert cls.error_code != constants_pb2.ERROR_CODE_UNSPECIFIED, cls
    assert ManifestError("x", field="name").code == "INVALID_ARGUMENT"
    assert elizaos_interop.CallTimeoutError("x").code == "DEADLINE_EXCEEDED"
    assert elizaos_interop.TooManyPendingError("x").error_code == constants_pb2.ERROR_CODE_RESOURCE_EXHAUSTED


def test_code_names_are_the_enum_names_without_prefix() -> None:
    for name, value in ErrorCode.items():
        if value == constants_pb2.ERROR_CODE_UNSPECIFIED:
            assert code_name(value) == "HANDLER_ERROR"
            continue
        wire = name.removeprefix("ERROR_CODE_")
        assert code_name(value) == wire
        assert code_from_name(wire) == value
    assert code_from_name("NO_SUCH_CODE") == constants_pb2.ERROR_CODE_HANDLER_ERROR


def test_plugin_call_error_keeps_the_wire_string_and_offers_the_enum() -> None:
    err = PluginCallError("gone", code="NOT_FOUND")
    assert err.code == "NOT_FOUND"
    assert err.error_code == constants_pb2.ERROR_CODE_NOT_FOUND
    assert str(err) == "NOT_FOUND: gone"
    by_enum = PluginCallError("gone", code=constants_pb2.ERROR_CODE_NOT_FOUND)
    assert by_enum.code == "NOT_FOUND"
    newer = PluginCallError("?", code="SOMETHING_NEWER")  # a peer with a newer schema
    assert newer.code == "SOMETHING_NEWER"
    assert newer.error_code == constants_pb2.ERROR_CODE_HANDLER_ERROR


def test_errors_round_trip_through_the_wire() -> None:
    env = error_to_envelope("7", PluginCallError("no such action", code="NOT_FOUND", details={"action": "x"}))
    assert env.error.id == "7"
    back = error_from_envelope(env)
    assert (back.code, back.remote_message, back.details) == (
        "NOT_FOUND",
        "no such action",
        {"code": "NOT_FOUND", "action": "x"},
    )
    other = error_to_envelope("8", ValueError("bad"))
    with pytest.raises(PluginCallError) as info:
        raise_for_error(other)
    assert info.value.code == "HANDLER_ERROR"
    assert info.value.details == {"code": "HANDLER_ERROR", "exception": "ValueError"}
    assert info.value.remote_message == "ValueError: bad"
    bare = error_envelope("9", "m", constants_pb2.ERROR_CODE_TOO_LARGE)
    bare.error.ClearField("details")
    assert error_from_envelope(bare).code == "HANDLER_ERROR"


def test_constants_come_from_the_schema() -> None:
    assert constants.PROTOCOL_VERSION == constants_pb2.PROTOCOL_VERSION_CURRENT == 1
    assert constants.WASM_ABI_VERSION == constants_pb2.WASM_ABI_VERSION_CURRENT
    assert constants.FFI_ABI_VERSION == constants_pb2.FFI_ABI_VERSION_CURRENT
    # the native extension keeps its own copy (it is compiled from the Rust crate): they must agree
    assert _native.FFI_ABI_VERSION == constants.FFI_ABI_VERSION
    assert constants.MAX_JSON_VALUE_DEPTH == 32
    assert constants.DEFAULT_MAX_MESSAGE_BYTES == 16 * 1024 * 1024
    assert elizaos_interop.PROTOCOL_VERSION == constants.PROTOCOL_VERSION
    assert elizaos_interop.IpcLimits().max_pending_requests == constants.DEFAULT_MAX_PENDING_REQUESTS
