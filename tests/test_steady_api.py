"""Every operation of the whole-API package (`openai_api`) against Steady serving the overlaid
document: each is called with the required arguments the IR asks for (files as bytes), Steady
checks the request against the spec (content type, body, parameters), and the answer parses into
the declared type. The test reports operations called / total and passes only at all of them."""

from __future__ import annotations

import json
import sys

import pytest

from conftest import GENERATED, target_ir
from steady_calls import call_every_operation, report
from test_steady import start_steady


@pytest.fixture(scope="module")
def api():
    return target_ir("openai_api")


@pytest.fixture(scope="module")
def steady(api, tmp_path_factory):
    spec = tmp_path_factory.mktemp("steady_api") / "openai.json"
    spec.write_text(json.dumps(api[1]))
    with start_steady(spec) as url:
        yield url


@pytest.fixture(scope="module")
def pkg():
    sys.path.insert(0, str(GENERATED))
    import openai_api

    return openai_api


def test_every_operation_of_the_whole_api_is_accepted_and_parses(api, steady, pkg):
    ir_api, _ = api
    with pkg.Client(api_key="sk-test", admin_api_key="sk-admin", base_url=steady, max_retries=0) as client:
        failed = call_every_operation(ir_api, pkg, client, root=api[1])
    print(report("openai_api", ir_api, failed, api[1]))
    assert not failed, report("openai_api", ir_api, failed, api[1])
