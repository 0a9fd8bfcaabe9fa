"""Field-descriptor helpers shared by both directions of the proto3 JSON conversion."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from google.protobuf.descriptor import EnumDescriptor, FieldDescriptor

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


def scalar_conv(
    fd: FieldDescriptor, table: Mapping[int, Conv], enum: Callable[[EnumDescriptor], Conv]
) -> Conv | None:
    """The converter of field `fd`: `table`'s for its type, or for an enum the one `enum` builds from the enum
    type; None when neither (a message field, or a type `table` leaves as is)."""
    t = fd.type
    conv = table.get(t)
    if conv is None and t == FieldDescriptor.TYPE_ENUM:
        et = fd.enum_type
        assert et is not None
        conv = enum(et)
    return conv


__all__ = ["INT32_TYPES", "INT64_TYPES", "Conv", "is_map", "is_repeated", "scalar_conv"]
