"""The symmetric Channel over the in-memory transport, driven through a `PluginHandle` (docs/ARCHITECTURE.md).

A request from each side at once (host→plugin `action.invoke` whose handler calls host→… `model.invoke` back),
deadlines and cancellations in both directions, back-pressure, the NOT_FOUND answer of a side that serves
nothing, and the end of the connection — in both framings."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import pytest

from elizaos_interop.channel import Channel
from elizaos_interop.errors import (
    CallTimeoutError,
    PluginCallError,
    PluginClosedError,
    PluginCrashedError,
    TooManyPendingError,
    raise_for_error,
)
from elizaos_interop.handle import PluginHandle
from elizaos_interop.testing import (
    FRAMINGS,
    action_result,
    assert_close,
    manifest,
    memory,
    memory_channel_pair,
    model_invoke,
    model_result,
)
from elizaos_interop.wire.messages import Envelope, struct_to_dict


@dataclass
class Peer:
    """What one side's handler saw: request ids, and requests that were cancelled while running."""

    seen: list[str] = field(default_factory=list)
    started: asyncio.Event = field(default_factory=asyncio.Event)
    cancelled: list[str] = field(default_factory=list)
    cancel_seen: asyncio.Event = field(default_factory=asyncio.Event)


async def _hang(peer: Peer, rid: str) -> Envelope:
    peer.started.set()
    try:
        await asyncio.Event().wait()
    except asyncio.CancelledError:
        peer.cancelled.append(rid)
        peer.cancel_seen.set()
        raise
    raise AssertionError("unreachable")


@dataclass
class Pair:
    host: Channel
    plugin: Channel
    handle: PluginHandle
    at_host: Peer
    at_plugin: Peer


@pytest.fixture(params=FRAMINGS)
async def pair(request: pytest.FixtureRequest) -> AsyncIterator[Pair]:
    host, plugin = memory_channel_pair(name="memory", call_timeout=5.0)
    if request.param == "protobuf":
        host.use_protobuf()
        plugin.use_protobuf()
    at_host, at_plugin = Peer(), Peer()

    async def plugin_side(env: Envelope) -> Envelope:
        kind = env.WhichOneof("body")
        rid = getattr(env, kind or "").id
        at_plugin.seen.append(rid)
        if kind == "action_invoke" and env.action_invoke.action == "slow":
            return await _hang(at_plugin, rid)
        if kind == "action_invoke":
            # while the host waits for this answer, ask the host something: a request from each side at once
            prompt = env.action_invoke.memory.content.text
            answer = await plugin.request(model_invoke("TEXT_SMALL", {"prompt": prompt}))
            raise_for_error(answer)
            text = answer.model_result.result.string_value
            return action_result(f"plugin: {text}")
        return model_result(None)

    async def host_side(env: Envelope) -> Envelope:
        rid = env.model_invoke.id
        at_host.seen.append(rid)
        if env.model_invoke.model == "SLOW":
            return await _hang(at_host, rid)
        return model_result(f"host answers {struct_to_dict(env.model_invoke.params)['prompt']}")

    plugin.serve(plugin_side)
    host.serve(host_side)
    handle = PluginHandle(manifest("memory-plugin", actions=["echo", "slow"]), source="memory", channel=host)
    yield Pair(host, plugin, handle, at_host, at_plugin)
    await handle.close()
    await plugin.close()


async def test_requests_from_both_sides_at_once(pair: Pair) -> None:
    results = await asyncio.gather(
        pair.handle.invoke_action("echo", memory("a")),
        pair.handle.invoke_action("echo", memory("b")),
        pair.plugin.request(model_invoke("TEXT_SMALL", {"prompt": "c"})),
    )
    assert [results[0].text, results[1].text] == ["plugin: host answers a", "plugin: host answers b"]
    assert results[2].model_result.result.string_value == "host answers c"
    # each side numbers its own requests: the host "1", "2"; the plugin "p1", "p2", "p3"
    assert sorted(pair.at_plugin.seen) == ["1", "2"]
    assert sorted(pair.at_host.seen) == ["p1", "p2", "p3"]
    assert pair.host.pending == pair.plugin.pending == 0


async def test_host_deadline_expires_and_the_plugin_sees_cancel(pair: Pair) -> None:
    with pytest.raises(CallTimeoutError, match=r"did not answer within 0\.05s"):
        await pair.handle.invoke_action("slow", memory("x"), timeout=0.05)
    await asyncio.wait_for(pair.at_plugin.cancel_seen.wait(), 2)
    assert pair.at_plugin.cancelled == ["1"]
    # the connection still works
    assert (await pair.handle.invoke_action("echo", memory("after"))).text == "plugin: host answers after"


async def test_plugin_deadline_expires_and_the_host_sees_cancel(pair: Pair) -> None:
    with pytest.raises(CallTimeoutError):
        await pair.plugin.request(model_invoke("SLOW", {"prompt": ""}), timeout=0.05)
    await asyncio.wait_for(pair.at_host.cancel_seen.wait(), 2)
    assert pair.at_host.cancelled == ["p1"]


async def test_caller_cancellation_sends_cancel_both_ways(pair: Pair) -> None:
    host_call = asyncio.create_task(pair.handle.invoke_action("slow", memory("x")))
    plugin_call = asyncio.create_task(pair.plugin.request(model_invoke("SLOW", {"prompt": ""})))
    await asyncio.wait_for(pair.at_plugin.started.wait(), 2)
    await asyncio.wait_for(pair.at_host.started.wait(), 2)
    host_call.cancel()
    plugin_call.cancel()
    for task in (host_call, plugin_call):
        with pytest.raises(asyncio.CancelledError):
            await task
    await asyncio.wait_for(pair.at_plugin.cancel_seen.wait(), 2)
    await asyncio.wait_for(pair.at_host.cancel_seen.wait(), 2)
    assert pair.host.pending == pair.plugin.pending == 0


async def test_a_side_that_serves_nothing_answers_not_found(pair: Pair) -> None:
    pair.host.serve(None)
    answer = await pair.plugin.request(model_invoke("TEXT_SMALL", {"prompt": "x"}))
    with pytest.raises(PluginCallError) as info:
        raise_for_error(answer)
    assert info.value.code == "NOT_FOUND"
    # the plugin's action depends on the host: its failure comes back as the plugin's error
    with pytest.raises(PluginCallError) as info2:
        await pair.handle.invoke_action("echo", memory("x"))
    assert info2.value.code == "NOT_FOUND"


async def test_max_pending_requests_is_back_pressure() -> None:
    host, plugin = memory_channel_pair(max_pending_requests=1)
    at_plugin = Peer()

    async def slow(env: Envelope) -> Envelope:
        return await _hang(at_plugin, env.action_invoke.id)

    plugin.serve(slow)
    handle = PluginHandle(manifest("p"), source="memory", channel=host)
    first = asyncio.create_task(handle.invoke_action("slow", memory("")))
    await asyncio.wait_for(at_plugin.started.wait(), 2)
    with pytest.raises(TooManyPendingError, match="max_pending_requests=1"):
        await handle.invoke_action("slow", memory(""))
    await handle.close()
    with pytest.raises(PluginClosedError):
        await first
    await plugin.close()


async def test_the_peer_going_away_fails_pending_calls() -> None:
    host, plugin = memory_channel_pair()
    at_plugin = Peer()

    async def slow(env: Envelope) -> Envelope:
        return await _hang(at_plugin, env.action_invoke.id)

    plugin.serve(slow)
    handle = PluginHandle(manifest("p"), source="memory", channel=host)
    call = asyncio.create_task(handle.invoke_action("slow", memory("")))
    await asyncio.wait_for(at_plugin.started.wait(), 2)
    await plugin.close()
    with pytest.raises(PluginCrashedError, match="connection closed"):
        await call
    assert at_plugin.cancelled == ["1"]
    with pytest.raises(PluginCrashedError):
        await handle.invoke_action("slow", memory(""))


def test_assert_close() -> None:
    assert_close({"a": 1, "b": [0.1 + 0.2, "x"], "c": True}, {"a": 1.0, "b": [0.3, "x"], "c": True})
    for got, want in (({"a": 1}, {"a": 2}), ([1, 2], [1]), (True, 1), ({"a": 1, "b": 2}, {"a": 1})):
        with pytest.raises(AssertionError):
            assert_close(got, want)
