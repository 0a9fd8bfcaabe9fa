//! One IPC connection of the plugin server (or stdio): reading lines and frames with limits (the shared
//! framing of [`crate::wire::framing`]), the `hello` negotiation, requests handed to a shared worker pool and
//! answered in completion order, `cancel` and `shutdown`. Plain std threads: a reader per connection.
use std::collections::HashMap;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex};
use std::thread;

use prost::Message;

use crate::export::ffi::panic_message;
use crate::lock;
use crate::plugin::Plugin;
use crate::proto::envelope::Body;
use crate::proto::{Envelope, ErrorCode, Framing, HelloResult, ReadyMessage, ShutdownResult};
use crate::serve::dispatch;
use crate::wire::body;
use crate::wire::codec::{self, error_envelope};
use crate::wire::constants::PROTOCOL_VERSION;
use crate::wire::framing::{self, LineScanner, Scan, WireFraming};

/// What every session of one server shares: the plugin, the message limit, the worker pool, the requests in
/// flight.
pub(crate) struct Server {
    pub(crate) plugin: Arc<dyn Plugin>,
    pub(crate) max: usize,
    pub(crate) pool: Pool,
    pub(crate) inflight: Inflight,
}

/// Count of requests being handled by the pool (all sessions), to finish them before exiting.
#[derive(Default)]
pub(crate) struct Inflight {
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
    pub(crate) fn wait_idle(&self) {
        let mut n = lock(&self.count);
        while *n > 0 {
            n = self.idle.wait(n).unwrap_or_else(|e| e.into_inner());
        }
    }
}

type Job = Box<dyn FnOnce() + Send>;

/// A fixed pool of worker threads fed by one channel.
pub(crate) struct Pool {
    tx: Mutex<mpsc::Sender<Job>>,
}

impl Pool {
    pub(crate) fn new(workers: usize) -> Self {
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
        let framing = match self.framing {
            Framing::Protobuf => WireFraming::Protobuf,
            _ => WireFraming::Json,
        };
        let result = self.out.write_all(&framing::encode(envelope, framing));
        self.finish(result);
    }

    fn send_json_line(&mut self, line: &str) {
        if !self.broken {
            let result = self.out.write_all(&framing::json_line(line));
            self.finish(result);
        }
    }

    fn finish(&mut self, result: io::Result<()>) {
        if let Err(e) = result.and_then(|()| self.out.flush()) {
            eprintln!("elizaos-interop ipc server: write failed, closing connection: {e}");
            self.broken = true;
        }
    }
}

/// One connection (or stdio).
pub(crate) struct Session {
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
    pub(crate) fn new(server: Arc<Server>, out: Box<dyn Write + Send>) -> Self {
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

    pub(crate) fn run<R: Read>(&self, reader: R) {
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
                let id = codec::recover_id(&head);
                let message = format!("message of {len}+ bytes exceeds max_message_bytes ({})", self.server.max);
                self.send(&error_envelope(&id, ErrorCode::TooLarge, message));
                true
            }
            Ok(Read1::Line(bytes)) => {
                let line = match std::str::from_utf8(&bytes) {
                    Ok(s) => s.trim_end_matches('\r'),
                    Err(e) => {
                        let id = codec::recover_id(&bytes);
                        self.send(&error_envelope(&id, ErrorCode::Malformed, format!("line is not UTF-8: {e}")));
                        return true;
                    }
                };
                if line.trim().is_empty() {
                    return true;
                }
                match codec::envelope_from_json(line) {
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
        let len = framing::frame_len(len);
        if len > self.server.max {
            let skipped = io::copy(&mut reader.by_ref().take(len as u64), &mut io::sink());
            if !matches!(skipped, Ok(n) if n == len as u64) {
                return false;
            }
            let message = format!("frame of {len} bytes exceeds max_message_bytes ({})", self.server.max);
            self.send(&error_envelope("", ErrorCode::TooLarge, message));
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
                self.send(&error_envelope(&codec::recover_id_protobuf(&buf), ErrorCode::Malformed, message));
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
                let id = body.as_ref().map(|b| body::id(b).to_owned()).unwrap_or_default();
                self.dispatch(id, Envelope { body });
                true
            }
        }
    }

    fn dispatch(&self, id: String, request: Envelope) {
        if self.shutting_down.load(Ordering::SeqCst) {
            self.send(&error_envelope(&id, ErrorCode::ShuttingDown, "server is shutting down"));
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
                    Err(payload) => Envelope {
                        body: Some(Body::Error(dispatch::panic_response(&id, panic_message(&*payload)))),
                    },
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
    let mut scanner = LineScanner::new(max, usize::MAX);
    loop {
        let (used, scan) = {
            let available = match reader.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if available.is_empty() {
                return Ok(match scanner.finish() {
                    None => Read1::Eof,
                    Some(scan) => read1(scan),
                });
            }
            scanner.feed(available)
        };
        reader.consume(used);
        if scan != Scan::More {
            return Ok(read1(scan));
        }
    }
}

fn read1(scan: Scan) -> Read1 {
    match scan {
        Scan::TooLarge { head, size } => Read1::TooLarge { head, len: size },
        Scan::Line(line) => Read1::Line(line),
        Scan::More | Scan::OverBuffer => Read1::Eof,
    }
}
