"""Bench peer: an MCP stdio server (PyPI `mcp`) with one `echo` tool returning the text it was given.

python benches/peers/mcp_server.py
"""

from __future__ import annotations

from typing import Any


def build() -> Any:
    try:
        from mcp.server.mcpserver import MCPServer  # mcp >= 2

        server: Any = MCPServer("bench-echo", log_level="WARNING")
    except ImportError:  # mcp 1.x
        from mcp.server.fastmcp import FastMCP  # type: ignore[import-not-found,attr-defined,unused-ignore]

        server = FastMCP("bench-echo", log_level="WARNING")

    @server.tool()  # type: ignore[untyped-decorator,unused-ignore]
    def echo(text: str) -> str:
        """Echo the text back (the ECHO action of the other rows)."""
        return text

    return server


if __name__ == "__main__":
    build().run("stdio")
