//! The plugin server's process: its command line, spawning it in its own process group, owning it (exit
//! status, signals), and ending what it leaves behind.
use std::fmt;
use std::path::PathBuf;
use std::process::{ExitStatus, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use tokio::process::{Child, Command};
use tokio::sync::{mpsc, watch};

use crate::errors::Error;
use crate::paths::ipc::client::IpcOptions;
use crate::paths::ipc::transport::Transport;

/// The command line of a server: `program args… [transport flags] trailing…` (transport flags are added by
/// the client: nothing for stdio, `--unix PATH` or `--tcp 127.0.0.1:0`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IpcCommand {
    /// Executable.
    pub program: String,
    /// Arguments before the transport flags.
    pub args: Vec<String>,
    /// Arguments after the transport flags (the bridges' ENTRY).
    pub trailing: Vec<String>,
}

impl IpcCommand {
    /// A command from an argv (transport flags appended at the end).
    pub fn from_argv(argv: Vec<String>) -> Option<Self> {
        let mut it = argv.into_iter();
        let program = it.next()?;
        Some(Self {
            program,
            args: it.collect(),
            trailing: Vec::new(),
        })
    }

    /// The full argv for a transport (with `socket` the Unix socket path when needed).
    pub(crate) fn argv(&self, transport: &Transport, socket: Option<&PathBuf>) -> Vec<String> {
        let mut argv = vec![self.program.clone()];
        argv.extend(self.args.iter().cloned());
        match (transport, socket) {
            (Transport::Unix(_), Some(path)) => {
                argv.push("--unix".into());
                argv.push(path.display().to_string());
            }
            (Transport::Tcp, _) => {
                argv.push("--tcp".into());
                argv.push("127.0.0.1:0".into());
            }
            _ => {}
        }
        argv.extend(self.trailing.iter().cloned());
        argv
    }
}

impl fmt::Display for IpcCommand {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<&str> = std::iter::once(self.program.as_str())
            .chain(self.args.iter().map(String::as_str))
            .collect();
        let mut line = shlex::try_join(parts.iter().copied()).unwrap_or_else(|_| parts.join(" "));
        for t in &self.trailing {
            line.push(' ');
            line.push_str(
                &shlex::try_quote(t)
                    .map(|c| c.into_owned())
                    .unwrap_or_else(|_| t.clone()),
            );
        }
        f.write_str(&line)
    }
}

#[derive(Debug, Clone, Copy)]
pub(crate) enum Signal {
    Term,
    Kill,
}

#[derive(Debug, Clone)]
pub(crate) enum Exit {
    Running,
    /// No child of ours: a server that was already running (connected to by address).
    Remote,
    Exited(ExitStatus),
    Unknown(String),
}

impl Exit {
    pub(crate) fn describe(&self) -> Option<String> {
        match self {
            Exit::Running | Exit::Remote => None,
            Exit::Exited(status) => Some(status.to_string()),
            Exit::Unknown(e) => Some(format!("exit status unknown ({e})")),
        }
    }
}


/// Waits for the child to exit (up to `limit`) and describes how it ended.
pub(crate) async fn wait_exit(exit_rx: &mut watch::Receiver<Exit>, limit: Duration) -> Option<String> {
    let _ = tokio::time::timeout(limit, exit_rx.wait_for(|e| !matches!(e, Exit::Running))).await;
    let described = exit_rx.borrow().describe();
    described
}

static SOCKET_COUNTER: AtomicU64 = AtomicU64::new(0);

pub(crate) fn temp_socket_path() -> PathBuf {
    let n = SOCKET_COUNTER.fetch_add(1, Ordering::Relaxed);
    std::env::temp_dir().join(format!("elizaos-interop-{}-{n}.sock", std::process::id()))
}

/// group id is its pid and whatever it starts (grandchildren) is a member unless it moves itself elsewhere
/// (setsid/setpgid). Signals go to the whole group; once the child has exited, SIGKILL ends what it left behind.
struct PluginProcess {
    child: Child,
    /// The child's pid, which is the group id; `None` once the group was ended. Never 0 or negative:
    /// `killpg(0)` would signal our own group (and `kill(-1)` every process we may signal).
    pgid: Option<libc::pid_t>,
}

impl PluginProcess {
    fn new(child: Child) -> Self {
        let pgid = child
            .id()
            .and_then(|p| libc::pid_t::try_from(p).ok())
            .filter(|&p| p > 0);
        Self { child, pgid }
    }

    /// Sends `sig` to the group; when that reaches nobody (ESRCH: the child left its group and no one is left
    /// in it), to the child alone. Only called while the child is not reaped, so neither id can be reused.
    fn signal(&self, sig: libc::c_int) {
        let Some(pgid) = self.pgid else { return };
        // SAFETY: killpg(2)/kill(2) take plain integers; pgid > 0 is our unreaped child's pid and group id.
        unsafe {
            if libc::killpg(pgid, sig) != 0 {
                libc::kill(pgid, sig);
            }
        }
    }

    /// SIGKILLs what is left of the group, once: after the child exited, or when this is dropped first.
    /// ESRCH (nothing left) and EPERM are ignored.
    fn end_group(&mut self) {
        if let Some(pgid) = self.pgid.take() {
            // SAFETY: as in `signal`. Members still in the group keep its id from being reused; when there
            // are none, this is ESRCH.
            unsafe {
                libc::killpg(pgid, libc::SIGKILL);
            }
        }
    }
}

impl Drop for PluginProcess {
    /// Dropped before the child exited (the owning task was dropped, e.g. the runtime shut down): this ends
    /// the group while the child is not reaped yet; then the `child` field drops and kill_on_drop ends it too.
    fn drop(&mut self) {
        self.end_group();
    }
}

pub(crate) async fn own_child(
    child: Child,
    mut ctl: mpsc::UnboundedReceiver<Signal>,
    exit_tx: watch::Sender<Exit>,
) {
    let mut process = PluginProcess::new(child);
    let mut ctl_open = true;
    loop {
        tokio::select! {
            status = process.child.wait() => {
                // Reaped: end its leftovers before anyone learns of the exit, so a closed plugin has no
                // survivors (nor does one that exited by itself).
                process.end_group();
                let _ = exit_tx.send(match status {
                    Ok(s) => Exit::Exited(s),
                    Err(e) => Exit::Unknown(e.to_string()),
                });
                return;
            }
            // While a signal is handled the child is not reaped (`wait` did not complete): its pid is ours.
            signal = ctl.recv(), if ctl_open => match signal {
                Some(Signal::Term) => process.signal(libc::SIGTERM),
                Some(Signal::Kill) => {
                    process.signal(libc::SIGKILL);
                    let _ = process.child.start_kill();
                }
                None => ctl_open = false,
            },
        }
    }
}


/// Spawns `argv` with piped stdio in its own process group (pgid = its pid: signals reach whatever the plugin
/// starts, and what it leaves behind is ended with it, see `PluginProcess`).
pub(crate) fn spawn(argv: &[String], options: &IpcOptions) -> Result<Child, Error> {
    let mut cmd = Command::new(&argv[0]);
    cmd.args(&argv[1..])
        .env_clear()
        .envs(options.limits.child_env(&options.env))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0)
        .kill_on_drop(true);
    if let Some(cwd) = &options.cwd {
        cmd.current_dir(cwd);
    }
    cmd.spawn().map_err(|e| Error::Spawn {
        plugin: options.name.clone(),
        message: format!(
            "{}: {e} (command: {})",
            argv[0],
            shlex::try_join(argv.iter().map(String::as_str)).unwrap_or_default()
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn command_argv_places_transport_flags_before_trailing() {
        let cmd = IpcCommand { program: "node".into(), args: vec!["b.js".into()], trailing: vec!["e.mjs".into()] };
        assert_eq!(cmd.argv(&Transport::Tcp, None), ["node", "b.js", "--tcp", "127.0.0.1:0", "e.mjs"]);
        assert_eq!(cmd.argv(&Transport::Stdio, None), ["node", "b.js", "e.mjs"]);
        let p = PathBuf::from("/tmp/x.sock");
        assert_eq!(cmd.argv(&Transport::Unix(None), Some(&p)), ["node", "b.js", "--unix", "/tmp/x.sock", "e.mjs"]);
    }
}
