# Generated from proto/ by codegen/generate.sh (buf generate). Do not edit; regenerate instead.
from elizaos_interop.v1 import components_pb2 as _components_pb2
from elizaos_interop.v1 import ipc_pb2 as _ipc_pb2
from google.protobuf import struct_pb2 as _struct_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Framing(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    FRAMING_UNSPECIFIED: _ClassVar[Framing]
    FRAMING_JSON: _ClassVar[Framing]
    FRAMING_PROTOBUF: _ClassVar[Framing]
FRAMING_UNSPECIFIED: Framing
FRAMING_JSON: Framing
FRAMING_PROTOBUF: Framing

class ReadyMessage(_message.Message):
    __slots__ = ("type", "id", "protocol_version", "manifest", "framings", "server", "pid")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    PROTOCOL_VERSION_FIELD_NUMBER: _ClassVar[int]
    MANIFEST_FIELD_NUMBER: _ClassVar[int]
    FRAMINGS_FIELD_NUMBER: _ClassVar[int]
    SERVER_FIELD_NUMBER: _ClassVar[int]
    PID_FIELD_NUMBER: _ClassVar[int]
    type: str
    id: str
    protocol_version: int
    manifest: _ipc_pb2.CrossLanguagePluginManifest
    framings: _containers.RepeatedScalarFieldContainer[Framing]
    server: str
    pid: int
    def __init__(self, type: _Optional[str] = ..., id: _Optional[str] = ..., protocol_version: _Optional[int] = ..., manifest: _Optional[_Union[_ipc_pb2.CrossLanguagePluginManifest, _Mapping]] = ..., framings: _Optional[_Iterable[_Union[Framing, str]]] = ..., server: _Optional[str] = ..., pid: _Optional[int] = ...) -> None: ...

class HelloMessage(_message.Message):
    __slots__ = ("type", "id", "protocol_version", "framing")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    PROTOCOL_VERSION_FIELD_NUMBER: _ClassVar[int]
    FRAMING_FIELD_NUMBER: _ClassVar[int]
    type: str
    id: str
    protocol_version: int
    framing: Framing
    def __init__(self, type: _Optional[str] = ..., id: _Optional[str] = ..., protocol_version: _Optional[int] = ..., framing: _Optional[_Union[Framing, str]] = ...) -> None: ...

class HelloResult(_message.Message):
    __slots__ = ("type", "id", "accepted", "framing", "error")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    ACCEPTED_FIELD_NUMBER: _ClassVar[int]
    FRAMING_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    type: str
    id: str
    accepted: bool
    framing: Framing
    error: str
    def __init__(self, type: _Optional[str] = ..., id: _Optional[str] = ..., accepted: bool = ..., framing: _Optional[_Union[Framing, str]] = ..., error: _Optional[str] = ...) -> None: ...

class CancelRequest(_message.Message):
    __slots__ = ("type", "id", "target_id")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    TARGET_ID_FIELD_NUMBER: _ClassVar[int]
    type: str
    id: str
    target_id: str
    def __init__(self, type: _Optional[str] = ..., id: _Optional[str] = ..., target_id: _Optional[str] = ...) -> None: ...

class LogMessage(_message.Message):
    __slots__ = ("type", "id", "level", "message", "logger")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    LOGGER_FIELD_NUMBER: _ClassVar[int]
    type: str
    id: str
    level: str
    message: str
    logger: str
    def __init__(self, type: _Optional[str] = ..., id: _Optional[str] = ..., level: _Optional[str] = ..., message: _Optional[str] = ..., logger: _Optional[str] = ...) -> None: ...

class ShutdownRequest(_message.Message):
    __slots__ = ("type", "id")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    type: str
    id: str
    def __init__(self, type: _Optional[str] = ..., id: _Optional[str] = ...) -> None: ...

class ShutdownResult(_message.Message):
    __slots__ = ("type", "id")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    type: str
    id: str
    def __init__(self, type: _Optional[str] = ..., id: _Optional[str] = ...) -> None: ...

class EvaluatorResultResponse(_message.Message):
    __slots__ = ("type", "id", "result")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    RESULT_FIELD_NUMBER: _ClassVar[int]
    type: str
    id: str
    result: _components_pb2.ActionResult
    def __init__(self, type: _Optional[str] = ..., id: _Optional[str] = ..., result: _Optional[_Union[_components_pb2.ActionResult, _Mapping]] = ...) -> None: ...

class DbCallRequest(_message.Message):
    __slots__ = ("type", "id", "method", "params")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    METHOD_FIELD_NUMBER: _ClassVar[int]
    PARAMS_FIELD_NUMBER: _ClassVar[int]
    type: str
    id: str
    method: str
    params: _struct_pb2.Struct
    def __init__(self, type: _Optional[str] = ..., id: _Optional[str] = ..., method: _Optional[str] = ..., params: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...

class DbCallResult(_message.Message):
    __slots__ = ("type", "id", "result")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    RESULT_FIELD_NUMBER: _ClassVar[int]
    type: str
    id: str
    result: _struct_pb2.Value
    def __init__(self, type: _Optional[str] = ..., id: _Optional[str] = ..., result: _Optional[_Union[_struct_pb2.Value, _Mapping]] = ...) -> None: ...

class ManifestRequest(_message.Message):
    __slots__ = ("type", "id")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    type: str
    id: str
    def __init__(self, type: _Optional[str] = ..., id: _Optional[str] = ...) -> None: ...

class ManifestResult(_message.Message):
    __slots__ = ("type", "id", "manifest")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    MANIFEST_FIELD_NUMBER: _ClassVar[int]
    type: str
    id: str
    manifest: _ipc_pb2.CrossLanguagePluginManifest
    def __init__(self, type: _Optional[str] = ..., id: _Optional[str] = ..., manifest: _Optional[_Union[_ipc_pb2.CrossLanguagePluginManifest, _Mapping]] = ...) -> None: ...

class ModelInvokeRequest(_message.Message):
    __slots__ = ("type", "id", "model", "params")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    MODEL_FIELD_NUMBER: _ClassVar[int]
    PARAMS_FIELD_NUMBER: _ClassVar[int]
    type: str
    id: str
    model: str
    params: _struct_pb2.Struct
    def __init__(self, type: _Optional[str] = ..., id: _Optional[str] = ..., model: _Optional[str] = ..., params: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...

class ModelInvokeResult(_message.Message):
    __slots__ = ("type", "id", "result")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    RESULT_FIELD_NUMBER: _ClassVar[int]
    type: str
    id: str
    result: _struct_pb2.Value
    def __init__(self, type: _Optional[str] = ..., id: _Optional[str] = ..., result: _Optional[_Union[_struct_pb2.Value, _Mapping]] = ...) -> None: ...

class Envelope(_message.Message):
    __slots__ = ("action_invoke", "action_result", "action_validate", "validation", "provider_get", "provider_result", "evaluator_invoke", "evaluator_result", "plugin_init", "plugin_init_result", "service_start", "service_stop", "service_result", "route_handle", "route_result", "error", "ready", "hello", "hello_result", "cancel", "log", "shutdown", "shutdown_result", "db_call", "db_result", "manifest_get", "manifest_result", "model_invoke", "model_result")
    ACTION_INVOKE_FIELD_NUMBER: _ClassVar[int]
    ACTION_RESULT_FIELD_NUMBER: _ClassVar[int]
    ACTION_VALIDATE_FIELD_NUMBER: _ClassVar[int]
    VALIDATION_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_GET_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_RESULT_FIELD_NUMBER: _ClassVar[int]
    EVALUATOR_INVOKE_FIELD_NUMBER: _ClassVar[int]
    EVALUATOR_RESULT_FIELD_NUMBER: _ClassVar[int]
    PLUGIN_INIT_FIELD_NUMBER: _ClassVar[int]
    PLUGIN_INIT_RESULT_FIELD_NUMBER: _ClassVar[int]
    SERVICE_START_FIELD_NUMBER: _ClassVar[int]
    SERVICE_STOP_FIELD_NUMBER: _ClassVar[int]
    SERVICE_RESULT_FIELD_NUMBER: _ClassVar[int]
    ROUTE_HANDLE_FIELD_NUMBER: _ClassVar[int]
    ROUTE_RESULT_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    READY_FIELD_NUMBER: _ClassVar[int]
    HELLO_FIELD_NUMBER: _ClassVar[int]
    HELLO_RESULT_FIELD_NUMBER: _ClassVar[int]
    CANCEL_FIELD_NUMBER: _ClassVar[int]
    LOG_FIELD_NUMBER: _ClassVar[int]
    SHUTDOWN_FIELD_NUMBER: _ClassVar[int]
    SHUTDOWN_RESULT_FIELD_NUMBER: _ClassVar[int]
    DB_CALL_FIELD_NUMBER: _ClassVar[int]
    DB_RESULT_FIELD_NUMBER: _ClassVar[int]
    MANIFEST_GET_FIELD_NUMBER: _ClassVar[int]
    MANIFEST_RESULT_FIELD_NUMBER: _ClassVar[int]
    MODEL_INVOKE_FIELD_NUMBER: _ClassVar[int]
    MODEL_RESULT_FIELD_NUMBER: _ClassVar[int]
    action_invoke: _ipc_pb2.ActionInvokeRequest
    action_result: _ipc_pb2.ActionResultResponse
    action_validate: _ipc_pb2.ActionValidateRequest
    validation: _ipc_pb2.ValidationResponse
    provider_get: _ipc_pb2.ProviderGetRequest
    provider_result: _ipc_pb2.ProviderResultResponse
    evaluator_invoke: _ipc_pb2.EvaluatorInvokeRequest
    evaluator_result: EvaluatorResultResponse
    plugin_init: _ipc_pb2.PluginInitRequest
    plugin_init_result: _ipc_pb2.PluginInitResponse
    service_start: _ipc_pb2.ServiceStartRequest
    service_stop: _ipc_pb2.ServiceStopRequest
    service_result: _ipc_pb2.ServiceResponse
    route_handle: _ipc_pb2.RouteHandlerRequest
    route_result: _ipc_pb2.RouteHandlerResponse
    error: _ipc_pb2.ErrorResponse
    ready: ReadyMessage
    hello: HelloMessage
    hello_result: HelloResult
    cancel: CancelRequest
    log: LogMessage
    shutdown: ShutdownRequest
    shutdown_result: ShutdownResult
    db_call: DbCallRequest
    db_result: DbCallResult
    manifest_get: ManifestRequest
    manifest_result: ManifestResult
    model_invoke: ModelInvokeRequest
    model_result: ModelInvokeResult
    def __init__(self, action_invoke: _Optional[_Union[_ipc_pb2.ActionInvokeRequest, _Mapping]] = ..., action_result: _Optional[_Union[_ipc_pb2.ActionResultResponse, _Mapping]] = ..., action_validate: _Optional[_Union[_ipc_pb2.ActionValidateRequest, _Mapping]] = ..., validation: _Optional[_Union[_ipc_pb2.ValidationResponse, _Mapping]] = ..., provider_get: _Optional[_Union[_ipc_pb2.ProviderGetRequest, _Mapping]] = ..., provider_result: _Optional[_Union[_ipc_pb2.ProviderResultResponse, _Mapping]] = ..., evaluator_invoke: _Optional[_Union[_ipc_pb2.EvaluatorInvokeRequest, _Mapping]] = ..., evaluator_result: _Optional[_Union[EvaluatorResultResponse, _Mapping]] = ..., plugin_init: _Optional[_Union[_ipc_pb2.PluginInitRequest, _Mapping]] = ..., plugin_init_result: _Optional[_Union[_ipc_pb2.PluginInitResponse, _Mapping]] = ..., service_start: _Optional[_Union[_ipc_pb2.ServiceStartRequest, _Mapping]] = ..., service_stop: _Optional[_Union[_ipc_pb2.ServiceStopRequest, _Mapping]] = ..., service_result: _Optional[_Union[_ipc_pb2.ServiceResponse, _Mapping]] = ..., route_handle: _Optional[_Union[_ipc_pb2.RouteHandlerRequest, _Mapping]] = ..., route_result: _Optional[_Union[_ipc_pb2.RouteHandlerResponse, _Mapping]] = ..., error: _Optional[_Union[_ipc_pb2.ErrorResponse, _Mapping]] = ..., ready: _Optional[_Union[ReadyMessage, _Mapping]] = ..., hello: _Optional[_Union[HelloMessage, _Mapping]] = ..., hello_result: _Optional[_Union[HelloResult, _Mapping]] = ..., cancel: _Optional[_Union[CancelRequest, _Mapping]] = ..., log: _Optional[_Union[LogMessage, _Mapping]] = ..., shutdown: _Optional[_Union[ShutdownRequest, _Mapping]] = ..., shutdown_result: _Optional[_Union[ShutdownResult, _Mapping]] = ..., db_call: _Optional[_Union[DbCallRequest, _Mapping]] = ..., db_result: _Optional[_Union[DbCallResult, _Mapping]] = ..., manifest_get: _Optional[_Union[ManifestRequest, _Mapping]] = ..., manifest_result: _Optional[_Union[ManifestResult, _Mapping]] = ..., model_invoke: _Optional[_Union[ModelInvokeRequest, _Mapping]] = ..., model_result: _Optional[_Union[ModelInvokeResult, _Mapping]] = ...) -> None: ...
