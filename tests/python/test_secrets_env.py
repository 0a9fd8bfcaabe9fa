"""Secrets: the env denylist keeps `*_KEY`, `*_TOKEN`, `*_SECRET`, `*_PASSWORD` and `*_CREDENTIALS` (any case)
out of plugin processes, checked from inside the child's whole environment, for the Python IPC client (stdio
and Unix-socket spawns) and the TypeScript client (a node script); `env=` still passes what the caller names,
and `inherit_env=False` passes nothing else. (test_ipc_client.py checks a few names over stdio; this checks
every default pattern, every inherited variable, both transports and the TS client.)"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from reliability_fixtures.figures import record, reliability_figures, reliability_session

from elizaos_interop.paths.ipc import DEFAULT_ENV_DENYLIST, IpcPlugin
from elizaos_interop.paths.ipc.limits import denied
from elizaos_interop.wire.messages import Memory, struct_to_dict

__all__ = ["reliability_figures", "reliability_session"]

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
ENV_PLUGIN = str(HERE / "reliability_fixtures" / "env_plugin.py")
BRIDGE = [sys.executable, "-m", "elizaos_interop.bridge_server", ENV_PLUGIN]
#: The built TypeScript package's entry (package.json `main`).
TS_INDEX = ROOT / "typescript" / json.loads((ROOT / "typescript" / "package.json").read_text())["main"]
TS_PROBE = HERE / "reliability_fixtures" / "ts_env_probe.mjs"

pytestmark = pytest.mark.timeout(120)

SECRETS = {
    "RELI_API_KEY": "k1",
    "RELI_ACCESS_TOKEN": "t1",
    "RELI_CLIENT_SECRET": "s1",
    "RELI_DB_PASSWORD": "p1",
    "RELI_GCP_CREDENTIALS": "c1",
    "reli_lower_key": "k2",
    "Reli_Mixed_Token": "t2",
    "RELI_X_SECRET": "s2",
}
PLAIN = {"RELI_PLAIN": "visible", "RELI_KEYRING": "not a *_KEY", "RELI_TOKENIZER": "not a *_TOKEN"}
EXPLICIT = {"RELI_GIVEN_TOKEN": "explicit-token", "RELI_GIVEN_PLAIN": "explicit-plain"}


@pytest.fixture
def secret_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for k, v in {**SECRETS, **PLAIN}.items():
        monkeypatch.setenv(k, v)


def check_child_env(child: dict[str, str], *, inherit: bool = True) -> int:
    """No denied name reaches the child unless passed explicitly; returns the number of names checked."""
    leaked = sorted(k for k in child if denied(k, DEFAULT_ENV_DENYLIST) and k not in EXPLICIT)
    assert not leaked, f"denied variables reached the child: {leaked}"
    for k in SECRETS:
        assert k not in child
    for k, v in EXPLICIT.items():
        assert child.get(k) == v
    if inherit:
        for k, v in PLAIN.items():
            assert child.get(k) == v
        # Everything else the parent has (and the denylist allows) is inherited.
        missing = sorted(k for k in os.environ if not denied(k, DEFAULT_ENV_DENYLIST) and k not in child)
        assert not missing, missing
    else:
        for k in PLAIN:
            assert k not in child
    return len(child)


async def child_environ(h: IpcPlugin) -> dict[str, str]:
    m = Memory()
    m.content.text = "env"
    res = await h.invoke_action("environ", m, timeout=30)
    return {k: str(v) for k, v in struct_to_dict(res.values).items()}


def test_default_denylist_covers_the_documented_patterns() -> None:
    assert set(DEFAULT_ENV_DENYLIST) == {"*_KEY", "*_TOKEN", "*_SECRET", "*_PASSWORD", "*_CREDENTIALS"}
    for k in SECRETS:
        assert denied(k, DEFAULT_ENV_DENYLIST), k
    for k in PLAIN:
        assert not denied(k, DEFAULT_ENV_DENYLIST), k


@pytest.mark.usefixtures("secret_env")
@pytest.mark.parametrize("transport", ["stdio", "unix"])
async def test_python_client_keeps_secrets_out_of_the_child(transport: str) -> None:
    async with await IpcPlugin.start(
        BRIDGE, transport=transport, flags_at=len(BRIDGE) - 1, env=EXPLICIT, startup_timeout=60  # type: ignore[arg-type]
    ) as h:
        child = await child_environ(h)
    n = check_child_env(child)
    record(
        f"test_secrets_env::python client over {transport}",
        **{"variables in child": n, "secrets planted": len(SECRETS), "secrets leaked": 0},
    )


@pytest.mark.usefixtures("secret_env")
async def test_python_client_without_inherit_passes_only_what_is_named() -> None:
    async with await IpcPlugin.start(
        BRIDGE, env={**EXPLICIT, "PATH": os.environ["PATH"]}, inherit_env=False
    ) as h:
        child = await child_environ(h)
    check_child_env(child, inherit=False)
    extra = sorted(set(child) - set(EXPLICIT) - {"PATH"})
    # Only what the interpreter itself sets may appear (nothing from the parent's environment).
    assert all(k not in os.environ or k in ("LC_CTYPE",) for k in extra), extra
    record("test_secrets_env::python client, inherit_env=False", **{"variables in child": len(child)})


@pytest.mark.usefixtures("secret_env")
@pytest.mark.parametrize("explicit", [False, True])
def test_typescript_client_keeps_secrets_out_of_the_child(explicit: bool) -> None:
    node = shutil.which("node")
    assert node is not None, "node is required (Node 20, see DEVELOPERS.md)"
    assert TS_INDEX.is_file(), f"{TS_INDEX} missing: build the TypeScript package first (npm run build)"
    argv = [node, str(TS_PROBE), TS_INDEX.as_uri(), sys.executable, ENV_PLUGIN]
    if explicit:
        argv.append(json.dumps(EXPLICIT))
    proc = subprocess.run(argv, capture_output=True, text=True, timeout=90, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    child: dict[str, str] = json.loads(proc.stdout.strip().splitlines()[-1])
    leaked = sorted(k for k in child if denied(k, DEFAULT_ENV_DENYLIST) and k not in EXPLICIT)
    assert not leaked, f"denied variables reached the child of the TS client: {leaked}"
    for k, v in PLAIN.items():
        assert child.get(k) == v
    if explicit:
        for k, v in EXPLICIT.items():
            assert child.get(k) == v
    record(
        f"test_secrets_env::typescript client{' + explicit env' if explicit else ''}",
        **{"variables in child": len(child), "secrets planted": len(SECRETS), "secrets leaked": len(leaked)},
    )
