"""The IPC path: framing, codec, client (`IpcPlugin`), generic server loop and the elizaos plugin invoker."""

from .client import PROTOCOL_VERSION, IpcPlugin, IpcTarget
from .limits import DEFAULT_ENV_DENYLIST, IpcLimits

__all__ = ["DEFAULT_ENV_DENYLIST", "PROTOCOL_VERSION", "IpcLimits", "IpcPlugin", "IpcTarget"]
