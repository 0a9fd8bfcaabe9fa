"""Golden envelope vectors (tests/vectors/envelopes): Python decodes and re-encodes them byte-identically."""

from __future__ import annotations

import json
import pathlib
import subprocess
import sys

import pytest
from google.protobuf import json_format

from elizaos_interop.v1 import protocol_pb2

VECTORS = pathlib.Path(__file__).resolve().parents[1] / "vectors" / "envelopes"
NAMES = sorted(p.stem for p in VECTORS.glob("*.binpb"))


def test_vectors_cover_every_envelope_kind() -> None:
    kinds = {f.name for f in protocol_pb2.Envelope.DESCRIPTOR.oneofs_by_name["body"].fields}
    envelopes = [protocol_pb2.Envelope.FromString((VECTORS / f"{n}.binpb").read_bytes()) for n in NAMES]
    seen = {env.WhichOneof("body") for env in envelopes}
    assert kinds == seen


def test_vectors_are_current() -> None:
    gen = VECTORS.parent / "generate_envelopes.py"
    proc = subprocess.run([sys.executable, str(gen), "--check"], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.parametrize("name", NAMES)
def test_binary_round_trip_is_byte_identical(name: str) -> None:
    data = (VECTORS / f"{name}.binpb").read_bytes()
    env = protocol_pb2.Envelope.FromString(data)
    assert env.SerializeToString(deterministic=True) == data


@pytest.mark.parametrize("name", NAMES)
def test_json_decodes_to_the_same_bytes_and_re_encodes_equal(name: str) -> None:
    text = json.loads((VECTORS / f"{name}.json").read_text())
    env = json_format.ParseDict(text, protocol_pb2.Envelope())
    assert env.SerializeToString(deterministic=True) == (VECTORS / f"{name}.binpb").read_bytes()
    assert json_format.MessageToDict(env) == text
