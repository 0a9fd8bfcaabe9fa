"""The PyPI `elizaos-plugin-eliza-classic` served by our bridge, called from our client.

The published wheel (2.0.0a5) ships an empty `data/doctor.json`, so `import elizaos_plugin_eliza_classic`
raises KeyError('keywords') as installed. Its loader prefers `<site>/../shared/doctor.json`, so the test
copies the installed package unchanged next to a small script (fixtures/eliza_classic_doctor.json) and
serves that copy: every line of code that runs is the published package's.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from elizaos_interop.errors import PluginLoadError
from elizaos_interop.paths.ipc import IpcPlugin
from elizaos_interop.testing import memory

FIXTURES = Path(__file__).parent / "fixtures"
BRIDGE = [sys.executable, "-m", "elizaos_interop.bridge_server"]

pytestmark = pytest.mark.timeout(120)


def installed_package() -> Path:
    import importlib.util

    spec = importlib.util.find_spec("elizaos_plugin_eliza_classic")
    assert spec is not None, "elizaos-plugin-eliza-classic is not installed"
    assert spec.submodule_search_locations
    return Path(next(iter(spec.submodule_search_locations)))


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("eliza-classic")
    shutil.copytree(
        installed_package(),
        root / "site" / "elizaos_plugin_eliza_classic",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    (root / "shared").mkdir()
    shutil.copy(FIXTURES / "eliza_classic_doctor.json", root / "shared" / "doctor.json")
    return root / "site"


@pytest.fixture(params=["json", "protobuf"])
async def classic(request: pytest.FixtureRequest, site: Path) -> AsyncIterator[IpcPlugin]:
    import os

    env = {"PYTHONPATH": os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")])}
    h = await IpcPlugin.start(
        [*BRIDGE, "elizaos_plugin_eliza_classic"], env=env, framing=request.param, startup_timeout=60
    )
    try:
        yield h
    finally:
        await h.close()


async def test_models_actions_and_provider(classic: IpcPlugin) -> None:
    m = classic.manifest
    assert m.name == "eliza-classic"
    assert [a.name for a in m.actions] == ["generate-response"]
    assert [p.name for p in m.providers] == ["eliza-greeting"]
    # its elizaos models, through model.invoke
    assert (
        await classic.invoke_model("TEXT_LARGE", {"prompt": "User: I am sad"})
        == "How long have you been sad?"
    )
    assert await classic.invoke_model("TEXT_SMALL", {"prompt": "computers"}) == "Do computers worry you?"
    # its class-style action and provider (context-dict interface), adapted by the invoker
    res = await classic.invoke_action("generate-response", memory("I feel tired"))
    assert res.success
    assert res.text == "Do you often feel tired?"
    empty = await classic.invoke_action("generate-response", memory(""))
    assert not empty.success
    assert empty.error == "No user input provided"
    assert await classic.validate_action("generate-response", memory("x")) is True
    greeting = await classic.get_provider("eliza-greeting", memory(""))
    assert greeting.text == "How do you do. Please tell me your problem."
    assert greeting.values.fields["greeting"].string_value == greeting.text


async def test_as_published_the_package_fails_to_load_with_a_clear_error() -> None:
    with pytest.raises(PluginLoadError, match="KeyError"):
        await IpcPlugin.start([*BRIDGE, "elizaos_plugin_eliza_classic"], startup_timeout=60)
