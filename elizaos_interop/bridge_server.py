"""`python -m elizaos_interop.bridge_server [--stdio | --unix PATH | --tcp HOST:PORT] MODULE_OR_PATH`: the
entry point the Rust and TypeScript hosts spawn; the command itself is `serve/bridge.py`."""

from __future__ import annotations

import sys

from .serve.bridge import main

if __name__ == "__main__":
    sys.exit(main())
