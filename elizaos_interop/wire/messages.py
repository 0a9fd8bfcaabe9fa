"""The message classes the API speaks (`eliza.interop.v1`, wire-identical to elizaOS's `eliza.v1`) and plain
Python ↔ google.protobuf.Struct/Value conversion."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from google.protobuf import struct_pb2

from elizaos_interop.v1 import components_pb2, ipc_pb2, memory_pb2, protocol_pb2, state_pb2

Memory = memory_pb2.Memory
State = state_pb2.State
ActionResult = components_pb2.ActionResult
ProviderResult = components_pb2.ProviderResult
ActionManifest = components_pb2.ActionManifest
ProviderManifest = components_pb2.ProviderManifest
EvaluatorManifest = components_pb2.EvaluatorManifest
PluginManifest = ipc_pb2.CrossLanguagePluginManifest
Envelope = protocol_pb2.Envelope

JsonValue = Any  # JSON-compatible value (dict, list, str, int, float, bool, None)


def struct_from_mapping(values: Mapping[str, Any]) -> struct_pb2.Struct:
    """A google.protobuf.Struct holding a JSON-compatible mapping."""
    s = struct_pb2.Struct()
    s.update(values)
    return s


def value_to_python(value: struct_pb2.Value) -> JsonValue:
    """A google.protobuf.Value as plain Python (dict/list/str/float/bool/None)."""
    kind = value.WhichOneof("kind")
    if kind is None or kind == "null_value":
        return None
    if kind == "number_value":
        return value.number_value
    if kind == "string_value":
        return value.string_value
    if kind == "bool_value":
        return value.bool_value
    if kind == "struct_value":
        return struct_to_dict(value.struct_value)
    return [value_to_python(v) for v in value.list_value.values]


def struct_to_dict(s: struct_pb2.Struct) -> dict[str, JsonValue]:
    """A google.protobuf.Struct as a plain dict."""
    return {k: value_to_python(v) for k, v in s.fields.items()}


__all__ = [
    "ActionManifest",
    "ActionResult",
    "Envelope",
    "EvaluatorManifest",
    "JsonValue",
    "Memory",
    "PluginManifest",
    "ProviderManifest",
    "ProviderResult",
    "State",
    "struct_from_mapping",
    "struct_to_dict",
    "value_to_python",
]
