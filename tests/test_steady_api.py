"""Every operation of the whole-API package (`openai_api`) against Steady serving the overlaid
document: each is called with the required arguments the IR asks for (files as bytes), Steady
checks the request against the spec (content type, body, parameters), and the answer parses into
the declared type. The test reports operations called / total and passes only at all of them."""

from __future__ import annotations

import sys

import pytest

from conftest import GENERATED, target_ir
from steady_calls import call_every_operation, report
from test_steady import serve


@pytest.fixture(scope="module")
def api():
    return target_ir("openai_api")


@pytest.fixture(scope="module")
def steady(api, tmp_path_factory):
    with serve(api[1], tmp_path_factory.mktemp("steady_api")) as urls:
        yield urls


@pytest.fixture(scope="module")
def pkg():
    sys.path.insert(0, str(GENERATED))
    import openai_api

    return openai_api


def test_every_operation_of_the_whole_api_is_accepted_and_parses(api, steady, pkg):
    ir_api, _ = api
    clients = {query: pkg.Client(api_key="sk-test", admin_api_key="sk-admin", base_url=url, max_retries=0) for query, url in steady.items()}
    try:
        failed = call_every_operation(ir_api, pkg, lambda op: clients[op.path_query], root=api[1])
    finally:
        for client in clients.values():
            client.close()
    print(report("openai_api", ir_api, failed, api[1]))
    assert not failed, report("openai_api", ir_api, failed, api[1])
