"""Writes the golden envelope vectors: tests/vectors/envelopes/<name>.binpb and <name>.json.

`<name>.binpb` is the protobuf encoding of an `eliza.interop.v1.Envelope`; `<name>.json` is the proto3 JSON
of the same Envelope. Every suite (Python, Rust, TypeScript) decodes both and re-encodes the binary
byte-identically. Protobuf map order is unspecified (Python's deterministic mode sorts keys, prost's HashMap
does not), so every map (Struct included) here has at most one entry: that keeps the encoding canonical
across languages. Floats are exactly representable in float32. JSON `null` inside a Struct is left out: pbjson
(Rust) decodes it to a Value with no kind set, which encodes differently from Python's explicit null_value
(both decode back to null).

Run: python tests/vectors/generate_envelopes.py   (then commit the files; tests check they are current)
"""

from __future__ import annotations

import json
import pathlib
import sys

from google.protobuf import json_format

from elizaos_interop.v1 import protocol_pb2

OUT = pathlib.Path(__file__).resolve().parent / "envelopes"

MEMORY = {
    "id": "0b5d7c1e-0000-4000-8000-000000000001",
    "entityId": "0b5d7c1e-0000-4000-8000-0000000000e1",
    "agentId": "0b5d7c1e-0000-4000-8000-0000000000a1",
    "createdAt": "1700000000123",
    "content": {
        "text": "Men are all alike.",
        "actions": ["generate-response"],
        "source": "cli",
        "attachments": [{"id": "m1", "url": "https://example.invalid/a.png", "contentType": "image/png"}],
        "mentionContext": {"isMention": True},
        "data": {"k": "v"},
    },
    "embedding": [0.5, -0.25, 1.0, 0.0],
    "roomId": "0b5d7c1e-0000-4000-8000-0000000000b1",
    "worldId": "0b5d7c1e-0000-4000-8000-0000000000c1",
    "unique": True,
    "similarity": 0.75,
    "metadata": {"message": {"base": {"type": "message", "timestamp": "1700000000000", "tags": ["a", "b"]}}},
}

STATE = {
    "values": {"agentName": "Eliza", "extra": {"mood": "calm"}},
    "data": {"providers": {"time": {"text": "noon"}}, "actionResults": [{"success": True, "text": "ok"}]},
    "text": "# State",
}

CASES: dict[str, dict[str, object]] = {
    "action_invoke": {"actionInvoke": {"type": "action.invoke", "id": "1", "action": "generate-response",
                                       "memory": MEMORY, "state": STATE, "options": {"sessionId": "s1"}}},
    "action_invoke_minimal": {"actionInvoke": {"type": "action.invoke", "id": "2", "action": "echo",
                                               "memory": {"content": {"text": "hi"}}}},
    "action_result": {"actionResult": {"type": "action.result", "id": "1",
                                       "result": {"success": True,
                                                  "text": "WHAT IS THE CONNECTION, DO YOU SUPPOSE",
                                                  "values": {"n": 1.5},
                                                  "data": {"list": [1.0, "two", True]}}}},
    "action_result_failure": {"actionResult": {"type": "action.result", "id": "3",
                                               "result": {"success": False,
                                                          "error": "No user input provided"}}},
    "action_validate": {"actionValidate": {"type": "action.validate", "id": "4",
                                           "action": "generate-response", "memory": MEMORY}},
    "validation": {"validation": {"type": "validate.result", "id": "4", "valid": True}},
    "provider_get": {"providerGet": {"type": "provider.get", "id": "5", "provider": "eliza-greeting",
                                     "memory": MEMORY, "state": STATE}},
    "provider_result": {"providerResult": {"type": "provider.result", "id": "5",
                                           "result": {"text": "HOW DO YOU DO. PLEASE TELL ME YOUR PROBLEM",
                                                      "values": {"greeting": True}}}},
    "evaluator_invoke": {"evaluatorInvoke": {"type": "evaluator.invoke", "id": "6", "evaluator": "reflection",
                                             "memory": MEMORY}},
    "evaluator_result": {"evaluatorResult": {"type": "evaluator.result", "id": "6",
                                             "result": {"success": True}}},
    "plugin_init": {"pluginInit": {"type": "plugin.init", "id": "7", "config": {"MODE": "doctor"}}},
    "plugin_init_result": {"pluginInitResult": {"type": "plugin.init.result", "id": "7", "success": True}},
    "service_start": {"serviceStart": {"type": "service.start", "id": "8", "service": "scheduler"}},
    "service_stop": {"serviceStop": {"type": "service.stop", "id": "9", "service": "scheduler"}},
    "service_result": {"serviceResult": {"type": "service.result", "id": "9", "success": False,
                                         "error": "Service not found: scheduler"}},
    "route_handle": {"routeHandle": {"type": "route.handle", "id": "10", "path": "/status", "method": "GET",
                                     "body": {"q": "x"}, "params": {"id": "1"}, "query": {"v": "2"},
                                     "headers": {"accept": "application/json"}}},
    "route_result": {"routeResult": {"type": "route.result", "id": "10", "status": 200,
                                     "headers": {"content-type": "application/json"}, "body": {"ok": True}}},
    "error": {"error": {"type": "error", "id": "11", "error": "action not found: nope",
                        "details": {"code": "NOT_FOUND"}}},
    "ready": {"ready": {"type": "ready", "id": "", "protocolVersion": 1,
                        "framings": ["FRAMING_JSON", "FRAMING_PROTOBUF"],
                        "server": "elizaos-interop-python/0.1.0", "pid": 4242,
                        "manifest": {"name": "eliza-classic", "description": "Weizenbaum's 1966 DOCTOR",
                                     "version": "1.0.0", "language": "PLUGIN_LANGUAGE_RUST",
                                     "interop": {"protocol": "INTEROP_PROTOCOL_FFI",
                                                 "sharedLibPath": "libplugin_eliza_classic.so"},
                                     "config": {"MODE": "doctor"},
                                     "actions": [{"name": "generate-response", "description": "ELIZA reply",
                                                  "similes": ["ELIZA_RESPOND", "ELIZA_CHAT",
                                                              "CLASSIC_ELIZA"]}],
                                     "providers": [{"name": "eliza-greeting", "description": "greeting"}],
                                     "evaluators": [{"name": "reflection", "description": "d",
                                                     "alwaysRun": False}],
                                     "routes": [{"method": "HTTP_METHOD_GET", "path": "/status"}],
                                     "events": {"MESSAGE_RECEIVED": {"handlers": ["h1"]}}}}},
    "hello": {"hello": {"type": "hello", "id": "0", "protocolVersion": 1, "framing": "FRAMING_PROTOBUF"}},
    "hello_result": {"helloResult": {"type": "hello.result", "id": "0", "accepted": True,
                                     "framing": "FRAMING_PROTOBUF"}},
    "cancel": {"cancel": {"type": "cancel", "id": "12", "targetId": "1"}},
    "log": {"log": {"type": "log", "level": "warning", "message": "slow call", "logger": "plugin"}},
    "shutdown": {"shutdown": {"type": "shutdown", "id": "13"}},
    "shutdown_result": {"shutdownResult": {"type": "shutdown.result", "id": "13"}},
    "db_call": {"dbCall": {"type": "db.call", "id": "14", "method": "search_memories",
                           "params": {"query": {"embedding": [0.5, 0.25]}}}},
    "db_result": {"dbResult": {"type": "db.result", "id": "14",
                               "result": [{"id": "m1"}, {"similarity": 0.5}]}},
    "manifest_get": {"manifestGet": {"type": "manifest.get", "id": "15"}},
    "manifest_result": {"manifestResult": {"type": "manifest.result", "id": "15",
                                           "manifest": {"name": "echo", "description": "Echo",
                                                        "language": "PLUGIN_LANGUAGE_TYPESCRIPT"}}},
    "model_invoke": {"modelInvoke": {"type": "model.invoke", "id": "16", "model": "TEXT_LARGE",
                                     "params": {"prompt": "User: hello"}}},
    "model_result": {"modelResult": {"type": "model.result", "id": "16", "result": "HOW DO YOU DO"}},
}


def build(case: dict[str, object]) -> protocol_pb2.Envelope:
    return json_format.ParseDict(case, protocol_pb2.Envelope())


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    check = "--check" in sys.argv
    stale = []
    for name, case in sorted(CASES.items()):
        env = build(case)
        binary = env.SerializeToString(deterministic=True)
        text = json.dumps(json_format.MessageToDict(env), indent=2, sort_keys=True) + "\n"
        for path, data in ((OUT / f"{name}.binpb", binary), (OUT / f"{name}.json", text.encode())):
            if check:
                if not path.exists() or path.read_bytes() != data:
                    stale.append(path.name)
            else:
                path.write_bytes(data)
    if stale:
        print("stale vectors (run python tests/vectors/generate_envelopes.py):", ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
