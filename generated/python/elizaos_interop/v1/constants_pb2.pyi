# Generated from proto/ by codegen/generate.sh (buf generate). Do not edit; regenerate instead.
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from typing import ClassVar as _ClassVar

DESCRIPTOR: _descriptor.FileDescriptor

class ProtocolVersion(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PROTOCOL_VERSION_UNSPECIFIED: _ClassVar[ProtocolVersion]
    PROTOCOL_VERSION_CURRENT: _ClassVar[ProtocolVersion]

class FfiAbiVersion(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    FFI_ABI_VERSION_UNSPECIFIED: _ClassVar[FfiAbiVersion]
    FFI_ABI_VERSION_CURRENT: _ClassVar[FfiAbiVersion]

class WasmAbiVersion(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    WASM_ABI_VERSION_UNSPECIFIED: _ClassVar[WasmAbiVersion]
    WASM_ABI_VERSION_CURRENT: _ClassVar[WasmAbiVersion]

class ProtocolLimit(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PROTOCOL_LIMIT_UNSPECIFIED: _ClassVar[ProtocolLimit]
    PROTOCOL_LIMIT_MAX_JSON_VALUE_DEPTH: _ClassVar[ProtocolLimit]
    PROTOCOL_LIMIT_DEFAULT_MAX_PENDING_REQUESTS: _ClassVar[ProtocolLimit]
    PROTOCOL_LIMIT_DEFAULT_MAX_MESSAGE_BYTES: _ClassVar[ProtocolLimit]
    PROTOCOL_LIMIT_DEFAULT_MAX_BUFFER_BYTES: _ClassVar[ProtocolLimit]

class ErrorCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ERROR_CODE_UNSPECIFIED: _ClassVar[ErrorCode]
    ERROR_CODE_MALFORMED: _ClassVar[ErrorCode]
    ERROR_CODE_UNKNOWN_TYPE: _ClassVar[ErrorCode]
    ERROR_CODE_NOT_FOUND: _ClassVar[ErrorCode]
    ERROR_CODE_HANDLER_ERROR: _ClassVar[ErrorCode]
    ERROR_CODE_TOO_LARGE: _ClassVar[ErrorCode]
    ERROR_CODE_UNSUPPORTED_VERSION: _ClassVar[ErrorCode]
    ERROR_CODE_UNSUPPORTED_FRAMING: _ClassVar[ErrorCode]
    ERROR_CODE_SHUTTING_DOWN: _ClassVar[ErrorCode]
    ERROR_CODE_INVALID_ARGUMENT: _ClassVar[ErrorCode]
    ERROR_CODE_PERMISSION_DENIED: _ClassVar[ErrorCode]
    ERROR_CODE_UNAUTHENTICATED: _ClassVar[ErrorCode]
    ERROR_CODE_RESOURCE_EXHAUSTED: _ClassVar[ErrorCode]
    ERROR_CODE_DEADLINE_EXCEEDED: _ClassVar[ErrorCode]
    ERROR_CODE_CANCELLED: _ClassVar[ErrorCode]
    ERROR_CODE_UNAVAILABLE: _ClassVar[ErrorCode]
PROTOCOL_VERSION_UNSPECIFIED: ProtocolVersion
PROTOCOL_VERSION_CURRENT: ProtocolVersion
FFI_ABI_VERSION_UNSPECIFIED: FfiAbiVersion
FFI_ABI_VERSION_CURRENT: FfiAbiVersion
WASM_ABI_VERSION_UNSPECIFIED: WasmAbiVersion
WASM_ABI_VERSION_CURRENT: WasmAbiVersion
PROTOCOL_LIMIT_UNSPECIFIED: ProtocolLimit
PROTOCOL_LIMIT_MAX_JSON_VALUE_DEPTH: ProtocolLimit
PROTOCOL_LIMIT_DEFAULT_MAX_PENDING_REQUESTS: ProtocolLimit
PROTOCOL_LIMIT_DEFAULT_MAX_MESSAGE_BYTES: ProtocolLimit
PROTOCOL_LIMIT_DEFAULT_MAX_BUFFER_BYTES: ProtocolLimit
ERROR_CODE_UNSPECIFIED: ErrorCode
ERROR_CODE_MALFORMED: ErrorCode
ERROR_CODE_UNKNOWN_TYPE: ErrorCode
ERROR_CODE_NOT_FOUND: ErrorCode
ERROR_CODE_HANDLER_ERROR: ErrorCode
ERROR_CODE_TOO_LARGE: ErrorCode
ERROR_CODE_UNSUPPORTED_VERSION: ErrorCode
ERROR_CODE_UNSUPPORTED_FRAMING: ErrorCode
ERROR_CODE_SHUTTING_DOWN: ErrorCode
ERROR_CODE_INVALID_ARGUMENT: ErrorCode
ERROR_CODE_PERMISSION_DENIED: ErrorCode
ERROR_CODE_UNAUTHENTICATED: ErrorCode
ERROR_CODE_RESOURCE_EXHAUSTED: ErrorCode
ERROR_CODE_DEADLINE_EXCEEDED: ErrorCode
ERROR_CODE_CANCELLED: ErrorCode
ERROR_CODE_UNAVAILABLE: ErrorCode
