"""Type stubs for the PyO3 extension `elizaos_interop._native` (rust-ext/)."""

import os
from typing import final

__all__ = [
    "FFI_ABI_VERSION",
    "NativeLibrary",
    "UnexpectedResponse",
    "json_decode_line",
    "json_encode_envelope",
]

FFI_ABI_VERSION: int

@final
class NativeLibrary:
    """A Rust plugin library speaking C ABI version 1 (stays loaded for the life of the process)."""

    def __new__(cls, path: str | os.PathLike[str]) -> NativeLibrary: ...
    @property
    def path(self) -> str: ...
    @property
    def abi_version(self) -> int: ...
    def call(self, envelope: bytes) -> bytes: ...
    def invoke_action(
        self, action: str, memory: bytes, state: bytes | None = None, options: bytes | None = None
    ) -> bytes: ...

class UnexpectedResponse(Exception):
    """`invoke_action` got another answer than `action.result`; args[0] holds the response Envelope bytes."""

def json_encode_envelope(data: bytes) -> bytes | None:
    """The JSON line (newline-terminated) for Envelope bytes, or None when the Python codec must answer."""

def json_decode_line(line: bytes) -> bytes | None:
    """The Envelope bytes one JSON line holds, or None when the Python codec must answer (or refuse it)."""
