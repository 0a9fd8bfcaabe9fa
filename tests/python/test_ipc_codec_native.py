"""The JSON-line codec's native fast path (rust-ext/src/json.rs) answers exactly as the Python codec does
whenever it answers, and answers for the lines every implementation writes on the hot path.

Differential: each input goes through both `_native.json_decode_line` / `json_encode_envelope` and the
Python codec (`decode_line_python` / `encode_line_python`). A fast answer must equal the Python one; where
the Python codec refuses, the fast path must not answer (it returns None; `decode_line` lets the Python
codec raise)."""

from __future__ import annotations

from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from strategies import envelopes, json_values, mutated, typed_requests, valid_lines

from elizaos_interop import _native
from elizaos_interop.errors import ProtocolError
from elizaos_interop.wire import codec
from elizaos_interop.wire.messages import Envelope

MANY = settings(
    max_examples=600,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    database=None,
)


def _pb(env: Envelope) -> bytes:
    return env.SerializeToString(deterministic=True)


def check_decode(line: bytes) -> bool:
    """Whether the fast path answered; fails when its answer is not the Python codec's."""
    fast = _native.json_decode_line(line)
    try:
        ref: Envelope | None = codec.decode_line_python(line)
    except codec.DecodeError:
        ref = None
    if fast is not None:
        assert ref is not None, f"the fast path accepted a line the Python codec refuses: {line!r}"
        assert _pb(Envelope.FromString(fast)) == _pb(ref), line
        assert _pb(codec.decode_line(line)) == _pb(ref)
    return fast is not None


def check_encode(env: Envelope) -> bool:
    fast = _native.json_encode_envelope(env.SerializeToString())
    try:
        ref: bytes | None = codec.encode_line_python(env)
    except (ValueError, TypeError, ProtocolError):
        ref = None
    if fast is not None:
        assert ref is not None, f"the fast path encoded an Envelope the Python codec refuses: {env}"
        assert fast.endswith(b"\n")
        assert fast.count(b"\n") == 1
        # The same message (float32 values may be spelled differently, e.g. 1e-45 and 1.4013e-45: both are the
        # shortest text of that float32 by different rules, and both read back as it).
        assert _pb(codec.decode_line_python(fast)) == _pb(codec.decode_line_python(ref))
        assert _pb(codec.decode_line_python(codec.encode_line(env))) == _pb(codec.decode_line_python(fast))
    return fast is not None


def test_the_extension_provides_the_fast_path() -> None:
    assert codec.BACKEND == "native+python"


@MANY
@given(envelopes())
def test_random_envelopes_encode_and_decode_as_the_python_codec_does(env: Envelope) -> None:
    check_encode(env)
    check_decode(codec.encode_line_python(env))


@MANY
@given(valid_lines)
def test_valid_lines_decode_as_the_python_codec_does(line: bytes) -> None:
    check_decode(line)


@MANY
@given(mutated(valid_lines))
def test_mutated_lines_are_never_accepted_differently(line: bytes) -> None:
    check_decode(line)


@MANY
@given(typed_requests())
def test_random_typed_objects_are_never_accepted_differently(d: dict[str, Any]) -> None:
    if "type" in d:  # the fast path reads only lines whose first field is `type`
        d = {"type": d.pop("type"), **d}
    check_decode(orjson.dumps(d))


@MANY
@given(json_values)
def test_random_json_is_never_accepted_differently(value: Any) -> None:
    check_decode(orjson.dumps(value))


def _deep(levels: int) -> bytes:
    """An action.invoke whose options Struct nests `levels` arrays/objects deep (the Struct is level 1)."""
    inner = "[" * (levels - 1) + "1" + "]" * (levels - 1)
    return ('{"type":"action.invoke","id":"d","action":"a","options":{"k":' + inner + "}}").encode()


@pytest.mark.parametrize(
    "line",
    [
        b'{"type":"action.invoke","id":"1","action":"a","action":"b"}',  # duplicate field: the last wins
        b'{"type":"action.invoke","id":"1","type":"action.result"}',  # duplicate type
        b'{"type":"action.invoke","id":"1","unknownField":{"x":1}}',  # unknown fields are ignored
        b'{"type":"action.invoke","id":"1","options":{"big":100000000000000000000000}}',
        b'{"type":"action.invoke","id":"1","options":{"n":null},"memory":null}',
        b'{"type":"action.invoke","id":"1","options":{"n":1e400}}',
        b'{"type":"action.invoke","id":"1","memory":{"createdAt":"1e2","embedding":["NaN",1,"2.5"]}}',
        b'{"type":"action.invoke","id":"1","memory":{"createdAt":1.5}}',
        b'{"type":"action.invoke","id":"\\ud800"}',
        b'{"type":"action.invoke","id":"1"} trailing',
        b'{"type":"action.invoke","id":"1","memory":{"content":{"text":"\xff"}}}',
        b'{"type":"act\\u0069on.invoke","id":"1"}',
        b'{"id":"1","type":"action.invoke"}',
        b'{"type":"no.such.type","id":"1"}',
        b'{"type":"hello","id":"h","framing":"FRAMING_PROTOBUF","protocolVersion":1}',
        b'{"type":"hello","id":"h","framing":7}',
        b'{"type":"db.call","id":"1","method":"m","params":{"embedding":[0.1,0.2,0.30000001192092896]}}',
        b'{"type":"action.result","id":"1","result":{"success":true,"data":{"bytes":"AAEC"}}}',
        _deep(30),
        _deep(31),
        _deep(32),
        _deep(33),
    ],
)
def test_edge_lines_are_decoded_as_the_python_codec_does(line: bytes) -> None:
    check_decode(line)


@pytest.mark.parametrize(
    "line",
    [  # what the Python, TypeScript and Rust implementations write on the hot path
        b'{"type":"action.invoke","id":"17","action":"ECHO","memory":{"entityId":"e","content":{"text":"hi"},'
        b'"roomId":"r"},"options":{"n":1,"s":"x"}}',
        b'{"type":"action.result","id":"17","result":{"success":true,"text":"hi","data":{"k":[1,2]}}}',
        b'{"type":"provider.get","id":"3","provider":"p","memory":{"content":{"text":"hi"}}}',
        b'{"type":"provider.result","id":"3","result":{"text":"t","values":{"a":"b"}}}',
        b'{"type":"db.result","id":"4","result":{"id":"x"}}',
        b'{"type":"error","id":"5","error":"boom","details":{"code":"HANDLER_ERROR"}}',
        _deep(30),
    ],
)
def test_the_fast_path_answers_for_hot_path_lines(line: bytes) -> None:
    assert check_decode(line)
    assert check_encode(codec.decode_line_python(line))


def test_lines_the_fast_path_leaves_to_the_python_codec() -> None:
    for line in (
        b'{"id":"1","type":"action.invoke"}',  # type not first
        b'{"type":"action.invoke","id":"1","options":{"n":null}}',  # null
        _deep(33),  # deeper than MAX_JSON_VALUE_DEPTH in the whole line
        b'{"type":"action.invoke","id":"1","action":"a","action":"b"}',  # duplicate field
    ):
        assert _native.json_decode_line(line) is None
        check_decode(line)
    plain = Envelope()
    plain.db_call.type, plain.db_call.id = "db.call", "1"
    plain.db_call.params.update({"v": [1.0]})
    m = Envelope()
    m.action_invoke.id = "2"  # no type: the Python codec fills it in
    m.action_invoke.memory.embedding.append(float("nan"))
    assert _native.json_encode_envelope(m.SerializeToString()) is None
    assert orjson.loads(codec.encode_line(m))["type"] == "action.invoke"
    assert orjson.loads(codec.encode_line(m))["memory"]["embedding"] == ["NaN"]
    assert check_encode(plain)  # the same call without what the fast path leaves to Python
