//! Host limits of an IPC plugin (docs/PROTOCOL.md §2, same names and defaults in every language) and the
//! child's environment (inherit minus a denylist of globs).
use std::collections::HashMap;
use std::time::Duration;

use crate::wire::constants::{DEFAULT_MAX_BUFFER_BYTES, DEFAULT_MAX_MESSAGE_BYTES, DEFAULT_MAX_PENDING_REQUESTS};

/// Default `env_denylist` (glob, case-insensitive).
pub const DEFAULT_ENV_DENYLIST: &[&str] = &[
    "*_KEY",
    "*_TOKEN",
    "*_SECRET",
    "*_PASSWORD",
    "*_CREDENTIALS",
];

/// Host limits (docs/PROTOCOL.md §2, same names and defaults in every language).
#[derive(Debug, Clone, PartialEq)]
pub struct IpcLimits {
    /// Calls in flight at once (default 10 000).
    pub max_pending_requests: usize,
    /// Largest message in either direction (default 16 MiB).
    pub max_message_bytes: usize,
    /// Largest partial incoming line/frame kept (default 64 MiB); beyond it the connection is dropped.
    pub max_buffer_bytes: usize,
    /// Time to get `ready` (and the `hello` answer) (default 10 s).
    pub startup_timeout: Duration,
    /// Default per-call timeout (default 30 s).
    pub call_timeout: Duration,
    /// Grace periods of the shutdown sequence (default 2 s).
    pub shutdown_grace: Duration,
    /// Pass the parent environment (minus the denylist) to the child (default true).
    pub inherit_env: bool,
    /// Globs (case-insensitive) of variables not passed to the child.
    pub env_denylist: Vec<String>,
}

impl Default for IpcLimits {
    fn default() -> Self {
        Self {
            max_pending_requests: DEFAULT_MAX_PENDING_REQUESTS,
            max_message_bytes: DEFAULT_MAX_MESSAGE_BYTES,
            max_buffer_bytes: DEFAULT_MAX_BUFFER_BYTES,
            startup_timeout: Duration::from_secs(10),
            call_timeout: Duration::from_secs(30),
            shutdown_grace: Duration::from_secs(2),
            inherit_env: true,
            env_denylist: DEFAULT_ENV_DENYLIST
                .iter()
                .map(|s| (*s).to_owned())
                .collect(),
        }
    }
}

impl IpcLimits {
    /// Whether the variable `name` matches a denylist glob (case-insensitive).
    pub fn denied(&self, name: &str) -> bool {
        let upper = name.to_uppercase();
        self.env_denylist
            .iter()
            .any(|p| wildmatch::WildMatch::new(&p.to_uppercase()).matches(&upper))
    }

    /// The child's environment: the parent's minus the denylist (when `inherit_env`), plus `extra` (always).
    pub fn child_env(&self, extra: &HashMap<String, String>) -> HashMap<String, String> {
        let mut env: HashMap<String, String> = if self.inherit_env {
            std::env::vars_os()
                .filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?)))
                .filter(|(k, _)| !self.denied(k))
                .collect()
        } else {
            HashMap::new()
        };
        env.extend(extra.iter().map(|(k, v)| (k.clone(), v.clone())));
        env
    }
}


#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn denylist_is_case_insensitive_glob() {
        let limits = IpcLimits::default();
        assert!(limits.denied("OPENAI_API_KEY"));
        assert!(limits.denied("github_token"));
        assert!(limits.denied("Db_Password"));
        assert!(!limits.denied("PATH"));
        assert!(!limits.denied("KEYBOARD"));
        let mut extra = HashMap::new();
        extra.insert("EXPLICIT_TOKEN".to_owned(), "x".to_owned());
        assert_eq!(limits.child_env(&extra).get("EXPLICIT_TOKEN").map(String::as_str), Some("x"));
    }
}
