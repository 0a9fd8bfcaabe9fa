"""Fast proto3-JSON conversion of protobuf messages: proto3 JSON (a dict) → message (the other direction is
json_out.py).

Descriptor driven: every message type gets a cached table of per-field converters the first time it is
seen, so a conversion is one `ListFields()` walk (out) or one dict walk (in). Output agrees with
`google.protobuf.json_format.MessageToDict` (default options) and input with `ParseDict`
(`tests/python/test_ipc_codec.py` checks both with hypothesis), at a fraction of the cost.

Input is lenient where proto3 JSON allows it (int64 as string or number, enum by name or number, both
camelCase and original field names); unknown fields are ignored unless ``strict=True`` (plugin.json uses
strict parsing so a typo names the field).
"""

from __future__ import annotations

import base64
import math
import re
from collections.abc import Callable
from typing import Any, TypeVar

from google.protobuf import json_format
from google.protobuf.descriptor import Descriptor, EnumDescriptor, FieldDescriptor
from google.protobuf.message import Message

from ..errors import MALFORMED, ErrorCode, ProtocolError
from .constants import MAX_JSON_VALUE_DEPTH
from .descriptors import INT32_TYPES, INT64_TYPES, Conv, is_map, is_repeated, scalar_conv


class DecodeError(ProtocolError):
    """A message could not be decoded. `error_code` is the protocol code (MALFORMED, UNKNOWN_TYPE), `code`
    its wire name, `request_id` the id recovered from the input ("" when none), `field` the bad field."""

    def __init__(
        self,
        message: str,
        *,
        code: ErrorCode = MALFORMED,
        request_id: str = "",
        field: str | None = None,
    ):
        super().__init__(message)
        self.error_code = code
        self.request_id = request_id
        self.field = field


# ---------------------------------------------------------------------------------------------- in


class ParseError(Exception):
    def __init__(self, message: str, field: str) -> None:
        super().__init__(message)
        self.field = field


_Setter = Callable[[Any, Any, bool], None]
_IN_TABLES: dict[str, dict[str, tuple[str, _Setter]]] = {}
_INT_RE = re.compile(r"^-?\d+$")


def _int_in(v: Any) -> int:
    if isinstance(v, bool):
        raise TypeError(f"expected an integer, got {v!r}")
    if isinstance(v, int):
        return v
    if isinstance(v, float):
        if v.is_integer():
            return int(v)
        raise TypeError(f"expected an integer, got {v!r}")
    if isinstance(v, str):
        s = v.strip()
        if _INT_RE.match(s):
            return int(s)
        try:
            f = float(s)
        except ValueError:
            raise TypeError(f"expected an integer, got {v!r}") from None
        if f.is_integer():
            return int(f)
    raise TypeError(f"expected an integer, got {v!r}")


def _float_in(v: Any) -> float:
    if isinstance(v, bool):
        raise TypeError(f"expected a number, got {v!r}")
    if isinstance(v, (int, float)):
        return float(v)
    if isinstance(v, str):
        if v == "NaN":
            return math.nan
        if v == "Infinity":
            return math.inf
        if v == "-Infinity":
            return -math.inf
        try:
            return float(v)
        except ValueError:
            pass
    raise TypeError(f"expected a number, got {v!r}")


def _bool_in(v: Any) -> bool:
    if isinstance(v, bool):
        return v
    raise TypeError(f"expected true or false, got {v!r}")


def _str_in(v: Any) -> str:
    if isinstance(v, str):
        return v
    raise TypeError(f"expected a string, got {type(v).__name__}")


def _bytes_in(v: Any) -> bytes:
    if not isinstance(v, str):
        raise TypeError(f"expected base64 text, got {type(v).__name__}")
    s = v.replace("-", "+").replace("_", "/")
    return base64.b64decode(s + "=" * (-len(s) % 4))


#: The converter of each scalar type but enums.
_SCALAR_IN: dict[int, Conv] = {
    **dict.fromkeys(INT64_TYPES | INT32_TYPES, _int_in),
    FieldDescriptor.TYPE_FLOAT: _float_in,
    FieldDescriptor.TYPE_DOUBLE: _float_in,
    FieldDescriptor.TYPE_BOOL: _bool_in,
    FieldDescriptor.TYPE_STRING: _str_in,
    FieldDescriptor.TYPE_BYTES: _bytes_in,
}


def _enum_in(et: EnumDescriptor) -> Conv:
    by_name = {v.name: v.number for v in et.values}
    ename = et.full_name

    def enum_in(v: Any) -> int:
        if isinstance(v, str):
            n = by_name.get(v)
            if n is None:
                raise TypeError(f"{v!r} is not a value of enum {ename}")
            return n
        if isinstance(v, int) and not isinstance(v, bool):
            return v
        raise TypeError(f"expected an enum name of {ename}, got {v!r}")

    return enum_in


def _scalar_in_conv(fd: FieldDescriptor) -> Conv:
    conv = scalar_conv(fd, _SCALAR_IN, _enum_in)
    if conv is None:
        raise AssertionError(f"not a scalar field: {fd.full_name}")
    return conv


_JSON_VALUE_TYPES = frozenset(
    {"google.protobuf.Value", "google.protobuf.Struct", "google.protobuf.ListValue"}
)


def set_value(target: Any, v: Any) -> None:
    """Fill a google.protobuf.Value from plain JSON."""
    if v is None:
        target.null_value = 0
    elif isinstance(v, bool):
        target.bool_value = v
    elif isinstance(v, (int, float)):
        target.number_value = v
    elif isinstance(v, str):
        target.string_value = v
    elif isinstance(v, dict):
        target.struct_value.Clear()
        target.struct_value.update(v)
    elif isinstance(v, list):
        target.list_value.Clear()
        target.list_value.extend(v)
    else:
        raise TypeError(f"not a JSON value: {type(v).__name__}")


# MAX_JSON_VALUE_DEPTH (wire/constants.py) bounds how deep JSON arrays/objects may nest inside one
# google.protobuf.Struct / Value / ListValue field. Each JSON level is two protobuf messages (Value +
# Struct/ListValue), and protobuf decoders (upb, prost) refuse more than 100 nested messages, so this keeps
# whatever decodes from JSON encodable in both framings (orjson also refuses to encode past ~254 levels, and
# Struct.update recurses in Python). Deeper input is MALFORMED (docs/PROTOCOL.md §2).


def _check_json_depth(v: Any) -> None:
    """Raise ValueError when the JSON value `v` nests more than MAX_JSON_VALUE_DEPTH arrays/objects deep."""
    stack: list[tuple[Any, int]] = [(v, 1)]
    while stack:
        x, depth = stack.pop()
        if depth > MAX_JSON_VALUE_DEPTH:
            raise ValueError(f"JSON value nests more than {MAX_JSON_VALUE_DEPTH} arrays/objects deep")
        items = x.values() if isinstance(x, dict) else x
        stack.extend((y, depth + 1) for y in items if isinstance(y, (dict, list)))


def _fill_message(target: Any, v: Any, strict: bool) -> None:
    name = target.DESCRIPTOR.full_name
    target.SetInParent()
    if isinstance(v, (dict, list)) and name in _JSON_VALUE_TYPES:
        _check_json_depth(v)
    if name == "google.protobuf.Value":
        set_value(target, v)
    elif name == "google.protobuf.Struct":
        if not isinstance(v, dict):
            raise TypeError(f"expected a JSON object, got {type(v).__name__}")
        target.update(v)
    elif name == "google.protobuf.ListValue":
        if not isinstance(v, list):
            raise TypeError(f"expected a JSON array, got {type(v).__name__}")
        target.extend(v)
    elif name.startswith("google.protobuf."):
        json_format.ParseDict(v, target)
    else:
        if not isinstance(v, dict):
            raise TypeError(f"expected a JSON object for {name}, got {type(v).__name__}")
        parse_into(target, v, strict)


def _build_setter(fd: FieldDescriptor) -> _Setter:
    name = fd.name
    if is_map(fd):
        mt = fd.message_type
        assert mt is not None
        kfd, vfd = mt.fields_by_name["key"], mt.fields_by_name["value"]
        if kfd.type == FieldDescriptor.TYPE_STRING:
            kconv: Conv = _str_in
        elif kfd.type == FieldDescriptor.TYPE_BOOL:

            def kconv(k: Any) -> Any:
                if k in ("true", "false"):
                    return k == "true"
                raise TypeError(f"expected a bool map key, got {k!r}")

        else:
            kconv = _int_in
        if vfd.type == FieldDescriptor.TYPE_MESSAGE:

            def set_map_msg(m: Any, v: Any, strict: bool) -> None:
                if not isinstance(v, dict):
                    raise TypeError(f"expected a JSON object, got {type(v).__name__}")
                c = getattr(m, name)
                for k, x in v.items():
                    _fill_message(c[kconv(k)], x, strict)

            return set_map_msg
        vconv = _scalar_in_conv(vfd)

        def set_map(m: Any, v: Any, strict: bool) -> None:
            if not isinstance(v, dict):
                raise TypeError(f"expected a JSON object, got {type(v).__name__}")
            c = getattr(m, name)
            for k, x in v.items():
                c[kconv(k)] = vconv(x)

        return set_map
    if is_repeated(fd):
        if fd.type == FieldDescriptor.TYPE_MESSAGE:

            def set_rep_msg(m: Any, v: Any, strict: bool) -> None:
                if not isinstance(v, list):
                    raise TypeError(f"expected a JSON array, got {type(v).__name__}")
                c = getattr(m, name)
                for x in v:
                    _fill_message(c.add(), x, strict)

            return set_rep_msg
        conv = _scalar_in_conv(fd)

        def set_rep(m: Any, v: Any, strict: bool) -> None:
            if not isinstance(v, list):
                raise TypeError(f"expected a JSON array, got {type(v).__name__}")
            getattr(m, name).extend([conv(x) for x in v])

        return set_rep
    if fd.type == FieldDescriptor.TYPE_MESSAGE:
        mt = fd.message_type
        assert mt is not None
        is_value = mt.full_name == "google.protobuf.Value"
        if not mt.full_name.startswith("google.protobuf."):
            # one of ours (the hot case): straight into its table, no well-known-type dispatch
            sub_table: list[dict[str, tuple[str, _Setter]]] = []  # resolved on first use (types recurse)

            def set_plain_msg(m: Any, v: Any, strict: bool) -> None:
                if v is None:
                    return
                if not isinstance(v, dict):
                    raise TypeError(f"expected a JSON object for {mt.full_name}, got {type(v).__name__}")
                if not sub_table:
                    sub_table.append(_table(mt))
                sub = getattr(m, name)
                sub.SetInParent()
                _parse_with(sub, v, strict, sub_table[0])

            return set_plain_msg

        def set_msg(m: Any, v: Any, strict: bool) -> None:
            if v is None and not is_value:
                return
            _fill_message(getattr(m, name), v, strict)

        return set_msg
    if fd.type == FieldDescriptor.TYPE_STRING:

        def set_str(m: Any, v: Any, strict: bool) -> None:
            if type(v) is str:
                setattr(m, name, v)
            elif v is not None:
                setattr(m, name, _str_in(v))  # raises TypeError naming the type (or takes a str subclass)

        return set_str
    sconv = _scalar_in_conv(fd)

    def set_scalar(m: Any, v: Any, strict: bool) -> None:
        if v is None:
            return
        setattr(m, name, sconv(v))

    return set_scalar


def _table(desc: Descriptor) -> dict[str, tuple[str, _Setter]]:
    t = _IN_TABLES.get(desc.full_name)
    if t is None:
        t = {}
        for fd in desc.fields:
            entry = (fd.json_name, _build_setter(fd))
            t[fd.json_name] = entry
            t[fd.name] = entry
        _IN_TABLES[desc.full_name] = t
    return t


def parse_into(msg: Any, d: dict[str, Any], strict: bool) -> None:
    _parse_with(msg, d, strict, _table(msg.DESCRIPTOR))


def _parse_with(msg: Any, d: dict[str, Any], strict: bool, table: dict[str, tuple[str, _Setter]]) -> None:
    for k, v in d.items():
        e = table.get(k)
        if e is None:
            if strict:
                raise ParseError(f"unknown field {k!r} in {msg.DESCRIPTOR.full_name}", k)
            continue
        try:
            e[1](msg, v, strict)
        except ParseError as err:
            raise ParseError(str(err), f"{e[0]}.{err.field}") from None
        except (TypeError, ValueError, OverflowError) as err:
            raise ParseError(f"field {e[0]!r}: {err}", e[0]) from None


_M = TypeVar("_M", bound=Message)


def parse_dict(d: Any, msg: _M, *, strict: bool = False) -> _M:
    """Fill `msg` from proto3 JSON `d` (a dict); raises `DecodeError` naming the bad field."""
    if not isinstance(d, dict):
        raise DecodeError(f"expected a JSON object for {msg.DESCRIPTOR.full_name}, got {type(d).__name__}")
    try:
        parse_into(msg, d, strict)
    except ParseError as err:
        raise DecodeError(str(err), field=err.field) from None
    return msg


__all__ = [
    "DecodeError",
    "ParseError",
    "parse_dict",
    "parse_into",
    "set_value",
]
