//! The start of a connection: the `listening` line of socket transports, the server's `ready` (protocol
//! version checked first), and the `hello` that switches to protobuf framing.
use std::path::PathBuf;
use std::sync::Arc;

use tokio::io::{AsyncRead, AsyncWrite, AsyncWriteExt};
use tokio::process::ChildStdin;

use crate::errors::Error;
use crate::paths::ipc::client::IpcOptions;
use crate::paths::ipc::log::{log_message, LogSource};
use crate::paths::ipc::session::{forward_lines, Shared};
use crate::paths::ipc::transport::{connect, Transport};
use crate::proto::envelope::Body;
use crate::proto::{Envelope, Framing, HelloMessage, ReadyMessage};
use crate::wire::codec;
use crate::wire::constants::PROTOCOL_VERSION;
use crate::wire::framing::{self, truncate, Incoming, MessageReader, WireFraming};

/// The connection once started: reader, writer, the `ready` message, and the child's stdin when the
/// connection is a socket (kept open until close).
pub(crate) type Streams = (MessageReader, Box<dyn AsyncWrite + Send + Unpin>, ReadyMessage, Option<ChildStdin>);

/// One start-up line (`what` names it in errors); end of input is a crash (`eof` says when).
async fn startup_line(reader: &mut MessageReader, plugin: &str, what: &str, eof: &str) -> Result<Vec<u8>, Error> {
    match reader.read_line().await.map_err(Error::Protocol)? {
        Incoming::Message(line) => Ok(line),
        Incoming::TooLarge { size, .. } => {
            Err(Error::Protocol(format!("{what} of {size} bytes exceeds max_message_bytes")))
        }
        Incoming::Eof => Err(Error::PluginCrashed { plugin: plugin.to_owned(), reason: eof.into() }),
    }
}

/// Reads the first message line and checks it is `ready` with our protocol version.
async fn read_ready(reader: &mut MessageReader, plugin: &str) -> Result<ReadyMessage, Error> {
    let line = startup_line(reader, plugin, "first line", "exited before ready").await?;
    let text = String::from_utf8_lossy(&line);
    let head: serde_json::Value = serde_json::from_str(&text).map_err(|e| {
        Error::Protocol(format!(
            "expected a ready JSON line, got {:?}: {e}",
            truncate(&line, 200)
        ))
    })?;
    if head.get("type").and_then(|t| t.as_str()) != Some("ready") {
        return Err(Error::Protocol(format!(
            "expected a ready message first, got {:?}",
            truncate(&line, 200)
        )));
    }
    // Check the version before decoding the rest, so a future server's extra fields read as a mismatch.
    let version = head
        .get("protocolVersion")
        .or_else(|| head.get("protocol_version"))
        .and_then(|v| v.as_u64());
    if version != Some(u64::from(PROTOCOL_VERSION)) {
        return Err(Error::VersionMismatch {
            plugin: plugin.to_owned(),
            expected: PROTOCOL_VERSION,
            actual: version.map_or(0, |v| u32::try_from(v).unwrap_or(u32::MAX)),
        });
    }
    match codec::envelope_from_json(&text) {
        Ok(Envelope {
            body: Some(Body::Ready(ready)),
        }) => Ok(ready),
        Ok(_) => Err(Error::Protocol(
            "ready message did not decode as ReadyMessage".into(),
        )),
        Err(e) => Err(Error::Protocol(format!(
            "invalid ready message: {}",
            e.error
        ))),
    }
}

pub(crate) async fn handshake(
    stdin: ChildStdin,
    stdout: Box<dyn AsyncRead + Send + Unpin>,
    options: &IpcOptions,
    socket_path: Option<&PathBuf>,
    shared: &Arc<Shared>,
) -> Result<Streams, Error> {
    let plugin = options.name.as_str();
    let (mut reader, mut writer, child_stdin): (
        MessageReader,
        Box<dyn AsyncWrite + Send + Unpin>,
        _,
    ) = match &options.transport {
        Transport::Stdio => (
            MessageReader::new(stdout, options.limits.max_message_bytes, options.limits.max_buffer_bytes),
            Box::new(stdin),
            None,
        ),
        transport => {
            let mut out = MessageReader::new(stdout, options.limits.max_message_bytes, options.limits.max_buffer_bytes);
            let line = startup_line(&mut out, plugin, "listening line", "exited before listening").await?;
            let head: serde_json::Value = serde_json::from_slice(&line).map_err(|e| {
                Error::Protocol(format!(
                    "expected a listening JSON line, got {:?}: {e}",
                    truncate(&line, 200)
                ))
            })?;
            let address = match (
                head.get("type").and_then(|t| t.as_str()),
                head.get("address"),
            ) {
                (Some("listening"), Some(serde_json::Value::String(a))) => a.clone(),
                _ => {
                    return Err(Error::Protocol(format!(
                        "expected {{\"type\":\"listening\",\"address\":...}}, got {:?}",
                        truncate(&line, 200)
                    )));
                }
            };
            // Whatever the server writes to stdout later goes to the log.
            let rest: Box<dyn AsyncRead + Send + Unpin> = Box::new(out.into_inner());
            tokio::spawn(forward_lines(rest, shared.clone(), LogSource::Stdout));
            if let (Transport::Unix(_), Some(expected)) = (transport, socket_path) {
                let expected = expected.display().to_string();
                if address != expected {
                    log::debug!("plugin {plugin} listens on {address} (asked for {expected})");
                }
            }
            let (r, w) = connect(transport, &address, plugin).await?;
            (MessageReader::new(r, options.limits.max_message_bytes, options.limits.max_buffer_bytes), w, Some(stdin))
        }
    };
    let ready = negotiate(&mut reader, &mut writer, options, shared).await?;
    Ok((reader, writer, ready, child_stdin))
}

/// Reads the server's `ready` and, when protobuf framing is asked for, switches to it with `hello`.
pub(crate) async fn negotiate(
    reader: &mut MessageReader,
    writer: &mut Box<dyn AsyncWrite + Send + Unpin>,
    options: &IpcOptions,
    shared: &Shared,
) -> Result<ReadyMessage, Error> {
    let plugin = options.name.as_str();
    let ready = read_ready(reader, plugin).await?;
    if options.framing == WireFraming::Protobuf {
        if !ready.framings.contains(&(Framing::Protobuf as i32)) {
            return Err(Error::Protocol(format!(
                "plugin {plugin} does not offer FRAMING_PROTOBUF (framings: {:?})",
                ready
                    .framings
                    .iter()
                    .map(|f| Framing::try_from(*f).map(|f| f.as_str_name()))
                    .collect::<Vec<_>>()
            )));
        }
        let hello = Body::Hello(HelloMessage {
            r#type: "hello".into(),
            id: "hello".into(),
            protocol_version: PROTOCOL_VERSION,
            framing: Framing::Protobuf as i32,
        });
        let bytes = framing::encode(&Envelope { body: Some(hello) }, WireFraming::Json);
        writer
            .write_all(&bytes)
            .await
            .map_err(|e| Error::Protocol(format!("cannot send hello: {e}")))?;
        writer
            .flush()
            .await
            .map_err(|e| Error::Protocol(format!("cannot send hello: {e}")))?;
        loop {
            let line = startup_line(reader, plugin, "hello answer", "exited after hello").await?;
            match codec::envelope_from_json(&String::from_utf8_lossy(&line)) {
                Ok(Envelope {
                    body: Some(Body::Log(l)),
                }) => log_message(&shared.on_log, &shared.plugin, l),
                Ok(Envelope {
                    body: Some(Body::HelloResult(r)),
                }) if r.accepted && r.framing == Framing::Protobuf as i32 => {
                    break;
                }
                Ok(Envelope {
                    body: Some(Body::HelloResult(r)),
                }) => {
                    return Err(Error::Protocol(format!(
                        "plugin {plugin} refused FRAMING_PROTOBUF: {}",
                        r.error.unwrap_or_else(|| format!(
                            "accepted={}, framing={}",
                            r.accepted, r.framing
                        ))
                    )));
                }
                Ok(Envelope {
                    body: Some(Body::Error(e)),
                }) => {
                    return Err(Error::Protocol(format!(
                        "plugin {plugin} refused hello: {}",
                        Error::from_wire(&e)
                    )));
                }
                _ => {
                    return Err(Error::Protocol(format!(
                        "expected hello.result, got {:?}",
                        truncate(&line, 200)
                    )));
                }
            }
        }
    }
    Ok(ready)
}
