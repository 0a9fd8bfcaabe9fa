"""Host limits of the IPC path (docs/PROTOCOL.md §2: same names and defaults in every language)."""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from typing import Any

from ...wire.constants import (
    DEFAULT_MAX_BUFFER_BYTES,
    DEFAULT_MAX_MESSAGE_BYTES,
    DEFAULT_MAX_PENDING_REQUESTS,
)

DEFAULT_ENV_DENYLIST: tuple[str, ...] = ("*_KEY", "*_TOKEN", "*_SECRET", "*_PASSWORD", "*_CREDENTIALS")


@dataclass(frozen=True, slots=True)
class IpcLimits:
    max_pending_requests: int = DEFAULT_MAX_PENDING_REQUESTS
    max_message_bytes: int = DEFAULT_MAX_MESSAGE_BYTES
    max_buffer_bytes: int = DEFAULT_MAX_BUFFER_BYTES
    startup_timeout: float = 10.0
    call_timeout: float = 30.0
    shutdown_grace: float = 2.0
    #: Python host tuning (busy_poll.py): how long a lone call reads its connection before sleeping (µs).
    busy_poll_us: int = 100
    inherit_env: bool = True
    env_denylist: tuple[str, ...] = field(default=DEFAULT_ENV_DENYLIST)

    def __post_init__(self) -> None:
        for name in ("max_pending_requests", "max_message_bytes", "max_buffer_bytes"):
            if int(getattr(self, name)) <= 0:
                raise ValueError(f"{name} must be positive")
        if not 0 <= int(self.busy_poll_us) <= 10_000:
            raise ValueError("busy_poll_us must be between 0 and 10000")
        for name in ("startup_timeout", "call_timeout", "shutdown_grace"):
            if float(getattr(self, name)) < 0:
                raise ValueError(f"{name} must not be negative")

    @classmethod
    def from_kwargs(cls, limits: Mapping[str, Any]) -> IpcLimits:
        """Limits from keyword arguments; an unknown name is a TypeError naming it."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(limits) - known)
        if unknown:
            raise TypeError(f"unknown IPC limit(s): {', '.join(unknown)} (known: {', '.join(sorted(known))})")
        kw = dict(limits)
        if "env_denylist" in kw:
            kw["env_denylist"] = tuple(kw["env_denylist"])
        return replace(cls(), **kw)


def denied(name: str, denylist: Sequence[str]) -> bool:
    upper = name.upper()
    return any(fnmatch.fnmatchcase(upper, pat.upper()) for pat in denylist)


def child_env(limits: IpcLimits, env: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment of a plugin process: the parent's minus the denylist (when inherit_env), plus `env`."""
    out: dict[str, str] = {}
    if limits.inherit_env:
        out = {k: v for k, v in os.environ.items() if not denied(k, limits.env_denylist)}
    if env:
        out.update(env)
    return out


__all__ = ["DEFAULT_ENV_DENYLIST", "IpcLimits", "child_env", "denied"]
