"""Protocol constants, read from the generated enums of proto/eliza/interop/v1/constants.proto (the one place
they are written; docs/PROTOCOL.md describes them)."""

from __future__ import annotations

from typing import Final

from elizaos_interop.v1 import constants_pb2

#: IPC protocol version, sent in `ready` and `hello`.
PROTOCOL_VERSION: Final[int] = int(constants_pb2.PROTOCOL_VERSION_CURRENT)
#: C ABI version a Rust cdylib plugin exports (`elizaos_interop_abi_version`).
FFI_ABI_VERSION: Final[int] = int(constants_pb2.FFI_ABI_VERSION_CURRENT)
#: WASM ABI version a module exports (`eliza_abi_version`).
WASM_ABI_VERSION: Final[int] = int(constants_pb2.WASM_ABI_VERSION_CURRENT)
#: How deep JSON arrays/objects may nest inside one Struct/Value/ListValue field.
MAX_JSON_VALUE_DEPTH: Final[int] = int(constants_pb2.PROTOCOL_LIMIT_MAX_JSON_VALUE_DEPTH)
#: Default `max_pending_requests`, `max_message_bytes`, `max_buffer_bytes`.
DEFAULT_MAX_PENDING_REQUESTS: Final[int] = int(constants_pb2.PROTOCOL_LIMIT_DEFAULT_MAX_PENDING_REQUESTS)
DEFAULT_MAX_MESSAGE_BYTES: Final[int] = int(constants_pb2.PROTOCOL_LIMIT_DEFAULT_MAX_MESSAGE_BYTES)
DEFAULT_MAX_BUFFER_BYTES: Final[int] = int(constants_pb2.PROTOCOL_LIMIT_DEFAULT_MAX_BUFFER_BYTES)

__all__ = [
    "DEFAULT_MAX_BUFFER_BYTES",
    "DEFAULT_MAX_MESSAGE_BYTES",
    "DEFAULT_MAX_PENDING_REQUESTS",
    "FFI_ABI_VERSION",
    "MAX_JSON_VALUE_DEPTH",
    "PROTOCOL_VERSION",
    "WASM_ABI_VERSION",
]
