"""plugin-inmemorydb for Python: an in-memory elizaOS database adapter with exact cosine vector search.

- `db_adapter`: the `InMemoryDatabase` instance the bridge server serves `db.call` through
  (`db_adapter.call(method, params)` with proto3-JSON dicts; methods in plugins/plugin-inmemorydb/API.md).
- `plugin`: an `elizaos.Plugin` whose `adapter` is an elizaOS database adapter over the same store; its
  `init` registers that adapter on a runtime that has none.
"""

from __future__ import annotations

from typing import Any

from elizaos.types.plugin import Plugin
from elizaos.types.runtime import IAgentRuntime

from elizaos_interop.elizaos.db_adapter import RemoteDatabaseAdapter
from plugin_inmemorydb.store import DEFAULT_SEARCH_COUNT, DbError, InMemoryDatabase

__all__ = [
    "DEFAULT_SEARCH_COUNT",
    "DbError",
    "InMemoryDatabase",
    "LocalDbHandle",
    "adapter",
    "create_adapter",
    "db_adapter",
    "plugin",
]

db_adapter = InMemoryDatabase()


class LocalDbHandle:
    """An in-process `db_call` handle over an `InMemoryDatabase` (no serialization)."""

    def __init__(self, database: InMemoryDatabase) -> None:
        self.database = database

    async def db_call(self, method: str, params: dict[str, Any]) -> Any:
        return self.database.call(method, params)


def create_adapter(database: InMemoryDatabase | None = None) -> RemoteDatabaseAdapter:
    """An elizaOS database adapter over `database` (a new empty one by default)."""
    return RemoteDatabaseAdapter(LocalDbHandle(database or InMemoryDatabase()))


adapter = RemoteDatabaseAdapter(LocalDbHandle(db_adapter))


async def _init(config: dict[str, str | int | float | bool | None], runtime: IAgentRuntime) -> None:
    """Registers `adapter` on a runtime that has no database adapter yet."""
    if getattr(runtime, "_adapter", None) is None:
        await adapter.init()
        runtime.register_database_adapter(adapter)


plugin = Plugin(
    name="inmemorydb",
    description="In-memory database adapter with exact cosine vector search",
    init=_init,
    adapter=adapter,
)
