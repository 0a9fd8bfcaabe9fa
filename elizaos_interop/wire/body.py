"""The Envelope's body: the JSON `type` of each variant, which variants are requests, and (kind, message) of
an Envelope."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from elizaos_interop.v1 import protocol_pb2

from ..errors import ProtocolError

Envelope = protocol_pb2.Envelope

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

#: Body fields a host may send as requests (answered by the plugin's handler).
REQUEST_KINDS = frozenset(
    {
        "plugin_init",
        "action_invoke",
        "action_validate",
        "provider_get",
        "evaluator_invoke",
        "model_invoke",
        "service_start",
        "service_stop",
        "route_handle",
        "db_call",
        "manifest_get",
    }
)


def body_of(env: Envelope) -> tuple[str, Any]:
    """(field name, message) of the Envelope's body."""
    kind = env.WhichOneof("body")
    if kind is None:
        raise ProtocolError("empty Envelope: no body field set")
    return kind, getattr(env, kind)


def stamp_request(env: Envelope, next_id: Callable[[], str]) -> tuple[str, str]:
    """(body field, id) of request `env`, after filling in its `type` when empty and, when its id is empty, an
    id from `next_id`. Every Channel's `request` starts here."""
    kind = env.WhichOneof("body")
    if kind is None:
        raise ProtocolError("empty request Envelope")
    body = getattr(env, kind)
    if not body.type:
        body.type = FIELD_TO_TYPE[kind]
    rid: str = body.id
    if not rid:
        rid = body.id = next_id()
    return kind, rid


def cancel_envelope(target: str) -> Envelope:
    """The one-way `cancel` telling the peer nobody waits for request `target` any more."""
    env = Envelope()
    c = env.cancel
    c.type, c.id, c.target_id = "cancel", f"cancel-{target}", target
    return env


__all__ = [
    "FIELD_TO_TYPE",
    "REQUEST_KINDS",
    "TYPE_TO_FIELD",
    "Envelope",
    "body_of",
    "cancel_envelope",
    "stamp_request",
]
