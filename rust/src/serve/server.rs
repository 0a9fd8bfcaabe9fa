//! Serves one [`Plugin`] over the IPC protocol (docs/PROTOCOL.md §2): stdio (default), `--unix PATH` or
//! `--tcp HOST:PORT`; newline-delimited proto3 JSON, or length-prefixed `Envelope` frames after a `hello`
//! asking for `FRAMING_PROTOBUF`. Plain std threads: a reader per connection, a shared worker pool for requests
//! (answered in completion order, matched by `id`), panics in plugin code answered as `error` HANDLER_ERROR.
//! Every request goes through [`dispatch::handle_envelope`](crate::serve::dispatch::handle_envelope), so the same checks apply as on the FFI and WASM paths
//! (a value nested deeper than [`MAX_JSON_VALUE_DEPTH`](crate::wire::constants::MAX_JSON_VALUE_DEPTH) is answered
//! `MALFORMED` under its id). Framing is [`crate::wire::framing`], shared with the host's client.
//!
//! A plugin crate adds `src/bin/<name>-ipc.rs`:
//! ```ignore
//! fn main() { elizaos_interop::serve::server::main(my_plugin::MyPlugin::new()) }
//! ```
use std::io::{self, Read, Write};
use std::sync::Arc;
use std::thread;

use crate::plugin::Plugin;
use crate::serve::session::{Inflight, Pool, Server, Session};
use crate::wire::constants::DEFAULT_MAX_MESSAGE_BYTES;

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
    /// Parses `[--stdio | --unix PATH | --tcp HOST:PORT] [--max-message-bytes N] [--workers N]` (without the program name).
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
            accept_all(listener.incoming(), |stream| {
                let _ = stream.set_nodelay(true);
                spawn_session(server.clone(), stream.try_clone()?, stream)
            })
        }
    }
}

#[cfg(unix)]
fn serve_unix(server: Arc<Server>, path: &str) -> io::Result<()> {
    let _ = std::fs::remove_file(path);
    let listener = std::os::unix::net::UnixListener::bind(path)?;
    announce(path)?;
    accept_all(listener.incoming(), |stream| spawn_session(server.clone(), stream.try_clone()?, stream))
}

/// Starts a session for every accepted connection (a failed accept is reported and skipped).
fn accept_all<S>(incoming: impl Iterator<Item = io::Result<S>>, mut start: impl FnMut(S) -> io::Result<()>) -> io::Result<()> {
    for stream in incoming {
        match stream {
            Ok(stream) => start(stream)?,
            Err(e) => eprintln!("elizaos-interop ipc server: accept failed: {e}"),
        }
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
