"""Fast proto3-JSON codec for the interop messages, and the JSON-line form of an `Envelope`.

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

import orjson
from google.protobuf import json_format
from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.internal import type_checkers
from google.protobuf.message import Message

from elizaos_interop.v1 import protocol_pb2

from ..errors import ProtocolError

Envelope = protocol_pb2.Envelope

# The native fast path (rust-ext/src/json.rs): a JSON line from/to Envelope bytes through the Rust crate's
# proto3 JSON mapping, several times faster than the Python walk below. It answers only when its answer is
# this module's (tests/python/test_ipc_codec_native.py), and returns None otherwise: the Python code then
# decides. The extension is part of every build of the package; a source tree run without building it uses
# the Python code alone, and `BACKEND` says which is in use.
_native_decode: Callable[[bytes], bytes | None] | None
_native_encode: Callable[[bytes], bytes | None] | None
try:
    from elizaos_interop._native import json_decode_line as _native_decode
    from elizaos_interop._native import json_encode_envelope as _native_encode
except ImportError:  # pragma: no cover - only in an unbuilt source tree
    _native_decode = _native_encode = None
#: "native+python" (the fast path first) or "python" (the extension is not built).
BACKEND = "python" if _native_encode is None else "native+python"
#: Messages up to these sizes take the fast path; longer ones are faster in Python, whose time goes to
#: orjson's SIMD string escaping and scanning (measured on the CI VM: encoding breaks even near 4 KB of
#: Envelope bytes, decoding near 16 KB of JSON).
NATIVE_ENCODE_MAX_BYTES = 4096
NATIVE_DECODE_MAX_BYTES = 16384

#: JSON `type` → Envelope body field (docs/PROTOCOL.md §1).
TYPE_TO_FIELD: dict[str, str] = {
    "plugin.init": "plugin_init",
    "plugin.init.result": "plugin_init_result",
    "action.invoke": "action_invoke",
    "action.result": "action_result",
    "action.validate": "action_validate",
    "validate.result": "validation",
    "provider.get": "provider_get",
    "provider.result": "provider_result",
    "evaluator.invoke": "evaluator_invoke",
    "evaluator.result": "evaluator_result",
    "model.invoke": "model_invoke",
    "model.result": "model_result",
    "service.start": "service_start",
    "service.stop": "service_stop",
    "service.result": "service_result",
    "route.handle": "route_handle",
    "route.result": "route_result",
    "db.call": "db_call",
    "db.result": "db_result",
    "manifest.get": "manifest_get",
    "manifest.result": "manifest_result",
    "hello": "hello",
    "hello.result": "hello_result",
    "shutdown": "shutdown",
    "shutdown.result": "shutdown_result",
    "cancel": "cancel",
    "ready": "ready",
    "log": "log",
    "error": "error",
}
#: Envelope body field → JSON `type`.
FIELD_TO_TYPE: dict[str, str] = {v: k for k, v in TYPE_TO_FIELD.items()}


class DecodeError(ProtocolError):
    """A message could not be decoded. `code` is the protocol error code (MALFORMED, UNKNOWN_TYPE,
    TOO_LARGE), `request_id` the id recovered from the input ("" when none), `field` the bad field."""

    def __init__(
        self, message: str, *, code: str = "MALFORMED", request_id: str = "", field: str | None = None
    ):
        super().__init__(message)
        self.code = code
        self.request_id = request_id
        self.field = field


# --------------------------------------------------------------------------------------------- out

_Conv = Callable[[Any], Any]
_INT64_TYPES = frozenset(
    {
        FieldDescriptor.TYPE_INT64,
        FieldDescriptor.TYPE_UINT64,
        FieldDescriptor.TYPE_SINT64,
        FieldDescriptor.TYPE_FIXED64,
        FieldDescriptor.TYPE_SFIXED64,
    }
)
_INT32_TYPES = frozenset(
    {
        FieldDescriptor.TYPE_INT32,
        FieldDescriptor.TYPE_UINT32,
        FieldDescriptor.TYPE_SINT32,
        FieldDescriptor.TYPE_FIXED32,
        FieldDescriptor.TYPE_SFIXED32,
    }
)


def _is_repeated(fd: FieldDescriptor) -> bool:
    return bool(fd.is_repeated)


def _is_map(fd: FieldDescriptor) -> bool:
    mt = fd.message_type
    return mt is not None and bool(mt.GetOptions().map_entry)


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


_FieldEntry = tuple[str, _Conv | None]
_OUT_FIELDS: dict[FieldDescriptor, _FieldEntry] = {}
_MSG_OUT: dict[str, _Conv] = {}


def _message_out_conv(desc: Descriptor) -> _Conv:
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


def _scalar_out_conv(fd: FieldDescriptor) -> _Conv | None:
    t = fd.type
    if t in _INT64_TYPES:
        return str
    if t == FieldDescriptor.TYPE_FLOAT:
        return _float_out
    if t == FieldDescriptor.TYPE_DOUBLE:
        return _double_out
    if t == FieldDescriptor.TYPE_BYTES:
        return _bytes_out
    if t == FieldDescriptor.TYPE_ENUM:
        et = fd.enum_type
        assert et is not None
        names = {v.number: v.name for v in et.values}

        def enum_out(v: int) -> Any:
            return names.get(v, v)

        return enum_out
    if t == FieldDescriptor.TYPE_MESSAGE:
        mt = fd.message_type
        assert mt is not None
        return _message_out_conv(mt)
    return None


def _map_key_out(fd: FieldDescriptor) -> _Conv | None:
    if fd.type == FieldDescriptor.TYPE_STRING:
        return None
    if fd.type == FieldDescriptor.TYPE_BOOL:
        return lambda k: "true" if k else "false"
    return str


def _build_out(fd: FieldDescriptor) -> _FieldEntry:
    if _is_map(fd):
        mt = fd.message_type
        assert mt is not None
        kconv = _map_key_out(mt.fields_by_name["key"])
        vconv = _scalar_out_conv(mt.fields_by_name["value"])

        def map_out(m: Any) -> Any:
            if kconv is None and vconv is None:
                return dict(m)
            return {(kconv(k) if kconv else k): (vconv(m[k]) if vconv else m[k]) for k in m}

        entry: _FieldEntry = (fd.json_name, map_out)
    elif _is_repeated(fd):
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


# ---------------------------------------------------------------------------------------------- in


class _ParseError(Exception):
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


def _scalar_in_conv(fd: FieldDescriptor) -> _Conv:
    t = fd.type
    if t in _INT64_TYPES or t in _INT32_TYPES:
        return _int_in
    if t in (FieldDescriptor.TYPE_FLOAT, FieldDescriptor.TYPE_DOUBLE):
        return _float_in
    if t == FieldDescriptor.TYPE_BOOL:
        return _bool_in
    if t == FieldDescriptor.TYPE_STRING:
        return _str_in
    if t == FieldDescriptor.TYPE_BYTES:
        return _bytes_in
    if t == FieldDescriptor.TYPE_ENUM:
        et = fd.enum_type
        assert et is not None
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
    raise AssertionError(f"not a scalar field: {fd.full_name}")


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


#: How deep JSON arrays/objects may nest inside one google.protobuf.Struct / Value / ListValue field.
#: Each JSON level is two protobuf messages (Value + Struct/ListValue), and protobuf decoders (upb, prost)
#: refuse more than 100 nested messages, so this keeps whatever decodes from JSON encodable in both framings
#: (orjson also refuses to encode past ~254 levels, and Struct.update recurses in Python). Deeper input is
#: MALFORMED (docs/PROTOCOL.md §2).
MAX_JSON_VALUE_DEPTH = 32


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
        _parse_into(target, v, strict)


def _build_setter(fd: FieldDescriptor) -> _Setter:
    name = fd.name
    if _is_map(fd):
        mt = fd.message_type
        assert mt is not None
        kfd, vfd = mt.fields_by_name["key"], mt.fields_by_name["value"]
        if kfd.type == FieldDescriptor.TYPE_STRING:
            kconv: _Conv = _str_in
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
    if _is_repeated(fd):
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


def _parse_into(msg: Any, d: dict[str, Any], strict: bool) -> None:
    _parse_with(msg, d, strict, _table(msg.DESCRIPTOR))


def _parse_with(msg: Any, d: dict[str, Any], strict: bool, table: dict[str, tuple[str, _Setter]]) -> None:
    for k, v in d.items():
        e = table.get(k)
        if e is None:
            if strict:
                raise _ParseError(f"unknown field {k!r} in {msg.DESCRIPTOR.full_name}", k)
            continue
        try:
            e[1](msg, v, strict)
        except _ParseError as err:
            raise _ParseError(str(err), f"{e[0]}.{err.field}") from None
        except (TypeError, ValueError, OverflowError) as err:
            raise _ParseError(f"field {e[0]!r}: {err}", e[0]) from None


_M = TypeVar("_M", bound=Message)


def parse_dict(d: Any, msg: _M, *, strict: bool = False) -> _M:
    """Fill `msg` from proto3 JSON `d` (a dict); raises `DecodeError` naming the bad field."""
    if not isinstance(d, dict):
        raise DecodeError(f"expected a JSON object for {msg.DESCRIPTOR.full_name}, got {type(d).__name__}")
    try:
        _parse_into(msg, d, strict)
    except _ParseError as err:
        raise DecodeError(str(err), field=err.field) from None
    return msg


# ------------------------------------------------------------------------------------ JSON lines


def envelope_to_dict(env: Envelope) -> dict[str, Any]:
    kind = env.WhichOneof("body")
    if kind is None:
        raise ProtocolError("empty Envelope: no body field set")
    d = message_to_dict(getattr(env, kind))
    if not d.get("type"):
        d = {"type": FIELD_TO_TYPE[kind], **d}
    return d


def encode_line(env: Envelope) -> bytes:
    """One JSON line (newline-terminated) for `env`."""
    if _native_encode is not None:
        data = env.SerializeToString()
        if len(data) <= NATIVE_ENCODE_MAX_BYTES:
            line = _native_encode(data)
            if line is not None:
                return line
    return encode_line_python(env)


def encode_line_python(env: Envelope) -> bytes:
    """`encode_line` without the native fast path (the reference the fast path is tested against)."""
    return orjson.dumps(envelope_to_dict(env), option=orjson.OPT_APPEND_NEWLINE)


_ID_RE = re.compile(rb'"id"\s*:\s*"((?:[^"\\]|\\.){0,256})"')


def recover_id_json(head: bytes) -> str:
    """The request id from the start of a (possibly truncated or malformed) JSON line, or ""."""
    m = _ID_RE.search(head[:1024])
    if m is None:
        return ""
    try:
        s = orjson.loads(b'"' + m.group(1) + b'"')
    except orjson.JSONDecodeError:
        return ""
    return s if isinstance(s, str) else ""


def dict_to_envelope(d: Any) -> Envelope:
    if not isinstance(d, dict):
        raise DecodeError(f"expected a JSON object, got {type(d).__name__}")
    rid = d.get("id")
    rid = rid if isinstance(rid, str) else ""
    t = d.get("type")
    if t is None:
        raise DecodeError("message has no 'type'", request_id=rid, field="type")
    if not isinstance(t, str):
        raise DecodeError(f"'type' must be a string, got {t!r}", request_id=rid, field="type")
    field = TYPE_TO_FIELD.get(t)
    if field is None:
        raise DecodeError(f"unknown message type {t!r}", code="UNKNOWN_TYPE", request_id=rid, field="type")
    env = Envelope()
    try:
        _parse_into(getattr(env, field), d, False)
    except _ParseError as err:
        raise DecodeError(f"bad {t!r} message: {err}", request_id=rid, field=err.field) from None
    return env


def decode_line(line: bytes | bytearray | memoryview | str) -> Envelope:
    """Parse one JSON line into an Envelope; `DecodeError` (MALFORMED / UNKNOWN_TYPE) when it cannot."""
    if _native_decode is not None and type(line) is bytes and len(line) <= NATIVE_DECODE_MAX_BYTES:
        data = _native_decode(line)
        if data is not None:
            return Envelope.FromString(data)
    return decode_line_python(line)


def decode_line_python(line: bytes | bytearray | memoryview | str) -> Envelope:
    """`decode_line` without the native fast path (the reference the fast path is tested against)."""
    try:
        d = orjson.loads(line)
    except orjson.JSONDecodeError as err:
        raw = line.encode() if isinstance(line, str) else bytes(line)
        raise DecodeError(f"not valid JSON: {err}", request_id=recover_id_json(raw)) from None
    return dict_to_envelope(d)


def body_of(env: Envelope) -> tuple[str, Any]:
    """(field name, message) of the Envelope's body."""
    kind = env.WhichOneof("body")
    if kind is None:
        raise ProtocolError("empty Envelope: no body field set")
    return kind, getattr(env, kind)


__all__ = [
    "BACKEND",
    "FIELD_TO_TYPE",
    "TYPE_TO_FIELD",
    "DecodeError",
    "body_of",
    "decode_line",
    "decode_line_python",
    "dict_to_envelope",
    "encode_line",
    "encode_line_python",
    "envelope_to_dict",
    "message_to_dict",
    "parse_dict",
    "recover_id_json",
    "set_value",
    "value_out",
]
