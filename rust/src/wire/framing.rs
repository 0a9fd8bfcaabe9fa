//! Framing, shared by every IPC peer (the host's client, the plugin server, the in-memory channel):
//! newline-delimited proto3 JSON lines, or 4-byte big-endian length + `Envelope` bytes. [`LineScanner`] is the
//! one line splitter (limits, oversized lines discarded unbuffered with their first KiB kept to recover the
//! `id`); the sync (server) and async (host) readers feed it what their buffered reader holds.
use prost::Message;

use crate::proto::Envelope;
use crate::wire::codec;

/// The framing of a connection after the handshake.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum WireFraming {
    /// Newline-delimited proto3 JSON (default).
    #[default]
    Json,
    /// 4-byte big-endian length + `Envelope` bytes, negotiated with `hello`.
    Protobuf,
}

/// How much of an oversized message is kept (to recover its `id`).
pub const HEAD_BYTES: usize = 1024;

/// One JSON line with its newline.
pub fn json_line(line: &str) -> Vec<u8> {
    let mut buf = Vec::with_capacity(line.len() + 1);
    buf.extend_from_slice(line.as_bytes());
    buf.push(b'\n');
    buf
}

/// One length-prefixed frame.
pub fn frame(envelope: &Envelope) -> Vec<u8> {
    let len = envelope.encoded_len();
    let mut out = Vec::with_capacity(4 + len);
    out.extend_from_slice(&u32::try_from(len).unwrap_or(u32::MAX).to_be_bytes());
    envelope.encode(&mut out).expect("Vec has room");
    out
}

/// An envelope in a framing, ready to write.
pub fn encode(envelope: &Envelope, framing: WireFraming) -> Vec<u8> {
    match framing {
        WireFraming::Json => json_line(&codec::envelope_to_json(envelope)),
        WireFraming::Protobuf => frame(envelope),
    }
}

/// The size of an encoded message without its framing (newline or length prefix).
pub fn payload_len(encoded: &[u8], framing: WireFraming) -> usize {
    match framing {
        WireFraming::Json => encoded.len().saturating_sub(1),
        WireFraming::Protobuf => encoded.len().saturating_sub(4),
    }
}

/// The payload length announced by a frame header.
pub fn frame_len(header: [u8; 4]) -> usize {
    u32::from_be_bytes(header) as usize
}

/// What a [`LineScanner`] completed.
#[derive(Debug, PartialEq, Eq)]
pub enum Scan {
    /// The line is not complete yet: feed more.
    More,
    /// One line (without its newline).
    Line(Vec<u8>),
    /// A line over `max_message` was discarded; `head` is its first [`HEAD_BYTES`], `size` its length.
    TooLarge {
        /// The first bytes of the line.
        head: Vec<u8>,
        /// Its length.
        size: usize,
    },
    /// A partial line grew past `max_buffer`: the connection must be dropped.
    OverBuffer,
}

/// Splits a byte stream into lines of at most `max_message` bytes.
#[derive(Debug)]
pub struct LineScanner {
    buf: Vec<u8>,
    size: usize,
    oversized: bool,
    max_message: usize,
    max_buffer: usize,
}

impl LineScanner {
    /// A scanner with these limits (`max_buffer` bounds a partial line kept in memory).
    pub fn new(max_message: usize, max_buffer: usize) -> Self {
        Self { buf: Vec::new(), size: 0, oversized: false, max_message, max_buffer }
    }

    /// Takes what `chunk` holds up to the first newline; returns how many bytes were used and what completed.
    pub fn feed(&mut self, chunk: &[u8]) -> (usize, Scan) {
        let (take, done) = match memchr_newline(chunk) {
            Some(i) => (i, true),
            None => (chunk.len(), false),
        };
        self.size += take;
        if self.oversized {
            // Discarding: keep nothing more.
        } else if self.size > self.max_message {
            self.oversized = true;
            self.buf.truncate(HEAD_BYTES);
            let room = HEAD_BYTES.saturating_sub(self.buf.len());
            self.buf.extend_from_slice(&chunk[..take.min(room)]);
        } else if self.size > self.max_buffer {
            return (take, Scan::OverBuffer);
        } else {
            self.buf.extend_from_slice(&chunk[..take]);
        }
        let used = take + usize::from(done);
        if done {
            (used, self.take())
        } else {
            (used, Scan::More)
        }
    }

    /// At end of input: the unterminated last line, if any.
    pub fn finish(&mut self) -> Option<Scan> {
        (self.size > 0).then(|| self.take())
    }

    fn take(&mut self) -> Scan {
        let buf = std::mem::take(&mut self.buf);
        let size = std::mem::replace(&mut self.size, 0);
        if std::mem::replace(&mut self.oversized, false) {
            Scan::TooLarge { head: buf, size }
        } else {
            Scan::Line(buf)
        }
    }
}

fn memchr_newline(chunk: &[u8]) -> Option<usize> {
    chunk.iter().position(|&b| b == b'\n')
}

/// What a [`MessageReader`] read.
#[cfg(feature = "host")]
#[derive(Debug)]
pub enum Incoming {
    /// One message (a JSON line without its newline, or a frame's payload).
    Message(Vec<u8>),
    /// A message over `max_message` was discarded; `id` is what could be recovered from its head.
    TooLarge {
        /// The recovered `id` ("" when none).
        id: String,
        /// Its size.
        size: usize,
    },
    /// The stream ended (or failed, which means the same to a peer).
    Eof,
}

/// Reads lines or frames with limits from an async stream (the host's IPC connections, in-memory channels).
#[cfg(feature = "host")]
pub struct MessageReader {
    inner: tokio::io::BufReader<Box<dyn tokio::io::AsyncRead + Send + Unpin>>,
    /// Largest message kept.
    pub max_message: usize,
    max_buffer: usize,
}

#[cfg(feature = "host")]
impl MessageReader {
    /// A reader over `inner` with these limits.
    pub fn new(inner: Box<dyn tokio::io::AsyncRead + Send + Unpin>, max_message: usize, max_buffer: usize) -> Self {
        Self { inner: tokio::io::BufReader::with_capacity(64 * 1024, inner), max_message, max_buffer }
    }

    /// The underlying stream (what follows the bytes already consumed stays buffered in it).
    pub fn into_inner(self) -> tokio::io::BufReader<Box<dyn tokio::io::AsyncRead + Send + Unpin>> {
        self.inner
    }

    /// One message in `framing`.
    pub async fn read(&mut self, framing: WireFraming) -> Result<Incoming, String> {
        match framing {
            WireFraming::Json => self.read_line().await,
            WireFraming::Protobuf => self.read_frame().await,
        }
    }

    /// One non-blank `\n`-terminated line (without the newline); lines over `max_message` are discarded
    /// unbuffered. `Err` names why the connection must be dropped.
    pub async fn read_line(&mut self) -> Result<Incoming, String> {
        use tokio::io::AsyncBufReadExt;
        let mut scanner = LineScanner::new(self.max_message, self.max_buffer);
        loop {
            // A read error (ECONNRESET when the peer dies, ...) is the connection closing, like EOF.
            let Ok(chunk) = self.inner.fill_buf().await else {
                return Ok(Incoming::Eof);
            };
            if chunk.is_empty() {
                return Ok(Incoming::Eof);
            }
            let (used, scan) = scanner.feed(chunk);
            self.inner.consume(used);
            match scan {
                Scan::More => {}
                Scan::OverBuffer => {
                    return Err(format!(
                        "partial incoming line exceeds max_buffer_bytes ({}); connection dropped",
                        self.max_buffer
                    ))
                }
                Scan::TooLarge { head, size } => {
                    return Ok(Incoming::TooLarge { id: codec::recover_id(&head), size });
                }
                Scan::Line(line) if line.iter().all(u8::is_ascii_whitespace) => {}
                Scan::Line(line) => return Ok(Incoming::Message(line)),
            }
        }
    }

    /// One length-prefixed frame; frames over `max_message` are read and dropped.
    pub async fn read_frame(&mut self) -> Result<Incoming, String> {
        use tokio::io::AsyncReadExt;
        let mut len = [0u8; 4];
        // Read errors (ECONNRESET when the peer dies, ...) and EOF both mean the connection closed.
        if self.inner.read_exact(&mut len).await.is_err() {
            return Ok(Incoming::Eof);
        }
        let n = frame_len(len);
        if n > self.max_message {
            let mut head = vec![0u8; n.min(HEAD_BYTES)];
            if self.inner.read_exact(&mut head).await.is_err() {
                return Ok(Incoming::Eof);
            }
            let rest = (n - head.len()) as u64;
            let skipped =
                tokio::io::copy(&mut (&mut self.inner).take(rest), &mut tokio::io::sink()).await.unwrap_or(0);
            if skipped < rest {
                return Ok(Incoming::Eof);
            }
            return Ok(Incoming::TooLarge { id: codec::recover_id_protobuf(&head), size: n });
        }
        if n > self.max_buffer {
            return Err(format!(
                "incoming frame of {n} bytes exceeds max_buffer_bytes ({}); connection dropped",
                self.max_buffer
            ));
        }
        let mut buf = vec![0u8; n];
        match self.inner.read_exact(&mut buf).await {
            Ok(_) => Ok(Incoming::Message(buf)),
            Err(_) => Ok(Incoming::Eof),
        }
    }
}

/// Decodes one message read in `framing`; `Err` is the peer's `id` (when recoverable) and what is wrong.
pub fn decode(bytes: &[u8], framing: WireFraming) -> Result<Envelope, (String, String)> {
    match framing {
        WireFraming::Json => codec::envelope_from_json(&String::from_utf8_lossy(bytes))
            .map_err(|e| (e.id, format!("malformed message: {}; line: {:?}", e.error, truncate(bytes, 300)))),
        WireFraming::Protobuf => Envelope::decode(bytes).map_err(|e| {
            (codec::recover_id_protobuf(bytes), format!("undecodable frame ({} bytes): {e}", bytes.len()))
        }),
    }
}

/// The first `n` bytes of `s` as text, with an ellipsis when cut.
pub fn truncate(s: &[u8], n: usize) -> String {
    let text = String::from_utf8_lossy(&s[..s.len().min(n)]).into_owned();
    if s.len() > n {
        format!("{text}…")
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scanner_splits_lines_and_discards_oversized_ones() {
        let mut s = LineScanner::new(4, usize::MAX);
        assert_eq!(s.feed(b"ab"), (2, Scan::More));
        assert_eq!(s.feed(b"c\nxyz"), (2, Scan::Line(b"abc".to_vec())));
        assert_eq!(s.feed(b"toolong\n"), (8, Scan::TooLarge { head: b"toolong".to_vec(), size: 7 }));
        assert_eq!(s.feed(b"end"), (3, Scan::More));
        assert_eq!(s.finish(), Some(Scan::Line(b"end".to_vec())));
        assert_eq!(s.finish(), None);
    }

    #[test]
    fn scanner_refuses_partial_lines_over_the_buffer_limit() {
        let mut s = LineScanner::new(100, 3);
        assert_eq!(s.feed(b"abcd").1, Scan::OverBuffer);
    }
}
