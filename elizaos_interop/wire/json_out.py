"""Protobuf message → proto3 JSON (a dict), descriptor driven: one cached converter table per message type,
so a conversion is one `ListFields()` walk. Output agrees with `json_format.MessageToDict` (default options;
tests/python/test_ipc_codec.py checks it with hypothesis)."""

from __future__ import annotations

import base64
import math
from typing import Any

from google.protobuf import json_format
from google.protobuf.descriptor import Descriptor, EnumDescriptor, FieldDescriptor
from google.protobuf.internal import type_checkers
from google.protobuf.message import Message

from .descriptors import INT64_TYPES, Conv, is_map, is_repeated, scalar_conv


def _nonfinite_out(v: float) -> Any:
    if math.isnan(v):
        return "NaN"
    if v == math.inf:
        return "Infinity"
    if v == -math.inf:
        return "-Infinity"
    return v


def _float_out(v: float) -> Any:
    if math.isfinite(v):
        return type_checkers.ToShortestFloat(v)
    return _nonfinite_out(v)


def _double_out(v: float) -> Any:
    return v if math.isfinite(v) else _nonfinite_out(v)


def _bytes_out(v: bytes) -> str:
    return base64.b64encode(v).decode("ascii")


def value_out(v: Any) -> Any:
    """A google.protobuf.Value as plain JSON (as json_format does)."""
    kind = v.WhichOneof("kind")
    if kind == "string_value":
        return v.string_value
    if kind == "number_value":
        n = v.number_value
        if not math.isfinite(n):
            raise ValueError("Fail to serialize NaN/Infinity for Value.number_value")
        return n
    if kind == "bool_value":
        return v.bool_value
    if kind == "struct_value":
        f = v.struct_value.fields
        return {k: value_out(f[k]) for k in f}
    if kind == "list_value":
        return [value_out(x) for x in v.list_value.values]
    if kind == "null_value":
        return None
    raise ValueError("Value message must have a kind set")


def _struct_out(s: Any) -> dict[str, Any]:
    f = s.fields  # iterating keys + __getitem__ is about twice as fast as .items() on upb maps
    return {k: value_out(f[k]) for k in f}


def _list_out(lv: Any) -> list[Any]:
    return [value_out(x) for x in lv.values]


_FieldEntry = tuple[str, Conv | None]
_OUT_FIELDS: dict[FieldDescriptor, _FieldEntry] = {}
_MSG_OUT: dict[str, Conv] = {}


def _message_out_conv(desc: Descriptor) -> Conv:
    conv = _MSG_OUT.get(desc.full_name)
    if conv is not None:
        return conv
    name = desc.full_name
    if name == "google.protobuf.Struct":
        conv = _struct_out
    elif name == "google.protobuf.Value":
        conv = value_out
    elif name == "google.protobuf.ListValue":
        conv = _list_out
    elif name.startswith("google.protobuf."):
        # Timestamp, Duration, wrappers, Any...: rare here; use the reference implementation.
        def conv(m: Any) -> Any:
            return json_format.MessageToDict(m)

    else:
        conv = message_to_dict
    _MSG_OUT[name] = conv
    return conv


#: The converter of each scalar type whose JSON form differs from the Python value (others: None).
_SCALAR_OUT: dict[int, Conv] = {
    **dict.fromkeys(INT64_TYPES, str),
    FieldDescriptor.TYPE_FLOAT: _float_out,
    FieldDescriptor.TYPE_DOUBLE: _double_out,
    FieldDescriptor.TYPE_BYTES: _bytes_out,
}


def _enum_out(et: EnumDescriptor) -> Conv:
    names = {v.number: v.name for v in et.values}

    def enum_out(v: int) -> Any:
        return names.get(v, v)

    return enum_out


def _scalar_out_conv(fd: FieldDescriptor) -> Conv | None:
    conv = scalar_conv(fd, _SCALAR_OUT, _enum_out)
    if conv is None and fd.type == FieldDescriptor.TYPE_MESSAGE:
        mt = fd.message_type
        assert mt is not None
        return _message_out_conv(mt)
    return conv


def _map_key_out(fd: FieldDescriptor) -> Conv | None:
    if fd.type == FieldDescriptor.TYPE_STRING:
        return None
    if fd.type == FieldDescriptor.TYPE_BOOL:
        return lambda k: "true" if k else "false"
    return str


def _build_out(fd: FieldDescriptor) -> _FieldEntry:
    if is_map(fd):
        mt = fd.message_type
        assert mt is not None
        kconv = _map_key_out(mt.fields_by_name["key"])
        vconv = _scalar_out_conv(mt.fields_by_name["value"])

        def map_out(m: Any) -> Any:
            if kconv is None and vconv is None:
                return dict(m)
            return {(kconv(k) if kconv else k): (vconv(m[k]) if vconv else m[k]) for k in m}

        entry: _FieldEntry = (fd.json_name, map_out)
    elif is_repeated(fd):
        item = _scalar_out_conv(fd)
        if item is None:
            entry = (fd.json_name, list)
        else:
            ic = item

            def rep_out(vs: Any) -> Any:
                return [ic(x) for x in vs]

            entry = (fd.json_name, rep_out)
    else:
        entry = (fd.json_name, _scalar_out_conv(fd))
    _OUT_FIELDS[fd] = entry
    return entry


def message_to_dict(msg: Message) -> dict[str, Any]:
    """`msg` in proto3 JSON form (json_format.MessageToDict with default options)."""
    out: dict[str, Any] = {}
    for fd, v in msg.ListFields():
        e = _OUT_FIELDS.get(fd)
        if e is None:
            e = _build_out(fd)
        conv = e[1]
        out[e[0]] = v if conv is None else conv(v)
    return out


__all__ = ["message_to_dict", "value_out"]
