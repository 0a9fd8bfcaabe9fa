"""The public Python API: every name in __all__ resolves, and importing the package stays light."""

from __future__ import annotations

import subprocess
import sys

import pytest

import elizaos_interop


def test_every_public_name_resolves() -> None:
    for name in elizaos_interop.__all__:
        assert getattr(elizaos_interop, name) is not None, name


def test_unknown_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = elizaos_interop.no_such_name


def test_import_does_not_load_wasmtime_or_elizaos() -> None:
    code = "import sys, elizaos_interop; print('wasmtime' in sys.modules, 'elizaos' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]
