"""`elizaos-interop`: inspect, invoke, chat with and serve plugins of any language through any path.

    elizaos-interop inspect PATH
    elizaos-interop invoke PATH ACTION --text TEXT [--room ROOM] [--json]
    elizaos-interop chat PATH [--action generate-response]
    elizaos-interop serve PATH [--stdio | --unix P | --tcp HOST:PORT]

PATH is a plugin.json (or its directory), a Python module/file, a JS module (.js/.mjs/.cjs), a Rust cdylib
(.so/.dylib) or a .wasm/.wat module.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
import uuid
from pathlib import Path
from typing import TextIO

import orjson

from .errors import InteropError
from .handle import EnvelopePlugin, PluginHandle
from .wire import codec
from .wire.messages import Envelope, Memory


def _has_manifest(p: Path) -> bool:
    return (p.is_dir() and (p / "plugin.json").exists()) or p.name == "plugin.json"


async def open_plugin(path: str) -> PluginHandle:
    """Load whatever `path` names (see module doc)."""
    p = Path(path)
    if _has_manifest(p):
        from .loader import load_plugin

        return await load_plugin(p)
    suffix = p.suffix.lower()
    if suffix in (".js", ".mjs", ".cjs"):
        from .loader import load_ts_plugin

        return await load_ts_plugin(p)
    if suffix in (".so", ".dylib", ".dll"):
        from .paths.ffi import load_rust_plugin

        return load_rust_plugin(p)
    if suffix in (".wasm", ".wat"):
        from .paths.wasm import load_wasm_plugin

        return load_wasm_plugin(p)
    from .paths.direct import load_python_plugin

    return load_python_plugin(path)


def _memory(text: str, room: str | None) -> Memory:
    m = Memory()
    m.id = str(uuid.uuid4())
    m.entity_id = str(uuid.uuid5(uuid.NAMESPACE_URL, "elizaos-interop-cli-user"))
    m.room_id = room or str(uuid.uuid5(uuid.NAMESPACE_URL, "elizaos-interop-cli-room"))
    m.content.text = text
    return m


async def cmd_inspect(args: argparse.Namespace, out: TextIO) -> int:
    async with await open_plugin(args.path) as h:
        m = h.manifest
        info = {"path": h.path, "source": h.source, "manifest": codec.message_to_dict(m)}
        if args.json:
            out.write(orjson.dumps(info, option=orjson.OPT_INDENT_2).decode() + "\n")
            return 0
        out.write(f"{m.name} {m.version}  ({h.path}, {h.source})\n{m.description}\n")
        for title, items in (
            ("actions", m.actions),
            ("providers", m.providers),
            ("evaluators", m.evaluators),
        ):
            out.write(f"{title}:\n")
            for it in items:
                out.write(f"  - {it.name}: {getattr(it, 'description', '')}\n")
            if not items:
                out.write("  (none)\n")
    return 0


async def cmd_invoke(args: argparse.Namespace, out: TextIO) -> int:
    async with await open_plugin(args.path) as h:
        res = await h.invoke_action(args.action, _memory(args.text, args.room))
        if args.json:
            out.write(orjson.dumps(codec.message_to_dict(res)).decode() + "\n")
        else:
            out.write((res.text if res.HasField("text") else "") + "\n")
        return 0 if res.success else 1


def _pick(names: list[str], wanted: str | None, hint: str) -> str | None:
    if wanted:
        return wanted
    for n in names:
        if hint in n.lower():
            return n
    return None


async def cmd_chat(args: argparse.Namespace, inp: TextIO, out: TextIO) -> int:
    async with await open_plugin(args.path) as h:
        providers = [p.name for p in h.manifest.providers]
        actions = [a.name for a in h.manifest.actions]
        greeting = _pick(providers, args.greeting, "greeting")
        action = args.action if args.action in actions or not actions else None
        if action is None:
            action = _pick(actions, None, "respon") or actions[0]
        room = str(uuid.uuid4())
        if greeting:
            g = await h.get_provider(greeting, _memory("", room))
            out.write(f"{g.text}\n")
            out.flush()
        loop = asyncio.get_running_loop()
        while True:
            line = await loop.run_in_executor(None, inp.readline)
            if not line:
                break
            text = line.strip()
            if text.lower() in ("quit", "exit"):
                break
            if not text:
                continue
            res = await h.invoke_action(action, _memory(text, room))
            out.write(f"{res.text if res.HasField('text') else res.error}\n")
            out.flush()
    return 0


def _is_python_target(path: str) -> bool:
    p = Path(path)
    if (p.is_dir() and (p / "plugin.json").exists()) or p.name == "plugin.json":
        from .manifest import language_name, read_manifest

        return language_name(read_manifest(p)) == "python"
    return p.suffix in ("", ".py") and p.suffix.lower() not in (".so", ".wasm")


async def _reserve(args: argparse.Namespace, protocol_fd: int) -> int:
    from .paths.direct import DirectPythonPlugin
    from .serve.server import PluginServer

    handle = await open_plugin(args.path)

    async def handler(env: Envelope) -> Envelope:
        if isinstance(handle, EnvelopePlugin):
            return await handle._call(env, None)
        assert isinstance(handle, DirectPythonPlugin)
        return await handle.invoker.handle(env)

    server = PluginServer(handler, handle.manifest, protocol_fd=protocol_fd)
    try:
        if args.unix:
            return await server.serve_unix(args.unix)
        if args.tcp:
            host, _, port = args.tcp.rpartition(":")
            return await server.serve_tcp(host or "127.0.0.1", int(port))
        return await server.serve_stdio()
    finally:
        await handle.close()


def cmd_serve(args: argparse.Namespace) -> int:
    if _is_python_target(args.path):
        from .serve import bridge as bridge_server

        flags = ["--unix", args.unix] if args.unix else ["--tcp", args.tcp] if args.tcp else ["--stdio"]
        return bridge_server.main([*flags, args.path])
    from .serve.dispatch import redirect_stdout_to_stderr

    fd = redirect_stdout_to_stderr()
    return asyncio.run(_reserve(args, fd))


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="elizaos-interop", description="elizaOS cross-language plugins")
    ap.add_argument("--log-level", default=os.environ.get("ELIZAOS_INTEROP_LOG", "WARNING"))
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("inspect", help="show a plugin's manifest and components")
    p.add_argument("path")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("invoke", help="run one action")
    p.add_argument("path")
    p.add_argument("action")
    p.add_argument("--text", required=True)
    p.add_argument("--room")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("chat", help="talk to a plugin's action, line by line")
    p.add_argument("path")
    p.add_argument("--action", default="generate-response")
    p.add_argument("--greeting", help="provider giving the greeting (default: one named *greeting*)")
    p = sub.add_parser("serve", help="serve a plugin over IPC")
    p.add_argument("path")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--stdio", action="store_true")
    g.add_argument("--unix", metavar="PATH")
    g.add_argument("--tcp", metavar="HOST:PORT")
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        stream=sys.stderr, level=args.log_level.upper(), format="%(levelname)s %(name)s: %(message)s"
    )
    try:
        if args.command == "serve":
            return cmd_serve(args)
        # In-process plugins may print: keep their output off our stdout.
        from .serve.dispatch import redirect_stdout_to_stderr

        out = os.fdopen(redirect_stdout_to_stderr(), "w", buffering=1)
        if args.command == "inspect":
            return asyncio.run(cmd_inspect(args, out))
        if args.command == "invoke":
            return asyncio.run(cmd_invoke(args, out))
        return asyncio.run(cmd_chat(args, sys.stdin, out))
    except (InteropError, OSError, TypeError) as err:
        print(f"elizaos-interop: {type(err).__name__}: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())


__all__: list[str] = ["main", "open_plugin"]
