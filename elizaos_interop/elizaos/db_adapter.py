"""`RemoteDatabaseAdapter`: an elizaOS database adapter (`elizaos.types.database.IDatabaseAdapter`) whose
methods run in another plugin: a Rust cdylib (FFI), a `.wasm` module or a plugin over IPC.

Each adapter method becomes `await handle.db_call(method, params)` with the method name and params of
plugins/plugin-inmemorydb/API.md (snake_case method, lowerCamelCase params, values in proto3-JSON form of the
eliza.interop.v1 messages). Results are turned back into elizaOS's own protobuf classes (`eliza.v1`), which is
what `elizaos.AgentRuntime` and its providers expect (`memory.content.text`, `room.world_id`, ...).

    runtime = AgentRuntime(character=..., adapter=RemoteDatabaseAdapter(handle))
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Protocol, TypeVar

from elizaos.types.generated.eliza.v1 import (
    agent_pb2,
    database_pb2,
    environment_pb2,
    memory_pb2,
    task_pb2,
)
from google.protobuf import json_format
from google.protobuf.message import Message

__all__ = ["DbHandle", "RemoteDatabaseAdapter", "to_proto_json"]

M = TypeVar("M", bound=Message)


class DbHandle(Protocol):
    """Anything that serves `db.call`: the plugin handles of the FFI, WASM and IPC loaders."""

    async def db_call(self, method: str, params: dict[str, Any]) -> Any: ...


def _camel(key: str) -> str:
    if "_" not in key:
        return key
    head, *rest = key.split("_")
    return head + "".join(p[:1].upper() + p[1:] for p in rest)


def to_proto_json(value: Any) -> Any:
    """A protobuf message, mapping or scalar in proto3-JSON form (messages via json_format; mappings get
    lowerCamelCase top-level keys, nested values are converted recursively but their keys are kept)."""
    if isinstance(value, Message):
        return json_format.MessageToDict(value)
    if isinstance(value, Mapping):
        return {_camel(str(k)): _plain(v) for k, v in value.items() if v is not None}
    return _plain(value)


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, Message):
        return json_format.MessageToDict(value)
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)) or (
        isinstance(value, Iterable) and not isinstance(value, (bytes, str))
    ):
        return [_plain(v) for v in value]
    if hasattr(value, "model_dump"):  # pydantic models (elizaos Character, settings, ...)
        return _plain(value.model_dump(by_alias=True, exclude_none=True))
    return str(value)  # UUID objects and other str-like ids


def _embedding(value: Any) -> list[float]:
    return [float(x) for x in value]


def _parse(cls: type[M], data: Any) -> M:
    msg = cls()
    json_format.ParseDict(data, msg, ignore_unknown_fields=True)
    return msg


def _parse_opt(cls: type[M], data: Any) -> M | None:
    return None if data is None else _parse(cls, data)


def _parse_list(cls: type[M], data: Any) -> list[M]:
    return [_parse(cls, d) for d in data or []]


def _pick(params: Mapping[str, Any] | None, *names: str) -> Any:
    """The first of `names` (snake_case or camelCase spellings) present and not None in `params`."""
    if not params:
        return None
    for n in names:
        v = params.get(n)
        if v is not None:
            return v
    return None


def _params(**kw: Any) -> dict[str, Any]:
    return {k: v for k, v in kw.items() if v is not None}


def _ids(values: Iterable[Any]) -> list[str]:
    return [str(v) for v in values]


def _opt_str(v: Any) -> str | None:
    return None if v is None else str(v)


class RemoteDatabaseAdapter:
    """An elizaOS database adapter that forwards every method to `handle.db_call` (see module docs)."""

    def __init__(self, handle: DbHandle, agent_id: str | None = None) -> None:
        self._handle = handle
        self._agent_id = agent_id
        self._ready = False

    @property
    def db(self) -> DbHandle:
        return self._handle

    def __getattr__(self, name: str) -> Any:
        # Part of elizaos's IDatabaseAdapter protocol (isinstance checks need it): a method this adapter does
        # not forward fails loudly instead of returning something that looks like a result.
        raise AttributeError(
            f"RemoteDatabaseAdapter has no method {name!r} (db methods: plugins/plugin-inmemorydb/API.md)"
        )

    async def _call(self, method: str, params: dict[str, Any]) -> Any:
        return await self._handle.db_call(method, params)

    # ---------------------------------------------------------- lifecycle (local: the plugin owns the store)

    async def initialize(self) -> None:
        self._ready = True

    async def init(self) -> None:
        self._ready = True

    async def is_ready(self) -> bool:
        return self._ready

    async def close(self) -> None:
        self._ready = False

    async def get_connection(self) -> DbHandle:
        return self._handle

    async def ensure_embedding_dimension(self, dimension: int) -> None:
        """Dimensions are per memory in the remote store: nothing to prepare."""

    # ------------------------------------------------------------ agents

    async def get_agent(self, agent_id: str) -> agent_pb2.Agent | None:
        return _parse_opt(agent_pb2.Agent, await self._call("get_agent", {"agentId": str(agent_id)}))

    async def get_agents(self) -> list[agent_pb2.Agent]:
        return _parse_list(agent_pb2.Agent, await self._call("get_agents", {}))

    async def create_agent(self, agent: Any) -> bool:
        data = to_proto_json(agent)
        agent_id = data.get("id") or (data.get("character") or {}).get("id")
        if not agent_id:
            raise ValueError("create_agent: the agent has no id (neither 'id' nor 'character.id')")
        return bool(await self._call("create_agent", {"agentId": str(agent_id), "agent": data}))

    async def update_agent(self, agent_id: str, agent: Any) -> bool:
        return bool(
            await self._call("update_agent", {"agentId": str(agent_id), "agent": to_proto_json(agent)})
        )

    async def delete_agent(self, agent_id: str) -> bool:
        return bool(await self._call("delete_agent", {"agentId": str(agent_id)}))

    # ------------------------------------------------------------ entities & components

    async def get_entities_by_ids(self, entity_ids: list[str]) -> list[environment_pb2.Entity]:
        res = await self._call("get_entities_by_ids", {"entityIds": _ids(entity_ids)})
        return _parse_list(environment_pb2.Entity, res)

    async def get_entities_for_room(
        self, room_id: str, include_components: bool = False
    ) -> list[environment_pb2.Entity]:
        res = await self._call(
            "get_entities_for_room", {"roomId": str(room_id), "includeComponents": bool(include_components)}
        )
        return _parse_list(environment_pb2.Entity, res)

    async def create_entities(self, entities: list[Any]) -> bool:
        return bool(await self._call("create_entities", {"entities": [to_proto_json(e) for e in entities]}))

    async def update_entity(self, entity: Any) -> None:
        await self._call("update_entity", {"entity": to_proto_json(entity)})

    async def get_component(
        self, entity_id: str, type: str, world_id: str | None = None, source_entity_id: str | None = None
    ) -> environment_pb2.Component | None:
        params = _params(
            entityId=str(entity_id),
            type=type,
            worldId=_opt_str(world_id),
            sourceEntityId=_opt_str(source_entity_id),
        )
        return _parse_opt(environment_pb2.Component, await self._call("get_component", params))

    async def get_components(
        self, entity_id: str, world_id: str | None = None, source_entity_id: str | None = None
    ) -> list[environment_pb2.Component]:
        params = _params(
            entityId=str(entity_id), worldId=_opt_str(world_id), sourceEntityId=_opt_str(source_entity_id)
        )
        return _parse_list(environment_pb2.Component, await self._call("get_components", params))

    async def create_component(self, component: Any) -> bool:
        return bool(await self._call("create_component", {"component": to_proto_json(component)}))

    async def update_component(self, component: Any) -> None:
        await self._call("update_component", {"component": to_proto_json(component)})

    async def delete_component(self, component_id: str) -> None:
        await self._call("delete_component", {"componentId": str(component_id)})

    # ------------------------------------------------------------ memories

    async def create_memory(
        self, memory: Any, table_name: str | None = None, unique: bool | None = None
    ) -> str:
        if not table_name:
            raise ValueError("create_memory: table_name is required")
        data = to_proto_json(memory)
        if "embedding" in data:
            data["embedding"] = _embedding(data["embedding"])
        return str(
            await self._call("create_memory", _params(memory=data, tableName=table_name, unique=unique))
        )

    async def get_memory_by_id(self, id: str) -> memory_pb2.Memory | None:
        return _parse_opt(memory_pb2.Memory, await self._call("get_memory_by_id", {"id": str(id)}))

    async def get_memories_by_ids(
        self, ids: list[str], table_name: str | None = None
    ) -> list[memory_pb2.Memory]:
        res = await self._call("get_memories_by_ids", _params(ids=_ids(ids), tableName=table_name))
        return _parse_list(memory_pb2.Memory, res)

    async def get_memories(
        self, params: Mapping[str, Any] | None = None, **kw: Any
    ) -> list[memory_pb2.Memory]:
        p = {**(params or {}), **kw}
        call = _params(
            tableName=_pick(p, "tableName", "table_name"),
            roomId=_opt_str(_pick(p, "roomId", "room_id")),
            worldId=_opt_str(_pick(p, "worldId", "world_id")),
            entityId=_opt_str(_pick(p, "entityId", "entity_id")),
            agentId=_opt_str(_pick(p, "agentId", "agent_id")),
            unique=_pick(p, "unique"),
            start=_pick(p, "start"),
            end=_pick(p, "end"),
            count=_pick(p, "count", "limit"),
            offset=_pick(p, "offset"),
        )
        return _parse_list(memory_pb2.Memory, await self._call("get_memories", call))

    async def get_memories_by_room_ids(self, params: Mapping[str, Any]) -> list[memory_pb2.Memory]:
        call = _params(
            tableName=_pick(params, "tableName", "table_name"),
            roomIds=_ids(_pick(params, "roomIds", "room_ids") or []),
            limit=_pick(params, "limit", "count"),
        )
        return _parse_list(memory_pb2.Memory, await self._call("get_memories_by_room_ids", call))

    async def search_memories(
        self, params: Mapping[str, Any] | None = None, **kw: Any
    ) -> list[memory_pb2.Memory]:
        p = {**(params or {}), **kw}
        embedding = _pick(p, "embedding")
        call = _params(
            tableName=_pick(p, "tableName", "table_name"),
            embedding=None if embedding is None else _embedding(embedding),
            matchThreshold=_pick(p, "matchThreshold", "match_threshold"),
            count=_pick(p, "count", "matchCount", "match_count", "limit"),
            unique=_pick(p, "unique"),
            roomId=_opt_str(_pick(p, "roomId", "room_id")),
            worldId=_opt_str(_pick(p, "worldId", "world_id")),
            entityId=_opt_str(_pick(p, "entityId", "entity_id")),
            agentId=_opt_str(_pick(p, "agentId", "agent_id")),
        )
        return _parse_list(memory_pb2.Memory, await self._call("search_memories", call))

    async def update_memory(self, memory: Any) -> bool:
        data = to_proto_json(memory)
        if "embedding" in data:
            data["embedding"] = _embedding(data["embedding"])
        return bool(await self._call("update_memory", {"memory": data}))

    async def delete_memory(self, memory_id: str) -> None:
        await self._call("delete_memory", {"memoryId": str(memory_id)})

    async def delete_many_memories(self, memory_ids: list[str]) -> None:
        await self._call("delete_many_memories", {"memoryIds": _ids(memory_ids)})

    async def delete_all_memories(self, room_id: str, table_name: str) -> None:
        await self._call("delete_all_memories", {"roomId": str(room_id), "tableName": table_name})

    async def count_memories(self, room_id: str, unique: bool = False, table_name: str | None = None) -> int:
        params = _params(roomId=str(room_id), unique=bool(unique), tableName=table_name)
        return int(await self._call("count_memories", params))

    # ------------------------------------------------------------ worlds & rooms

    async def create_world(self, world: Any) -> str:
        return str(await self._call("create_world", {"world": to_proto_json(world)}))

    async def get_world(self, id: str) -> environment_pb2.World | None:
        return _parse_opt(environment_pb2.World, await self._call("get_world", {"id": str(id)}))

    async def remove_world(self, id: str) -> None:
        await self._call("remove_world", {"id": str(id)})

    async def get_all_worlds(self) -> list[environment_pb2.World]:
        return _parse_list(environment_pb2.World, await self._call("get_all_worlds", {}))

    async def update_world(self, world: Any) -> None:
        await self._call("update_world", {"world": to_proto_json(world)})

    async def get_rooms_by_ids(self, room_ids: list[str]) -> list[environment_pb2.Room]:
        return _parse_list(
            environment_pb2.Room, await self._call("get_rooms_by_ids", {"roomIds": _ids(room_ids)})
        )

    async def create_rooms(self, rooms: list[Any]) -> list[str]:
        return _ids(await self._call("create_rooms", {"rooms": [to_proto_json(r) for r in rooms]}))

    async def delete_room(self, room_id: str) -> None:
        await self._call("delete_room", {"roomId": str(room_id)})

    async def delete_rooms_by_world_id(self, world_id: str) -> None:
        await self._call("delete_rooms_by_world_id", {"worldId": str(world_id)})

    async def update_room(self, room: Any) -> None:
        await self._call("update_room", {"room": to_proto_json(room)})

    async def get_rooms_for_participant(self, entity_id: str) -> list[str]:
        return _ids(await self._call("get_rooms_for_participant", {"entityId": str(entity_id)}))

    async def get_rooms_for_participants(self, user_ids: list[str]) -> list[str]:
        return _ids(await self._call("get_rooms_for_participants", {"entityIds": _ids(user_ids)}))

    async def get_rooms_by_world(self, world_id: str) -> list[environment_pb2.Room]:
        return _parse_list(
            environment_pb2.Room, await self._call("get_rooms_by_world", {"worldId": str(world_id)})
        )

    # ------------------------------------------------------------ participants

    async def add_participants_room(self, entity_ids: list[str], room_id: str) -> bool:
        params = {"entityIds": _ids(entity_ids), "roomId": str(room_id)}
        return bool(await self._call("add_participants_room", params))

    async def remove_participant(self, entity_id: str, room_id: str) -> bool:
        params = {"entityId": str(entity_id), "roomId": str(room_id)}
        return bool(await self._call("remove_participant", params))

    async def get_participants_for_entity(self, entity_id: str) -> list[environment_pb2.Participant]:
        res = await self._call("get_participants_for_entity", {"entityId": str(entity_id)})
        return _parse_list(environment_pb2.Participant, res)

    async def get_participants_for_room(self, room_id: str) -> list[str]:
        return _ids(await self._call("get_participants_for_room", {"roomId": str(room_id)}))

    async def is_room_participant(self, room_id: str, entity_id: str) -> bool:
        params = {"roomId": str(room_id), "entityId": str(entity_id)}
        return bool(await self._call("is_room_participant", params))

    async def get_participant_user_state(self, room_id: str, entity_id: str) -> str | None:
        params = {"roomId": str(room_id), "entityId": str(entity_id)}
        return _opt_str(await self._call("get_participant_user_state", params))

    async def set_participant_user_state(self, room_id: str, entity_id: str, state: str | None) -> None:
        params = {"roomId": str(room_id), "entityId": str(entity_id), "state": state}
        await self._call("set_participant_user_state", params)

    # ------------------------------------------------------------ relationships

    async def create_relationship(self, params: Mapping[str, Any]) -> bool:
        call = _params(
            sourceEntityId=_opt_str(_pick(params, "sourceEntityId", "source_entity_id")),
            targetEntityId=_opt_str(_pick(params, "targetEntityId", "target_entity_id")),
            tags=_pick(params, "tags"),
            metadata=_plain(_pick(params, "metadata")),
            id=_opt_str(_pick(params, "id")),
        )
        return bool(await self._call("create_relationship", call))

    async def update_relationship(self, relationship: Any) -> None:
        await self._call("update_relationship", {"relationship": to_proto_json(relationship)})

    async def get_relationship(self, params: Mapping[str, Any]) -> environment_pb2.Relationship | None:
        call = _params(
            sourceEntityId=_opt_str(_pick(params, "sourceEntityId", "source_entity_id")),
            targetEntityId=_opt_str(_pick(params, "targetEntityId", "target_entity_id")),
        )
        return _parse_opt(environment_pb2.Relationship, await self._call("get_relationship", call))

    async def get_relationships(self, params: Mapping[str, Any]) -> list[environment_pb2.Relationship]:
        call = _params(entityId=_opt_str(_pick(params, "entityId", "entity_id")), tags=_pick(params, "tags"))
        return _parse_list(environment_pb2.Relationship, await self._call("get_relationships", call))

    # ------------------------------------------------------------ cache

    async def get_cache(self, key: str) -> Any:
        return await self._call("get_cache", {"key": key})

    async def set_cache(self, key: str, value: Any, expires_at: int | None = None) -> bool:
        params = _params(key=key, expiresAt=expires_at)
        params["value"] = _plain(value)
        return bool(await self._call("set_cache", params))

    async def delete_cache(self, key: str) -> bool:
        return bool(await self._call("delete_cache", {"key": key}))

    # ------------------------------------------------------------ tasks

    async def create_task(self, task: Any) -> str:
        return str(await self._call("create_task", {"task": to_proto_json(task)}))

    async def get_tasks(self, params: Mapping[str, Any] | None = None) -> list[task_pb2.Task]:
        call = _params(
            roomId=_opt_str(_pick(params, "roomId", "room_id")),
            entityId=_opt_str(_pick(params, "entityId", "entity_id")),
            tags=_pick(params, "tags"),
        )
        return _parse_list(task_pb2.Task, await self._call("get_tasks", call))

    async def get_task(self, id: str) -> task_pb2.Task | None:
        return _parse_opt(task_pb2.Task, await self._call("get_task", {"id": str(id)}))

    async def get_tasks_by_name(self, name: str) -> list[task_pb2.Task]:
        return _parse_list(task_pb2.Task, await self._call("get_tasks_by_name", {"name": name}))

    async def update_task(self, id: str, task: Any) -> None:
        await self._call("update_task", {"id": str(id), "task": to_proto_json(task)})

    async def delete_task(self, id: str) -> None:
        await self._call("delete_task", {"id": str(id)})

    # ------------------------------------------------------------ logs

    async def log(self, params: Mapping[str, Any]) -> None:
        call = _params(
            entityId=_opt_str(_pick(params, "entityId", "entity_id")),
            roomId=_opt_str(_pick(params, "roomId", "room_id")),
            type=_pick(params, "type"),
            body=_plain(_pick(params, "body")),
            id=_opt_str(_pick(params, "id")),
        )
        await self._call("log", call)

    async def get_logs(self, params: Mapping[str, Any] | None = None) -> list[database_pb2.Log]:
        call = _params(
            entityId=_opt_str(_pick(params, "entityId", "entity_id")),
            roomId=_opt_str(_pick(params, "roomId", "room_id")),
            type=_pick(params, "type"),
            count=_pick(params, "count", "limit"),
            offset=_pick(params, "offset"),
        )
        return _parse_list(database_pb2.Log, await self._call("get_logs", call))

    async def delete_log(self, log_id: str) -> None:
        await self._call("delete_log", {"logId": str(log_id)})
