"""The JSON-line form of an `Envelope` (docs/PROTOCOL.md §2): encode, decode, recover a request id.

A message body converts through `proto_json` (descriptor-driven proto3 JSON); short messages take the native
fast path (rust-ext/src/json.rs) first.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import orjson

from ..errors import UNKNOWN_TYPE, ProtocolError
from .body import FIELD_TO_TYPE, TYPE_TO_FIELD, Envelope, body_of
from .constants import MAX_JSON_VALUE_DEPTH
from .json_out import message_to_dict, value_out
from .proto_json import DecodeError, ParseError, parse_dict, parse_into, set_value

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
        raise DecodeError(f"unknown message type {t!r}", code=UNKNOWN_TYPE, request_id=rid, field="type")
    env = Envelope()
    try:
        parse_into(getattr(env, field), d, False)
    except ParseError as err:
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


__all__ = [
    "BACKEND",
    "FIELD_TO_TYPE",
    "MAX_JSON_VALUE_DEPTH",
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
