"""The IPC path: a plugin in another process (or behind a socket), reached over stdio, a Unix socket or TCP.

client (`IpcPlugin`), limits, the child process, the prefork pool and its zygote, busy polling."""

from ...wire.constants import PROTOCOL_VERSION
from .client import IpcPlugin, IpcTarget
from .limits import DEFAULT_ENV_DENYLIST, IpcLimits

__all__ = ["DEFAULT_ENV_DENYLIST", "PROTOCOL_VERSION", "IpcLimits", "IpcPlugin", "IpcTarget"]
