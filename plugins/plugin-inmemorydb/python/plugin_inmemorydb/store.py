"""In-memory database with exact cosine vector search, driven by `call(method, params)`.

Values are proto3-JSON dicts of the eliza.interop.v1 messages; the method list and semantics are in
plugins/plugin-inmemorydb/API.md (machine-readable: api.json). The Rust and TypeScript implementations
follow the same rules and give identical results.
"""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Callable
from typing import Any

import numpy as np
import numpy.typing as npt

JsonDict = dict[str, Any]

DEFAULT_SEARCH_COUNT = 10
_INT_RE = re.compile(r"-?[0-9]+")


class DbError(Exception):
    """A database call failed; `code` is a protocol error code (INVALID_ARGUMENT, NOT_FOUND)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def _invalid(message: str) -> DbError:
    return DbError("INVALID_ARGUMENT", message)


# ---------------------------------------------------------------- parameter access


class _Params:
    def __init__(self, method: str, params: Any) -> None:
        if params is None:
            params = {}
        if not isinstance(params, dict):
            raise _invalid(f"{method}: params must be a JSON object, got {type(params).__name__}")
        self.method = method
        self.p: JsonDict = params

    def _get(self, name: str, required: bool) -> Any:
        v = self.p.get(name)
        if v is None and required:
            raise _invalid(f"{self.method}: missing required param '{name}'")
        return v

    def str_(self, name: str) -> str:
        v = self._get(name, True)
        if not isinstance(v, str):
            raise _invalid(f"{self.method}: param '{name}' must be a string")
        return v

    def opt_str(self, name: str) -> str | None:
        v = self._get(name, False)
        if v is not None and not isinstance(v, str):
            raise _invalid(f"{self.method}: param '{name}' must be a string")
        return v

    def opt_bool(self, name: str) -> bool | None:
        v = self._get(name, False)
        if v is not None and not isinstance(v, bool):
            raise _invalid(f"{self.method}: param '{name}' must be a boolean")
        return v

    def opt_int(self, name: str) -> int | None:
        v = self._get(name, False)
        if v is None:
            return None
        return _to_int(v, f"{self.method}: param '{name}'")

    def opt_count(self, name: str) -> int | None:
        v = self.opt_int(name)
        if v is not None and v < 0:
            raise _invalid(f"{self.method}: param '{name}' must be >= 0")
        return v

    def obj(self, name: str) -> JsonDict:
        v = self._get(name, True)
        if not isinstance(v, dict):
            raise _invalid(f"{self.method}: param '{name}' must be a JSON object")
        return v

    def str_list(self, name: str, required: bool = True) -> list[str] | None:
        v = self._get(name, required)
        if v is None:
            return None
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
            raise _invalid(f"{self.method}: param '{name}' must be an array of strings")
        return list(v)

    def req_str_list(self, name: str) -> list[str]:
        v = self.str_list(name, True)
        assert v is not None
        return v

    def obj_list(self, name: str) -> list[JsonDict]:
        v = self._get(name, True)
        if not isinstance(v, list) or not all(isinstance(x, dict) for x in v):
            raise _invalid(f"{self.method}: param '{name}' must be an array of JSON objects")
        return list(v)


def _to_int(v: Any, what: str) -> int:
    """int64 in proto3 JSON: a number or a decimal string."""
    if isinstance(v, bool):
        raise _invalid(f"{what} must be an integer")
    if isinstance(v, int):
        return v
    if isinstance(v, float) and v.is_integer():
        return int(v)
    if isinstance(v, str) and _INT_RE.fullmatch(v):
        return int(v, 10)
    raise _invalid(f"{what} must be an integer (number or decimal string)")


def _field_str(obj: JsonDict, name: str, what: str, required: bool) -> str | None:
    v = obj.get(name)
    if v is None:
        if required:
            raise _invalid(f"{what}: missing '{name}'")
        return None
    if not isinstance(v, str):
        raise _invalid(f"{what}: '{name}' must be a string")
    return v


def _req_field(obj: JsonDict, name: str, what: str) -> str:
    v = _field_str(obj, name, what, True)
    assert v is not None
    return v


def _embedding(v: Any, what: str) -> npt.NDArray[np.float32] | None:
    if v is None:
        return None
    if not isinstance(v, list) or not set(map(type, v)) <= {int, float}:
        raise _invalid(f"{what} must be an array of numbers")
    if len(v) == 0:
        return None
    return np.asarray(v, dtype=np.float32)


# ---------------------------------------------------------------- stored memory


class _Mem:
    __slots__ = ("created_at", "dim", "json", "norm", "seq", "table", "vec")

    def __init__(self, json: JsonDict, table: str, seq: int) -> None:
        self.json = json
        self.table = table
        self.seq = seq
        self.created_at = _to_int(json.get("createdAt", 0), "memory.createdAt")
        self.vec: npt.NDArray[np.float64] | None = None
        self.norm = 0.0
        self.dim = 0
        emb = _embedding(json.get("embedding"), "memory.embedding")
        if emb is not None:
            self.vec = emb.astype(np.float64)
            self.norm = float(np.sqrt(np.dot(self.vec, self.vec)))
            self.dim = int(emb.shape[0])


class _Group:
    """The searchable memories of one embedding dimension: float64 matrix, norms and scope columns."""

    def __init__(self, mems: list[_Mem]) -> None:
        self.mems = mems
        self.mat = np.stack([m.vec for m in mems if m.vec is not None])
        self.norms = np.array([m.norm for m in mems], dtype=np.float64)
        self.cols: dict[str, npt.NDArray[np.object_]] = {
            "table": np.array([m.table for m in mems], dtype=object)
        }
        for key in ("roomId", "worldId", "entityId", "agentId"):
            self.cols[key] = np.array([m.json.get(key) for m in mems], dtype=object)
        self.unique = np.array([m.json.get("unique") is True for m in mems], dtype=bool)


def _mem_sort_key(m: _Mem) -> tuple[int, str]:
    return (-m.created_at, str(m.json["id"]))


class InMemoryDatabase:
    """The adapter behind `db.call`: `call(method, params)` with proto3-JSON dicts in and out."""

    def __init__(self, clock: Callable[[], int] | None = None) -> None:
        self._clock = clock or (lambda: int(time.time() * 1000))
        self._agents: dict[str, JsonDict] = {}
        self._entities: dict[str, JsonDict] = {}
        self._components: dict[str, JsonDict] = {}
        self._memories: dict[str, _Mem] = {}
        self._worlds: dict[str, JsonDict] = {}
        self._rooms: dict[str, JsonDict] = {}
        self._participants: dict[tuple[str, str], str | None] = {}  # (room, entity) -> user state
        self._relationships: dict[str, JsonDict] = {}
        self._cache: dict[str, tuple[Any, int | None]] = {}
        self._tasks: dict[str, JsonDict] = {}
        self._logs: dict[str, tuple[int, JsonDict]] = {}
        self._seq = 0
        # search matrix per dimension, rebuilt lazily after a change
        self._dirty = True
        self._index: dict[int, _Group] = {}
        self._handlers: dict[str, Callable[[_Params], Any]] = {
            name[len("_m_") :]: getattr(self, name) for name in dir(self) if name.startswith("_m_")
        }

    # ------------------------------------------------------------ dispatch

    def methods(self) -> list[str]:
        """The db methods this implementation serves (must equal api.json)."""
        return sorted(self._handlers)

    def call(self, method: str, params: JsonDict | None = None) -> Any:
        """Run one adapter method; raises DbError (code NOT_FOUND / INVALID_ARGUMENT) on bad calls."""
        handler = self._handlers.get(method)
        if handler is None:
            raise DbError("NOT_FOUND", f"db method not found: {method}")
        return handler(_Params(method, params))

    def _now(self, p: _Params) -> int:
        """The `now` param (ms) when given, else the clock."""
        now = p.opt_int("now")
        return self._clock() if now is None else now

    def _next_seq(self) -> int:
        self._seq += 1
        return self._seq

    # ------------------------------------------------------------ agents

    def _m_create_agent(self, p: _Params) -> bool:
        self._agents[p.str_("agentId")] = dict(p.obj("agent"))
        return True

    def _m_get_agent(self, p: _Params) -> JsonDict | None:
        return self._agents.get(p.str_("agentId"))

    def _m_get_agents(self, p: _Params) -> list[JsonDict]:
        return [self._agents[k] for k in sorted(self._agents)]

    def _m_update_agent(self, p: _Params) -> bool:
        agent_id = p.str_("agentId")
        patch = p.obj("agent")
        cur = self._agents.get(agent_id)
        if cur is None:
            return False
        self._agents[agent_id] = {**cur, **patch}
        return True

    def _m_delete_agent(self, p: _Params) -> bool:
        return self._agents.pop(p.str_("agentId"), None) is not None

    # ------------------------------------------------------------ entities & components

    def _m_create_entities(self, p: _Params) -> bool:
        entities = p.obj_list("entities")
        for i, e in enumerate(entities):
            _req_field(e, "id", f"create_entities: entities[{i}]")
        for e in entities:
            self._entities[e["id"]] = dict(e)
        return True

    def _m_get_entities_by_ids(self, p: _Params) -> list[JsonDict]:
        return [self._entities[i] for i in p.req_str_list("entityIds") if i in self._entities]

    def _m_get_entities_for_room(self, p: _Params) -> list[JsonDict]:
        room_id = p.str_("roomId")
        include = p.opt_bool("includeComponents") or False
        ids = sorted(e for (r, e) in self._participants if r == room_id and e in self._entities)
        out: list[JsonDict] = []
        for i in ids:
            ent = dict(self._entities[i])
            if include:
                ent["components"] = [
                    self._components[c]
                    for c in sorted(self._components)
                    if self._components[c].get("entityId") == i
                ]
            out.append(ent)
        return out

    def _m_update_entity(self, p: _Params) -> None:
        e = p.obj("entity")
        eid = _req_field(e, "id", "update_entity: entity")
        if eid not in self._entities:
            raise DbError("NOT_FOUND", f"update_entity: no entity {eid}")
        self._entities[eid] = dict(e)

    def _m_create_component(self, p: _Params) -> bool:
        c = p.obj("component")
        cid = _req_field(c, "id", "create_component: component")
        _req_field(c, "entityId", "create_component: component")
        self._components[cid] = dict(c)
        return True

    def _component_matches(self, c: JsonDict, p: _Params) -> bool:
        world = p.opt_str("worldId")
        source = p.opt_str("sourceEntityId")
        return (
            c.get("entityId") == p.str_("entityId")
            and (world is None or c.get("worldId") == world)
            and (source is None or c.get("sourceEntityId") == source)
        )

    def _m_get_component(self, p: _Params) -> JsonDict | None:
        type_ = p.str_("type")
        for cid in sorted(self._components):
            c = self._components[cid]
            if c.get("type") == type_ and self._component_matches(c, p):
                return c
        return None

    def _m_get_components(self, p: _Params) -> list[JsonDict]:
        return [
            self._components[c]
            for c in sorted(self._components)
            if self._component_matches(self._components[c], p)
        ]

    def _m_update_component(self, p: _Params) -> None:
        c = p.obj("component")
        cid = _req_field(c, "id", "update_component: component")
        if cid not in self._components:
            raise DbError("NOT_FOUND", f"update_component: no component {cid}")
        self._components[cid] = dict(c)

    def _m_delete_component(self, p: _Params) -> None:
        self._components.pop(p.str_("componentId"), None)

    # ------------------------------------------------------------ memories

    def _store_memory(self, mem: JsonDict, table: str, seq: int | None = None) -> _Mem:
        m = _Mem(mem, table, seq if seq is not None else self._next_seq())
        self._memories[mem["id"]] = m
        self._dirty = True
        return m

    def _m_create_memory(self, p: _Params) -> str:
        mem = dict(p.obj("memory"))
        table = p.str_("tableName")
        unique = p.opt_bool("unique")
        mid = _field_str(mem, "id", "create_memory: memory", False) or str(uuid.uuid4())
        _req_field(mem, "roomId", "create_memory: memory")
        _req_field(mem, "entityId", "create_memory: memory")
        mem["id"] = mid
        created = mem.get("createdAt")
        mem["createdAt"] = str(
            self._now(p) if created is None else _to_int(created, "create_memory: memory.createdAt")
        )
        if unique is not None:
            mem["unique"] = unique
        mem.pop("similarity", None)
        self._store_memory(mem, table)
        return mid

    def _m_get_memory_by_id(self, p: _Params) -> JsonDict | None:
        m = self._memories.get(p.str_("id"))
        return None if m is None else m.json

    def _m_get_memories_by_ids(self, p: _Params) -> list[JsonDict]:
        table = p.opt_str("tableName")
        out = []
        for i in p.req_str_list("ids"):
            m = self._memories.get(i)
            if m is not None and (table is None or m.table == table):
                out.append(m.json)
        return out

    def _m_get_memories(self, p: _Params) -> list[JsonDict]:
        table = p.opt_str("tableName")
        room = p.opt_str("roomId")
        world = p.opt_str("worldId")
        entity = p.opt_str("entityId")
        agent = p.opt_str("agentId")
        unique = p.opt_bool("unique")
        start = p.opt_int("start")
        end = p.opt_int("end")
        count = p.opt_count("count")
        offset = p.opt_count("offset") or 0
        ms = [
            m
            for m in self._memories.values()
            if (table is None or m.table == table)
            and (room is None or m.json.get("roomId") == room)
            and (world is None or m.json.get("worldId") == world)
            and (entity is None or m.json.get("entityId") == entity)
            and (agent is None or m.json.get("agentId") == agent)
            and (not unique or m.json.get("unique") is True)
            and (start is None or m.created_at >= start)
            and (end is None or m.created_at <= end)
        ]
        ms.sort(key=_mem_sort_key)
        ms = ms[offset:]
        if count is not None:
            ms = ms[:count]
        return [m.json for m in ms]

    def _m_get_memories_by_room_ids(self, p: _Params) -> list[JsonDict]:
        table = p.str_("tableName")
        rooms = set(p.req_str_list("roomIds"))
        limit = p.opt_count("limit")
        ms = [m for m in self._memories.values() if m.table == table and m.json.get("roomId") in rooms]
        ms.sort(key=_mem_sort_key)
        if limit is not None:
            ms = ms[:limit]
        return [m.json for m in ms]

    def _rebuild_index(self) -> None:
        groups: dict[int, list[_Mem]] = {}
        for m in self._memories.values():
            if m.vec is not None:
                groups.setdefault(m.dim, []).append(m)
        self._index = {dim: _Group(ms) for dim, ms in groups.items()}
        self._dirty = False

    def _m_search_memories(self, p: _Params) -> list[JsonDict]:
        table = p.str_("tableName")
        q32 = _embedding(p._get("embedding", True), "search_memories: param 'embedding'")
        if q32 is None:
            raise _invalid("search_memories: param 'embedding' must not be empty")
        thr_raw = p._get("matchThreshold", False)
        if thr_raw is not None and (not isinstance(thr_raw, (int, float)) or isinstance(thr_raw, bool)):
            raise _invalid("search_memories: param 'matchThreshold' must be a number")
        threshold = None if thr_raw is None else float(thr_raw)
        count = p.opt_count("count")
        k = DEFAULT_SEARCH_COUNT if count is None else count
        unique = p.opt_bool("unique") or False
        room = p.opt_str("roomId")
        world = p.opt_str("worldId")
        entity = p.opt_str("entityId")
        agent = p.opt_str("agentId")
        if k == 0:
            return []
        if self._dirty:
            self._rebuild_index()
        entry = self._index.get(int(q32.shape[0]))
        if entry is None:
            return []
        ms, mat, norms = entry.mems, entry.mat, entry.norms
        # scope filters first: candidates are exactly the memories in scope
        mask = entry.cols["table"] == table
        for key, want in (("roomId", room), ("worldId", world), ("entityId", entity), ("agentId", agent)):
            if want is not None:
                mask &= entry.cols[key] == want
        if unique:
            mask &= entry.unique
        idx = np.flatnonzero(mask)
        if idx.size == 0:
            return []
        q = q32.astype(np.float64)
        qn = float(np.sqrt(np.dot(q, q)))
        scores = cosine_scores(mat[idx], norms[idx], q, qn)
        if threshold is not None:
            keep = scores >= threshold
            idx, scores = idx[keep], scores[keep]
        if idx.size == 0:
            return []
        if idx.size > k:
            # everything scoring at least the k-th best score, so ties at the boundary sort by id
            kth = np.partition(scores, idx.size - k)[idx.size - k]
            keep = scores >= kth
            idx, scores = idx[keep], scores[keep]
        order = sorted(range(idx.size), key=lambda j: (-scores[j], ms[int(idx[j])].json["id"]))[:k]
        return [{**ms[int(idx[j])].json, "similarity": float(scores[j])} for j in order]

    def _m_update_memory(self, p: _Params) -> bool:
        patch = p.obj("memory")
        mid = _req_field(patch, "id", "update_memory: memory")
        cur = self._memories.get(mid)
        if cur is None:
            return False
        merged = {**cur.json, **patch}
        merged.pop("similarity", None)
        if "createdAt" in patch:
            merged["createdAt"] = str(_to_int(patch["createdAt"], "update_memory: memory.createdAt"))
        self._store_memory(merged, cur.table, cur.seq)
        return True

    def _m_delete_memory(self, p: _Params) -> None:
        if self._memories.pop(p.str_("memoryId"), None) is not None:
            self._dirty = True

    def _m_delete_many_memories(self, p: _Params) -> None:
        for i in p.req_str_list("memoryIds"):
            if self._memories.pop(i, None) is not None:
                self._dirty = True

    def _m_delete_all_memories(self, p: _Params) -> None:
        room = p.str_("roomId")
        table = p.str_("tableName")
        for i in [i for i, m in self._memories.items() if m.table == table and m.json.get("roomId") == room]:
            del self._memories[i]
            self._dirty = True

    def _m_count_memories(self, p: _Params) -> int:
        room = p.str_("roomId")
        unique = p.opt_bool("unique") or False
        table = p.opt_str("tableName")
        return sum(
            1
            for m in self._memories.values()
            if m.json.get("roomId") == room
            and (not unique or m.json.get("unique") is True)
            and (table is None or m.table == table)
        )

    # ------------------------------------------------------------ worlds & rooms

    def _m_create_world(self, p: _Params) -> str:
        w = dict(p.obj("world"))
        wid = _field_str(w, "id", "create_world: world", False) or str(uuid.uuid4())
        w["id"] = wid
        self._worlds[wid] = w
        return wid

    def _m_get_world(self, p: _Params) -> JsonDict | None:
        return self._worlds.get(p.str_("id"))

    def _m_get_all_worlds(self, p: _Params) -> list[JsonDict]:
        return [self._worlds[k] for k in sorted(self._worlds)]

    def _m_update_world(self, p: _Params) -> None:
        w = p.obj("world")
        wid = _req_field(w, "id", "update_world: world")
        if wid not in self._worlds:
            raise DbError("NOT_FOUND", f"update_world: no world {wid}")
        self._worlds[wid] = dict(w)

    def _m_remove_world(self, p: _Params) -> None:
        self._worlds.pop(p.str_("id"), None)

    def _m_create_rooms(self, p: _Params) -> list[str]:
        rooms = [dict(r) for r in p.obj_list("rooms")]
        ids = []
        for r in rooms:
            rid = _field_str(r, "id", "create_rooms: room", False) or str(uuid.uuid4())
            r["id"] = rid
            ids.append(rid)
        for r in rooms:
            self._rooms[r["id"]] = r
        return ids

    def _m_get_rooms_by_ids(self, p: _Params) -> list[JsonDict]:
        return [self._rooms[i] for i in p.req_str_list("roomIds") if i in self._rooms]

    def _m_get_rooms_by_world(self, p: _Params) -> list[JsonDict]:
        world = p.str_("worldId")
        return [self._rooms[k] for k in sorted(self._rooms) if self._rooms[k].get("worldId") == world]

    def _m_update_room(self, p: _Params) -> None:
        r = p.obj("room")
        rid = _req_field(r, "id", "update_room: room")
        if rid not in self._rooms:
            raise DbError("NOT_FOUND", f"update_room: no room {rid}")
        self._rooms[rid] = dict(r)

    def _delete_room(self, room_id: str) -> None:
        self._rooms.pop(room_id, None)
        for key in [k for k in self._participants if k[0] == room_id]:
            del self._participants[key]
        for i in [i for i, m in self._memories.items() if m.json.get("roomId") == room_id]:
            del self._memories[i]
            self._dirty = True

    def _m_delete_room(self, p: _Params) -> None:
        self._delete_room(p.str_("roomId"))

    def _m_delete_rooms_by_world_id(self, p: _Params) -> None:
        world = p.str_("worldId")
        for rid in [k for k, r in self._rooms.items() if r.get("worldId") == world]:
            self._delete_room(rid)

    # ------------------------------------------------------------ participants

    def _m_add_participants_room(self, p: _Params) -> bool:
        room = p.str_("roomId")
        for e in p.req_str_list("entityIds"):
            self._participants.setdefault((room, e), None)
        return True

    def _m_remove_participant(self, p: _Params) -> bool:
        key = (p.str_("roomId"), p.str_("entityId"))
        if key in self._participants:
            del self._participants[key]
            return True
        return False

    def _m_get_participants_for_room(self, p: _Params) -> list[str]:
        room = p.str_("roomId")
        return sorted(e for (r, e) in self._participants if r == room)

    def _m_get_participants_for_entity(self, p: _Params) -> list[JsonDict]:
        entity = p.str_("entityId")
        ent = self._entities.get(entity, {"id": entity})
        return [{"id": r, "entity": ent} for r in sorted(r for (r, e) in self._participants if e == entity)]

    def _m_get_rooms_for_participant(self, p: _Params) -> list[str]:
        entity = p.str_("entityId")
        return sorted(r for (r, e) in self._participants if e == entity)

    def _m_get_rooms_for_participants(self, p: _Params) -> list[str]:
        entities = set(p.req_str_list("entityIds"))
        return sorted({r for (r, e) in self._participants if e in entities})

    def _m_is_room_participant(self, p: _Params) -> bool:
        return (p.str_("roomId"), p.str_("entityId")) in self._participants

    def _m_get_participant_user_state(self, p: _Params) -> str | None:
        return self._participants.get((p.str_("roomId"), p.str_("entityId")))

    def _m_set_participant_user_state(self, p: _Params) -> None:
        key = (p.str_("roomId"), p.str_("entityId"))
        state = p.opt_str("state")
        if key not in self._participants:
            raise DbError("NOT_FOUND", f"set_participant_user_state: {key[1]} is not in room {key[0]}")
        self._participants[key] = state

    # ------------------------------------------------------------ relationships

    def _m_create_relationship(self, p: _Params) -> bool:
        src = p.str_("sourceEntityId")
        dst = p.str_("targetEntityId")
        rel: JsonDict = {
            "id": p.opt_str("id") or str(uuid.uuid4()),
            "sourceEntityId": src,
            "targetEntityId": dst,
            "tags": p.str_list("tags", False) or [],
        }
        meta = p._get("metadata", False)
        if meta is not None:
            if not isinstance(meta, dict):
                raise _invalid("create_relationship: param 'metadata' must be a JSON object")
            rel["metadata"] = meta
        self._relationships[rel["id"]] = rel
        return True

    def _m_get_relationship(self, p: _Params) -> JsonDict | None:
        src = p.str_("sourceEntityId")
        dst = p.str_("targetEntityId")
        for k in sorted(self._relationships):
            r = self._relationships[k]
            if r.get("sourceEntityId") == src and r.get("targetEntityId") == dst:
                return r
        return None

    def _m_get_relationships(self, p: _Params) -> list[JsonDict]:
        entity = p.str_("entityId")
        tags = p.str_list("tags", False)
        out = []
        for k in sorted(self._relationships):
            r = self._relationships[k]
            if entity not in (r.get("sourceEntityId"), r.get("targetEntityId")):
                continue
            if tags and not any(t in (r.get("tags") or []) for t in tags):
                continue
            out.append(r)
        return out

    def _m_update_relationship(self, p: _Params) -> None:
        r = p.obj("relationship")
        rid = _req_field(r, "id", "update_relationship: relationship")
        if rid not in self._relationships:
            raise DbError("NOT_FOUND", f"update_relationship: no relationship {rid}")
        self._relationships[rid] = dict(r)

    # ------------------------------------------------------------ cache

    def _m_get_cache(self, p: _Params) -> Any:
        key = p.str_("key")
        entry = self._cache.get(key)
        if entry is None:
            return None
        value, expires = entry
        if expires is not None and self._now(p) >= expires:
            del self._cache[key]
            return None
        return value

    def _m_set_cache(self, p: _Params) -> bool:
        key = p.str_("key")
        if "value" not in p.p:
            raise _invalid("set_cache: missing required param 'value'")
        self._cache[key] = (p.p["value"], p.opt_int("expiresAt"))
        return True

    def _m_delete_cache(self, p: _Params) -> bool:
        return self._cache.pop(p.str_("key"), None) is not None

    # ------------------------------------------------------------ tasks

    def _m_create_task(self, p: _Params) -> str:
        t = dict(p.obj("task"))
        _req_field(t, "name", "create_task: task")
        tid = _field_str(t, "id", "create_task: task", False) or str(uuid.uuid4())
        t["id"] = tid
        self._tasks[tid] = t
        return tid

    def _m_get_task(self, p: _Params) -> JsonDict | None:
        return self._tasks.get(p.str_("id"))

    def _m_get_tasks(self, p: _Params) -> list[JsonDict]:
        room = p.opt_str("roomId")
        entity = p.opt_str("entityId")
        tags = p.str_list("tags", False)
        return [
            t
            for k in sorted(self._tasks)
            if (t := self._tasks[k]) is not None
            and (room is None or t.get("roomId") == room)
            and (entity is None or t.get("entityId") == entity)
            and (not tags or all(x in (t.get("tags") or []) for x in tags))
        ]

    def _m_get_tasks_by_name(self, p: _Params) -> list[JsonDict]:
        name = p.str_("name")
        return [self._tasks[k] for k in sorted(self._tasks) if self._tasks[k].get("name") == name]

    def _m_update_task(self, p: _Params) -> None:
        tid = p.str_("id")
        patch = p.obj("task")
        cur = self._tasks.get(tid)
        if cur is None:
            raise DbError("NOT_FOUND", f"update_task: no task {tid}")
        self._tasks[tid] = {**cur, **patch, "id": tid}

    def _m_delete_task(self, p: _Params) -> None:
        self._tasks.pop(p.str_("id"), None)

    # ------------------------------------------------------------ logs

    def _m_log(self, p: _Params) -> str:
        log: JsonDict = {"id": p.opt_str("id") or str(uuid.uuid4()), "entityId": p.str_("entityId")}
        room = p.opt_str("roomId")
        if room is not None:
            log["roomId"] = room
        log["body"] = p.obj("body")
        log["type"] = p.str_("type")
        created = p.opt_str("createdAt")
        log["createdAt"] = created if created is not None else _rfc3339(self._now(p))
        self._logs[log["id"]] = (self._next_seq(), log)
        return str(log["id"])

    def _m_get_logs(self, p: _Params) -> list[JsonDict]:
        entity = p.opt_str("entityId")
        room = p.opt_str("roomId")
        type_ = p.opt_str("type")
        count = p.opt_count("count")
        offset = p.opt_count("offset") or 0
        logs = sorted(self._logs.values(), key=lambda x: -x[0])
        out = [
            log
            for _, log in logs
            if (entity is None or log.get("entityId") == entity)
            and (room is None or log.get("roomId") == room)
            and (type_ is None or log.get("type") == type_)
        ][offset:]
        return out if count is None else out[:count]

    def _m_delete_log(self, p: _Params) -> None:
        self._logs.pop(p.str_("logId"), None)


def cosine_scores(
    mat: npt.NDArray[np.float64], norms: npt.NDArray[np.float64], q: npt.NDArray[np.float64], qn: float
) -> npt.NDArray[np.float64]:
    """cos = dot / (|v| * |q|) in float64; 0 where either norm is 0.

    The dot products are row-wise reductions (not BLAS matmul), so equal rows give bit-identical scores
    and ties are decided by id as documented."""
    dots = (mat * q).sum(axis=1)
    denom = norms * qn
    out = np.zeros(dots.shape[0], dtype=np.float64)
    nz = denom > 0
    out[nz] = dots[nz] / denom[nz]
    return out


def _rfc3339(ms: int) -> str:
    secs, rem = divmod(ms, 1000)
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(secs)) + f".{rem:03d}Z"
