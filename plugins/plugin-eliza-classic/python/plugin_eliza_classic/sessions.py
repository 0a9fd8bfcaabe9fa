"""Per-session ELIZA conversations (separate LIMIT, MEMORY queue and reassembly counters)."""

from __future__ import annotations

import threading
from collections.abc import Mapping

from .engine import Conversation, doctor_script

DEFAULT_SESSION = "default"


def session_key(options: object, room_id: str) -> str:
    """`options.sessionId` if given, else the message's room id, else `default`."""
    if isinstance(options, Mapping):
        sid = options.get("sessionId")
        if isinstance(sid, str) and sid:
            return sid
    return room_id or DEFAULT_SESSION


class Sessions:
    """Conversations by session key; safe to use from several threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._conversations: dict[str, Conversation] = {}

    def respond(self, session: str, text: str) -> str:
        with self._lock:
            conv = self._conversations.get(session)
            if conv is None:
                conv = Conversation(doctor_script())
                self._conversations[session] = conv
            return conv.respond(text)

    def reset(self, session: str | None = None) -> None:
        """Forget one session, or all of them."""
        with self._lock:
            if session is None:
                self._conversations.clear()
            else:
                self._conversations.pop(session, None)

    def __len__(self) -> int:
        with self._lock:
            return len(self._conversations)
