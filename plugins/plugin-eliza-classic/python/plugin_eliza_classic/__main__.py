"""Line-oriented ELIZA: prints the greeting, then one reply per input line (for differential testing).

A line `#SESSION name` switches to session `name` (created on first use) and prints nothing.
"""

from __future__ import annotations

import sys

from .engine import Conversation, doctor_script

SESSION_PREFIX = "#SESSION "


def main() -> int:
    script = doctor_script()
    conversations: dict[str, Conversation] = {}
    current = "default"
    out = sys.stdout
    out.write(script.greeting + "\n")
    for raw in sys.stdin:
        line = raw.rstrip("\r\n")
        if line.startswith(SESSION_PREFIX):
            current = line[len(SESSION_PREFIX) :]
            continue
        conv = conversations.get(current)
        if conv is None:
            conv = conversations[current] = Conversation(script)
        out.write(conv.respond(line) + "\n")
    out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
