"""Where an IPC plugin is: the command to spawn (stdio, or a socket server it starts) or the address to
connect to, and the framing to speak."""

from __future__ import annotations

import os
import shlex
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from ...errors import PluginLoadError

if TYPE_CHECKING:
    from .prefork import PreforkPool

Transport = Literal["stdio", "unix", "tcp"]
FramingName = Literal["json", "protobuf"]


@dataclass(frozen=True)
class IpcTarget:
    """How to reach a plugin: spawn `command` (speaking on stdio, or serving `transport` on a socket the
    loader picks), or connect to an existing `address` ("/path.sock" for unix, "host:port" for tcp)."""

    command: tuple[str, ...] = ()
    transport: Transport = "stdio"
    address: str | None = None
    cwd: str | None = None
    env: Mapping[str, str] = field(default_factory=dict)
    framing: FramingName = "json"
    #: Where `--unix PATH` / `--tcp HOST:PORT` go in `command` when spawning a socket server
    #: (None: at the end;
    #: our bridges take them before ENTRY, i.e. len(command) - 1).
    flags_at: int | None = None
    #: Start `command` (`python -m MODULE ...`) as a fork of this pool's warm interpreter (prefork.py).
    prefork: PreforkPool | None = None

    def describe(self) -> str:
        if self.command:
            return shlex.join(self.command)
        return f"{self.transport}:{self.address}"


def parse_hostport(address: str) -> tuple[str, int]:
    host, sep, port = address.rpartition(":")
    if not sep or not port.isdigit():
        raise PluginLoadError(f"bad TCP address {address!r}: expected HOST:PORT")
    return host.strip("[]") or "127.0.0.1", int(port)


def label_of(arg: str) -> str:
    base = os.path.basename(arg.rstrip("/")) or arg
    for ext in (".py", ".mjs", ".cjs", ".js", ".json"):
        base = base.removesuffix(ext)
    return base


__all__ = ["FramingName", "IpcTarget", "Transport", "label_of", "parse_hostport"]
