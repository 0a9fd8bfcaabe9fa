"""PreforkPool: Python IPC plugins started as forks of a warm zygote, over real pipes and sockets."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from support import FIXTURES
from support import alive as _alive

from elizaos_interop import PreforkPool, load_python_ipc_plugin
from elizaos_interop.errors import PluginCrashedError, PluginLoadError
from elizaos_interop.paths.ipc import IpcPlugin
from elizaos_interop.paths.ipc.limits import IpcLimits, child_env
from elizaos_interop.testing import memory
from elizaos_interop.wire.messages import struct_to_dict

PROBE = str(FIXTURES / "prefork_probe.py")

pytestmark = pytest.mark.timeout(120)




@pytest.fixture
async def pool() -> AsyncIterator[PreforkPool]:
    p = await PreforkPool.start()
    try:
        yield p
    finally:
        await p.close()


async def who(h: IpcPlugin, var: str = "PREFORK_PROBE") -> dict[str, Any]:
    r = await h.invoke_action("WHO", memory(var))
    return {k: int(v) if isinstance(v, float) else v for k, v in struct_to_dict(r.values).items()}


@pytest.mark.parametrize(
    ("transport", "framing"),
    [("stdio", "json"), ("stdio", "protobuf"), ("unix", "protobuf"), ("tcp", "json")],
)
async def test_a_forked_plugin_serves_every_transport_and_reuses_the_warm_interpreter(
    pool: PreforkPool, transport: str, framing: str, tmp_path: Path
) -> None:
    h = await load_python_ipc_plugin(
        PROBE, prefork=pool, transport=transport, framing=framing, env={"PREFORK_PROBE": "seen"}
    )
    try:
        assert h.framing == framing
        info = await who(h)
        assert info["preloaded"] is True, "elizaos was imported again: the fork did not reuse the zygote"
        assert info["ppid"] == pool.pid, "the plugin is not a fork of the pool's zygote"
        assert info["pid"] == h.pid == info["pgid"] == info["sid"], "the plugin has no session of its own"
        assert info["env"] == "seen"
        assert info["cwd"] == os.getcwd()
    finally:
        await h.close()
    assert not _alive(info["pid"])


async def test_a_fork_sees_what_a_fresh_interpreter_sees_except_the_preloaded_modules(
    pool: PreforkPool, tmp_path: Path
) -> None:
    infos = []
    for prefork in (None, pool):
        h = await IpcPlugin.start(
            [sys.executable, "-m", "elizaos_interop.bridge_server", PROBE],
            cwd=str(tmp_path),
            env={"PREFORK_PROBE": "mine"},
            prefork=prefork,
        )
        try:
            infos.append(await who(h))
        finally:
            await h.close()
    fresh, forked = infos
    assert fresh["preloaded"] is False
    assert forked["preloaded"] is True
    for key in ("cwd", "env"):
        assert forked[key] == fresh[key], key
    # the same entries; only where elizaos put its generated-code directory differs (it was imported first)
    fresh_path, forked_path = fresh["syspath"].split(os.pathsep), forked["syspath"].split(os.pathsep)
    assert sorted(forked_path) == sorted(fresh_path)
    generated = [p for p in fresh_path if p.endswith(os.path.join("elizaos", "types", "generated"))]
    assert [p for p in forked_path if p not in generated] == [p for p in fresh_path if p not in generated]
    assert fresh["cwd"] == str(tmp_path)
    assert fresh["env"] == "mine"


async def test_cwd_and_environment_are_the_plugins_own(pool: PreforkPool, tmp_path: Path) -> None:
    h = await IpcPlugin.start(
        [sys.executable, "-m", "elizaos_interop.bridge_server", PROBE],
        cwd=str(tmp_path),
        env={"PREFORK_PROBE": "mine"},
        prefork=pool,
        inherit_env=False,
    )
    try:
        info = await who(h)
        assert info["cwd"] == str(tmp_path)
        assert info["env"] == "mine"
        assert (await who(h, "HOME"))["env"] == "<unset>"  # inherit_env=False: nothing else passed
    finally:
        await h.close()


async def test_a_crash_is_reported_with_its_exit_code_and_the_pool_keeps_serving(pool: PreforkPool) -> None:
    h = await load_python_ipc_plugin(PROBE, prefork=pool)
    with pytest.raises(PluginCrashedError, match="exited with code 7"):
        await h.invoke_action("EXIT", memory("7"))
    await h.close()
    again = await load_python_ipc_plugin(PROBE, prefork=pool)
    try:
        assert (await who(again))["preloaded"] is True
    finally:
        await again.close()


async def test_close_ends_the_plugins_process_group(pool: PreforkPool) -> None:
    h = await load_python_ipc_plugin(PROBE, prefork=pool)
    sleeper = int((await h.invoke_action("SLEEPER", memory(""))).text)
    assert _alive(sleeper)
    await h.close()
    for _ in range(50):
        if not _alive(sleeper):
            break
        await asyncio.sleep(0.05)
    assert not _alive(sleeper), "the plugin's own child survived close()"


async def test_a_killed_zygote_fails_its_plugins_calls_and_later_spawns() -> None:
    pool = await PreforkPool.start()
    try:
        h = await load_python_ipc_plugin(PROBE, prefork=pool)
        pid = h.pid
        assert pid is not None
        os.kill(pool.pid, signal.SIGKILL)
        for _ in range(100):  # the pool notices the zygote's end and kills its plugin
            if not pool.alive:
                break
            await asyncio.sleep(0.02)
        with pytest.raises(PluginCrashedError):
            await h.invoke_action("WHO", memory(""), timeout=5)
        assert not pool.alive
        with pytest.raises(PluginLoadError, match="prefork pool is not running"):
            await load_python_ipc_plugin(PROBE, prefork=pool)
        await h.close()
        assert not _alive(pid)
    finally:
        await pool.close()


async def test_a_different_pythonpath_is_refused_by_name(pool: PreforkPool) -> None:
    with pytest.raises(PluginLoadError, match="PYTHONPATH"):
        await load_python_ipc_plugin(PROBE, prefork=pool, env={"PYTHONPATH": "/elsewhere"})


async def test_only_python_module_commands_can_be_preforked(pool: PreforkPool) -> None:
    with pytest.raises(PluginLoadError, match="cannot prefork"):
        await IpcPlugin.start([sys.executable, PROBE], prefork=pool)


async def test_a_failing_preload_fails_the_pool_start_naming_the_module() -> None:
    with pytest.raises(PluginLoadError, match="no_such_module_for_prefork"):
        await PreforkPool.start(preload=["no_such_module_for_prefork"])


async def test_closing_the_pool_kills_what_it_started() -> None:
    pool = await PreforkPool.start(env=child_env(IpcLimits()))
    h = await load_python_ipc_plugin(PROBE, prefork=pool)
    pid = h.pid
    assert pid is not None
    await pool.close()
    with pytest.raises(PluginCrashedError):
        await h.invoke_action("WHO", memory(""), timeout=5)
    await h.close()
    with contextlib.suppress(ProcessLookupError):
        assert not _alive(pid)


async def test_prefork_true_uses_one_process_wide_pool() -> None:
    a = await load_python_ipc_plugin(PROBE, prefork=True)
    b = await load_python_ipc_plugin(PROBE, prefork=True)
    try:
        wa, wb = await who(a), await who(b)
        assert wa["ppid"] == wb["ppid"]
        assert wa["pid"] != wb["pid"]
        assert wa["preloaded"] is True
    finally:
        await a.close()
        await b.close()
        from elizaos_interop.paths.ipc import prefork

        if prefork._default is not None:
            await prefork._default.close()


async def test_concurrent_first_uses_of_prefork_true_share_one_pool() -> None:
    from elizaos_interop.paths.ipc import prefork

    if prefork._default is not None:
        await prefork._default.close()
    a, b = await asyncio.gather(
        load_python_ipc_plugin(PROBE, prefork=True), load_python_ipc_plugin(PROBE, prefork=True)
    )
    try:
        assert (await who(a))["ppid"] == (await who(b))["ppid"]
    finally:
        await a.close()
        await b.close()
        if prefork._default is not None:
            await prefork._default.close()


def test_a_default_pool_left_on_a_finished_event_loop_is_replaced_and_its_zygote_stops() -> None:
    from elizaos_interop.paths.ipc import prefork

    async def zygote_of_a_fork() -> int:
        h = await load_python_ipc_plugin(PROBE, prefork=True)
        try:
            return int((await who(h))["ppid"])
        finally:
            await h.close()

    first = asyncio.run(zygote_of_a_fork())
    second = asyncio.run(zygote_of_a_fork())  # a new loop: the first pool is abandoned, a new one started
    try:
        assert first != second
        for _ in range(100):
            if not _alive(first):
                break
            time.sleep(0.05)
        assert not _alive(first), "the abandoned pool's zygote is still running"
    finally:
        if prefork._default is not None:
            prefork._default._abandon()
