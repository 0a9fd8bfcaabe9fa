"""plugin-eliza-classic: Weizenbaum's 1966 ELIZA/DOCTOR as an elizaOS plugin (Python)."""

from .engine import (
    NO_MATCH_REPLIES,
    SCRIPT_PATH,
    Conversation,
    Script,
    ScriptError,
    doctor_script,
    memory_hash,
    tokenize,
)
from .plugin import (
    ACTION_NAME,
    PLUGIN_DESCRIPTION,
    PLUGIN_NAME,
    PLUGIN_VERSION,
    PROVIDER_NAME,
    plugin,
    sessions,
)
from .sessions import Sessions, session_key

__all__ = [
    "ACTION_NAME",
    "NO_MATCH_REPLIES",
    "PLUGIN_DESCRIPTION",
    "PLUGIN_NAME",
    "PLUGIN_VERSION",
    "PROVIDER_NAME",
    "SCRIPT_PATH",
    "Conversation",
    "Script",
    "ScriptError",
    "Sessions",
    "doctor_script",
    "memory_hash",
    "plugin",
    "session_key",
    "sessions",
    "tokenize",
]
