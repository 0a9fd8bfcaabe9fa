"""Shared helpers of the inmemorydb tests: the vector step check, the ids of the shared room, and a real
elizaOS AgentRuntime on a given database handle."""

from __future__ import annotations

from typing import Any

from elizaos import AgentRuntime
from elizaos.types.agent import Character
from elizaos.types.generated.eliza.v1 import environment_pb2

from elizaos_interop.elizaos.db_adapter import DbHandle, RemoteDatabaseAdapter
from elizaos_interop.testing import assert_close

ROOM = "11111111-1111-4111-8111-111111111111"
ROOM2 = "22222222-2222-4222-8222-222222222222"
WORLD = "33333333-3333-4333-8333-333333333333"
USER = "44444444-4444-4444-8444-444444444444"
AGENT = "55555555-5555-4555-8555-555555555555"


def check_step(step: dict[str, Any], result: Any, where: str) -> None:
    if "expect" in step:
        assert_close(result, step["expect"], where)
    if "expectIds" in step:
        want = step["expectIds"]
        if isinstance(want, str):
            assert isinstance(result, dict), f"{where}: {result!r}"
            assert result.get("id") == want, f"{where}: {result!r}"
        else:
            assert [r["id"] for r in result] == want, f"{where}: ids {[r['id'] for r in result]}"
    if "expectScores" in step:
        assert_close([r["similarity"] for r in result], step["expectScores"], where)
    if "expectType" in step:
        assert step["expectType"] == "string", where
        assert isinstance(result, str), f"{where}: {result!r}"


def mem_dict(mid: str, text: str, emb: list[float], room: str = ROOM, created: int = 1) -> dict[str, object]:
    """The snake_case dict form some elizaOS services pass to runtime.create_memory."""
    return {
        "id": mid,
        "entity_id": USER,
        "agent_id": AGENT,
        "room_id": room,
        "created_at": created,
        "content": {"text": text},
        "embedding": emb,
    }


async def runtime_with_room(handle: DbHandle, bio: str) -> AgentRuntime:
    """A real elizaOS AgentRuntime whose database adapter is `handle`, with room ROOM and entity USER made
    through the runtime."""
    runtime = AgentRuntime(
        character=Character(name="Remote", bio=bio),
        agent_id=AGENT,
        adapter=RemoteDatabaseAdapter(handle),
        log_level="ERROR",
    )
    await runtime.initialize()
    assert await runtime.create_room(environment_pb2.Room(id=ROOM, source="test", type="GROUP")) == ROOM
    assert await runtime.create_entity(environment_pb2.Entity(id=USER, names=["Ann"], agent_id=AGENT))
    return runtime
