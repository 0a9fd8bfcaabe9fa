//! Transports between host and server: the child's stdio, a Unix socket or TCP (the server announces its
//! address in a `listening` line), opened here as a pair of byte streams.
use std::path::PathBuf;

use tokio::io::{AsyncRead, AsyncWrite};

use crate::errors::Error;

/// Transport between host and server.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Transport {
    /// The child's stdin/stdout (default).
    #[default]
    Stdio,
    /// A Unix socket; `None` picks a fresh path in the temp directory (removed on close).
    Unix(Option<PathBuf>),
    /// TCP on `127.0.0.1:0` (the server reports the port in its `listening` line).
    Tcp,
}

/// The read and write halves of a connection.
pub(crate) type Halves = (Box<dyn AsyncRead + Send + Unpin>, Box<dyn AsyncWrite + Send + Unpin>);

/// Connects to the address a server announced (`transport` says whether it is a Unix socket path or TCP).
pub(crate) async fn connect(transport: &Transport, address: &str, plugin: &str) -> Result<Halves, Error> {
    let connect_err =
        |e: std::io::Error| Error::Spawn { plugin: plugin.to_owned(), message: format!("cannot connect to {address}: {e}") };
    match transport {
        Transport::Unix(_) => {
            let s = tokio::net::UnixStream::connect(address).await.map_err(connect_err)?;
            let (r, w) = s.into_split();
            Ok((Box::new(r), Box::new(w)))
        }
        _ => {
            let s = tokio::net::TcpStream::connect(address).await.map_err(connect_err)?;
            let _ = s.set_nodelay(true);
            let (r, w) = s.into_split();
            Ok((Box::new(r), Box::new(w)))
        }
    }
}
