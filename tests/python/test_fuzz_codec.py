"""Fuzzing the IPC readers in process (hypothesis): the JSON-line codec, the binary Envelope decoder, the
sans-IO `FrameDecoder` and the host's connection reader (`IpcSession`), fed random bytes, random JSON, mutated
valid lines and frames (truncations, bit flips, inserted and deleted bytes, non-UTF-8), wrong types for
fields, huge length prefixes and deep nesting. They may only answer with a message or the documented typed
errors, never hang, and recover the request id whenever the input names one.

The bridge server fed the same inputs over a real pipe: test_fuzz_bridge.py. Bugs found here keep a regression
test at the end of this file."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import orjson
import pytest
from google.protobuf.message import DecodeError as PbDecodeError
from hypothesis import given
from hypothesis import strategies as st
from reliability_fixtures.figures import record, reliability_figures, reliability_session
from strategies import MANY, SOME, envelope_bytes, json_values, mutated, typed_requests, valid_lines

from elizaos_interop.errors import InteropError, MessageTooLargeError, ProtocolError
from elizaos_interop.paths.ipc.limits import IpcLimits
from elizaos_interop.paths.ipc.session import IpcSession
from elizaos_interop.wire import codec, framing
from elizaos_interop.wire.framing import BufferOverflowError, FrameDecoder, Oversized
from elizaos_interop.wire.messages import Envelope

__all__ = ["reliability_figures", "reliability_session"]

pytestmark = pytest.mark.timeout(180)

def check_decode(line: bytes) -> str:
    """decode_line answers an Envelope with a body, or DecodeError naming a protocol code; "ok" / the code."""
    error: codec.DecodeError | None = None
    try:
        env = codec.decode_line(line)
    except codec.DecodeError as err:
        error = err
    if error is not None:
        assert error.code in ("MALFORMED", "UNKNOWN_TYPE"), error.code
        assert isinstance(error.request_id, str)
        assert str(error)
        try:
            parsed = orjson.loads(line)
        except orjson.JSONDecodeError:
            parsed = None
        if isinstance(parsed, dict) and isinstance(parsed.get("id"), str):
            assert error.request_id == parsed["id"], (error.request_id, parsed["id"])
        return error.code
    kind = env.WhichOneof("body")
    assert kind is not None
    # What decodes re-encodes, and decodes again to the same message.
    again = codec.decode_line(codec.encode_line(env))
    assert again.SerializeToString(deterministic=True) == env.SerializeToString(deterministic=True)
    return "ok"


_outcomes: dict[str, dict[str, int]] = {}


def _count(test: str, outcome: str) -> None:
    row = _outcomes.setdefault(test, {})
    row[outcome] = row.get(outcome, 0) + 1


@pytest.fixture(autouse=True)
def _figures(request: pytest.FixtureRequest) -> Iterator[None]:
    name = request.node.name
    _outcomes.pop(name, None)
    yield
    row = _outcomes.get(name, {})
    if row:
        record(f"test_fuzz_codec::{name}", **{"cases tried": sum(row.values())}, **row)


# ----------------------------------------------------------------------------------------- JSON codec


@MANY
@given(st.binary(max_size=300))
def test_random_bytes_decode_or_raise_decode_error(data: bytes) -> None:
    _count("test_random_bytes_decode_or_raise_decode_error", check_decode(data))


@MANY
@given(json_values)
def test_random_json_decodes_or_raises_decode_error(value: Any) -> None:
    _count("test_random_json_decodes_or_raises_decode_error", check_decode(orjson.dumps(value)))


@MANY
@given(typed_requests())
def test_wrong_field_types_are_decode_errors_naming_the_id(d: dict[str, Any]) -> None:
    _count("test_wrong_field_types_are_decode_errors_naming_the_id", check_decode(orjson.dumps(d)))


@MANY
@given(mutated(valid_lines))
def test_mutated_valid_lines_decode_or_raise_decode_error(line: bytes) -> None:
    _count("test_mutated_valid_lines_decode_or_raise_decode_error", check_decode(line))


@SOME
@given(
    st.integers(0, 250),
    st.sampled_from(["list", "object", "mixed"]),
    st.sampled_from(["options", "memory", "params", "state"]),
)
def test_nesting_up_to_250_levels_decodes_or_raises_decode_error(depth: int, shape: str, where: str) -> None:
    """Up to 250 levels the codec decodes, or refuses past MAX_JSON_VALUE_DEPTH with MALFORMED (see the
    regression tests at the end of this file)."""
    if shape == "list":
        inner = b"[" * depth + b"1" + b"]" * depth
    elif shape == "object":
        inner = b'{"a":' * depth + b"1" + b"}" * depth
    else:
        inner = b'{"a":[' * (depth // 2) + b"1" + b"]}" * (depth // 2)
    line = b'{"type":"action.invoke","id":"deep","action":"echo","' + where.encode() + b'":' + inner + b"}"
    outcome = check_decode(line)
    _count("test_nesting_up_to_250_levels_decodes_or_raises_decode_error", outcome)
    if outcome != "ok":
        assert outcome == "MALFORMED"


# --------------------------------------------------------------------------------------- binary codec




def check_binary(data: bytes) -> str:
    """What a binary-framing reader does with one frame: an Envelope with a body, or a typed refusal."""
    rid = framing.recover_id_protobuf(data[:1024])
    assert isinstance(rid, str)
    try:
        env = Envelope.FromString(data)
    except PbDecodeError:
        return "undecodable"
    return "ok" if env.WhichOneof("body") is not None else "no body"


@MANY
@given(st.binary(max_size=300))
def test_random_frames_decode_or_raise_pb_decode_error(data: bytes) -> None:
    _count("test_random_frames_decode_or_raise_pb_decode_error", check_binary(data))


@MANY
@given(mutated(envelope_bytes))
def test_mutated_frames_decode_or_raise_pb_decode_error(data: bytes) -> None:
    _count("test_mutated_frames_decode_or_raise_pb_decode_error", check_binary(data))


@MANY
@given(envelope_bytes, st.integers(1, 1023))
def test_id_is_recovered_from_a_truncated_frame(data: bytes, cut: int) -> None:
    env = Envelope.FromString(data)
    kind = env.WhichOneof("body")
    assert kind is not None
    rid = getattr(env, kind).id
    head = data[:cut]
    got = framing.recover_id_protobuf(head)
    # Either the whole id is in the head and recovered, or nothing is (never a wrong or partial id).
    assert got in ("", rid)
    if len(head) >= len(data):
        assert got == rid
    _count("test_id_is_recovered_from_a_truncated_frame", "recovered" if got else "not in head")


# -------------------------------------------------------------------------------------- FrameDecoder


@st.composite
def streams(draw: st.DrawFn) -> tuple[int, int, list[bytes], bytes, list[int]]:
    """(framing, max_message_bytes, messages, stream bytes, chunk cut points)."""
    fr = draw(st.sampled_from([framing.JSON, framing.PROTOBUF]))
    max_msg = draw(st.integers(1, 64))
    if fr == framing.JSON:
        msgs = draw(st.lists(st.binary(max_size=100).map(lambda b: b.replace(b"\n", b" ")), max_size=12))
        stream = b"".join(m + b"\n" for m in msgs)
    else:
        msgs = draw(st.lists(st.binary(max_size=100), max_size=12))
        stream = b"".join(framing.frame(m) for m in msgs)
    cuts = sorted(draw(st.lists(st.integers(0, len(stream)), max_size=20)))
    return fr, max_msg, msgs, stream, cuts


@MANY
@given(streams())
def test_frame_decoder_reassembles_any_chunking_and_skips_oversized(
    s: tuple[int, int, list[bytes], bytes, list[int]],
) -> None:
    fr, max_msg, msgs, stream, cuts = s
    dec = FrameDecoder(max_msg, 1 << 20, fr)
    got: list[bytes | Oversized] = []
    prev = 0
    for cut in [*cuts, len(stream)]:
        dec.feed(stream[prev:cut])
        prev = cut
        for _ in range(len(stream) + 2):  # never loops forever: each next() consumes or returns None
            item = dec.next()
            if item is None:
                break
            got.append(item)
        else:
            raise AssertionError("FrameDecoder.next() did not return None")
        assert dec.buffered() <= max_msg + 4 + 1
    assert dec.next() is None
    assert len(got) == len(msgs), (got, msgs)
    for m, g in zip(msgs, got, strict=True):
        if len(m) <= max_msg:
            assert g == m
        else:
            assert isinstance(g, Oversized)
            assert g.framing == fr
            # (JSON: the head may run past the line's end, see the known bug below)
            assert g.head[: len(m)] == m[: len(g.head)]
            assert g.size == len(m) if fr == framing.PROTOBUF else max_msg < g.size <= len(m)
    _count("test_frame_decoder_reassembles_any_chunking_and_skips_oversized", f"messages {len(msgs)}")


@MANY
@given(
    st.sampled_from([framing.JSON, framing.PROTOBUF]),
    st.lists(st.binary(max_size=200), max_size=10),
    st.integers(1, 300),
    st.integers(1, 300),
)
def test_frame_decoder_on_garbage_returns_or_raises_buffer_overflow(
    fr: int, chunks: list[bytes], max_msg: int, max_buf: int
) -> None:
    """Random bytes, including huge length prefixes: only messages, Oversized markers, None, or
    BufferOverflowError (a ProtocolError), and never more than the limits buffered."""
    dec = FrameDecoder(max_msg, max_buf, fr)
    outcome = "ok"
    overflow: BufferOverflowError | None = None
    try:
        for chunk in chunks:
            dec.feed(chunk)
            for _ in range(len(chunk) + 2):
                item = dec.next()
                if item is None:
                    break
                assert isinstance(item, (bytes, Oversized))
                if isinstance(item, bytes):
                    assert len(item) <= max_msg
            else:
                raise AssertionError("FrameDecoder.next() did not return None")
            assert dec.buffered() <= max(max_msg, max_buf) + 4
    except BufferOverflowError as err:
        overflow = err
        outcome = "overflow"
    if overflow is not None:
        assert isinstance(overflow, ProtocolError)
    _count("test_frame_decoder_on_garbage_returns_or_raises_buffer_overflow", outcome)


def test_huge_length_prefix_is_skipped_without_buffering() -> None:
    dec = FrameDecoder(1024, 4096, framing.PROTOBUF)
    dec.feed(b"\xff\xff\xff\xff" + b"\x0a\x02\x12\x00")
    item = dec.next()
    assert isinstance(item, Oversized)
    assert item.size == 0xFFFFFFFF
    skipped = 0
    while skipped < 64 * 1024 * 1024:  # 64 MiB of the 4 GiB frame, in 1 MiB chunks: nothing is kept
        dec.feed(b"\0" * (1 << 20))
        skipped += 1 << 20
        assert dec.next() is None
        assert dec.buffered() == 0
    _count("test_huge_length_prefix_is_skipped_without_buffering", "MiB skipped")
    record("test_fuzz_codec::test_huge_length_prefix_is_skipped_without_buffering", **{"MiB skipped": 64})


# ------------------------------------------------------------------------------ host connection reader


@pytest.fixture(scope="module")
def loop() -> Iterator[asyncio.AbstractEventLoop]:
    lp = asyncio.new_event_loop()
    yield lp
    lp.close()


READY = (
    b'{"type":"ready","protocolVersion":1,"manifest":{"name":"fuzz"},"framings":["FRAMING_JSON",'
    b'"FRAMING_PROTOBUF"]}\n'
)


def probe_link(loop: asyncio.AbstractEventLoop, garbage: list[bytes], binary: bool) -> str:
    """A host link (the reader of a plugin's output) fed `garbage` after `ready`: nothing escapes
    data_received, the pending call named by a garbage line ends with a typed error, and a valid answer
    after the garbage completes its call."""

    async def run() -> str:
        link = IpcSession("fuzz", IpcLimits(max_message_bytes=4096, max_buffer_bytes=1 << 20))
        link.data_received(READY)
        assert link.ready.done()
        if binary:
            link.binary = True
            link.decoder.framing = framing.PROTOBUF
        lp = asyncio.get_running_loop()
        victim: asyncio.Future[Envelope] = lp.create_future()
        probe: asyncio.Future[Envelope] = lp.create_future()
        link.pending["victim"] = victim
        link.pending["probe"] = probe
        for chunk in garbage:
            link.data_received(chunk)
        if binary:
            env = Envelope()
            r = env.action_result
            r.type, r.id, r.result.text = "action.result", "probe", "fine"
            tail = framing.frame(env.SerializeToString())
            # A frame the garbage started (or a lying length prefix) still waits for its bytes: finish it with
            # zeros when that is cheap; a length-prefixed stream cannot resynchronise otherwise.
            for _ in range(4):
                dec = link.decoder
                if dec._discard:
                    need = dec._discard
                else:
                    have = dec.buffered()
                    if not have:
                        break
                    head = bytes(dec._buf[dec._pos : dec._pos + 4]).ljust(4, b"\0")
                    need = 4 + int.from_bytes(head, "big") - have
                if need > 65536:
                    return "desynchronised by a huge length prefix"
                link.data_received(b"\0" * need)
        else:
            tail = b'\n{"type":"action.result","id":"probe","result":{"text":"fine"}}\n'
        link.data_received(tail)
        if link.dead is not None:
            assert isinstance(link.dead, InteropError)
            return "connection dropped"
        assert probe.done(), "a valid answer after garbage must complete its call"
        res = probe.result()
        assert res.action_result.result.text == "fine"
        if victim.done():
            exc = victim.exception()
            assert exc is None or isinstance(exc, (ProtocolError, MessageTooLargeError)), exc
            return "victim failed" if exc else "victim answered"
        return "ok"

    return loop.run_until_complete(run())


@MANY
@given(st.lists(st.one_of(st.binary(max_size=200), mutated(valid_lines)), max_size=6))
def test_host_reader_survives_garbage_json(loop: asyncio.AbstractEventLoop, garbage: list[bytes]) -> None:
    garbage = [g.replace(b'"probe"', b'"p"') + (b"\n" if len(g) % 2 else b"") for g in garbage]
    _count("test_host_reader_survives_garbage_json", probe_link(loop, garbage, binary=False))


@SOME
@given(
    st.lists(
        st.one_of(
            st.binary(max_size=200).map(framing.frame),
            mutated(envelope_bytes).map(framing.frame),
            st.binary(max_size=64),
        ),
        max_size=6,
    )
)
def test_host_reader_survives_garbage_frames(loop: asyncio.AbstractEventLoop, garbage: list[bytes]) -> None:
    garbage = [g.replace(b"probe", b"p0000") for g in garbage]
    _count("test_host_reader_survives_garbage_frames", probe_link(loop, garbage, binary=True))


# ------------------------------------------------------------------------- regression tests (bugs found here)


def test_nesting_between_331_and_1024_levels_is_a_decode_error() -> None:
    """(Was a RecursionError: orjson accepts 1024 levels, Struct/ListValue.update recurse in Python.)"""
    depth = 700
    line = b'{"type":"action.invoke","id":"deep","options":{"k":' + b"[" * depth + b"1" + b"]" * depth + b"}}"
    with pytest.raises(codec.DecodeError) as err:
        codec.decode_line(line)
    assert err.value.request_id == "deep"
    assert err.value.code == "MALFORMED"
    assert "nests more than" in str(err.value)


def _deep_params(json_levels: int) -> bytes:
    """A model.invoke whose `params` Struct holds a value nesting `json_levels` arrays/objects deep."""
    inner = json_levels - 1  # the params object itself is the first level
    return b'{"type":"model.invoke","id":"deep","params":{"k":' + b"[" * inner + b"1" + b"]" * inner + b"}}"


@pytest.mark.parametrize("levels", [1, 10, codec.MAX_JSON_VALUE_DEPTH])
def test_what_decodes_encodes_in_both_framings(levels: int) -> None:
    """(Was: decode_line accepted 300 levels that encode_line (orjson) and binary peers (upb's 100-message
    nesting cap) then refused.) Up to MAX_JSON_VALUE_DEPTH, a decoded message re-encodes as a JSON line and as
    protobuf bytes that decode again to the same message."""
    env = codec.decode_line(_deep_params(levels))
    assert codec.decode_line(codec.encode_line(env)) == env
    assert Envelope.FromString(env.SerializeToString()) == env


@pytest.mark.parametrize("levels", [codec.MAX_JSON_VALUE_DEPTH + 1, 50, 300])
def test_deeper_than_the_limit_is_a_decode_error_naming_the_field(levels: int) -> None:
    with pytest.raises(codec.DecodeError) as err:
        codec.decode_line(_deep_params(levels))
    assert err.value.request_id == "deep"
    assert err.value.field == "params"
    assert f"more than {codec.MAX_JSON_VALUE_DEPTH}" in str(err.value)


def test_oversized_line_head_stops_at_its_newline() -> None:
    dec = FrameDecoder(64, 1 << 20, framing.JSON)
    dec.feed(b'{"type":"action.invoke","memory":{"content":{"text":"' + b"x" * 64 + b'"}}}\n')
    dec.feed(b'{"type":"action.invoke","id":"innocent"}\n')
    item = dec.next()
    assert isinstance(item, Oversized)
    assert codec.recover_id_json(item.head) == ""  # the oversized line has no id; "innocent" is the next line
