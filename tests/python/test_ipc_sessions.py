"""The IPC sessions of both sides as Channels, connected in memory (`testing.ipc_memory_pair`): the host's
`IpcSession` and the server's `Session` each request the other, serve the other's requests (NOT_FOUND without
a handler), and cancel what they stop waiting for."""

from __future__ import annotations

import asyncio

import pytest

from elizaos_interop.errors import CallTimeoutError, PluginCallError, raise_for_error
from elizaos_interop.serve.session import Session
from elizaos_interop.testing import action_result, ipc_memory_pair, manifest, model_invoke, model_result
from elizaos_interop.wire.messages import Envelope, struct_to_dict


async def test_requests_both_ways_over_the_ipc_sessions() -> None:
    sessions: list[Session] = []
    host_cancelled = asyncio.Event()

    async def plugin_handler(env: Envelope) -> Envelope:
        # the plugin asks the host while the host waits for it
        text = env.action_invoke.memory.content.text
        answer = await sessions[0].request(model_invoke("TEXT_SMALL", {"prompt": text}))
        raise_for_error(answer)
        return action_result(f"plugin got {answer.model_result.result.string_value}")

    async def host_handler(env: Envelope) -> Envelope:
        if env.model_invoke.model == "SLOW":
            try:
                await asyncio.Event().wait()
            except asyncio.CancelledError:
                host_cancelled.set()
                raise
        return model_result(f"host:{struct_to_dict(env.model_invoke.params)['prompt']}")

    host, server = await ipc_memory_pair(plugin_handler, manifest("two-way", actions=["echo"]))
    sessions.append(server)
    assert host.ready.result().manifest.name == "two-way"

    # no host handler yet: the plugin's request is answered NOT_FOUND, which the plugin reports
    env = Envelope()
    env.action_invoke.action = "echo"
    env.action_invoke.memory.content.text = "a"
    with pytest.raises(PluginCallError) as info:
        raise_for_error(await host.request(env))
    assert info.value.code == "NOT_FOUND"

    host.serve(host_handler)
    calls = []
    for text in ("b", "c"):
        e = Envelope()
        e.action_invoke.action, e.action_invoke.memory.content.text = "echo", text
        calls.append(host.request(e))
    answers = await asyncio.gather(*calls, server.request(model_invoke("TEXT_SMALL", {"prompt": "d"})))
    assert [a.action_result.result.text for a in answers[:2]] == ["plugin got host:b", "plugin got host:c"]
    assert answers[2].model_result.result.string_value == "host:d"
    assert answers[2].model_result.id.startswith("p")  # the plugin side numbers its requests p1, p2, …

    # a plugin-side deadline: CallTimeoutError there, cancel seen by the host's handler
    with pytest.raises(CallTimeoutError):
        await server.request(model_invoke("SLOW", {"prompt": ""}), timeout=0.05)
    await asyncio.wait_for(host_cancelled.wait(), 2)
    assert not server.pending
    assert not host.pending
    await host.close(polite=False)
