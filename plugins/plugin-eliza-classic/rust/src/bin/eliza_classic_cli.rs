//! Line-oriented ELIZA for differential testing: prints the greeting, then one reply per input line.
//! A line `#SESSION name` switches to session `name` (created on first use) and prints nothing.
use std::collections::HashMap;
use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

use plugin_eliza_classic::engine::{Conversation, Script};

const SESSION_PREFIX: &str = "#SESSION ";

fn main() -> ExitCode {
    let script = Script::doctor();
    let mut conversations: HashMap<String, Conversation> = HashMap::new();
    let mut current = "default".to_string();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let result = (|| -> Result<(), Box<dyn std::error::Error>> {
        writeln!(out, "{}", script.greeting)?;
        for line in io::stdin().lock().lines() {
            let line = line?;
            let line = line.strip_suffix('\r').unwrap_or(&line);
            if let Some(name) = line.strip_prefix(SESSION_PREFIX) {
                current = name.to_string();
                continue;
            }
            let conv = conversations.entry(current.clone()).or_insert_with(|| Conversation::new(script));
            writeln!(out, "{}", conv.respond(line)?)?;
        }
        out.flush()?;
        Ok(())
    })();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("eliza-classic-cli: {e}");
            ExitCode::FAILURE
        }
    }
}
