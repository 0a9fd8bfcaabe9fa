"""Wire compatibility with elizaOS's own eliza.v1 schemas, as shipped compiled in the PyPI package `elizaos`.

Every message elizaOS defines in the files we copy must exist in eliza.interop.v1 with the same field names,
numbers, types, labels and presence; bytes and proto3 JSON from either side must decode on the other.
"""

from __future__ import annotations

import importlib
import json
import pathlib

import pytest
from google.protobuf import descriptor as d
from google.protobuf import json_format
from google.protobuf.message import Message

from elizaos_interop.v1 import protocol_pb2

COPIED = ["primitives", "memory", "components", "state", "environment", "service", "payment", "agent",
          "plugin", "ipc", "database", "task"]
VECTORS = pathlib.Path(__file__).resolve().parents[1] / "vectors" / "envelopes"


def _pairs() -> list[tuple[str, d.Descriptor, d.Descriptor]]:
    out = []
    for mod in COPIED:
        theirs = importlib.import_module(f"elizaos.types.generated.eliza.v1.{mod}_pb2").DESCRIPTOR
        ours = importlib.import_module(f"elizaos_interop.v1.{mod}_pb2").DESCRIPTOR

        def walk(t: d.Descriptor, o_scope: dict[str, d.Descriptor], prefix: str) -> None:
            assert t.name in o_scope, f"{prefix}{t.name} missing from eliza.interop.v1"
            o = o_scope[t.name]
            out.append((f"{prefix}{t.name}", t, o))
            for nt in t.nested_types:
                walk(nt, {n.name: n for n in o.nested_types}, f"{prefix}{t.name}.")

        for t in theirs.message_types_by_name.values():
            walk(t, dict(ours.message_types_by_name), f"{mod}:")
    return out


PAIRS = _pairs()


def _type_name(f: d.FieldDescriptor) -> str:
    if f.message_type is not None:
        return f.message_type.full_name.replace("eliza.interop.v1.", "eliza.v1.")
    if f.enum_type is not None:
        return f.enum_type.full_name.replace("eliza.interop.v1.", "eliza.v1.")
    return ""


def test_every_copied_file_has_all_of_elizas_messages() -> None:
    assert len(PAIRS) >= 120  # 12 files, every message and nested message


@pytest.mark.parametrize(("name", "theirs", "ours"), PAIRS, ids=[p[0] for p in PAIRS])
def test_fields_match(name: str, theirs: d.Descriptor, ours: d.Descriptor) -> None:
    ours_by_number = {f.number: f for f in ours.fields}
    for tf in theirs.fields:
        of = ours_by_number.get(tf.number)
        assert of is not None, f"{name}: field {tf.name} = {tf.number} missing"
        assert of.name == tf.name, f"{name}: field {tf.number} is {of.name!r}, elizaOS has {tf.name!r}"
        assert of.json_name == tf.json_name
        assert of.type == tf.type, f"{name}.{tf.name}: type differs"
        assert of.is_repeated == tf.is_repeated, f"{name}.{tf.name}: label differs"
        assert of.has_presence == tf.has_presence, f"{name}.{tf.name}: presence differs"
        assert _type_name(of) == _type_name(tf), f"{name}.{tf.name}: {_type_name(of)} vs {_type_name(tf)}"
        t_oneof = tf.containing_oneof.name if tf.containing_oneof else None
        o_oneof = of.containing_oneof.name if of.containing_oneof else None
        assert o_oneof == t_oneof, f"{name}.{tf.name}: oneof differs"
    # Our additions must use numbers elizaOS leaves free (so its decoders skip them).
    theirs_numbers = {f.number for f in theirs.fields}
    for of in ours.fields:
        if of.number not in theirs_numbers:
            assert of.number >= 16, f"{name}.{of.name}: added field must use a number >= 16"


def test_enums_match() -> None:
    for mod in COPIED:
        theirs = importlib.import_module(f"elizaos.types.generated.eliza.v1.{mod}_pb2").DESCRIPTOR
        ours = importlib.import_module(f"elizaos_interop.v1.{mod}_pb2").DESCRIPTOR
        for name, te in theirs.enum_types_by_name.items():
            oe = ours.enum_types_by_name[name]
            assert {v.name: v.number for v in te.values} == {v.name: v.number for v in oe.values}


_ELIZA_IPC = importlib.import_module("elizaos.types.generated.eliza.v1.ipc_pb2")
# Which elizaOS message carries each of our Envelope kinds (the ones elizaOS defines).
_THEIR_CLASS = {
    "action_invoke": "ActionInvokeRequest", "action_result": "ActionResultResponse",
    "action_validate": "ActionValidateRequest", "validation": "ValidationResponse",
    "provider_get": "ProviderGetRequest", "provider_result": "ProviderResultResponse",
    "evaluator_invoke": "EvaluatorInvokeRequest", "plugin_init": "PluginInitRequest",
    "plugin_init_result": "PluginInitResponse", "service_start": "ServiceStartRequest",
    "service_stop": "ServiceStopRequest", "service_result": "ServiceResponse",
    "route_handle": "RouteHandlerRequest", "route_result": "RouteHandlerResponse", "error": "ErrorResponse",
}
GOLDEN = sorted(p.stem for p in VECTORS.glob("*.binpb"))


def _inner(name: str) -> tuple[str, Message]:
    env = protocol_pb2.Envelope.FromString((VECTORS / f"{name}.binpb").read_bytes())
    kind = env.WhichOneof("body")
    assert kind is not None
    return kind, getattr(env, kind)


@pytest.mark.parametrize("name", [n for n in GOLDEN if _inner(n)[0] in _THEIR_CLASS])
def test_golden_messages_round_trip_through_elizaos_classes(name: str) -> None:
    kind, ours = _inner(name)
    their_cls = getattr(_ELIZA_IPC, _THEIR_CLASS[kind])
    our_bytes = ours.SerializeToString(deterministic=True)
    # Our bytes decode with elizaOS's classes, and theirs re-encode to the very same bytes.
    theirs = their_cls.FromString(our_bytes)
    assert theirs.SerializeToString(deterministic=True) == our_bytes
    # Their bytes decode with ours.
    assert type(ours).FromString(theirs.SerializeToString(deterministic=True)) == ours
    # proto3 JSON from either side parses on the other to the same message.
    our_json = json.loads(json_format.MessageToJson(ours))
    assert json_format.ParseDict(our_json, their_cls()) == theirs
    their_json = json.loads(json_format.MessageToJson(theirs))
    assert their_json == our_json
    assert json_format.ParseDict(their_json, type(ours)()) == ours


def test_ipc_request_and_response_oneofs_decode_on_both_sides() -> None:
    from elizaos_interop.v1 import ipc_pb2

    _, ours = _inner("action_invoke")
    assert isinstance(ours, ipc_pb2.ActionInvokeRequest)
    req = ipc_pb2.IPCRequest()
    req.action_invoke.CopyFrom(ours)
    theirs = _ELIZA_IPC.IPCRequest.FromString(req.SerializeToString())
    assert theirs.action_invoke.memory.content.text == "Men are all alike."
    assert ipc_pb2.IPCRequest.FromString(theirs.SerializeToString()) == req


def test_our_additions_are_skipped_by_elizaos_decoders() -> None:
    from elizaos_interop.v1 import ipc_pb2

    cfg = ipc_pb2.PluginInteropConfig(protocol=ipc_pb2.INTEROP_PROTOCOL_WASM, wasm_path="p.wasm", wasi=True,
                                      entry="x")
    theirs = _ELIZA_IPC.PluginInteropConfig.FromString(cfg.SerializeToString())
    assert theirs.wasm_path == "p.wasm"
    assert theirs.protocol == _ELIZA_IPC.INTEROP_PROTOCOL_WASM
