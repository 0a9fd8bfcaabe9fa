"""plugin.json: the proto3 JSON form of `CrossLanguagePluginManifest` (docs/PROTOCOL.md §5).

Conveniences: `language` may be `python`/`typescript`/`rust`, `interop.protocol` may be
`native`/`ffi`/`wasm`/`ipc` (enum names work too). Paths (`wasmPath`, `sharedLibPath`, `cwd`, `entry`) are
relative to the directory holding plugin.json; `read_manifest` returns them resolved to absolute paths.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import orjson

from elizaos_interop.v1 import ipc_pb2

from .errors import ManifestError
from .wire import proto_json
from .wire.messages import PluginManifest

LANGUAGES = {
    "python": "PLUGIN_LANGUAGE_PYTHON",
    "typescript": "PLUGIN_LANGUAGE_TYPESCRIPT",
    "rust": "PLUGIN_LANGUAGE_RUST",
}
PROTOCOLS = {
    "native": "INTEROP_PROTOCOL_NATIVE",
    "ffi": "INTEROP_PROTOCOL_FFI",
    "wasm": "INTEROP_PROTOCOL_WASM",
    "ipc": "INTEROP_PROTOCOL_IPC",
}
TRANSPORTS = ("stdio", "unix", "tcp")
FRAMINGS = ("json", "protobuf")
_MODULE_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")


def manifest_file(path: str | os.PathLike[str]) -> Path:
    """The plugin.json for `path` (the file itself, or a directory holding it)."""
    p = Path(path)
    if p.is_dir():
        p = p / "plugin.json"
    if not p.is_file():
        raise ManifestError("no such file", path=str(p))
    return p


def language_name(manifest: PluginManifest) -> str:
    """'python' | 'typescript' | 'rust' | 'unspecified'."""
    return ipc_pb2.PluginLanguage.Name(manifest.language).removeprefix("PLUGIN_LANGUAGE_").lower()


def protocol_name(manifest: PluginManifest) -> str:
    """'native' | 'ffi' | 'wasm' | 'ipc' | 'unspecified'."""
    proto = manifest.interop.protocol if manifest.HasField("interop") else 0
    return ipc_pb2.InteropProtocol.Name(proto).removeprefix("INTEROP_PROTOCOL_").lower()


def _convenience(raw: dict[str, Any], where: str) -> None:
    lang = raw.get("language")
    if isinstance(lang, str) and lang.lower() in LANGUAGES:
        raw["language"] = LANGUAGES[lang.lower()]
    interop = raw.get("interop")
    if isinstance(interop, dict):
        proto = interop.get("protocol")
        if isinstance(proto, str) and proto.lower() in PROTOCOLS:
            interop["protocol"] = PROTOCOLS[proto.lower()]


def parse_manifest(
    raw: Any,
    *,
    base_dir: str | os.PathLike[str] | None = None,
    where: str = "<manifest>",
    check_paths: bool = True,
) -> PluginManifest:
    """A manifest from its JSON object; relative paths are resolved against `base_dir`."""
    if not isinstance(raw, dict):
        raise ManifestError(f"expected a JSON object, got {type(raw).__name__}", path=where)
    raw = orjson.loads(orjson.dumps(raw))  # private copy
    _convenience(raw, where)
    m = PluginManifest()
    try:
        proto_json.parse_dict(raw, m, strict=True)
    except proto_json.DecodeError as err:
        raise ManifestError(str(err), field=err.field, path=where) from None
    if not m.name.strip():
        raise ManifestError("'name' is required", field="name", path=where)
    if not m.HasField("interop"):
        return m
    it = m.interop
    if it.HasField("transport") and it.transport not in TRANSPORTS:
        raise ManifestError(
            f"transport must be one of {', '.join(TRANSPORTS)}, not {it.transport!r}",
            field="interop.transport",
            path=where,
        )
    if it.HasField("framing") and it.framing not in FRAMINGS:
        raise ManifestError(
            f"framing must be one of {', '.join(FRAMINGS)}, not {it.framing!r}",
            field="interop.framing",
            path=where,
        )
    base = Path(base_dir) if base_dir is not None else Path.cwd()
    for field, json_name in (
        ("wasm_path", "wasmPath"),
        ("shared_lib_path", "sharedLibPath"),
        ("cwd", "cwd"),
        ("entry", "entry"),
    ):
        if not it.HasField(field):
            continue
        value = getattr(it, field)
        p = Path(value) if os.path.isabs(value) else base / value
        if p.exists():
            setattr(it, field, str(p.resolve()))
            continue
        if field == "entry" and m.language == ipc_pb2.PLUGIN_LANGUAGE_PYTHON and _MODULE_RE.match(value):
            continue  # a Python module name
        if check_paths:
            raise ManifestError(
                f"path {value!r} does not exist (resolved to {p})", field=f"interop.{json_name}", path=where
            )
    return m


def read_manifest(path: str | os.PathLike[str], *, check_paths: bool = True) -> PluginManifest:
    """Parse plugin.json (a file, or a directory containing it).

    Raises `ManifestError` naming the bad field."""
    f = manifest_file(path)
    try:
        raw = orjson.loads(f.read_bytes())
    except orjson.JSONDecodeError as err:
        raise ManifestError(f"not valid JSON: {err}", path=str(f)) from None
    return parse_manifest(raw, base_dir=f.parent, where=str(f), check_paths=check_paths)


__all__ = ["language_name", "manifest_file", "parse_manifest", "protocol_name", "read_manifest"]
