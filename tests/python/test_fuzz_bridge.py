"""Fuzzing a real running bridge server (python -m elizaos_interop.bridge_server) over a real pipe: random
bytes, random JSON, requests with wrong field types and mutated valid lines (JSON framing), then random and
mutated frames and oversized frames (binary framing after `hello`). After every input a probe request must be
answered: the server answers `error` envelopes (or stays silent for what needs no answer), never dies, never
mixes anything but protocol messages into stdout, and a valid call still succeeds after the barrage."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

import orjson
import pytest
from google.protobuf.message import DecodeError as PbDecodeError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reliability_fixtures.figures import record, reliability_figures, reliability_session
from reliability_fixtures.raw import RawServer, invoke_envelope, invoke_line
from strategies import envelope_bytes, json_values, mutated, typed_requests, valid_lines

from elizaos_interop.wire import codec, framing
from elizaos_interop.wire.messages import Envelope

__all__ = ["reliability_figures", "reliability_session"]

pytestmark = pytest.mark.timeout(180)

MAX = 65536
FUZZ = settings(
    max_examples=800,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
    database=None,
)
#: Answers the server may write: responses to requests and `error`.
ANSWER_TYPES = {
    "error",
    "action.result",
    "validate.result",
    "provider.result",
    "evaluator.result",
    "model.result",
    "service.result",
    "route.result",
    "db.result",
    "manifest.result",
    "plugin.init.result",
}
#: Messages that legitimately change the session (stop it, switch framing): kept out of the barrage.
SESSION_TYPES = {"shutdown", "hello"}


class Barrage:
    def __init__(self, server: RawServer, binary: bool) -> None:
        self.server = server
        self.binary = binary
        self.ids = itertools.count()
        self.inputs = 0
        self.errors: dict[str, int] = {}
        self.results = 0
        self.silent = 0

    def _answer(self, obj: dict[str, Any]) -> str:
        t = obj.get("type")
        assert t in ANSWER_TYPES, obj
        if t == "error":
            code = obj.get("details", {}).get("code")
            assert isinstance(code, str), obj
            assert obj.get("error"), obj
            self.errors[code] = self.errors.get(code, 0) + 1
        else:
            self.results += 1
        rid = obj.get("id", "")
        return rid if isinstance(rid, str) else ""

    def _read(self) -> dict[str, Any]:
        if self.binary:
            env = self.server.frame(timeout=30)
            return codec.envelope_to_dict(env)
        return self.server.line(timeout=30)

    def exchange(self, payload: bytes) -> None:
        """Sends `payload`, then a probe; every answer before the probe's must be an answer type."""
        self.inputs += 1
        probe = f"probe-{next(self.ids)}"
        before = sum(self.errors.values()) + self.results
        if self.binary:
            self.server.send(payload + framing.frame(invoke_envelope(probe, "probe").SerializeToString()))
        else:
            self.server.send(payload + b"\n" + invoke_line(probe, "probe"))
        while True:
            obj = self._read()
            if self._answer(obj) == probe:
                assert obj["type"] == "action.result", obj
                assert obj["result"]["text"] == "echo: probe"
                break
        if sum(self.errors.values()) + self.results - before == 1:
            self.silent += 1

    def figures(self) -> dict[str, int]:
        return {
            "cases tried": self.inputs,
            "error answers": sum(self.errors.values()) - 0,
            "result answers (valid garbage)": self.results - self.inputs,
            "silent inputs": self.silent,
            **{f"code {k}": v for k, v in sorted(self.errors.items())},
        }


def _sanitize_json(payload: bytes) -> bytes:
    """Drops lines that would legitimately end the session or switch framing, and probe-like ids."""
    keep = []
    for piece in payload.replace(b"probe-", b"prob3-").split(b"\n"):
        try:
            obj = orjson.loads(piece)
        except orjson.JSONDecodeError:
            keep.append(piece)
            continue
        if isinstance(obj, dict) and isinstance(obj.get("type"), str) and obj["type"] in SESSION_TYPES:
            continue
        keep.append(piece)
    return b"\n".join(keep)


def _sanitize_frame(payload: bytes) -> bytes:
    payload = payload.replace(b"probe-", b"prob3-")
    try:
        kind = Envelope.FromString(payload).WhichOneof("body")
    except PbDecodeError:
        return payload
    return b"" if kind in ("shutdown", "hello") else payload


@pytest.fixture(scope="module")
def json_barrage() -> Iterator[Barrage]:
    server = RawServer("--max-message-bytes", str(MAX))
    try:
        assert server.line(timeout=60)["type"] == "ready"
        b = Barrage(server, binary=False)
        yield b
        record("test_fuzz_bridge::json framing", **b.figures())
        assert server.proc.poll() is None, "the server died during the barrage"
        b.exchange(b'{"type":"manifest.get","id":"m"}')  # a valid call after the barrage
        assert server.close() == 0
    finally:
        if server.proc.poll() is None:
            server.proc.kill()
            server.proc.wait(5)


@pytest.fixture(scope="module")
def binary_barrage() -> Iterator[Barrage]:
    server = RawServer("--max-message-bytes", str(MAX))
    try:
        assert server.line(timeout=60)["type"] == "ready"
        server.send(b'{"type":"hello","id":"h","protocolVersion":1,"framing":"FRAMING_PROTOBUF"}\n')
        res = server.line(timeout=30)
        assert res["type"] == "hello.result"
        assert res["accepted"] is True
        b = Barrage(server, binary=True)
        yield b
        record("test_fuzz_bridge::binary framing", **b.figures())
        assert server.proc.poll() is None, "the server died during the barrage"
        b.exchange(b"")
        assert server.close() == 0
    finally:
        if server.proc.poll() is None:
            server.proc.kill()
            server.proc.wait(5)


# ---------------------------------------------------------------------------------------- JSON lines


@FUZZ
@given(
    st.one_of(
        st.binary(max_size=200),
        json_values.map(orjson.dumps),
        typed_requests().map(orjson.dumps),
        mutated(valid_lines),
    )
)
def test_json_barrage_is_answered_and_survived(json_barrage: Barrage, payload: bytes) -> None:
    json_barrage.exchange(_sanitize_json(payload))


def test_oversized_and_deep_json_lines(json_barrage: Barrage) -> None:
    """Oversized lines (with and without an id), 250-deep nesting and non-UTF-8 are answered."""
    big = b'{"type":"action.invoke","id":"big","memory":{"content":{"text":"' + b"x" * (2 * MAX) + b'"}}}'
    before = json_barrage.errors.get("TOO_LARGE", 0)
    json_barrage.exchange(big)
    json_barrage.exchange(b"y" * (3 * MAX))
    assert json_barrage.errors.get("TOO_LARGE", 0) == before + 2
    json_barrage.exchange(
        b'{"type":"action.invoke","id":"d","action":"echo","options":' + b"[" * 250 + b"]" * 250 + b"}"
    )
    json_barrage.exchange(b'{"type":"action.invoke","id":"\xff\xfe","action":"echo"}')
    json_barrage.exchange(b"\x00" * 100)


# --------------------------------------------------------------------------------------------- frames


@FUZZ
@given(st.one_of(st.binary(max_size=200), mutated(envelope_bytes)))
def test_binary_barrage_is_answered_and_survived(binary_barrage: Barrage, payload: bytes) -> None:
    binary_barrage.exchange(framing.frame(_sanitize_frame(payload)))


def test_oversized_frames_are_skipped(binary_barrage: Barrage) -> None:
    before = binary_barrage.errors.get("TOO_LARGE", 0)
    env = invoke_envelope("huge", "x" * (2 * MAX))
    binary_barrage.exchange(framing.frame(env.SerializeToString()))
    binary_barrage.exchange(framing.frame(b"\0" * (MAX + 1)))
    assert binary_barrage.errors.get("TOO_LARGE", 0) == before + 2
    binary_barrage.exchange(framing.frame(b""))


# ------------------------------------------------------------------------- regression tests (bugs found here)


@pytest.mark.timeout(60)
def test_deeply_nested_line_is_answered_with_an_error() -> None:
    """(Was: RecursionError inside Session.on_message, and no answer at all.)"""
    server = RawServer()
    try:
        assert server.line(timeout=60)["type"] == "ready"
        depth = 700
        server.send(
            b'{"type":"action.invoke","id":"deep","options":{"k":' + b"[" * depth + b"]" * depth + b"}}\n"
        )
        server.send(invoke_line("after"))
        first = server.line(timeout=30)
        assert first.get("id") == "deep", f"no answer for the deep request; first answer: {first}"
        assert first["type"] == "error"
    finally:
        server.proc.kill()
        server.proc.wait(5)


@pytest.mark.timeout(60)
def test_hello_after_the_switch_is_answered_in_binary() -> None:
    """(Was: answered with a JSON line in the middle of the binary stream, desynchronising the host.)"""
    server = RawServer()
    try:
        assert server.line(timeout=60)["type"] == "ready"
        server.send(b'{"type":"hello","id":"h","protocolVersion":1,"framing":"FRAMING_PROTOBUF"}\n')
        assert server.line(timeout=30)["type"] == "hello.result"
        env = Envelope()
        h = env.hello
        h.type, h.id, h.protocol_version, h.framing = "hello", "h2", 1, framing.PROTOBUF
        server.send(framing.frame(env.SerializeToString()))
        server.send(framing.frame(invoke_envelope("after").SerializeToString()))
        answer = server.frame(timeout=3)  # a JSON line here reads as a ~2 GB frame length: times out
        assert answer.WhichOneof("body") == "hello_result"
        assert answer.hello_result.accepted
        assert answer.hello_result.framing == framing.PROTOBUF
        after = server.frame(timeout=10)
        assert after.WhichOneof("body") == "action_result", after
        assert after.action_result.id == "after"
    finally:
        server.proc.kill()
        server.proc.wait(5)
