"""RemoteDatabaseAdapter (elizaos_interop.elizaos.db_adapter) over the Python InMemoryDatabase through a JSON
round-tripping handle, used directly and as the database of a real elizaos.AgentRuntime."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import orjson
import pytest
from elizaos import AgentRuntime
from elizaos.types.agent import Character
from elizaos.types.generated.eliza.v1 import environment_pb2, memory_pb2, primitives_pb2, task_pb2

from elizaos_interop.elizaos.db_adapter import RemoteDatabaseAdapter, to_proto_json

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "plugins" / "plugin-inmemorydb" / "python"))

import plugin_inmemorydb  # noqa: E402
from inmemorydb_support import AGENT, ROOM, ROOM2, USER, WORLD, mem_dict, runtime_with_room  # noqa: E402
from plugin_inmemorydb import DbError, InMemoryDatabase  # noqa: E402


class JsonHandle:
    """A transport-free db handle: params and results cross as JSON bytes, like over IPC/FFI/WASM."""

    def __init__(self, db: InMemoryDatabase) -> None:
        self.db = db
        self.calls: list[str] = []

    async def db_call(self, method: str, params: dict[str, Any]) -> Any:
        self.calls.append(method)
        result = self.db.call(method, orjson.loads(orjson.dumps(params)))
        return orjson.loads(orjson.dumps(result))


def memory(mid: str, text: str, emb: list[float], room: str = ROOM, created: int = 1) -> memory_pb2.Memory:
    return memory_pb2.Memory(
        id=mid,
        entity_id=USER,
        agent_id=AGENT,
        room_id=room,
        created_at=created,
        content=primitives_pb2.Content(text=text),
        embedding=emb,
    )


@pytest.fixture
def adapter() -> RemoteDatabaseAdapter:
    return RemoteDatabaseAdapter(JsonHandle(InMemoryDatabase()))


async def test_memories_and_search_with_elizaos_messages(adapter: RemoteDatabaseAdapter) -> None:
    assert await adapter.create_memory(memory("m1", "cats", [1.0, 0.0, 0.0], created=10), "knowledge") == "m1"
    assert (
        await adapter.create_memory(memory("m2", "dogs", [0.6, 0.8, 0.0], created=20), "knowledge", True)
        == "m2"
    )
    await adapter.create_memory(
        memory("m3", "other room", [1.0, 0.0, 0.0], room=ROOM2, created=30), "knowledge"
    )
    got = await adapter.get_memory_by_id("m1")
    assert isinstance(got, memory_pb2.Memory)
    assert got.content.text == "cats"
    assert got.created_at == 10
    assert list(got.embedding) == [1.0, 0.0, 0.0]
    # runtime-style params (knowledge provider): camelCase, matchCount
    hits = await adapter.search_memories(
        {
            "tableName": "knowledge",
            "roomId": ROOM,
            "embedding": [1.0, 0.0, 0.0],
            "matchThreshold": 0.5,
            "matchCount": 5,
        }
    )
    assert [h.id for h in hits] == ["m1", "m2"]
    assert hits[0].similarity == pytest.approx(1.0)
    assert hits[1].similarity == pytest.approx(0.6, abs=1e-6)
    hits = await adapter.search_memories(table_name="knowledge", embedding=[1.0, 0.0, 0.0], unique=True)
    assert [h.id for h in hits] == ["m2"]
    listed = await adapter.get_memories({"roomId": ROOM, "tableName": "knowledge", "limit": 1})
    assert [m.id for m in listed] == ["m2"]
    assert await adapter.count_memories(ROOM, False, "knowledge") == 2
    assert await adapter.update_memory({"id": "m1", "content": {"text": "lions"}})
    assert (await adapter.get_memories_by_ids(["m1"]))[0].content.text == "lions"
    await adapter.delete_memory("m1")
    assert await adapter.get_memory_by_id("m1") is None


async def test_environment_cache_tasks_logs(adapter: RemoteDatabaseAdapter) -> None:
    assert await adapter.create_world(environment_pb2.World(id=WORLD, name="w", agent_id=AGENT)) == WORLD
    assert (await adapter.get_world(WORLD)).name == "w"  # type: ignore[union-attr]
    ids = await adapter.create_rooms(
        [environment_pb2.Room(id=ROOM, source="test", type="GROUP", world_id=WORLD)]
    )
    assert ids == [ROOM]
    rooms = await adapter.get_rooms_by_world(WORLD)
    assert [r.id for r in rooms] == [ROOM]
    assert rooms[0].world_id == WORLD
    assert await adapter.create_entities([environment_pb2.Entity(id=USER, names=["Ann"], agent_id=AGENT)])
    assert await adapter.add_participants_room([USER], ROOM)
    assert await adapter.is_room_participant(ROOM, USER)
    assert await adapter.get_participants_for_room(ROOM) == [USER]
    assert await adapter.get_rooms_for_participant(USER) == [ROOM]
    ents = await adapter.get_entities_for_room(ROOM)
    assert [list(e.names) for e in ents] == [["Ann"]]
    parts = await adapter.get_participants_for_entity(USER)
    assert parts[0].id == ROOM
    assert parts[0].entity.names == ["Ann"]
    await adapter.set_participant_user_state(ROOM, USER, "FOLLOWED")
    assert await adapter.get_participant_user_state(ROOM, USER) == "FOLLOWED"

    assert await adapter.set_cache("k", {"a": [1, 2]})
    assert await adapter.get_cache("k") == {"a": [1, 2]}
    assert await adapter.set_cache("gone", 1, expires_at=1)
    assert await adapter.get_cache("gone") is None  # expired by the system clock
    assert await adapter.delete_cache("k")

    tid = await adapter.create_task(task_pb2.Task(name="follow", room_id=ROOM, tags=["q"]))
    task = await adapter.get_task(tid)
    assert task is not None
    assert task.name == "follow"
    assert task.id == tid
    assert [t.id for t in await adapter.get_tasks({"roomId": ROOM, "tags": ["q"]})] == [tid]
    await adapter.update_task(tid, {"status": "TASK_STATUS_COMPLETED"})
    assert (await adapter.get_tasks_by_name("follow"))[0].status == task_pb2.TASK_STATUS_COMPLETED

    await adapter.log(
        {"entityId": USER, "roomId": ROOM, "type": "action", "body": {"action": {"action": "REPLY"}}}
    )
    logs = await adapter.get_logs({"entityId": USER})
    assert len(logs) == 1
    assert logs[0].body.action.action == "REPLY"
    assert logs[0].created_at.seconds > 0

    assert await adapter.create_relationship(
        {"sourceEntityId": USER, "targetEntityId": AGENT, "tags": ["friend"]}
    )
    rel = await adapter.get_relationship({"sourceEntityId": USER, "targetEntityId": AGENT})
    assert rel is not None
    assert list(rel.tags) == ["friend"]


async def test_errors_are_raised_not_swallowed(adapter: RemoteDatabaseAdapter) -> None:
    with pytest.raises(DbError) as info:
        await adapter.search_memories({"query": "text only", "limit": 3})
    assert info.value.code == "INVALID_ARGUMENT"
    assert "tableName" in info.value.message
    with pytest.raises(AttributeError, match="no method 'frobnicate'"):
        adapter.frobnicate  # noqa: B018


def test_to_proto_json_uses_camel_case_and_int64_strings() -> None:
    assert to_proto_json(memory("m", "t", [0.5])) == {
        "id": "m",
        "entityId": USER,
        "agentId": AGENT,
        "roomId": ROOM,
        "createdAt": "1",
        "content": {"text": "t"},
        "embedding": [0.5],
    }
    assert to_proto_json({"room_id": ROOM, "content": {"snake_key": 1}}) == {
        "roomId": ROOM,
        "content": {"snake_key": 1},
    }


async def test_agent_runtime_uses_the_remote_adapter() -> None:
    handle = JsonHandle(InMemoryDatabase())
    runtime = await runtime_with_room(handle, "tests the remote adapter")
    assert await runtime.add_participant(USER, ROOM)
    room = await runtime.get_room(ROOM)
    assert room is not None
    assert room.type == "GROUP"
    entity = await runtime.get_entity_by_id(USER)
    assert entity is not None
    assert list(entity.names) == ["Ann"]
    await runtime.create_memory(mem_dict("k1", "the sky is blue", [0.0, 1.0, 0.0]), "knowledge")
    await runtime.create_memory(mem_dict("k2", "grass is green", [1.0, 0.0, 0.0]), "knowledge")
    await runtime.create_memory(
        mem_dict("msg", "what colour is the sky?", [0.1, 0.9, 0.0], created=5), "messages"
    )
    recent = await runtime.get_memories(room_id=ROOM, limit=5, table_name="messages")
    assert [m.id for m in recent] == ["msg"]
    hits = await runtime.search_memories(
        {
            "tableName": "knowledge",
            "roomId": ROOM,
            "embedding": list(recent[0].embedding),
            "matchThreshold": 0.75,
            "matchCount": 5,
        }
    )
    assert [h.content.text for h in hits] == ["the sky is blue"]
    assert hits[0].similarity > 0.99
    assert await runtime.count_memories(ROOM, False, "knowledge") == 2
    assert {"create_rooms", "create_memory", "search_memories", "get_memories"} <= set(handle.calls)


async def test_plugin_registers_its_adapter_on_a_runtime() -> None:
    runtime = AgentRuntime(
        character=Character(name="Plugged", bio="plugin adapter"),
        plugins=[plugin_inmemorydb.plugin],
        log_level="ERROR",
    )
    await runtime.initialize()
    assert runtime._adapter is plugin_inmemorydb.adapter
    await runtime.create_memory(mem_dict("pm1", "hello", [1.0, 0.0]), "messages")
    hits = await runtime.search_memories({"tableName": "messages", "embedding": [1.0, 0.0]})
    assert [h.id for h in hits] == ["pm1"]
    assert plugin_inmemorydb.db_adapter.call("get_memory_by_id", {"id": "pm1"})["content"] == {
        "text": "hello"
    }
