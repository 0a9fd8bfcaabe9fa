"""Shared helpers of the Python tests (imported as `support`: pytest puts this folder on sys.path)."""

from __future__ import annotations

import sys
from pathlib import Path

from elizaos_interop.model import Memory

FIXTURES = Path(__file__).parent / "fixtures"
#: Our Python bridge serving the echo fixture plugin over stdio.
ECHO_BRIDGE = [sys.executable, "-m", "elizaos_interop.bridge_server", str(FIXTURES / "echo_plugin.py")]


def memory(text: str, room: str = "") -> Memory:
    m = Memory()
    m.content.text = text
    if room:
        m.room_id = room
    return m


def alive(pid: int) -> bool:
    """Whether `pid` runs (a zombie does not)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False
