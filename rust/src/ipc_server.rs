//! Serves one [`Plugin`] over the IPC protocol (docs/PROTOCOL.md §2): stdio (default), `--unix PATH` or
//! `--tcp HOST:PORT`; newline-delimited proto3 JSON, or length-prefixed `Envelope` frames after a `hello`
//! asking for `FRAMING_PROTOBUF`. Plain std threads: a reader per connection, a shared worker pool for requests
//! (answered in completion order, matched by `id`), panics in plugin code answered as `error` HANDLER_ERROR.
//! Every request goes through [`dispatch::handle_envelope`], so the same checks apply as on the FFI and WASM paths
//! (a value nested deeper than [`dispatch::MAX_JSON_VALUE_DEPTH`] is answered `MALFORMED` under its id).
//!
//! A plugin crate adds `src/bin/<name>-ipc.rs`:
//! ```ignore
//! fn main() { elizaos_interop::ipc_server::main(my_plugin::MyPlugin::new()) }
//! ```
use std::collections::HashMap;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread;

use prost::Message;

use crate::dispatch::{self, codes};
use crate::ffi::panic_message;
use crate::plugin::Plugin;
use crate::proto::envelope::Body;
use crate::proto::{Envelope, Framing, HelloResult, ReadyMessage, ShutdownResult};

/// Protocol version spoken (docs/PROTOCOL.md).
pub const PROTOCOL_VERSION: u32 = 1;
/// Default `max_message_bytes` (16 MiB).
pub const DEFAULT_MAX_MESSAGE_BYTES: usize = 16 * 1024 * 1024;

/// Where the server listens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Transport {
    /// stdin/stdout (the default).
    Stdio,
    /// A Unix socket at this path (replaced if it exists).
    Unix(String),
    /// A TCP address `HOST:PORT` (port 0 picks a free one).
    Tcp(String),
}

/// Server options, parsed from the command line by [`Options::parse`].
#[derive(Debug, Clone)]
pub struct Options {
    /// Transport to serve on.
    pub transport: Transport,
    /// Largest line or frame accepted; longer ones are answered `error` TOO_LARGE.
    pub max_message_bytes: usize,
    /// Worker threads handling requests (default: available parallelism, at least 2).
    pub workers: usize,
}

impl Default for Options {
    fn default() -> Self {
        let workers = thread::available_parallelism().map_or(2, |n| n.get()).max(2);
        Self { transport: Transport::Stdio, max_message_bytes: DEFAULT_MAX_MESSAGE_BYTES, workers }
    }
}

impl Options {
    /// Parses `[--stdio | --unix PATH | --tcp HOST:PORT] [--max-message-bytes N] [--workers N]` (without argv[0]).
    pub fn parse<I: IntoIterator<Item = String>>(args: I) -> Result<Self, String> {
        let mut options = Self::default();
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            let mut value = |flag: &str| args.next().ok_or_else(|| format!("{flag} needs a value"));
            match arg.as_str() {
                "--stdio" => options.transport = Transport::Stdio,
                "--unix" => options.transport = Transport::Unix(value("--unix")?),
                "--tcp" => options.transport = Transport::Tcp(value("--tcp")?),
                "--max-message-bytes" => {
                    let v = value("--max-message-bytes")?;
                    options.max_message_bytes =
                        v.parse().map_err(|_| format!("--max-message-bytes: not a byte count: {v:?}"))?;
                }
                "--workers" => {
                    let v = value("--workers")?;
                    options.workers = v.parse::<usize>().map_err(|_| format!("--workers: not a count: {v:?}"))?.max(1);
                }
                other => {
                    return Err(format!(
                        "unknown argument {other:?} (usage: [--stdio | --unix PATH | --tcp HOST:PORT] \
                         [--max-message-bytes N] [--workers N])"
                    ))
                }
            }
        }
        Ok(options)
    }
}

/// Entry point for a plugin's IPC server binary: parses `std::env::args`, serves, and exits the process
/// (0 after `shutdown` or end of input, 2 on bad arguments, 1 on an I/O error).
pub fn main<P: Plugin>(plugin: P) -> ! {
    let options = match Options::parse(std::env::args().skip(1)) {
        Ok(options) => options,
        Err(e) => {
            eprintln!("elizaos-interop ipc server: {e}");
            std::process::exit(2);
        }
    };
    match serve(Arc::new(plugin), options) {
        Ok(()) => std::process::exit(0),
        Err(e) => {
            eprintln!("elizaos-interop ipc server: {e}");
            std::process::exit(1);
        }
    }
}

/// Serves `plugin` until `shutdown` or end of input (stdio), or forever (sockets, until `shutdown`).
/// After `shutdown` the process exits 0 once in-flight calls are answered.
pub fn serve(plugin: Arc<dyn Plugin>, options: Options) -> io::Result<()> {
    let pool = Pool::new(options.workers);
    let server = Arc::new(Server { plugin, max: options.max_message_bytes, pool, inflight: Inflight::default() });
    match &options.transport {
        Transport::Stdio => {
            let out = protocol_stdout()?;
            let session = Session::new(server.clone(), Box::new(out));
            session.run(io::stdin().lock());
            server.inflight.wait_idle();
            Ok(())
        }
        Transport::Unix(path) => serve_unix(server, path),
        Transport::Tcp(addr) => {
            let listener = std::net::TcpListener::bind(addr)?;
            announce(&listener.local_addr()?.to_string())?;
            for stream in listener.incoming() {
                let stream = match stream {
                    Ok(s) => s,
                    Err(e) => {
                        eprintln!("elizaos-interop ipc server: accept failed: {e}");
                        continue;
                    }
                };
                let _ = stream.set_nodelay(true);
                spawn_session(server.clone(), stream.try_clone()?, stream)?;
            }
            Ok(())
        }
    }
}

#[cfg(unix)]
fn serve_unix(server: Arc<Server>, path: &str) -> io::Result<()> {
    let _ = std::fs::remove_file(path);
    let listener = std::os::unix::net::UnixListener::bind(path)?;
    announce(path)?;
    for stream in listener.incoming() {
        let stream = match stream {
            Ok(s) => s,
            Err(e) => {
                eprintln!("elizaos-interop ipc server: accept failed: {e}");
                continue;
            }
        };
        spawn_session(server.clone(), stream.try_clone()?, stream)?;
    }
    Ok(())
}

#[cfg(not(unix))]
fn serve_unix(_server: Arc<Server>, _path: &str) -> io::Result<()> {
    Err(io::Error::new(io::ErrorKind::Unsupported, "--unix needs a Unix platform"))
}

fn spawn_session<R: Read + Send + 'static, W: Write + Send + 'static>(
    server: Arc<Server>,
    reader: R,
    writer: W,
) -> io::Result<()> {
    thread::Builder::new().name("elizaos-ipc-session".into()).spawn(move || {
        Session::new(server, Box::new(writer)).run(reader);
    })?;
    Ok(())
}

/// Writes the `listening` line on stdout, then points stdout at stderr (stdout carries nothing else).
fn announce(address: &str) -> io::Result<()> {
    let line = serde_json::json!({"type": "listening", "address": address}).to_string();
    let mut out = io::stdout().lock();
    out.write_all(line.as_bytes())?;
    out.write_all(b"\n")?;
    out.flush()?;
    drop(out);
    redirect_stdout_to_stderr()?;
    Ok(())
}

#[cfg(unix)]
extern "C" {
    fn dup(fd: i32) -> i32;
    fn dup2(from: i32, to: i32) -> i32;
}

#[cfg(unix)]
fn redirect_stdout_to_stderr() -> io::Result<()> {
    // SAFETY: plain fd syscalls on the process's own standard descriptors.
    if unsafe { dup2(2, 1) } < 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

#[cfg(not(unix))]
fn redirect_stdout_to_stderr() -> io::Result<()> {
    Ok(())
}

/// The protocol stream for stdio: a private duplicate of fd 1, with fd 1 then pointed at stderr so that the
/// plugin's own `println!` never reaches the host as protocol data.
#[cfg(unix)]
fn protocol_stdout() -> io::Result<std::fs::File> {
    use std::os::fd::FromRawFd;
    io::stdout().lock().flush()?;
    // SAFETY: duplicating our own stdout descriptor; the new fd is owned by the returned File.
    let fd = unsafe { dup(1) };
    if fd < 0 {
        return Err(io::Error::last_os_error());
    }
    redirect_stdout_to_stderr()?;
    // SAFETY: `fd` is a fresh descriptor we own.
    Ok(unsafe { std::fs::File::from_raw_fd(fd) })
}

#[cfg(not(unix))]
fn protocol_stdout() -> io::Result<io::Stdout> {
    Ok(io::stdout())
}

struct Server {
    plugin: Arc<dyn Plugin>,
    max: usize,
    pool: Pool,
    inflight: Inflight,
}

/// Count of requests being handled by the pool (all sessions), to finish them before exiting.
#[derive(Default)]
struct Inflight {
    count: Mutex<usize>,
    idle: Condvar,
}

impl Inflight {
    fn add(&self) {
        *lock(&self.count) += 1;
    }
    fn done(&self) {
        let mut n = lock(&self.count);
        *n -= 1;
        if *n == 0 {
            self.idle.notify_all();
        }
    }
    fn wait_idle(&self) {
        let mut n = lock(&self.count);
        while *n > 0 {
            n = self.idle.wait(n).unwrap_or_else(|e| e.into_inner());
        }
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

type Job = Box<dyn FnOnce() + Send>;

/// A fixed pool of worker threads fed by one channel.
struct Pool {
    tx: Mutex<mpsc::Sender<Job>>,
}

impl Pool {
    fn new(workers: usize) -> Self {
        let (tx, rx) = mpsc::channel::<Job>();
        let rx = Arc::new(Mutex::new(rx));
        for i in 0..workers.max(1) {
            let rx = rx.clone();
            let _ = thread::Builder::new().name(format!("elizaos-ipc-worker-{i}")).spawn(move || loop {
                let job = lock(&rx).recv();
                match job {
                    Ok(job) => job(),
                    Err(_) => break,
                }
            });
        }
        Self { tx: Mutex::new(tx) }
    }

    fn submit(&self, job: Job) {
        if let Err(mpsc::SendError(job)) = lock(&self.tx).send(job) {
            job(); // no workers left: run inline rather than drop the request
        }
    }
}

/// The write half of a connection, shared by the reader and the workers.
struct Writer {
    out: Box<dyn Write + Send>,
    framing: Framing,
    broken: bool,
}

impl Writer {
    fn send(&mut self, envelope: &Envelope) {
        if self.broken {
            return;
        }
        let result = match self.framing {
            Framing::Protobuf => {
                let bytes = envelope.encode_to_vec();
                let len = u32::try_from(bytes.len()).unwrap_or(u32::MAX).to_be_bytes();
                self.out.write_all(&len).and_then(|()| self.out.write_all(&bytes))
            }
            _ => self.write_line(&dispatch::envelope_to_json(envelope)),
        };
        self.finish(result);
    }

    fn send_json_line(&mut self, line: &str) {
        if !self.broken {
            let result = self.write_line(line);
            self.finish(result);
        }
    }

    fn write_line(&mut self, line: &str) -> io::Result<()> {
        let mut buf = Vec::with_capacity(line.len() + 1);
        buf.extend_from_slice(line.as_bytes());
        buf.push(b'\n');
        self.out.write_all(&buf)
    }

    fn finish(&mut self, result: io::Result<()>) {
        if let Err(e) = result.and_then(|()| self.out.flush()) {
            eprintln!("elizaos-interop ipc server: write failed, closing connection: {e}");
            self.broken = true;
        }
    }
}

/// One connection (or stdio).
struct Session {
    server: Arc<Server>,
    writer: Arc<Mutex<Writer>>,
    /// Requests of this session in flight, by id: `true` once cancelled (their result is not sent).
    pending: Arc<Mutex<HashMap<String, bool>>>,
    shutting_down: Arc<AtomicBool>,
}

enum Read1 {
    Line(Vec<u8>),
    TooLarge { head: Vec<u8>, len: usize },
    Eof,
}

impl Session {
    fn new(server: Arc<Server>, out: Box<dyn Write + Send>) -> Self {
        Self {
            server,
            writer: Arc::new(Mutex::new(Writer { out, framing: Framing::Json, broken: false })),
            pending: Arc::new(Mutex::new(HashMap::new())),
            shutting_down: Arc::new(AtomicBool::new(false)),
        }
    }

    fn send(&self, envelope: &Envelope) {
        lock(&self.writer).send(envelope);
    }

    fn run<R: Read>(&self, reader: R) {
        let mut reader = BufReader::with_capacity(64 * 1024, reader);
        if !self.send_ready() {
            return;
        }
        loop {
            let framing = lock(&self.writer).framing;
            let keep_going = match framing {
                Framing::Protobuf => self.read_frame(&mut reader),
                _ => self.read_json(&mut reader),
            };
            if !keep_going || lock(&self.writer).broken {
                break;
            }
        }
    }

    fn send_ready(&self) -> bool {
        let manifest = match catch_unwind(AssertUnwindSafe(|| self.server.plugin.manifest())) {
            Ok(m) => m,
            Err(p) => {
                eprintln!("elizaos-interop ipc server: plugin panicked building its manifest: {}", panic_message(&*p));
                return false;
            }
        };
        let ready = ReadyMessage {
            r#type: "ready".into(),
            id: String::new(),
            protocol_version: PROTOCOL_VERSION,
            manifest: Some(manifest),
            framings: vec![Framing::Json as i32, Framing::Protobuf as i32],
            server: concat!("elizaos-interop-rust/", env!("CARGO_PKG_VERSION")).into(),
            pid: i32::try_from(std::process::id()).unwrap_or(0),
        };
        let line = serde_json::to_string(&ready).unwrap_or_default();
        let mut w = lock(&self.writer);
        w.send_json_line(&line);
        !w.broken
    }

    /// Reads and handles one JSON line; false at end of input or after `shutdown`.
    fn read_json<R: BufRead>(&self, reader: &mut R) -> bool {
        match read_line(reader, self.server.max) {
            Err(e) => {
                eprintln!("elizaos-interop ipc server: read failed: {e}");
                false
            }
            Ok(Read1::Eof) => false,
            Ok(Read1::TooLarge { head, len }) => {
                let id = dispatch::recover_id(&head);
                let message = format!("message of {len}+ bytes exceeds max_message_bytes ({})", self.server.max);
                self.send(&dispatch::error_envelope(&id, codes::TOO_LARGE, message));
                true
            }
            Ok(Read1::Line(bytes)) => {
                let line = match std::str::from_utf8(&bytes) {
                    Ok(s) => s.trim_end_matches('\r'),
                    Err(e) => {
                        let id = dispatch::recover_id(&bytes);
                        self.send(&dispatch::error_envelope(&id, codes::MALFORMED, format!("line is not UTF-8: {e}")));
                        return true;
                    }
                };
                if line.trim().is_empty() {
                    return true;
                }
                match dispatch::envelope_from_json(line) {
                    Ok(request) => self.on_request(request),
                    Err(error) => {
                        self.send(&Envelope { body: Some(Body::Error(error)) });
                        true
                    }
                }
            }
        }
    }

    /// Reads and handles one length-prefixed frame; false at end of input or after `shutdown`.
    fn read_frame<R: BufRead>(&self, reader: &mut R) -> bool {
        let mut len = [0u8; 4];
        if let Err(e) = reader.read_exact(&mut len) {
            if e.kind() != io::ErrorKind::UnexpectedEof {
                eprintln!("elizaos-interop ipc server: read failed: {e}");
            }
            return false;
        }
        let len = u32::from_be_bytes(len) as usize;
        if len > self.server.max {
            let skipped = io::copy(&mut reader.by_ref().take(len as u64), &mut io::sink());
            if !matches!(skipped, Ok(n) if n == len as u64) {
                return false;
            }
            let message = format!("frame of {len} bytes exceeds max_message_bytes ({})", self.server.max);
            self.send(&dispatch::error_envelope("", codes::TOO_LARGE, message));
            return true;
        }
        let mut buf = vec![0u8; len];
        if reader.read_exact(&mut buf).is_err() {
            return false;
        }
        match Envelope::decode(buf.as_slice()) {
            Ok(request) => self.on_request(request),
            Err(e) => {
                let message = format!("undecodable Envelope frame ({len} bytes): {e}");
                self.send(&dispatch::error_envelope(&dispatch::recover_id_protobuf(&buf), codes::MALFORMED, message));
                true
            }
        }
    }

    /// Handles one decoded request; false when the session must stop reading (shutdown).
    fn on_request(&self, request: Envelope) -> bool {
        match request.body {
            Some(Body::Hello(hello)) => {
                let mut w = lock(&self.writer);
                if w.framing == Framing::Protobuf {
                    // Framing is negotiated once: a later hello is answered in the framing in force (a
                    // frame, never a JSON line inside the binary stream), and cannot switch back.
                    let again = matches!(
                        Framing::try_from(hello.framing),
                        Ok(Framing::Protobuf | Framing::Unspecified)
                    );
                    w.send(&Envelope {
                        body: Some(Body::HelloResult(HelloResult {
                            r#type: "hello.result".into(),
                            id: hello.id,
                            accepted: again,
                            framing: Framing::Protobuf as i32,
                            error: (!again).then(|| {
                                "framing was negotiated at start-up (protobuf) and cannot change".into()
                            }),
                        })),
                    });
                    return true;
                }
                let (accepted, error) = if hello.protocol_version != PROTOCOL_VERSION {
                    (
                        false,
                        Some(format!(
                            "protocol version {} not supported (server speaks {PROTOCOL_VERSION})",
                            hello.protocol_version
                        )),
                    )
                } else {
                    match Framing::try_from(hello.framing) {
                        Ok(Framing::Json | Framing::Protobuf | Framing::Unspecified) => (true, None),
                        Err(_) => (false, Some(format!("unknown framing {}", hello.framing))),
                    }
                };
                let framing = match Framing::try_from(hello.framing) {
                    Ok(Framing::Protobuf) if accepted => Framing::Protobuf,
                    _ => Framing::Json,
                };
                let result = HelloResult {
                    r#type: "hello.result".into(),
                    id: hello.id,
                    accepted,
                    framing: framing as i32,
                    error,
                };
                let line = serde_json::to_string(&result).unwrap_or_default();
                w.send_json_line(&line);
                if accepted {
                    w.framing = framing;
                }
                true
            }
            Some(Body::Cancel(cancel)) => {
                if let Some(cancelled) = lock(&self.pending).get_mut(&cancel.target_id) {
                    *cancelled = true;
                }
                true
            }
            Some(Body::Shutdown(shutdown)) => {
                self.shutting_down.store(true, Ordering::SeqCst);
                self.server.inflight.wait_idle();
                self.send(&Envelope {
                    body: Some(Body::ShutdownResult(ShutdownResult {
                        r#type: "shutdown.result".into(),
                        id: shutdown.id,
                    })),
                });
                std::process::exit(0);
            }
            body => {
                let id = body.as_ref().map(|b| dispatch::describe(b).1).unwrap_or_default();
                self.dispatch(id, Envelope { body });
                true
            }
        }
    }

    fn dispatch(&self, id: String, request: Envelope) {
        if self.shutting_down.load(Ordering::SeqCst) {
            self.send(&dispatch::error_envelope(&id, codes::SHUTTING_DOWN, "server is shutting down"));
            return;
        }
        lock(&self.pending).insert(id.clone(), false);
        self.server.inflight.add();
        let server = self.server.clone();
        let writer = self.writer.clone();
        let pending = self.pending.clone();
        self.server.pool.submit(Box::new(move || {
            let cancelled_before = lock(&pending).get(&id).copied().unwrap_or(false);
            let response = if cancelled_before {
                None
            } else {
                let plugin = server.plugin.clone();
                Some(match catch_unwind(AssertUnwindSafe(move || dispatch::handle_envelope(&*plugin, request))) {
                    Ok(response) => response,
                    Err(payload) => {
                        let message = format!("plugin panicked: {}", panic_message(&*payload));
                        Envelope {
                            body: Some(Body::Error(dispatch::error_response(
                                &id,
                                codes::HANDLER_ERROR,
                                message,
                                Some("panic"),
                            ))),
                        }
                    }
                })
            };
            let cancelled = lock(&pending).remove(&id).unwrap_or(false);
            if let (Some(response), false) = (response, cancelled) {
                lock(&writer).send(&response);
            }
            server.inflight.done();
        }));
    }
}

/// Reads one `\n`-terminated line of at most `max` bytes; a longer one is consumed to its end without being
/// buffered (its first 1 KiB is kept to recover the `id`).
fn read_line<R: BufRead>(reader: &mut R, max: usize) -> io::Result<Read1> {
    let mut line = Vec::new();
    let mut too_large = false;
    let mut total = 0usize;
    loop {
        let (done, used) = {
            let available = match reader.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if available.is_empty() {
                if total == 0 {
                    return Ok(Read1::Eof);
                }
                (true, 0)
            } else {
                let (chunk, done) = match available.iter().position(|&b| b == b'\n') {
                    Some(i) => (&available[..i], true),
                    None => (available, false),
                };
                total += chunk.len();
                if !too_large && total > max {
                    too_large = true;
                    line.truncate(1024);
                }
                if too_large {
                    let room = 1024usize.saturating_sub(line.len());
                    line.extend_from_slice(&chunk[..chunk.len().min(room)]);
                } else {
                    line.extend_from_slice(chunk);
                }
                (done, chunk.len() + usize::from(done))
            }
        };
        reader.consume(used);
        if done {
            return Ok(if too_large { Read1::TooLarge { head: line, len: total } } else { Read1::Line(line) });
        }
    }
}
