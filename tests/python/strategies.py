"""Hypothesis strategies shared by the codec, fuzz and native-codec tests: random JSON, typed requests, valid
and mutated JSON lines, Envelope frames, and random filled messages of every Envelope kind."""

from __future__ import annotations

import struct
from typing import Any

from google.protobuf.descriptor import FieldDescriptor
from google.protobuf.message import Message
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from elizaos_interop.wire import codec
from elizaos_interop.wire.messages import Envelope

# ------------------------------------------------------------------------------- random / mutated input

MANY = settings(
    max_examples=1000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    database=None,
)
SOME = settings(MANY, max_examples=300)

FIELDS = [
    "type", "id", "action", "memory", "content", "text", "options", "params", "config", "state", "provider",
    "method", "model", "evaluator", "targetId", "target_id", "framing", "protocolVersion", "values", "result",
    "error", "details", "success", "manifest", "entityId", "roomId", "createdAt", "embedding", "data", "x",
]  # fmt: skip
TYPES = [*codec.TYPE_TO_FIELD, "no.such.type", "", "ACTION.INVOKE"]

json_leaf = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**64 - 1),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=40),
    st.sampled_from(["NaN", "Infinity", "-Infinity", "12", "-3", "1e400", "AAEC", "FRAMING_PROTOBUF"]),
)
json_values = st.recursive(
    json_leaf,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.lists(st.tuples(st.sampled_from(FIELDS) | st.text(max_size=8), inner), max_size=4).map(dict),
    ),
    max_leaves=12,
)


@st.composite
def typed_requests(draw: st.DrawFn) -> dict[str, Any]:
    """An object with a (mostly known) `type`, an id (sometimes not a string) and random fields."""
    d: dict[str, Any] = dict(draw(st.lists(st.tuples(st.sampled_from(FIELDS), json_values), max_size=5)))
    if draw(st.booleans()):
        d["type"] = draw(st.sampled_from(TYPES))
    if draw(st.integers(0, 4)):
        d["id"] = draw(st.text(max_size=20))
    return d


def valid_line(kind: int, rid: str, text: str, n: float) -> bytes:
    env = Envelope()
    if kind == 0:
        a = env.action_invoke
        a.type, a.id, a.action = "action.invoke", rid, "echo"
        a.memory.content.text = text
        a.memory.created_at = int(n) if abs(n) < 2**62 else 0
        a.options.update({"n": n, "t": text, "l": [1, "two", None, {"k": True}]})
    elif kind == 1:
        p = env.provider_get
        p.type, p.id, p.provider = "provider.get", rid, text
    elif kind == 2:
        m = env.model_invoke
        m.type, m.id, m.model = "model.invoke", rid, "TEXT_SMALL"
        m.params.update({"prompt": text, "n": n})
    elif kind == 3:
        r = env.action_result
        r.type, r.id = "action.result", rid
        r.result.success, r.result.text = True, text
        r.result.data.update({"x": n})
    else:
        d = env.db_call
        d.type, d.id, d.method = "db.call", rid, "get_memory_by_id"
        d.params.update({"id": text, "embedding": [n, 1.0]})
    return codec.encode_line(env)[:-1]


valid_lines = st.builds(
    valid_line,
    st.integers(0, 4),
    st.text(alphabet=st.characters(codec="ascii", exclude_characters='"\\'), min_size=1, max_size=16),
    st.text(max_size=30),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
)


@st.composite
def mutated(draw: st.DrawFn, base: st.SearchStrategy[bytes]) -> bytes:
    """`base` with 1-6 random edits: truncation, bit flip, byte insert/delete/replace (incl. non-UTF-8)."""
    data = bytearray(draw(base))
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.integers(0, 4))
        n = len(data)
        i = draw(st.integers(0, max(0, n - 1)))
        if op == 0:
            del data[i:]
        elif op == 1 and n:
            data[i] ^= 1 << draw(st.integers(0, 7))
        elif op == 2:
            data[i:i] = draw(st.binary(min_size=1, max_size=8))
        elif op == 3 and n:
            del data[i : i + draw(st.integers(1, 8))]
        elif n:
            data[i] = draw(st.sampled_from([0x00, 0x80, 0xC3, 0xFF, 0xED, ord('"'), ord("{"), ord("\\")]))
    return bytes(data)


envelope_bytes = valid_lines.map(lambda line: codec.decode_line(line).SerializeToString())


# ------------------------------------------------------------------------------- filled messages

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
