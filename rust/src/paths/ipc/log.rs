//! A plugin's log records (stderr lines, `log` messages, host diagnostics) and where they go.
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogSource {
    /// A line the child wrote to stderr.
    Stderr,
    /// A line the child wrote to stdout after `listening` (socket transports).
    Stdout,
    /// A `log` protocol message.
    Protocol,
    /// The host itself (protocol problems, dropped responses).
    Host,
}

/// One log record of a plugin.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogRecord {
    /// Plugin name.
    pub plugin: String,
    /// Where it came from.
    pub source: LogSource,
    /// `debug`, `info`, `warning` or `error`.
    pub level: String,
    /// The plugin's logger name (protocol `log` messages), else empty.
    pub logger: String,
    /// The text.
    pub message: String,
}

/// Receives a plugin's log records (stderr lines, `log` messages, host diagnostics).
pub type LogCallback = Arc<dyn Fn(&LogRecord) + Send + Sync>;

/// Sends a record to the callback, or to the `log` crate (target `elizaos_interop::plugin`).
pub fn emit(on_log: &Option<LogCallback>, record: LogRecord) {
    match on_log {
        Some(cb) => cb(&record),
        None => {
            let level = match record.level.as_str() {
                "debug" => log::Level::Debug,
                "warning" | "warn" => log::Level::Warn,
                "error" | "critical" => log::Level::Error,
                _ => log::Level::Info,
            };
            log::log!(target: "elizaos_interop::plugin", level, "[{}] {}", record.plugin, record.message);
        }
    }
}

/// A diagnostic of the host itself about `plugin`.
pub fn host_log(on_log: &Option<LogCallback>, plugin: &str, level: &str, message: String) {
    emit(
        on_log,
        LogRecord {
            plugin: plugin.to_owned(),
            source: LogSource::Host,
            level: level.into(),
            logger: String::new(),
            message,
        },
    );
}


/// A `log` protocol message of `plugin` as a record.
pub fn log_message(on_log: &Option<LogCallback>, plugin: &str, l: crate::proto::LogMessage) {
    let level = if l.level.is_empty() { "info".into() } else { l.level };
    emit(on_log, LogRecord { plugin: plugin.to_owned(), source: LogSource::Protocol, level, logger: l.logger, message: l.message });
}
