"""Integration: every selected operation against Steady, the mock server the official SDKs test with.

Steady (`@stdy/cli` from npm) serves the pinned spec itself, validates each
request against it (an invalid one gets a 400 naming the field) and answers
with schema-generated bodies and event streams. Arguments come from the IR:
once with only the required ones, once with every one.
"""

from __future__ import annotations

import asyncio
import json
import socket
import subprocess
import time
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Iterator

import pytest

from generator import ir

from conftest import npm_tool, openai_ir
import steady_calls

STEADY_VERSION = "0.22.2"


def _steady_binary() -> Path:
    return npm_tool("@stdy/cli", STEADY_VERSION, "steady")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def start_steady(spec: Path) -> Iterator[str]:
    """Steady serving `spec` on a free port of 127.0.0.1, stopped on exit; yields its URL."""
    for attempt in range(3):  # a port found free can be taken before Steady binds it (tests run in parallel)
        port = _free_port()
        proc = subprocess.Popen([str(_steady_binary()), "--host", "127.0.0.1", "-p", str(port), "-q", "--no-color", str(spec)],
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        try:
            if _listening(proc, port, last=attempt == 2):
                yield f"http://127.0.0.1:{port}"
                return
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def _listening(proc: subprocess.Popen[str], port: int, last: bool) -> bool:
    """Whether `proc` listens on `port` within 60 s; False if it exited first (fails the test when `last`)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            if last:
                pytest.fail(f"steady exited: {proc.stdout.read() if proc.stdout else ''}")
            return False
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return proc.poll() is None  # not another program that took the port
        except OSError:
            time.sleep(0.05)
    pytest.fail("steady did not start within 60 s")


@contextmanager
def serve(root: dict, folder: Path) -> Iterator[dict[tuple[tuple[str, str], ...], str]]:
    """A Steady for each document `root` is served as (steady_calls.served_documents): their URLs,
    by the constant query of the operations each serves."""
    with ExitStack() as stack:
        urls = {}
        for n, (query, document) in enumerate(steady_calls.served_documents(root).items()):
            spec = folder / f"served_{n}.json"
            spec.write_text(json.dumps(document))
            urls[query] = stack.enter_context(start_steady(spec))
        yield urls


@pytest.fixture(scope="module")
def steady(tmp_path_factory):
    """Steady serving the document the package was generated from (the pinned spec with its
    overlays): the URL of the one that serves each operation, by its constant query."""
    _, root = openai_ir()
    with serve(root, tmp_path_factory.mktemp("steady")) as urls:
        yield urls


# ---- arguments from the IR ---------------------------------------------------

def arguments(op: ir.Operation, *, full: bool) -> tuple[list[object], dict[str, object]]:
    """Positional path arguments and keyword arguments for a generated method."""
    api, root = openai_ir()
    return steady_calls.arguments(api, op, full=full, root=root)


def operations() -> list[ir.Operation]:
    api, _ = openai_ir()
    return list(api.operations)


def method(client: object, op: ir.Operation):
    target = client
    for part in op.resource:
        target = getattr(target, part)
    return getattr(target, op.name)


# ---- the calls -------------------------------------------------------------------


@pytest.fixture(scope="module")
def pkg(generated_package):
    return generated_package


@pytest.mark.parametrize("full", [False, True], ids=["required", "all"])
@pytest.mark.parametrize("op", operations(), ids=lambda op: op.id)
def test_every_operation_is_accepted_and_parses(pkg, steady, op, full):
    args, kwargs = arguments(op, full=full)
    with pkg.Client(api_key="sk-test", base_url=steady[op.path_query], max_retries=0) as client:
        result = method(client, op)(*args, **kwargs)
    _check_result(pkg, op, result)


@pytest.mark.parametrize("full", [False, True], ids=["required", "all"])
@pytest.mark.parametrize("op", operations(), ids=lambda op: op.id)
def test_every_operation_async(pkg, steady, op, full):
    args, kwargs = arguments(op, full=full)

    async def main():
        async with pkg.AsyncClient(api_key="sk-test", base_url=steady[op.path_query], max_retries=0) as client:
            result = await method(client, op)(*args, **kwargs)
            if op.pagination:
                return [item async for item in result]
            return result

    result = asyncio.run(main())
    if not op.pagination:
        _check_result(pkg, op, result)


@pytest.mark.parametrize("op", [op for op in operations() if op.stream], ids=lambda op: op.id)
def test_every_streaming_operation_is_consumed_to_its_end(pkg, steady, op):
    args, kwargs = arguments(op, full=False)
    with pkg.Client(api_key="sk-test", base_url=steady[op.path_query], max_retries=0) as client:
        stream = method(client, op)(*args, stream=True, **kwargs)
        events = list(stream)
    assert events and stream.done  # Steady ends each stream with `event: done`
    assert all(not type(e).__name__.startswith("Unknown") for e in events), [type(e).__name__ for e in events]

    async def main():
        async with pkg.AsyncClient(api_key="sk-test", base_url=steady[op.path_query], max_retries=0) as client:
            stream = await method(client, op)(*args, stream=True, **kwargs)
            return [e async for e in stream]

    assert len(asyncio.run(main())) > 0


def test_an_invalid_request_gets_a_400_naming_the_field(pkg, steady):
    with pkg.Client(api_key="sk-test", base_url=steady[()], max_retries=0) as client:
        with pytest.raises(pkg.BadRequestError) as info:
            client.responses.create(model="gpt-4o", temperature="hot")  # type: ignore[arg-type]
    assert "temperature" in str(info.value.body)


def _check_result(pkg, op: ir.Operation, result: object) -> None:
    if op.pagination:
        items = list(result)  # type: ignore[call-overload]
        assert all(not type(i).__name__.startswith("Unknown") for i in items)
    elif op.result is None:
        assert result is None
    elif isinstance(op.result, ir.NamedType):
        expected = getattr(pkg.models, op.result.name)
        if isinstance(expected, type):
            assert isinstance(result, expected), (type(result), expected)
        else:
            assert not type(result).__name__.startswith("Unknown"), type(result)
