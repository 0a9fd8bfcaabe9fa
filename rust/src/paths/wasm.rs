//! WASM host (feature `host`): load a `.wasm` plugin (WASM ABI v1, docs/PROTOCOL.md §4) into wasmtime, sandboxed.
//!
//! One process-wide [`Engine`] (fuel metering + epoch interruption, ticked every [`EPOCH_TICK`] by a daemon
//! thread) compiles each distinct module once. Every [`WasmPlugin`] owns its own [`Store`] and instance with
//! a memory cap ([`WasmLimits::max_memory_bytes`], growth beyond it traps); every call gets a fuel budget and
//! a wall-clock deadline. A trap fails that call only: the instance is dropped and re-created on the next
//! call (plugin state is lost; a warning is logged with the `log` crate). Modules with imports are refused (WASI is not
//! offered by the Rust host).
use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use prost::Message;
use wasmtime::{
    Config, Engine, ExternType, Instance, Memory, Module, Store, StoreLimits, StoreLimitsBuilder, Trap, TypedFunc,
};

use crate::errors::Error;
use crate::proto::envelope::Body;
use crate::proto::{
    ActionResult, CrossLanguagePluginManifest, Envelope, ManifestRequest, Memory as PbMemory, ProviderResult, State,
};
use crate::wire::body;
use crate::wire::constants::{
    WASM_ABI_VERSION, WASM_EXPORTS, WASM_EXPORT_ABI_VERSION, WASM_EXPORT_ALLOC, WASM_EXPORT_CALL, WASM_EXPORT_DEALLOC,
    WASM_EXPORT_MEMORY,
};
use crate::wire::messages::{requests, responses};
use crate::Struct;

mod channel;

pub use channel::WasmChannel;
/// Resolution of deadlines: the engine's epoch is incremented this often.
pub const EPOCH_TICK: Duration = Duration::from_millis(5);

/// Limits applied to one plugin (same names as the Python and Node hosts).
#[derive(Debug, Clone, PartialEq)]
pub struct WasmLimits {
    /// Largest accepted module file, checked before it is read.
    pub max_module_bytes: u64,
    /// Largest linear memory; `memory.grow` beyond it traps, and so does instantiating a module that needs more.
    pub max_memory_bytes: usize,
    /// Fuel (roughly instructions) per call; `None` = unmetered.
    pub fuel: Option<u64>,
    /// Wall-clock deadline per call; `None` = none.
    pub deadline: Option<Duration>,
}

impl Default for WasmLimits {
    fn default() -> Self {
        Self {
            max_module_bytes: 64 * 1024 * 1024,
            max_memory_bytes: 256 * 1024 * 1024,
            fuel: Some(2_000_000_000),
            deadline: Some(Duration::from_secs(10)),
        }
    }
}

struct Shared {
    engine: Engine,
    modules: Mutex<HashMap<Vec<u8>, Module>>,
}

fn shared() -> Result<&'static Shared, Error> {
    static SHARED: OnceLock<Result<Shared, String>> = OnceLock::new();
    let shared = SHARED.get_or_init(|| {
        let mut config = Config::new();
        config.consume_fuel(true);
        config.epoch_interruption(true);
        let engine = Engine::new(&config).map_err(|e| format!("cannot create the wasmtime engine: {e}"))?;
        let ticker = engine.weak();
        std::thread::Builder::new()
            .name("elizaos-interop-wasm-epoch".into())
            .spawn(move || loop {
                std::thread::sleep(EPOCH_TICK);
                match ticker.upgrade() {
                    Some(engine) => engine.increment_epoch(),
                    None => break,
                }
            })
            .map_err(|e| format!("cannot start the epoch ticker: {e}"))?;
        Ok(Shared { engine, modules: Mutex::new(HashMap::new()) })
    });
    shared.as_ref().map_err(|e| Error::Load(e.clone()))
}

fn deadline_ticks(deadline: Option<Duration>) -> u64 {
    match deadline {
        Some(d) => (d.as_nanos().div_ceil(EPOCH_TICK.as_nanos()) as u64).max(1),
        None => u64::MAX / 2,
    }
}

struct StoreState {
    limits: StoreLimits,
}

struct Live {
    store: Store<StoreState>,
    memory: Memory,
    alloc: TypedFunc<i32, i32>,
    dealloc: TypedFunc<(i32, i32), ()>,
    abi_version: TypedFunc<(), i32>,
    call: TypedFunc<(i32, i32), i64>,
}

/// Loads `.wasm` plugins with shared limits: `WasmPluginLoader::new(limits).load(path)`.
#[derive(Debug, Clone, Default)]
pub struct WasmPluginLoader {
    /// Limits given to every plugin this loader loads.
    pub limits: WasmLimits,
}

impl WasmPluginLoader {
    /// A loader applying `limits`.
    pub fn new(limits: WasmLimits) -> Self {
        Self { limits }
    }

    /// Loads one plugin (see [`WasmPlugin::load`]).
    pub fn load(&self, path: impl AsRef<Path>) -> Result<WasmPlugin, Error> {
        WasmPlugin::load(path, self.limits.clone())
    }
}

/// A loaded WASM plugin. Calls take `&mut self`: wrap it in a `Mutex` to share it.
pub struct WasmPlugin {
    module: Module,
    limits: WasmLimits,
    source: String,
    live: Option<Live>,
    manifest: CrossLanguagePluginManifest,
    next_id: u64,
    restarts: u64,
}

impl fmt::Debug for WasmPlugin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WasmPlugin")
            .field("name", &self.manifest.name)
            .field("source", &self.source)
            .field("limits", &self.limits)
            .field("restarts", &self.restarts)
            .finish()
    }
}

impl WasmPlugin {
    /// Loads a `.wasm` (or `.wat`) file: checks its size against `max_module_bytes` before reading it,
    /// compiles it (once per distinct module in the process), refuses imports and missing exports, checks
    /// `eliza_abi_version() == 1`, and asks the plugin for its manifest.
    pub fn load(path: impl AsRef<Path>, limits: WasmLimits) -> Result<Self, Error> {
        let path = path.as_ref();
        let source = path.display().to_string();
        let size = std::fs::metadata(path).map_err(|e| Error::Io(format!("{source}: {e}")))?.len();
        if size > limits.max_module_bytes {
            return Err(Error::ModuleTooLarge { path: path.to_owned(), size, max: limits.max_module_bytes });
        }
        let bytes = std::fs::read(path).map_err(|e| Error::Io(format!("{source}: {e}")))?;
        Self::from_bytes(&bytes, &source, limits)
    }

    /// Like [`load`](Self::load) for bytes already in memory (`source` names them in errors).
    pub fn from_bytes(bytes: &[u8], source: &str, limits: WasmLimits) -> Result<Self, Error> {
        if bytes.len() as u64 > limits.max_module_bytes {
            return Err(Error::ModuleTooLarge {
                path: PathBuf::from(source),
                size: bytes.len() as u64,
                max: limits.max_module_bytes,
            });
        }
        let shared = shared()?;
        let module = {
            let mut modules = shared.modules.lock().unwrap_or_else(|p| p.into_inner());
            match modules.get(bytes) {
                Some(m) => m.clone(),
                None => {
                    let m = Module::new(&shared.engine, bytes)
                        .map_err(|e| Error::Load(format!("{source}: not a valid WebAssembly module: {e}")))?;
                    modules.insert(bytes.to_vec(), m.clone());
                    m
                }
            }
        };
        check_module(&module, source)?;
        let mut plugin = Self {
            module,
            limits,
            source: source.to_owned(),
            live: None,
            manifest: CrossLanguagePluginManifest::default(),
            next_id: 0,
            restarts: 0,
        };
        let version = plugin.abi_version()?;
        if version != WASM_ABI_VERSION {
            return Err(Error::Abi(format!(
                "{source}: eliza_abi_version() returned {version}, this host speaks WASM ABI {WASM_ABI_VERSION}"
            )));
        }
        let response = plugin.call(Envelope {
            body: Some(Body::ManifestGet(ManifestRequest { r#type: "manifest.get".into(), id: "0".into() })),
        })?;
        match response.body {
            Some(Body::ManifestResult(r)) => plugin.manifest = r.manifest.unwrap_or_default(),
            Some(Body::Error(e)) => return Err(Error::Load(format!("{source}: manifest.get failed: {}", e.error))),
            other => return Err(Error::Load(format!("{source}: answered {} to manifest.get", kind(&other)))),
        }
        Ok(plugin)
    }

    /// The manifest the plugin reported at load.
    pub fn manifest(&self) -> &CrossLanguagePluginManifest {
        &self.manifest
    }

    /// The limits this plugin runs under.
    pub fn limits(&self) -> &WasmLimits {
        &self.limits
    }

    /// How many times the instance was re-created after a trap.
    pub fn restarts(&self) -> u64 {
        self.restarts
    }

    /// Current size of the live instance's linear memory (0 when none is live).
    pub fn memory_bytes(&self) -> usize {
        self.live.as_ref().map_or(0, |l| l.memory.data_size(&l.store))
    }

    fn instantiate(&self) -> Result<Live, Error> {
        let shared = shared()?;
        let limits = StoreLimitsBuilder::new()
            .memory_size(self.limits.max_memory_bytes)
            .trap_on_grow_failure(true)
            .instances(1)
            .build();
        let mut store = Store::new(&shared.engine, StoreState { limits });
        store.limiter(|s| &mut s.limits);
        self.arm(&mut store)?;
        let instance = Instance::new(&mut store, &self.module, &[]).map_err(|e| {
            let text = format!("{e:#}");
            if text.contains("memory") && (text.contains("grow") || text.contains("limit") || text.contains("minimum"))
            {
                Error::MemoryLimit(format!(
                    "{}: instantiation needs more than max_memory_bytes={}: {text}",
                    self.source, self.limits.max_memory_bytes
                ))
            } else {
                Error::Load(format!("{}: instantiation failed: {text}", self.source))
            }
        })?;
        let abi = |e: wasmtime::Error| Error::Abi(format!("{}: {e:#}", self.source));
        let memory = instance
            .get_memory(&mut store, WASM_EXPORT_MEMORY)
            .ok_or_else(|| Error::Abi(format!("{}: export 'memory' is not a memory", self.source)))?;
        Ok(Live {
            memory,
            alloc: instance.get_typed_func(&mut store, WASM_EXPORT_ALLOC).map_err(abi)?,
            dealloc: instance.get_typed_func(&mut store, WASM_EXPORT_DEALLOC).map_err(abi)?,
            abi_version: instance.get_typed_func(&mut store, WASM_EXPORT_ABI_VERSION).map_err(abi)?,
            call: instance.get_typed_func(&mut store, WASM_EXPORT_CALL).map_err(abi)?,
            store,
        })
    }

    fn arm(&self, store: &mut Store<StoreState>) -> Result<(), Error> {
        store
            .set_fuel(self.limits.fuel.unwrap_or(u64::MAX))
            .map_err(|e| Error::Load(format!("cannot set fuel: {e}")))?;
        store.set_epoch_deadline(deadline_ticks(self.limits.deadline));
        Ok(())
    }

    fn live(&mut self) -> Result<&mut Live, Error> {
        if self.live.is_none() {
            self.live = Some(self.instantiate()?);
        }
        let Some(live) = self.live.as_mut() else { unreachable!("instantiated above") };
        Ok(live)
    }

    fn abi_version(&mut self) -> Result<i32, Error> {
        let live = self.live()?;
        live.store.set_fuel(1_000_000).map_err(|e| Error::Load(e.to_string()))?;
        live.store.set_epoch_deadline(deadline_ticks(Some(Duration::from_secs(1))));
        let f = live.abi_version.clone();
        let result = f.call(&mut live.store, ());
        result.map_err(|e| self.fail(e, WASM_EXPORT_ABI_VERSION))
    }

    /// Turns a wasmtime error into the typed error, dropping the instance.
    fn fail(&mut self, error: wasmtime::Error, what: &str) -> Error {
        let text = format!("{error:#}");
        let memory = self.memory_bytes();
        self.live = None;
        self.restarts += 1;
        let who = if self.manifest.name.is_empty() {
            self.source.clone()
        } else {
            format!("plugin '{}'", self.manifest.name)
        };
        log::warn!("{who} trapped in {what} ({text}); the instance is re-created on the next call");
        match error.downcast_ref::<Trap>() {
            Some(Trap::OutOfFuel) => {
                Error::FuelExhausted(format!("{who}: {what} ran out of fuel (fuel={:?})", self.limits.fuel))
            }
            Some(Trap::Interrupt) => Error::DeadlineExceeded(format!(
                "{who}: {what} exceeded its deadline of {:?}",
                self.limits.deadline
            )),
            _ if text.contains("memory") && text.contains("grow") => Error::MemoryLimit(format!(
                "{who}: {what} tried to grow memory beyond max_memory_bytes={} (memory was {memory} bytes): {text}",
                self.limits.max_memory_bytes
            )),
            _ => Error::Trap(format!("{who}: {what} trapped: {text}")),
        }
    }

    /// One raw call: a request Envelope in, the response Envelope (possibly an `error` one) out.
    pub fn call(&mut self, request: Envelope) -> Result<Envelope, Error> {
        let input = request.encode_to_vec();
        let len = i32::try_from(input.len())
            .map_err(|_| Error::Protocol(format!("request of {} bytes is too large for wasm32", input.len())))?;
        let fuel = self.limits.fuel;
        let ticks = deadline_ticks(self.limits.deadline);
        let live = self.live()?;
        live.store.set_fuel(fuel.unwrap_or(u64::MAX)).map_err(|e| Error::Load(e.to_string()))?;
        live.store.set_epoch_deadline(ticks);
        let result = (|| -> Result<Result<Vec<u8>, Error>, wasmtime::Error> {
            let ptr = live.alloc.call(&mut live.store, len)?;
            if live.memory.write(&mut live.store, ptr as u32 as usize, &input).is_err() {
                return Ok(Err(Error::Protocol(format!("alloc({len}) returned {ptr}, outside memory"))));
            }
            let packed = live.call.call(&mut live.store, (ptr, len))? as u64;
            let (out_ptr, out_len) = ((packed >> 32) as usize, (packed & 0xffff_ffff) as usize);
            let mut out = vec![0u8; out_len];
            if live.memory.read(&live.store, out_ptr, &mut out).is_err() {
                return Ok(Err(Error::Protocol(format!(
                    "eliza_call returned ({out_ptr}, {out_len}), outside memory of {} bytes",
                    live.memory.data_size(&live.store)
                ))));
            }
            live.dealloc.call(&mut live.store, (out_ptr as i32, out_len as i32))?;
            Ok(Ok(out))
        })();
        let out = match result {
            Ok(Ok(out)) => out,
            Ok(Err(protocol)) => {
                self.live = None;
                return Err(protocol);
            }
            Err(e) => return Err(self.fail(e, &describe(&request))),
        };
        Envelope::decode(out.as_slice()).map_err(|e| {
            Error::Protocol(format!("{}: eliza_call returned bytes that are not an Envelope: {e}", self.source))
        })
    }

    fn id(&mut self) -> String {
        self.next_id += 1;
        self.next_id.to_string()
    }

    /// One request body (its id set here) to its response body; an `error` answer is [`Error::PluginCall`].
    pub fn request(&mut self, mut body: Body) -> Result<Body, Error> {
        *body::id_mut(&mut body) = self.id();
        match self.call(Envelope { body: Some(body) })?.body {
            Some(Body::Error(e)) => Err(Error::from_wire(&e)),
            Some(body) => Ok(body),
            None => Err(Error::Protocol("answered an empty Envelope".into())),
        }
    }

    /// `action.invoke`: the action's result, or the plugin's `error` as [`Error::PluginCall`].
    pub fn invoke_action(
        &mut self,
        action: &str,
        memory: PbMemory,
        state: Option<State>,
        options: Option<Struct>,
    ) -> Result<ActionResult, Error> {
        let body = self.request(requests::invoke_action_owned(action, memory, state, options))?;
        responses::action(body).map_err(Error::Protocol)
    }

    /// `provider.get`: the provider's result, or the plugin's `error` as [`Error::PluginCall`].
    pub fn get_provider(&mut self, provider: &str, memory: PbMemory, state: Option<State>) -> Result<ProviderResult, Error> {
        let body = self.request(requests::get_provider_owned(provider, memory, state))?;
        responses::provider(body).map_err(Error::Protocol)
    }
}

fn check_module(module: &Module, source: &str) -> Result<(), Error> {
    let imports: Vec<String> = module.imports().map(|i| format!("{}.{}", i.module(), i.name())).collect();
    if !imports.is_empty() {
        return Err(Error::Abi(format!(
            "{source}: the module imports {}; the Rust host offers no imports (no WASI)",
            imports.join(", ")
        )));
    }
    let exports: HashMap<&str, ExternType> = module.exports().map(|e| (e.name(), e.ty())).collect();
    let missing: Vec<&str> = WASM_EXPORTS.iter().copied().filter(|n| !exports.contains_key(n)).collect();
    if !missing.is_empty() {
        return Err(Error::Abi(format!(
            "{source}: not a WASM ABI v{WASM_ABI_VERSION} module: missing exports {}",
            missing.join(", ")
        )));
    }
    if !matches!(exports.get(WASM_EXPORT_MEMORY), Some(ExternType::Memory(_))) {
        return Err(Error::Abi(format!("{source}: export 'memory' is not a memory")));
    }
    Ok(())
}

fn kind(body: &Option<Body>) -> String {
    match body {
        None => "an empty Envelope".into(),
        Some(b) => body::kind(b).to_owned(),
    }
}

fn describe(request: &Envelope) -> String {
    match &request.body {
        Some(Body::ActionInvoke(r)) => format!("action.invoke '{}'", r.action),
        Some(Body::ProviderGet(r)) => format!("provider.get '{}'", r.provider),
        other => kind(other),
    }
}
