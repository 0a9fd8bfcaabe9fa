/**
 * In-memory database with exact cosine vector search, driven by `call(method, params)` with proto3-JSON values.
 * Methods and semantics: plugins/plugin-inmemorydb/API.md (api.json). Same results as the Python and Rust
 * implementations.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Obj = { [key: string]: Json };

export const DEFAULT_SEARCH_COUNT = 10;

/** A failed db call; `code` is a protocol error code (INVALID_ARGUMENT, NOT_FOUND). */
export class DbError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "DbError";
  }
}

const invalid = (msg: string): DbError => new DbError("INVALID_ARGUMENT", msg);
const notFound = (msg: string): DbError => new DbError("NOT_FOUND", msg);

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const cmpStr = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** int64 in proto3 JSON: an integral number or a decimal string. */
function toInt(v: Json | undefined, what: string): number {
  if (typeof v === "number" && Number.isInteger(v)) return v;
  if (typeof v === "string" && /^-?[0-9]+$/.test(v)) return Number(v);
  throw invalid(`${what} must be an integer (number or decimal string)`);
}

function toEmbedding(v: Json | undefined, what: string): Float32Array | undefined {
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v) || !v.every((x) => typeof x === "number")) throw invalid(`${what} must be an array of numbers`);
  if (v.length === 0) return undefined;
  return Float32Array.from(v as number[]);
}

function fieldStr(o: Obj, name: string, what: string, required: true): string;
function fieldStr(o: Obj, name: string, what: string, required: false): string | undefined;
function fieldStr(o: Obj, name: string, what: string, required: boolean): string | undefined {
  const v = o[name];
  if (v === undefined || v === null) {
    if (required) throw invalid(`${what}: missing '${name}'`);
    return undefined;
  }
  if (typeof v !== "string") throw invalid(`${what}: '${name}' must be a string`);
  return v;
}

const str = (o: Obj, name: string): string | undefined => {
  const v = o[name];
  return typeof v === "string" ? v : undefined;
};

/** Typed access to one call's named params; errors name the method and the param. */
class Params {
  constructor(
    readonly method: string,
    readonly p: Obj,
  ) {}
  raw(name: string): Json | undefined {
    const v = this.p[name];
    return v === null ? undefined : v;
  }
  req(name: string): Json {
    const v = this.raw(name);
    if (v === undefined) throw invalid(`${this.method}: missing required param '${name}'`);
    return v;
  }
  s(name: string): string {
    const v = this.req(name);
    if (typeof v !== "string") throw invalid(`${this.method}: param '${name}' must be a string`);
    return v;
  }
  optS(name: string): string | undefined {
    const v = this.raw(name);
    if (v !== undefined && typeof v !== "string") throw invalid(`${this.method}: param '${name}' must be a string`);
    return v;
  }
  optBool(name: string): boolean | undefined {
    const v = this.raw(name);
    if (v !== undefined && typeof v !== "boolean") throw invalid(`${this.method}: param '${name}' must be a boolean`);
    return v;
  }
  optInt(name: string): number | undefined {
    const v = this.raw(name);
    return v === undefined ? undefined : toInt(v, `${this.method}: param '${name}'`);
  }
  optCount(name: string): number | undefined {
    const v = this.optInt(name);
    if (v !== undefined && v < 0) throw invalid(`${this.method}: param '${name}' must be >= 0`);
    return v;
  }
  obj(name: string): Obj {
    const v = this.req(name);
    if (!isObj(v)) throw invalid(`${this.method}: param '${name}' must be a JSON object`);
    return { ...v };
  }
  optStrs(name: string): string[] | undefined {
    const v = this.raw(name);
    if (v === undefined) return undefined;
    if (!Array.isArray(v) || !v.every((x) => typeof x === "string")) {
      throw invalid(`${this.method}: param '${name}' must be an array of strings`);
    }
    return v as string[];
  }
  strs(name: string): string[] {
    this.req(name);
    return this.optStrs(name) ?? [];
  }
  objs(name: string): Obj[] {
    const v = this.req(name);
    if (!Array.isArray(v) || !v.every(isObj)) {
      throw invalid(`${this.method}: param '${name}' must be an array of JSON objects`);
    }
    return (v as Obj[]).map((o) => ({ ...o }));
  }
}

interface Mem {
  json: Obj;
  table: string;
  createdAt: number;
  vec: Float32Array | undefined;
  norm: number;
}

function norm(v: Float32Array): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i]! * v[i]!;
  return Math.sqrt(s);
}

/** Cosine similarity in float64 of float32 vectors: dot / (|a| |b|), 0 when either norm is 0. */
export function cosine(a: Float32Array, aNorm: number, b: Float32Array, bNorm: number): number {
  const denom = aNorm * bNorm;
  if (!(denom > 0)) return 0;
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += a[i]! * b[i]!;
  return dot / denom;
}

function makeMem(json: Obj, table: string): Mem {
  const createdAt = json["createdAt"] === undefined ? 0 : toInt(json["createdAt"], "memory.createdAt");
  const vec = toEmbedding(json["embedding"], "memory.embedding");
  return { json, table, createdAt, vec, norm: vec ? norm(vec) : 0 };
}

const memId = (m: Mem): string => str(m.json, "id") ?? "";
const isUnique = (m: Mem): boolean => m.json["unique"] === true;
const byTime = (a: Mem, b: Mem): number => b.createdAt - a.createdAt || cmpStr(memId(a), memId(b));
const sortedValues = <T>(m: Map<string, T>): T[] =>
  [...m.keys()].sort(cmpStr).map((k) => m.get(k) as T);
const page = <T>(items: T[], offset: number, count: number | undefined): T[] =>
  count === undefined ? items.slice(offset) : items.slice(offset, offset + count);
const eqOpt = (want: string | undefined, got: string | undefined): boolean => want === undefined || got === want;
const tagsOf = (o: Obj): string[] => {
  const t = o["tags"];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === "string") : [];
};

function rfc3339(ms: number): string {
  return new Date(ms).toISOString();
}

type Handler = (p: Params) => Json;

/** The adapter behind `db.call`: `call(method, params)` with proto3-JSON values in and out. */
export class InMemoryDatabase {
  private agents = new Map<string, Obj>();
  private entities = new Map<string, Obj>();
  private components = new Map<string, Obj>();
  private memories = new Map<string, Mem>();
  private worlds = new Map<string, Obj>();
  private rooms = new Map<string, Obj>();
  /** key `${room}\u0000${entity}` -> user state */
  private participants = new Map<string, { room: string; entity: string; state: string | null }>();
  private relationships = new Map<string, Obj>();
  private cache = new Map<string, { value: Json; expiresAt: number | undefined }>();
  private tasks = new Map<string, Obj>();
  private logs = new Map<string, { seq: number; log: Obj }>();
  private seq = 0;
  private readonly handlers: Record<string, Handler>;

  constructor(private readonly clock: () => number = () => Date.now()) {
    this.handlers = this.buildHandlers();
  }

  /** The db methods this implementation serves (sorted; must equal api.json). */
  methods(): string[] {
    return Object.keys(this.handlers).sort(cmpStr);
  }

  /** Runs one adapter method; throws DbError (code NOT_FOUND / INVALID_ARGUMENT) on bad calls. */
  call(method: string, params: Json | undefined = {}): Json {
    const handler = Object.prototype.hasOwnProperty.call(this.handlers, method) ? this.handlers[method] : undefined;
    if (handler === undefined) throw notFound(`db method not found: ${method}`);
    if (params === null || params === undefined) params = {};
    if (!isObj(params)) throw invalid(`${method}: params must be a JSON object`);
    return handler(new Params(method, params));
  }

  private now(p: Params): number {
    return p.optInt("now") ?? this.clock();
  }

  private newId(): string {
    return globalThis.crypto.randomUUID();
  }

  private deleteRoom(room: string): void {
    this.rooms.delete(room);
    for (const [k, v] of [...this.participants]) if (v.room === room) this.participants.delete(k);
    for (const [k, m] of [...this.memories]) if (str(m.json, "roomId") === room) this.memories.delete(k);
  }

  private replaceExisting(map: Map<string, Obj>, o: Obj, what: string): null {
    const id = fieldStr(o, "id", `${what}`, true);
    if (!map.has(id)) throw notFound(`${what.split(":")[0]}: no such id ${id}`);
    map.set(id, o);
    return null;
  }

  private search(p: Params): Json {
    const table = p.s("tableName");
    const query = toEmbedding(p.req("embedding"), "search_memories: param 'embedding'");
    if (query === undefined) throw invalid("search_memories: param 'embedding' must not be empty");
    const thr = p.raw("matchThreshold");
    if (thr !== undefined && typeof thr !== "number") {
      throw invalid("search_memories: param 'matchThreshold' must be a number");
    }
    const k = p.optCount("count") ?? DEFAULT_SEARCH_COUNT;
    const unique = p.optBool("unique") ?? false;
    const room = p.optS("roomId");
    const world = p.optS("worldId");
    const entity = p.optS("entityId");
    const agent = p.optS("agentId");
    if (k === 0) return [];
    const qn = norm(query);
    const hits: { score: number; m: Mem }[] = [];
    // scope filters first: only memories in scope are ranked
    for (const m of this.memories.values()) {
      if (
        m.table !== table ||
        m.vec === undefined ||
        m.vec.length !== query.length ||
        !eqOpt(room, str(m.json, "roomId")) ||
        !eqOpt(world, str(m.json, "worldId")) ||
        !eqOpt(entity, str(m.json, "entityId")) ||
        !eqOpt(agent, str(m.json, "agentId")) ||
        (unique && !isUnique(m))
      ) {
        continue;
      }
      const score = cosine(m.vec, m.norm, query, qn);
      if (thr === undefined || score >= thr) hits.push({ score, m });
    }
    hits.sort((a, b) => b.score - a.score || cmpStr(memId(a.m), memId(b.m)));
    return hits.slice(0, k).map(({ score, m }) => ({ ...m.json, similarity: score }));
  }

  private buildHandlers(): Record<string, Handler> {
    const memsJson = (ms: Mem[]): Json => ms.map((m) => m.json);
    return {
      // agents
      create_agent: (p) => {
        this.agents.set(p.s("agentId"), p.obj("agent"));
        return true;
      },
      get_agent: (p) => this.agents.get(p.s("agentId")) ?? null,
      get_agents: () => sortedValues(this.agents),
      update_agent: (p) => {
        const id = p.s("agentId");
        const patch = p.obj("agent");
        const cur = this.agents.get(id);
        if (cur === undefined) return false;
        this.agents.set(id, { ...cur, ...patch });
        return true;
      },
      delete_agent: (p) => this.agents.delete(p.s("agentId")),

      // entities & components
      create_entities: (p) => {
        const es = p.objs("entities");
        es.forEach((e, i) => fieldStr(e, "id", `create_entities: entities[${i}]`, true));
        for (const e of es) this.entities.set(e["id"] as string, e);
        return true;
      },
      get_entities_by_ids: (p) => p.strs("entityIds").flatMap((i) => this.entities.get(i) ?? []),
      get_entities_for_room: (p) => {
        const room = p.s("roomId");
        const include = p.optBool("includeComponents") ?? false;
        const ids = [...this.participants.values()]
          .filter((x) => x.room === room && this.entities.has(x.entity))
          .map((x) => x.entity)
          .sort(cmpStr);
        return ids.map((id) => {
          const ent: Obj = { ...(this.entities.get(id) as Obj) };
          if (include) ent["components"] = sortedValues(this.components).filter((c) => c["entityId"] === id);
          return ent;
        });
      },
      update_entity: (p) => this.replaceExisting(this.entities, p.obj("entity"), "update_entity: entity"),
      create_component: (p) => {
        const c = p.obj("component");
        const id = fieldStr(c, "id", "create_component: component", true);
        fieldStr(c, "entityId", "create_component: component", true);
        this.components.set(id, c);
        return true;
      },
      get_component: (p) => {
        const [entity, type, world, source] = [p.s("entityId"), p.s("type"), p.optS("worldId"), p.optS("sourceEntityId")];
        return (
          sortedValues(this.components).find(
            (c) =>
              c["entityId"] === entity &&
              c["type"] === type &&
              eqOpt(world, str(c, "worldId")) &&
              eqOpt(source, str(c, "sourceEntityId")),
          ) ?? null
        );
      },
      get_components: (p) => {
        const [entity, world, source] = [p.s("entityId"), p.optS("worldId"), p.optS("sourceEntityId")];
        return sortedValues(this.components).filter(
          (c) => c["entityId"] === entity && eqOpt(world, str(c, "worldId")) && eqOpt(source, str(c, "sourceEntityId")),
        );
      },
      update_component: (p) =>
        this.replaceExisting(this.components, p.obj("component"), "update_component: component"),
      delete_component: (p) => {
        this.components.delete(p.s("componentId"));
        return null;
      },

      // memories
      create_memory: (p) => {
        const mem = p.obj("memory");
        const table = p.s("tableName");
        const unique = p.optBool("unique");
        const id = fieldStr(mem, "id", "create_memory: memory", false) ?? this.newId();
        fieldStr(mem, "roomId", "create_memory: memory", true);
        fieldStr(mem, "entityId", "create_memory: memory", true);
        mem["id"] = id;
        const created = mem["createdAt"];
        mem["createdAt"] = String(
          created === undefined || created === null ? this.now(p) : toInt(created, "create_memory: memory.createdAt"),
        );
        if (unique !== undefined) mem["unique"] = unique;
        delete mem["similarity"];
        this.memories.set(id, makeMem(mem, table));
        return id;
      },
      get_memory_by_id: (p) => this.memories.get(p.s("id"))?.json ?? null,
      get_memories_by_ids: (p) => {
        const ids = p.strs("ids");
        const table = p.optS("tableName");
        return memsJson(ids.flatMap((i) => this.memories.get(i) ?? []).filter((m) => eqOpt(table, m.table)));
      },
      get_memories: (p) => {
        const table = p.optS("tableName");
        const room = p.optS("roomId");
        const world = p.optS("worldId");
        const entity = p.optS("entityId");
        const agent = p.optS("agentId");
        const unique = p.optBool("unique") ?? false;
        const start = p.optInt("start");
        const end = p.optInt("end");
        const count = p.optCount("count");
        const offset = p.optCount("offset") ?? 0;
        const ms = [...this.memories.values()].filter(
          (m) =>
            eqOpt(table, m.table) &&
            eqOpt(room, str(m.json, "roomId")) &&
            eqOpt(world, str(m.json, "worldId")) &&
            eqOpt(entity, str(m.json, "entityId")) &&
            eqOpt(agent, str(m.json, "agentId")) &&
            (!unique || isUnique(m)) &&
            (start === undefined || m.createdAt >= start) &&
            (end === undefined || m.createdAt <= end),
        );
        return memsJson(page(ms.sort(byTime), offset, count));
      },
      get_memories_by_room_ids: (p) => {
        const table = p.s("tableName");
        const rooms = new Set(p.strs("roomIds"));
        const limit = p.optCount("limit");
        const ms = [...this.memories.values()].filter((m) => m.table === table && rooms.has(str(m.json, "roomId") ?? ""));
        return memsJson(page(ms.sort(byTime), 0, limit));
      },
      search_memories: (p) => this.search(p),
      update_memory: (p) => {
        const patch = p.obj("memory");
        const id = fieldStr(patch, "id", "update_memory: memory", true);
        const cur = this.memories.get(id);
        if (cur === undefined) return false;
        const merged: Obj = { ...cur.json, ...patch };
        delete merged["similarity"];
        if (patch["createdAt"] !== undefined) {
          merged["createdAt"] = String(toInt(patch["createdAt"], "update_memory: memory.createdAt"));
        }
        this.memories.set(id, makeMem(merged, cur.table));
        return true;
      },
      delete_memory: (p) => {
        this.memories.delete(p.s("memoryId"));
        return null;
      },
      delete_many_memories: (p) => {
        for (const id of p.strs("memoryIds")) this.memories.delete(id);
        return null;
      },
      delete_all_memories: (p) => {
        const [room, table] = [p.s("roomId"), p.s("tableName")];
        for (const [k, m] of [...this.memories]) {
          if (m.table === table && str(m.json, "roomId") === room) this.memories.delete(k);
        }
        return null;
      },
      count_memories: (p) => {
        const room = p.s("roomId");
        const unique = p.optBool("unique") ?? false;
        const table = p.optS("tableName");
        let n = 0;
        for (const m of this.memories.values()) {
          if (str(m.json, "roomId") === room && (!unique || isUnique(m)) && eqOpt(table, m.table)) n++;
        }
        return n;
      },

      // worlds & rooms
      create_world: (p) => {
        const w = p.obj("world");
        const id = fieldStr(w, "id", "create_world: world", false) ?? this.newId();
        w["id"] = id;
        this.worlds.set(id, w);
        return id;
      },
      get_world: (p) => this.worlds.get(p.s("id")) ?? null,
      get_all_worlds: () => sortedValues(this.worlds),
      update_world: (p) => this.replaceExisting(this.worlds, p.obj("world"), "update_world: world"),
      remove_world: (p) => {
        this.worlds.delete(p.s("id"));
        return null;
      },
      create_rooms: (p) => {
        const rooms = p.objs("rooms");
        const ids = rooms.map((r) => {
          const id = fieldStr(r, "id", "create_rooms: room", false) ?? this.newId();
          r["id"] = id;
          return id;
        });
        rooms.forEach((r, i) => this.rooms.set(ids[i] as string, r));
        return ids;
      },
      get_rooms_by_ids: (p) => p.strs("roomIds").flatMap((i) => this.rooms.get(i) ?? []),
      get_rooms_by_world: (p) => {
        const world = p.s("worldId");
        return sortedValues(this.rooms).filter((r) => r["worldId"] === world);
      },
      update_room: (p) => this.replaceExisting(this.rooms, p.obj("room"), "update_room: room"),
      delete_room: (p) => {
        this.deleteRoom(p.s("roomId"));
        return null;
      },
      delete_rooms_by_world_id: (p) => {
        const world = p.s("worldId");
        for (const [id, r] of [...this.rooms]) if (r["worldId"] === world) this.deleteRoom(id);
        return null;
      },

      // participants
      add_participants_room: (p) => {
        const [entities, room] = [p.strs("entityIds"), p.s("roomId")];
        for (const entity of entities) {
          const key = `${room}\u0000${entity}`;
          if (!this.participants.has(key)) this.participants.set(key, { room, entity, state: null });
        }
        return true;
      },
      remove_participant: (p) => this.participants.delete(`${p.s("roomId")}\u0000${p.s("entityId")}`),
      get_participants_for_room: (p) => {
        const room = p.s("roomId");
        return [...this.participants.values()].filter((x) => x.room === room).map((x) => x.entity).sort(cmpStr);
      },
      get_participants_for_entity: (p) => {
        const entity = p.s("entityId");
        const ent: Obj = this.entities.get(entity) ?? { id: entity };
        const rooms = [...this.participants.values()].filter((x) => x.entity === entity).map((x) => x.room);
        return rooms.sort(cmpStr).map((r) => ({ id: r, entity: ent }));
      },
      get_rooms_for_participant: (p) => {
        const entity = p.s("entityId");
        return [...this.participants.values()].filter((x) => x.entity === entity).map((x) => x.room).sort(cmpStr);
      },
      get_rooms_for_participants: (p) => {
        const entities = new Set(p.strs("entityIds"));
        const rooms = new Set([...this.participants.values()].filter((x) => entities.has(x.entity)).map((x) => x.room));
        return [...rooms].sort(cmpStr);
      },
      is_room_participant: (p) => this.participants.has(`${p.s("roomId")}\u0000${p.s("entityId")}`),
      get_participant_user_state: (p) =>
        this.participants.get(`${p.s("roomId")}\u0000${p.s("entityId")}`)?.state ?? null,
      set_participant_user_state: (p) => {
        const [room, entity] = [p.s("roomId"), p.s("entityId")];
        const state = p.optS("state") ?? null;
        const cur = this.participants.get(`${room}\u0000${entity}`);
        if (cur === undefined) throw notFound(`set_participant_user_state: ${entity} is not in room ${room}`);
        cur.state = state;
        return null;
      },

      // relationships
      create_relationship: (p) => {
        const rel: Obj = {
          id: p.optS("id") ?? this.newId(),
          sourceEntityId: p.s("sourceEntityId"),
          targetEntityId: p.s("targetEntityId"),
          tags: p.optStrs("tags") ?? [],
        };
        const meta = p.raw("metadata");
        if (meta !== undefined) {
          if (!isObj(meta)) throw invalid("create_relationship: param 'metadata' must be a JSON object");
          rel["metadata"] = meta;
        }
        this.relationships.set(rel["id"] as string, rel);
        return true;
      },
      get_relationship: (p) => {
        const [src, dst] = [p.s("sourceEntityId"), p.s("targetEntityId")];
        return (
          sortedValues(this.relationships).find((r) => r["sourceEntityId"] === src && r["targetEntityId"] === dst) ?? null
        );
      },
      get_relationships: (p) => {
        const entity = p.s("entityId");
        const tags = p.optStrs("tags") ?? [];
        return sortedValues(this.relationships).filter(
          (r) =>
            (r["sourceEntityId"] === entity || r["targetEntityId"] === entity) &&
            (tags.length === 0 || tags.some((t) => tagsOf(r).includes(t))),
        );
      },
      update_relationship: (p) =>
        this.replaceExisting(this.relationships, p.obj("relationship"), "update_relationship: relationship"),

      // cache
      get_cache: (p) => {
        const key = p.s("key");
        const entry = this.cache.get(key);
        if (entry === undefined) return null;
        if (entry.expiresAt !== undefined && this.now(p) >= entry.expiresAt) {
          this.cache.delete(key);
          return null;
        }
        return entry.value;
      },
      set_cache: (p) => {
        const key = p.s("key");
        if (!Object.prototype.hasOwnProperty.call(p.p, "value")) throw invalid("set_cache: missing required param 'value'");
        this.cache.set(key, { value: p.p["value"] as Json, expiresAt: p.optInt("expiresAt") });
        return true;
      },
      delete_cache: (p) => this.cache.delete(p.s("key")),

      // tasks
      create_task: (p) => {
        const t = p.obj("task");
        fieldStr(t, "name", "create_task: task", true);
        const id = fieldStr(t, "id", "create_task: task", false) ?? this.newId();
        t["id"] = id;
        this.tasks.set(id, t);
        return id;
      },
      get_task: (p) => this.tasks.get(p.s("id")) ?? null,
      get_tasks: (p) => {
        const [room, entity, tags] = [p.optS("roomId"), p.optS("entityId"), p.optStrs("tags") ?? []];
        return sortedValues(this.tasks).filter(
          (t) => eqOpt(room, str(t, "roomId")) && eqOpt(entity, str(t, "entityId")) && tags.every((x) => tagsOf(t).includes(x)),
        );
      },
      get_tasks_by_name: (p) => {
        const name = p.s("name");
        return sortedValues(this.tasks).filter((t) => t["name"] === name);
      },
      update_task: (p) => {
        const [id, patch] = [p.s("id"), p.obj("task")];
        const cur = this.tasks.get(id);
        if (cur === undefined) throw notFound(`update_task: no task ${id}`);
        this.tasks.set(id, { ...cur, ...patch, id });
        return null;
      },
      delete_task: (p) => {
        this.tasks.delete(p.s("id"));
        return null;
      },

      // logs
      log: (p) => {
        const id = p.optS("id") ?? this.newId();
        const log: Obj = { id, entityId: p.s("entityId") };
        const room = p.optS("roomId");
        if (room !== undefined) log["roomId"] = room;
        log["body"] = p.obj("body");
        log["type"] = p.s("type");
        log["createdAt"] = p.optS("createdAt") ?? rfc3339(this.now(p));
        this.logs.set(id, { seq: ++this.seq, log });
        return id;
      },
      get_logs: (p) => {
        const [entity, room, type] = [p.optS("entityId"), p.optS("roomId"), p.optS("type")];
        const count = p.optCount("count");
        const offset = p.optCount("offset") ?? 0;
        const logs = [...this.logs.values()]
          .sort((a, b) => b.seq - a.seq)
          .map((x) => x.log)
          .filter((l) => eqOpt(entity, str(l, "entityId")) && eqOpt(room, str(l, "roomId")) && eqOpt(type, str(l, "type")));
        return page(logs, offset, count);
      },
      delete_log: (p) => {
        this.logs.delete(p.s("logId"));
        return null;
      },
    };
  }
}
