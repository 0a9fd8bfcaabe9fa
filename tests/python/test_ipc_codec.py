"""The IPC codec agrees with google.protobuf.json_format (hypothesis, over random Memory, State, ActionResult
and
every Envelope kind) and reports bad lines with typed errors."""

from __future__ import annotations

import struct
import time
from typing import Any

import pytest
from google.protobuf import json_format
from google.protobuf.descriptor import FieldDescriptor
from google.protobuf.message import Message
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from elizaos_interop.ipc import codec
from elizaos_interop.model import ActionResult, Envelope, Memory, State
from elizaos_interop.v1 import components_pb2, ipc_pb2

TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=12)
JSON_LEAF = st.none() | st.booleans() | TEXT | st.floats(allow_nan=False, allow_infinity=False, width=64)
JSON = st.recursive(
    JSON_LEAF, lambda c: st.lists(c, max_size=3) | st.dictionaries(TEXT, c, max_size=3), max_leaves=8
)
F32 = st.floats(allow_nan=False, width=32)

INT_RANGES = {
    FieldDescriptor.TYPE_INT32: (-(2**31), 2**31 - 1),
    FieldDescriptor.TYPE_SINT32: (-(2**31), 2**31 - 1),
    FieldDescriptor.TYPE_SFIXED32: (-(2**31), 2**31 - 1),
    FieldDescriptor.TYPE_UINT32: (0, 2**32 - 1),
    FieldDescriptor.TYPE_FIXED32: (0, 2**32 - 1),
    FieldDescriptor.TYPE_INT64: (-(2**63), 2**63 - 1),
    FieldDescriptor.TYPE_SINT64: (-(2**63), 2**63 - 1),
    FieldDescriptor.TYPE_SFIXED64: (-(2**63), 2**63 - 1),
    FieldDescriptor.TYPE_UINT64: (0, 2**64 - 1),
    FieldDescriptor.TYPE_FIXED64: (0, 2**64 - 1),
}


def scalar(fd: Any) -> st.SearchStrategy[Any]:
    t = fd.type
    if t in INT_RANGES:
        lo, hi = INT_RANGES[t]
        return st.integers(lo, hi)
    if t == FieldDescriptor.TYPE_FLOAT:
        return F32.map(lambda f: struct.unpack("f", struct.pack("f", f))[0])
    if t == FieldDescriptor.TYPE_DOUBLE:
        return st.floats(allow_nan=False)
    if t == FieldDescriptor.TYPE_BOOL:
        return st.booleans()
    if t == FieldDescriptor.TYPE_STRING:
        return TEXT
    if t == FieldDescriptor.TYPE_BYTES:
        return st.binary(max_size=12)
    if t == FieldDescriptor.TYPE_ENUM:
        assert fd.enum_type is not None
        return st.sampled_from([v.number for v in fd.enum_type.values])
    raise AssertionError(fd.full_name)


def is_repeated(fd: Any) -> bool:
    return bool(fd.is_repeated)


@st.composite
def fill(draw: st.DrawFn, msg: Message, depth: int) -> Message:
    desc = msg.DESCRIPTOR
    name = desc.full_name
    if name == "google.protobuf.Struct":
        msg.update(draw(st.dictionaries(TEXT, JSON, max_size=3)))  # type: ignore[attr-defined]
        return msg
    if name == "google.protobuf.Value":
        codec.set_value(msg, draw(JSON))
        return msg
    if name == "google.protobuf.ListValue":
        msg.extend(draw(st.lists(JSON, max_size=3)))  # type: ignore[attr-defined]
        return msg
    if name == "google.protobuf.Timestamp":
        msg.seconds = draw(st.integers(0, 253402300799))  # type: ignore[attr-defined]
        msg.nanos = draw(st.integers(0, 999_999_999))  # type: ignore[attr-defined]
        return msg
    for fd in desc.fields:
        if fd.containing_oneof is not None and fd.containing_oneof.name == "body":
            continue
        if not draw(st.booleans()):
            continue
        mt = fd.message_type
        if mt is not None and mt.GetOptions().map_entry:
            vfd = mt.fields_by_name["value"]
            keys = draw(st.lists(TEXT, max_size=2, unique=True))
            container = getattr(msg, fd.name)
            for k in keys:
                if vfd.message_type is not None:
                    if depth > 0:
                        draw(fill(container[k], depth - 1))
                else:
                    container[k] = draw(scalar(vfd))
        elif is_repeated(fd):
            n = draw(st.integers(0, 2))
            container = getattr(msg, fd.name)
            for _ in range(n):
                if mt is not None:
                    if depth > 0:
                        draw(fill(container.add(), depth - 1))
                else:
                    container.append(draw(scalar(fd)))
        elif mt is not None:
            if depth > 0:
                sub = getattr(msg, fd.name)
                sub.SetInParent()
                draw(fill(sub, depth - 1))
        else:
            setattr(msg, fd.name, draw(scalar(fd)))
    return msg


BODIES = [f.name for f in Envelope.DESCRIPTOR.oneofs_by_name["body"].fields]


@st.composite
def envelopes(draw: st.DrawFn) -> Envelope:
    env = Envelope()
    kind = draw(st.sampled_from(BODIES))
    body = getattr(env, kind)
    body.SetInParent()
    draw(fill(body, 3))
    body.type = codec.FIELD_TO_TYPE[kind]
    return env


def agree(msg: Message) -> None:
    ref = json_format.MessageToDict(msg)
    ours = codec.message_to_dict(msg)
    assert ours == ref
    back = codec.parse_dict(ref, type(msg)())
    assert back == msg
    assert json_format.ParseDict(ours, type(msg)()) == msg


SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.builds(Memory).flatmap(lambda m: fill(m, 3)))
def test_memory_agrees_with_json_format(msg: Memory) -> None:
    agree(msg)


@SETTINGS
@given(st.builds(State).flatmap(lambda m: fill(m, 3)))
def test_state_agrees_with_json_format(msg: State) -> None:
    agree(msg)


@SETTINGS
@given(st.builds(ActionResult).flatmap(lambda m: fill(m, 3)))
def test_action_result_agrees_with_json_format(msg: ActionResult) -> None:
    agree(msg)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(envelopes())
def test_envelope_lines_round_trip(env: Envelope) -> None:
    kind = env.WhichOneof("body")
    assert kind is not None
    agree(getattr(env, kind))
    line = codec.encode_line(env)
    assert line.endswith(b"\n")
    assert line.count(b"\n") == 1
    assert codec.decode_line(line) == env


def test_int64_and_enum_input_forms() -> None:
    d = {"name": "x", "language": 3, "interop": {"protocol": "INTEROP_PROTOCOL_IPC", "ipcPort": "7"}}
    m = codec.parse_dict(d, ipc_pb2.CrossLanguagePluginManifest())
    assert m.language == ipc_pb2.PLUGIN_LANGUAGE_PYTHON
    assert m.interop.ipc_port == 7
    mem = codec.parse_dict({"createdAt": 5, "content": {"text": "t"}}, Memory())
    mem2 = codec.parse_dict({"created_at": "5", "content": {"text": "t"}}, Memory())
    assert mem == mem2
    assert codec.message_to_dict(mem)["createdAt"] == "5"


@pytest.mark.parametrize(
    ("line", "code", "rid"),
    [
        (b"not json", "MALFORMED", ""),
        (b'{"id":"7","action":"x"}', "MALFORMED", "7"),
        (b'{"type":42,"id":"7"}', "MALFORMED", "7"),
        (b'{"type":"nope","id":"8"}', "UNKNOWN_TYPE", "8"),
        (b'{"type":"action.invoke","id":"9","memory":[]}', "MALFORMED", "9"),
        (b'{"type":"action.invoke","id":"10", "memory": {', "MALFORMED", "10"),
        (b"[]", "MALFORMED", ""),
    ],
)
def test_bad_lines_are_typed_errors(line: bytes, code: str, rid: str) -> None:
    with pytest.raises(codec.DecodeError) as ei:
        codec.decode_line(line)
    assert ei.value.code == code
    assert ei.value.request_id == rid


def test_unknown_fields_strict_names_the_field() -> None:
    with pytest.raises(codec.DecodeError) as ei:
        codec.parse_dict({"result": {"sucess": True}}, components_pb2.ActionResult(), strict=True)
    assert ei.value.field == "result"
    with pytest.raises(codec.DecodeError) as ei2:
        codec.parse_dict(
            {"interop": {"protocl": "x"}, "name": "n"}, ipc_pb2.CrossLanguagePluginManifest(), strict=True
        )
    assert ei2.value.field == "interop.protocl"


def test_codec_timings_are_reported_and_results_agree_with_json_format() -> None:
    """Prints our codec's timings next to json_format's (benches/ has the benchmark) and checks they agree."""
    env = Envelope()
    req = env.action_invoke
    req.type, req.id, req.action = "action.invoke", "42", "echo"
    req.memory.content.text = "hello world"
    req.memory.room_id = "room"
    req.options.update({"a": 1, "b": "c"})
    n = 2000

    def bench(fn: Any) -> float:
        t = time.perf_counter()
        for _ in range(n):
            fn()
        return (time.perf_counter() - t) / n * 1e6

    body = env.action_invoke
    ours = bench(lambda: codec.message_to_dict(body))
    ref = bench(lambda: json_format.MessageToDict(body))
    line = codec.encode_line(env)
    ours_in = bench(lambda: codec.decode_line(line))
    d = json_format.MessageToDict(body)
    ref_in = bench(lambda: json_format.ParseDict(d, ipc_pb2.ActionInvokeRequest()))
    print(
        f"\nto-dict ours {ours:.2f} µs vs json_format {ref:.2f} µs; "
        f"line decode ours {ours_in:.2f} µs vs ParseDict {ref_in:.2f} µs"
    )
    # Timing is reported, never asserted (benches/ measures it); what must hold is that both give the same.
    assert codec.message_to_dict(body) == json_format.MessageToDict(body)
    assert codec.decode_line(line) == env
