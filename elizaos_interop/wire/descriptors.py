"""Field-descriptor helpers shared by both directions of the proto3 JSON conversion."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from google.protobuf.descriptor import FieldDescriptor

Conv = Callable[[Any], Any]
INT64_TYPES = frozenset(
    {
        FieldDescriptor.TYPE_INT64,
        FieldDescriptor.TYPE_UINT64,
        FieldDescriptor.TYPE_SINT64,
        FieldDescriptor.TYPE_FIXED64,
        FieldDescriptor.TYPE_SFIXED64,
    }
)
INT32_TYPES = frozenset(
    {
        FieldDescriptor.TYPE_INT32,
        FieldDescriptor.TYPE_UINT32,
        FieldDescriptor.TYPE_SINT32,
        FieldDescriptor.TYPE_FIXED32,
        FieldDescriptor.TYPE_SFIXED32,
    }
)


def is_repeated(fd: FieldDescriptor) -> bool:
    return bool(fd.is_repeated)


def is_map(fd: FieldDescriptor) -> bool:
    mt = fd.message_type
    return mt is not None and bool(mt.GetOptions().map_entry)


__all__ = ["INT32_TYPES", "INT64_TYPES", "Conv", "is_map", "is_repeated"]
