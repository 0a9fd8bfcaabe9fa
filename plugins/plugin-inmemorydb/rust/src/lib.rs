//! plugin-inmemorydb for Rust: an in-memory elizaOS database adapter with exact cosine vector search,
//! served through `db.call` (methods and semantics in plugins/plugin-inmemorydb/API.md).
//!
//! Values are proto3-JSON of the eliza.interop.v1 messages, kept as `serde_json::Value`. No filesystem and
//! no threads: the crate builds for wasm32-unknown-unknown, where the clock must come from a `now` param.
#![deny(missing_docs)]

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Mutex;

use elizaos_interop::proto::{CrossLanguagePluginManifest, ErrorCode, PluginLanguage};
use elizaos_interop::{Plugin, PluginError, PluginResult};
use serde_json::{json, Map, Value};

/// Default `count` of `search_memories`.
pub const DEFAULT_SEARCH_COUNT: usize = 10;

/// Every db method this implementation serves (sorted; must equal api.json).
pub const METHODS: &[&str] = &[
    "add_participants_room",
    "count_memories",
    "create_agent",
    "create_component",
    "create_entities",
    "create_memory",
    "create_relationship",
    "create_rooms",
    "create_task",
    "create_world",
    "delete_agent",
    "delete_all_memories",
    "delete_cache",
    "delete_component",
    "delete_log",
    "delete_many_memories",
    "delete_memory",
    "delete_room",
    "delete_rooms_by_world_id",
    "delete_task",
    "get_agent",
    "get_agents",
    "get_all_worlds",
    "get_cache",
    "get_component",
    "get_components",
    "get_entities_by_ids",
    "get_entities_for_room",
    "get_logs",
    "get_memories",
    "get_memories_by_ids",
    "get_memories_by_room_ids",
    "get_memory_by_id",
    "get_participant_user_state",
    "get_participants_for_entity",
    "get_participants_for_room",
    "get_relationship",
    "get_relationships",
    "get_rooms_by_ids",
    "get_rooms_by_world",
    "get_rooms_for_participant",
    "get_rooms_for_participants",
    "get_task",
    "get_tasks",
    "get_tasks_by_name",
    "get_world",
    "is_room_participant",
    "log",
    "remove_participant",
    "remove_world",
    "search_memories",
    "set_cache",
    "set_participant_user_state",
    "update_agent",
    "update_component",
    "update_entity",
    "update_memory",
    "update_relationship",
    "update_room",
    "update_task",
    "update_world",
];

type Obj = Map<String, Value>;
type R<T> = PluginResult<T>;

fn invalid(msg: impl Into<String>) -> PluginError {
    PluginError::invalid_argument(msg)
}

fn not_found(msg: impl Into<String>) -> PluginError {
    PluginError::new(ErrorCode::NotFound, msg)
}

/// int64 in proto3 JSON: a number with an integral value or a decimal string.
fn to_int(v: &Value, what: &str) -> R<i64> {
    match v {
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                return Ok(i);
            }
            if let Some(f) = n.as_f64() {
                if f.fract() == 0.0 && f.abs() < 9.2e18 {
                    return Ok(f as i64);
                }
            }
        }
        Value::String(s) => {
            let digits = s.strip_prefix('-').unwrap_or(s);
            if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
                if let Ok(i) = s.parse::<i64>() {
                    return Ok(i);
                }
            }
        }
        _ => {}
    }
    Err(invalid(format!("{what} must be an integer (number or decimal string)")))
}

/// Parses an embedding (array of numbers) to float32; `None` when absent or empty.
fn to_embedding(v: Option<&Value>, what: &str) -> R<Option<Vec<f32>>> {
    let Some(v) = v else { return Ok(None) };
    if v.is_null() {
        return Ok(None);
    }
    let Value::Array(items) = v else { return Err(invalid(format!("{what} must be an array of numbers"))) };
    if items.is_empty() {
        return Ok(None);
    }
    let mut out = Vec::with_capacity(items.len());
    for x in items {
        match x.as_f64() {
            Some(f) => out.push(f as f32),
            None => return Err(invalid(format!("{what} must be an array of numbers"))),
        }
    }
    Ok(Some(out))
}

fn obj_str<'a>(o: &'a Obj, name: &str) -> Option<&'a str> {
    o.get(name).and_then(Value::as_str)
}

fn field_str(o: &Obj, name: &str, what: &str, required: bool) -> R<Option<String>> {
    match o.get(name) {
        None | Some(Value::Null) if required => Err(invalid(format!("{what}: missing '{name}'"))),
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(invalid(format!("{what}: '{name}' must be a string"))),
    }
}

/// Named params of one call, with typed accessors that name the method and param in their errors.
struct P<'a> {
    method: &'a str,
    p: &'a Obj,
}

impl<'a> P<'a> {
    fn raw(&self, name: &str) -> Option<&'a Value> {
        self.p.get(name).filter(|v| !v.is_null())
    }
    fn req(&self, name: &str) -> R<&'a Value> {
        self.raw(name).ok_or_else(|| invalid(format!("{}: missing required param '{name}'", self.method)))
    }
    fn s(&self, name: &str) -> R<String> {
        match self.req(name)? {
            Value::String(s) => Ok(s.clone()),
            _ => Err(invalid(format!("{}: param '{name}' must be a string", self.method))),
        }
    }
    fn opt_s(&self, name: &str) -> R<Option<String>> {
        match self.raw(name) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(_) => Err(invalid(format!("{}: param '{name}' must be a string", self.method))),
        }
    }
    fn opt_bool(&self, name: &str) -> R<Option<bool>> {
        match self.raw(name) {
            None => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(*b)),
            Some(_) => Err(invalid(format!("{}: param '{name}' must be a boolean", self.method))),
        }
    }
    fn opt_int(&self, name: &str) -> R<Option<i64>> {
        self.raw(name).map(|v| to_int(v, &format!("{}: param '{name}'", self.method))).transpose()
    }
    fn opt_count(&self, name: &str) -> R<Option<usize>> {
        match self.opt_int(name)? {
            Some(n) if n < 0 => Err(invalid(format!("{}: param '{name}' must be >= 0", self.method))),
            Some(n) => Ok(Some(n as usize)),
            None => Ok(None),
        }
    }
    fn obj(&self, name: &str) -> R<Obj> {
        match self.req(name)? {
            Value::Object(o) => Ok(o.clone()),
            _ => Err(invalid(format!("{}: param '{name}' must be a JSON object", self.method))),
        }
    }
    fn opt_strs(&self, name: &str) -> R<Option<Vec<String>>> {
        let Some(v) = self.raw(name) else { return Ok(None) };
        let err = || invalid(format!("{}: param '{name}' must be an array of strings", self.method));
        let Value::Array(items) = v else { return Err(err()) };
        items.iter().map(|x| x.as_str().map(str::to_owned).ok_or_else(err)).collect::<R<Vec<_>>>().map(Some)
    }
    fn strs(&self, name: &str) -> R<Vec<String>> {
        self.req(name)?;
        Ok(self.opt_strs(name)?.unwrap_or_default())
    }
    fn objs(&self, name: &str) -> R<Vec<Obj>> {
        let err = || invalid(format!("{}: param '{name}' must be an array of JSON objects", self.method));
        let Value::Array(items) = self.req(name)? else { return Err(err()) };
        items.iter().map(|x| x.as_object().cloned().ok_or_else(err)).collect()
    }
}

/// A stored memory: its JSON, table, creation time and float32 embedding with precomputed norm.
struct Mem {
    json: Obj,
    table: String,
    created_at: i64,
    vec: Option<Vec<f32>>,
    norm: f64,
}

impl Mem {
    fn new(json: Obj, table: String) -> R<Self> {
        let created_at = match json.get("createdAt") {
            Some(v) => to_int(v, "memory.createdAt")?,
            None => 0,
        };
        let vec = to_embedding(json.get("embedding"), "memory.embedding")?;
        let norm = vec.as_deref().map(norm).unwrap_or(0.0);
        Ok(Self { json, table, created_at, vec, norm })
    }
    fn s(&self, name: &str) -> Option<&str> {
        obj_str(&self.json, name)
    }
    fn is_unique(&self) -> bool {
        self.json.get("unique") == Some(&Value::Bool(true))
    }
    fn id(&self) -> &str {
        self.s("id").unwrap_or("")
    }
}

fn norm(v: &[f32]) -> f64 {
    v.iter().map(|&x| f64::from(x) * f64::from(x)).sum::<f64>().sqrt()
}

/// Cosine similarity in float64 of float32 vectors: dot / (|a| |b|), 0 when either norm is 0.
pub fn cosine(a: &[f32], a_norm: f64, b: &[f32], b_norm: f64) -> f64 {
    let denom = a_norm * b_norm;
    if denom <= 0.0 {
        return 0.0;
    }
    let dot: f64 = a.iter().zip(b).map(|(&x, &y)| f64::from(x) * f64::from(y)).sum();
    dot / denom
}

fn sort_mems(ms: &mut [&Mem]) {
    ms.sort_by(|a, b| b.created_at.cmp(&a.created_at).then_with(|| a.id().cmp(b.id())));
}

fn mems_json(ms: &[&Mem]) -> Value {
    Value::Array(ms.iter().map(|m| Value::Object(m.json.clone())).collect())
}

fn page<T>(items: Vec<T>, offset: usize, count: Option<usize>) -> Vec<T> {
    let it = items.into_iter().skip(offset);
    match count {
        Some(c) => it.take(c).collect(),
        None => it.collect(),
    }
}

fn objs_json<'a>(it: impl Iterator<Item = &'a Obj>) -> Value {
    Value::Array(it.map(|o| Value::Object(o.clone())).collect())
}

fn opt_json(o: Option<&Obj>) -> Value {
    o.map(|o| Value::Object(o.clone())).unwrap_or(Value::Null)
}

#[derive(Default)]
struct Store {
    agents: BTreeMap<String, Obj>,
    entities: BTreeMap<String, Obj>,
    components: BTreeMap<String, Obj>,
    memories: HashMap<String, Mem>,
    worlds: BTreeMap<String, Obj>,
    rooms: BTreeMap<String, Obj>,
    /// (room, entity) -> user state
    participants: BTreeMap<(String, String), Option<String>>,
    relationships: BTreeMap<String, Obj>,
    cache: HashMap<String, (Value, Option<i64>)>,
    tasks: BTreeMap<String, Obj>,
    logs: HashMap<String, (u64, Obj)>,
    seq: u64,
    rng: u64,
}

/// The in-memory database: `call(method, params)` with proto3-JSON values in and out. Thread-safe.
pub struct InMemoryDb {
    store: Mutex<Store>,
}

impl Default for InMemoryDb {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn system_now_ms() -> R<i64> {
    let d = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_err(|e| PluginError::handler(format!("system clock before 1970: {e}")))?;
    Ok(d.as_millis() as i64)
}

#[cfg(target_arch = "wasm32")]
fn system_now_ms() -> R<i64> {
    Err(invalid("no clock in wasm32: pass the time as param 'now' (ms since the epoch)"))
}

/// RFC 3339 UTC with milliseconds for a time in ms since the epoch.
fn rfc3339(ms: i64) -> String {
    let secs = ms.div_euclid(1000);
    let milli = ms.rem_euclid(1000);
    let days = secs.div_euclid(86_400);
    let sod = secs.rem_euclid(86_400);
    // civil_from_days (Howard Hinnant)
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{milli:03}Z", sod / 3600, sod % 3600 / 60, sod % 60)
}

impl Store {
    fn next_seq(&mut self) -> u64 {
        self.seq += 1;
        self.seq
    }

    /// A random-looking UUID v4 string (splitmix64; ids only need to be unique within this store).
    fn new_id(&mut self) -> String {
        let mut next = || {
            self.rng = self.rng.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = self.rng;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        };
        let (a, b) = (next(), next());
        let a = (a & 0xFFFF_FFFF_FFFF_0FFF) | 0x4000;
        let b = (b & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000;
        format!(
            "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
            a >> 32,
            (a >> 16) & 0xFFFF,
            a & 0xFFFF,
            b >> 48,
            b & 0xFFFF_FFFF_FFFF
        )
    }

    fn now(p: &P) -> R<i64> {
        match p.opt_int("now")? {
            Some(n) => Ok(n),
            None => system_now_ms(),
        }
    }

    fn dispatch(&mut self, method: &str, p: &P) -> R<Value> {
        Ok(match method {
            // agents
            "create_agent" => {
                let (id, agent) = (p.s("agentId")?, p.obj("agent")?);
                self.agents.insert(id, agent);
                json!(true)
            }
            "get_agent" => opt_json(self.agents.get(&p.s("agentId")?)),
            "get_agents" => objs_json(self.agents.values()),
            "update_agent" => {
                let (id, patch) = (p.s("agentId")?, p.obj("agent")?);
                match self.agents.get_mut(&id) {
                    Some(cur) => {
                        cur.extend(patch);
                        json!(true)
                    }
                    None => json!(false),
                }
            }
            "delete_agent" => json!(self.agents.remove(&p.s("agentId")?).is_some()),

            // entities & components
            "create_entities" => {
                let entities = p.objs("entities")?;
                let mut ids = Vec::new();
                for (i, e) in entities.iter().enumerate() {
                    ids.push(field_str(e, "id", &format!("create_entities: entities[{i}]"), true)?.unwrap_or_default());
                }
                for (id, e) in ids.into_iter().zip(entities) {
                    self.entities.insert(id, e);
                }
                json!(true)
            }
            "get_entities_by_ids" => {
                let ids = p.strs("entityIds")?;
                objs_json(ids.iter().filter_map(|i| self.entities.get(i)))
            }
            "get_entities_for_room" => {
                let room = p.s("roomId")?;
                let include = p.opt_bool("includeComponents")?.unwrap_or(false);
                let mut out = Vec::new();
                for (r, e) in self.participants.keys() {
                    if *r != room {
                        continue;
                    }
                    let Some(ent) = self.entities.get(e) else { continue };
                    let mut ent = ent.clone();
                    if include {
                        let comps: Vec<Value> = self
                            .components
                            .values()
                            .filter(|c| obj_str(c, "entityId") == Some(e.as_str()))
                            .map(|c| Value::Object(c.clone()))
                            .collect();
                        ent.insert("components".into(), Value::Array(comps));
                    }
                    out.push(Value::Object(ent));
                }
                Value::Array(out)
            }
            "update_entity" => {
                let e = p.obj("entity")?;
                let id = field_str(&e, "id", "update_entity: entity", true)?.unwrap_or_default();
                if !self.entities.contains_key(&id) {
                    return Err(not_found(format!("update_entity: no entity {id}")));
                }
                self.entities.insert(id, e);
                Value::Null
            }
            "create_component" => {
                let c = p.obj("component")?;
                let id = field_str(&c, "id", "create_component: component", true)?.unwrap_or_default();
                field_str(&c, "entityId", "create_component: component", true)?;
                self.components.insert(id, c);
                json!(true)
            }
            "get_component" | "get_components" => {
                let entity = p.s("entityId")?;
                let type_ = if method == "get_component" { Some(p.s("type")?) } else { None };
                let world = p.opt_s("worldId")?;
                let source = p.opt_s("sourceEntityId")?;
                let mut it = self.components.values().filter(|c| {
                    obj_str(c, "entityId") == Some(entity.as_str())
                        && type_.as_deref().is_none_or(|t| obj_str(c, "type") == Some(t))
                        && world.as_deref().is_none_or(|w| obj_str(c, "worldId") == Some(w))
                        && source.as_deref().is_none_or(|s| obj_str(c, "sourceEntityId") == Some(s))
                });
                if method == "get_component" {
                    opt_json(it.next())
                } else {
                    objs_json(it)
                }
            }
            "update_component" => {
                let c = p.obj("component")?;
                let id = field_str(&c, "id", "update_component: component", true)?.unwrap_or_default();
                if !self.components.contains_key(&id) {
                    return Err(not_found(format!("update_component: no component {id}")));
                }
                self.components.insert(id, c);
                Value::Null
            }
            "delete_component" => {
                self.components.remove(&p.s("componentId")?);
                Value::Null
            }

            // memories
            "create_memory" => {
                let mut mem = p.obj("memory")?;
                let table = p.s("tableName")?;
                let unique = p.opt_bool("unique")?;
                let id = match field_str(&mem, "id", "create_memory: memory", false)? {
                    Some(id) => id,
                    None => self.new_id(),
                };
                field_str(&mem, "roomId", "create_memory: memory", true)?;
                field_str(&mem, "entityId", "create_memory: memory", true)?;
                mem.insert("id".into(), json!(id));
                let created = match mem.get("createdAt").filter(|v| !v.is_null()) {
                    Some(v) => to_int(v, "create_memory: memory.createdAt")?,
                    None => Self::now(p)?,
                };
                mem.insert("createdAt".into(), json!(created.to_string()));
                if let Some(u) = unique {
                    mem.insert("unique".into(), json!(u));
                }
                mem.remove("similarity");
                let m = Mem::new(mem, table)?;
                self.memories.insert(id.clone(), m);
                json!(id)
            }
            "get_memory_by_id" => opt_json(self.memories.get(&p.s("id")?).map(|m| &m.json)),
            "get_memories_by_ids" => {
                let ids = p.strs("ids")?;
                let table = p.opt_s("tableName")?;
                let ms: Vec<&Mem> = ids
                    .iter()
                    .filter_map(|i| self.memories.get(i))
                    .filter(|m| table.as_deref().is_none_or(|t| m.table == t))
                    .collect();
                mems_json(&ms)
            }
            "get_memories" => {
                let table = p.opt_s("tableName")?;
                let room = p.opt_s("roomId")?;
                let world = p.opt_s("worldId")?;
                let entity = p.opt_s("entityId")?;
                let agent = p.opt_s("agentId")?;
                let unique = p.opt_bool("unique")?.unwrap_or(false);
                let start = p.opt_int("start")?;
                let end = p.opt_int("end")?;
                let count = p.opt_count("count")?;
                let offset = p.opt_count("offset")?.unwrap_or(0);
                let mut ms: Vec<&Mem> = self
                    .memories
                    .values()
                    .filter(|m| {
                        table.as_deref().is_none_or(|t| m.table == t)
                            && room.as_deref().is_none_or(|r| m.s("roomId") == Some(r))
                            && world.as_deref().is_none_or(|w| m.s("worldId") == Some(w))
                            && entity.as_deref().is_none_or(|e| m.s("entityId") == Some(e))
                            && agent.as_deref().is_none_or(|a| m.s("agentId") == Some(a))
                            && (!unique || m.is_unique())
                            && start.is_none_or(|s| m.created_at >= s)
                            && end.is_none_or(|e| m.created_at <= e)
                    })
                    .collect();
                sort_mems(&mut ms);
                mems_json(&page(ms, offset, count))
            }
            "get_memories_by_room_ids" => {
                let table = p.s("tableName")?;
                let rooms: BTreeSet<String> = p.strs("roomIds")?.into_iter().collect();
                let limit = p.opt_count("limit")?;
                let mut ms: Vec<&Mem> = self
                    .memories
                    .values()
                    .filter(|m| m.table == table && m.s("roomId").is_some_and(|r| rooms.contains(r)))
                    .collect();
                sort_mems(&mut ms);
                mems_json(&page(ms, 0, limit))
            }
            "search_memories" => self.search(p)?,
            "update_memory" => {
                let patch = p.obj("memory")?;
                let id = field_str(&patch, "id", "update_memory: memory", true)?.unwrap_or_default();
                let Some(cur) = self.memories.get(&id) else { return Ok(json!(false)) };
                let mut merged = cur.json.clone();
                let table = cur.table.clone();
                for (k, v) in patch {
                    let v = if k == "createdAt" {
                        json!(to_int(&v, "update_memory: memory.createdAt")?.to_string())
                    } else {
                        v
                    };
                    merged.insert(k, v);
                }
                merged.remove("similarity");
                let m = Mem::new(merged, table)?;
                self.memories.insert(id, m);
                json!(true)
            }
            "delete_memory" => {
                self.memories.remove(&p.s("memoryId")?);
                Value::Null
            }
            "delete_many_memories" => {
                for id in p.strs("memoryIds")? {
                    self.memories.remove(&id);
                }
                Value::Null
            }
            "delete_all_memories" => {
                let (room, table) = (p.s("roomId")?, p.s("tableName")?);
                self.memories.retain(|_, m| !(m.table == table && m.s("roomId") == Some(room.as_str())));
                Value::Null
            }
            "count_memories" => {
                let room = p.s("roomId")?;
                let unique = p.opt_bool("unique")?.unwrap_or(false);
                let table = p.opt_s("tableName")?;
                let n = self
                    .memories
                    .values()
                    .filter(|m| {
                        m.s("roomId") == Some(room.as_str())
                            && (!unique || m.is_unique())
                            && table.as_deref().is_none_or(|t| m.table == t)
                    })
                    .count();
                json!(n)
            }

            // worlds & rooms
            "create_world" => {
                let mut w = p.obj("world")?;
                let id = match field_str(&w, "id", "create_world: world", false)? {
                    Some(id) => id,
                    None => self.new_id(),
                };
                w.insert("id".into(), json!(id));
                self.worlds.insert(id.clone(), w);
                json!(id)
            }
            "get_world" => opt_json(self.worlds.get(&p.s("id")?)),
            "get_all_worlds" => objs_json(self.worlds.values()),
            "update_world" => {
                let w = p.obj("world")?;
                let id = field_str(&w, "id", "update_world: world", true)?.unwrap_or_default();
                if !self.worlds.contains_key(&id) {
                    return Err(not_found(format!("update_world: no world {id}")));
                }
                self.worlds.insert(id, w);
                Value::Null
            }
            "remove_world" => {
                self.worlds.remove(&p.s("id")?);
                Value::Null
            }
            "create_rooms" => {
                let mut rooms = p.objs("rooms")?;
                let mut ids = Vec::new();
                for r in rooms.iter_mut() {
                    let id = match field_str(r, "id", "create_rooms: room", false)? {
                        Some(id) => id,
                        None => self.new_id(),
                    };
                    r.insert("id".into(), json!(id));
                    ids.push(id);
                }
                for (id, r) in ids.iter().zip(rooms) {
                    self.rooms.insert(id.clone(), r);
                }
                json!(ids)
            }
            "get_rooms_by_ids" => {
                let ids = p.strs("roomIds")?;
                objs_json(ids.iter().filter_map(|i| self.rooms.get(i)))
            }
            "get_rooms_by_world" => {
                let world = p.s("worldId")?;
                objs_json(self.rooms.values().filter(|r| obj_str(r, "worldId") == Some(world.as_str())))
            }
            "update_room" => {
                let r = p.obj("room")?;
                let id = field_str(&r, "id", "update_room: room", true)?.unwrap_or_default();
                if !self.rooms.contains_key(&id) {
                    return Err(not_found(format!("update_room: no room {id}")));
                }
                self.rooms.insert(id, r);
                Value::Null
            }
            "delete_room" => {
                let room = p.s("roomId")?;
                self.delete_room(&room);
                Value::Null
            }
            "delete_rooms_by_world_id" => {
                let world = p.s("worldId")?;
                let ids: Vec<String> = self
                    .rooms
                    .iter()
                    .filter(|(_, r)| obj_str(r, "worldId") == Some(world.as_str()))
                    .map(|(k, _)| k.clone())
                    .collect();
                for id in ids {
                    self.delete_room(&id);
                }
                Value::Null
            }

            // participants
            "add_participants_room" => {
                let (ids, room) = (p.strs("entityIds")?, p.s("roomId")?);
                for e in ids {
                    self.participants.entry((room.clone(), e)).or_insert(None);
                }
                json!(true)
            }
            "remove_participant" => {
                let key = (p.s("roomId")?, p.s("entityId")?);
                json!(self.participants.remove(&key).is_some())
            }
            "get_participants_for_room" => {
                let room = p.s("roomId")?;
                json!(self.participants.keys().filter(|(r, _)| *r == room).map(|(_, e)| e).collect::<Vec<_>>())
            }
            "get_participants_for_entity" => {
                let entity = p.s("entityId")?;
                let ent = self.entities.get(&entity).cloned().unwrap_or_else(|| {
                    let mut o = Obj::new();
                    o.insert("id".into(), json!(entity));
                    o
                });
                let rooms: BTreeSet<&String> =
                    self.participants.keys().filter(|(_, e)| *e == entity).map(|(r, _)| r).collect();
                Value::Array(rooms.into_iter().map(|r| json!({"id": r, "entity": ent})).collect())
            }
            "get_rooms_for_participant" | "get_rooms_for_participants" => {
                let ids: BTreeSet<String> = if method == "get_rooms_for_participant" {
                    std::iter::once(p.s("entityId")?).collect()
                } else {
                    p.strs("entityIds")?.into_iter().collect()
                };
                let rooms: BTreeSet<&String> =
                    self.participants.keys().filter(|(_, e)| ids.contains(e)).map(|(r, _)| r).collect();
                json!(rooms)
            }
            "is_room_participant" => {
                let key = (p.s("roomId")?, p.s("entityId")?);
                json!(self.participants.contains_key(&key))
            }
            "get_participant_user_state" => {
                let key = (p.s("roomId")?, p.s("entityId")?);
                json!(self.participants.get(&key).cloned().flatten())
            }
            "set_participant_user_state" => {
                let key = (p.s("roomId")?, p.s("entityId")?);
                let state = p.opt_s("state")?;
                match self.participants.get_mut(&key) {
                    Some(s) => *s = state,
                    None => {
                        return Err(not_found(format!(
                            "set_participant_user_state: {} is not in room {}",
                            key.1, key.0
                        )))
                    }
                }
                Value::Null
            }

            // relationships
            "create_relationship" => {
                let src = p.s("sourceEntityId")?;
                let dst = p.s("targetEntityId")?;
                let tags = p.opt_strs("tags")?.unwrap_or_default();
                let id = match p.opt_s("id")? {
                    Some(id) => id,
                    None => self.new_id(),
                };
                let mut rel = Obj::new();
                rel.insert("id".into(), json!(id));
                rel.insert("sourceEntityId".into(), json!(src));
                rel.insert("targetEntityId".into(), json!(dst));
                rel.insert("tags".into(), json!(tags));
                if let Some(meta) = p.raw("metadata") {
                    if !meta.is_object() {
                        return Err(invalid("create_relationship: param 'metadata' must be a JSON object"));
                    }
                    rel.insert("metadata".into(), meta.clone());
                }
                self.relationships.insert(id, rel);
                json!(true)
            }
            "get_relationship" => {
                let (src, dst) = (p.s("sourceEntityId")?, p.s("targetEntityId")?);
                opt_json(self.relationships.values().find(|r| {
                    obj_str(r, "sourceEntityId") == Some(src.as_str())
                        && obj_str(r, "targetEntityId") == Some(dst.as_str())
                }))
            }
            "get_relationships" => {
                let entity = p.s("entityId")?;
                let tags = p.opt_strs("tags")?.unwrap_or_default();
                objs_json(self.relationships.values().filter(|r| {
                    let has_entity = obj_str(r, "sourceEntityId") == Some(entity.as_str())
                        || obj_str(r, "targetEntityId") == Some(entity.as_str());
                    let rtags: Vec<&str> = r
                        .get("tags")
                        .and_then(Value::as_array)
                        .map(|a| a.iter().filter_map(Value::as_str).collect())
                        .unwrap_or_default();
                    has_entity && (tags.is_empty() || tags.iter().any(|t| rtags.contains(&t.as_str())))
                }))
            }
            "update_relationship" => {
                let r = p.obj("relationship")?;
                let id = field_str(&r, "id", "update_relationship: relationship", true)?.unwrap_or_default();
                if !self.relationships.contains_key(&id) {
                    return Err(not_found(format!("update_relationship: no relationship {id}")));
                }
                self.relationships.insert(id, r);
                Value::Null
            }

            // cache
            "get_cache" => {
                let key = p.s("key")?;
                let Some((value, expires)) = self.cache.get(&key) else { return Ok(Value::Null) };
                if let Some(exp) = *expires {
                    if Self::now(p)? >= exp {
                        self.cache.remove(&key);
                        return Ok(Value::Null);
                    }
                }
                value.clone()
            }
            "set_cache" => {
                let key = p.s("key")?;
                let Some(value) = p.p.get("value") else {
                    return Err(invalid("set_cache: missing required param 'value'"));
                };
                let expires = p.opt_int("expiresAt")?;
                self.cache.insert(key, (value.clone(), expires));
                json!(true)
            }
            "delete_cache" => json!(self.cache.remove(&p.s("key")?).is_some()),

            // tasks
            "create_task" => {
                let mut t = p.obj("task")?;
                field_str(&t, "name", "create_task: task", true)?;
                let id = match field_str(&t, "id", "create_task: task", false)? {
                    Some(id) => id,
                    None => self.new_id(),
                };
                t.insert("id".into(), json!(id));
                self.tasks.insert(id.clone(), t);
                json!(id)
            }
            "get_task" => opt_json(self.tasks.get(&p.s("id")?)),
            "get_tasks" => {
                let room = p.opt_s("roomId")?;
                let entity = p.opt_s("entityId")?;
                let tags = p.opt_strs("tags")?.unwrap_or_default();
                objs_json(self.tasks.values().filter(|t| {
                    let ttags: Vec<&str> = t
                        .get("tags")
                        .and_then(Value::as_array)
                        .map(|a| a.iter().filter_map(Value::as_str).collect())
                        .unwrap_or_default();
                    room.as_deref().is_none_or(|r| obj_str(t, "roomId") == Some(r))
                        && entity.as_deref().is_none_or(|e| obj_str(t, "entityId") == Some(e))
                        && tags.iter().all(|x| ttags.contains(&x.as_str()))
                }))
            }
            "get_tasks_by_name" => {
                let name = p.s("name")?;
                objs_json(self.tasks.values().filter(|t| obj_str(t, "name") == Some(name.as_str())))
            }
            "update_task" => {
                let (id, patch) = (p.s("id")?, p.obj("task")?);
                let Some(cur) = self.tasks.get_mut(&id) else {
                    return Err(not_found(format!("update_task: no task {id}")));
                };
                cur.extend(patch);
                cur.insert("id".into(), json!(id));
                Value::Null
            }
            "delete_task" => {
                self.tasks.remove(&p.s("id")?);
                Value::Null
            }

            // logs
            "log" => {
                let id = match p.opt_s("id")? {
                    Some(id) => id,
                    None => self.new_id(),
                };
                let mut log = Obj::new();
                log.insert("id".into(), json!(id));
                log.insert("entityId".into(), json!(p.s("entityId")?));
                if let Some(room) = p.opt_s("roomId")? {
                    log.insert("roomId".into(), json!(room));
                }
                log.insert("body".into(), Value::Object(p.obj("body")?));
                log.insert("type".into(), json!(p.s("type")?));
                let created = match p.opt_s("createdAt")? {
                    Some(c) => c,
                    None => rfc3339(Self::now(p)?),
                };
                log.insert("createdAt".into(), json!(created));
                let seq = self.next_seq();
                self.logs.insert(id.clone(), (seq, log));
                json!(id)
            }
            "get_logs" => {
                let entity = p.opt_s("entityId")?;
                let room = p.opt_s("roomId")?;
                let type_ = p.opt_s("type")?;
                let count = p.opt_count("count")?;
                let offset = p.opt_count("offset")?.unwrap_or(0);
                let mut logs: Vec<&(u64, Obj)> = self
                    .logs
                    .values()
                    .filter(|(_, l)| {
                        entity.as_deref().is_none_or(|e| obj_str(l, "entityId") == Some(e))
                            && room.as_deref().is_none_or(|r| obj_str(l, "roomId") == Some(r))
                            && type_.as_deref().is_none_or(|t| obj_str(l, "type") == Some(t))
                    })
                    .collect();
                logs.sort_by_key(|l| std::cmp::Reverse(l.0));
                objs_json(page(logs, offset, count).into_iter().map(|(_, l)| l))
            }
            "delete_log" => {
                self.logs.remove(&p.s("logId")?);
                Value::Null
            }
            _ => return Err(not_found(format!("db method not found: {method}"))),
        })
    }

    fn delete_room(&mut self, room: &str) {
        self.rooms.remove(room);
        self.participants.retain(|(r, _), _| r != room);
        self.memories.retain(|_, m| m.s("roomId") != Some(room));
    }

    fn search(&self, p: &P) -> R<Value> {
        let table = p.s("tableName")?;
        let query = to_embedding(Some(p.req("embedding")?), "search_memories: param 'embedding'")?
            .ok_or_else(|| invalid("search_memories: param 'embedding' must not be empty"))?;
        let threshold = match p.raw("matchThreshold") {
            None => None,
            Some(v) => Some(v.as_f64().ok_or_else(|| invalid("search_memories: param 'matchThreshold' must be a number"))?),
        };
        let k = p.opt_count("count")?.unwrap_or(DEFAULT_SEARCH_COUNT);
        let unique = p.opt_bool("unique")?.unwrap_or(false);
        let room = p.opt_s("roomId")?;
        let world = p.opt_s("worldId")?;
        let entity = p.opt_s("entityId")?;
        let agent = p.opt_s("agentId")?;
        if k == 0 {
            return Ok(json!([]));
        }
        let qn = norm(&query);
        // scope filters first: only memories in scope are ranked
        let mut hits: Vec<(f64, &Mem)> = self
            .memories
            .values()
            .filter(|m| {
                m.table == table
                    && m.vec.as_ref().is_some_and(|v| v.len() == query.len())
                    && room.as_deref().is_none_or(|r| m.s("roomId") == Some(r))
                    && world.as_deref().is_none_or(|w| m.s("worldId") == Some(w))
                    && entity.as_deref().is_none_or(|e| m.s("entityId") == Some(e))
                    && agent.as_deref().is_none_or(|a| m.s("agentId") == Some(a))
                    && (!unique || m.is_unique())
            })
            .filter_map(|m| {
                let score = cosine(m.vec.as_deref().unwrap_or(&[]), m.norm, &query, qn);
                threshold.is_none_or(|t| score >= t).then_some((score, m))
            })
            .collect();
        let by_rank = |a: &(f64, &Mem), b: &(f64, &Mem)| b.0.total_cmp(&a.0).then_with(|| a.1.id().cmp(b.1.id()));
        if hits.len() > k {
            hits.select_nth_unstable_by(k - 1, by_rank);
            hits.truncate(k);
        }
        hits.sort_by(by_rank);
        Ok(Value::Array(
            hits.into_iter()
                .map(|(score, m)| {
                    let mut o = m.json.clone();
                    o.insert("similarity".into(), json!(score));
                    Value::Object(o)
                })
                .collect(),
        ))
    }
}

impl InMemoryDb {
    /// An empty database.
    pub fn new() -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let seed = system_now_ms().unwrap_or(0) as u64 ^ u64::from(std::process::id()).rotate_left(32);
        #[cfg(target_arch = "wasm32")]
        let seed = 0x5EED_u64;
        Self { store: Mutex::new(Store { rng: seed, ..Store::default() }) }
    }

    /// One db method with its named params (a JSON object; `null` means none).
    pub fn call(&self, method: &str, params: &Value) -> PluginResult<Value> {
        let empty = Obj::new();
        let obj = match params {
            Value::Object(o) => o,
            Value::Null => &empty,
            _ => return Err(invalid(format!("{method}: params must be a JSON object"))),
        };
        let p = P { method, p: obj };
        let mut store = self.store.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        store.dispatch(method, &p)
    }
}

/// The plugin: manifest plus `db_call` served by an [`InMemoryDb`].
pub struct InMemoryDbPlugin {
    db: InMemoryDb,
}

impl Default for InMemoryDbPlugin {
    fn default() -> Self {
        Self::new()
    }
}

impl InMemoryDbPlugin {
    /// A plugin with an empty database.
    pub fn new() -> Self {
        Self { db: InMemoryDb::new() }
    }
}

impl Plugin for InMemoryDbPlugin {
    fn manifest(&self) -> CrossLanguagePluginManifest {
        CrossLanguagePluginManifest {
            name: "inmemorydb".into(),
            description: "In-memory database adapter with exact cosine vector search".into(),
            version: env!("CARGO_PKG_VERSION").into(),
            language: PluginLanguage::Rust as i32,
            ..Default::default()
        }
    }

    fn db_call(&self, method: &str, params: &Value) -> PluginResult<Value> {
        self.db.call(method, params)
    }
}

// C ABI exports under feature `ffi` (default), WASM ABI exports under feature `wasm`.
elizaos_interop::export_plugin!(InMemoryDbPlugin::new());

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3339_formats_epoch_and_dates() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00.000Z");
        assert_eq!(rfc3339(1_767_225_601_234), "2026-01-01T00:00:01.234Z");
        assert_eq!(rfc3339(951_782_400_000), "2000-02-29T00:00:00.000Z");
    }

    #[test]
    fn generated_ids_are_uuid_shaped_and_distinct() {
        let db = InMemoryDb::new();
        let a = db.call("create_world", &json!({"world": {"agentId": "a"}})).unwrap();
        let b = db.call("create_world", &json!({"world": {"agentId": "a"}})).unwrap();
        let (a, b) = (a.as_str().unwrap(), b.as_str().unwrap());
        assert_ne!(a, b);
        assert_eq!(a.len(), 36);
        assert_eq!(&a[14..15], "4");
    }
}
