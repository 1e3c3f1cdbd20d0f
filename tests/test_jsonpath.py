"""Overlay targets on an index of the document: the same nodes as the RFC 9535 engine, in a
fraction of the time, and current after each action."""

from __future__ import annotations

import copy
import json

import jsonpath_rfc9535
import pytest

from generator.jsonpath import Index

DOCUMENT = {
    "components": {
        "schemas": {
            "A": {"type": "number", "minimum": 0, "exclusiveMinimum": True, "default": None},
            "B": {"type": "array", "items": {"type": "string", "default": "x"}, "default": []},
            "C": {"oneOf": [{"$recursiveRef": "#"}, {"type": "integer", "minimum": 0.0, "exclusiveMinimum": 1}], "x-flag": 1},
            "D": {"enum": [True, 1, None], "default": True},
            "we'ird/name": {"default": "it's"},
        }
    },
    "paths": {"/a": {"get": {"parameters": [{"name": "q", "default": None}, {"name": "r"}]}}},
}

QUERIES = [
    "$.components.schemas.A",
    "$.components.schemas.B.items.default",
    "$.paths['/a'].get.parameters[1].name",
    "$.components.schemas['we\\'ird/name'].default",
    "$..[?@.exclusiveMinimum == true && @.minimum == 0]",
    "$..[?@.minimum == 0]",  # 0 and 0.0 are the same number
    "$..[?@.default == null].default",
    "$..[?@.default == true]",  # true is not 1
    "$..[?@.default != null]",
    "$..[?@.items.default].items.default",
    "$..[?@['x-flag'] == 1]",
    "$..[?@.name == 'q']",
    "$.components.schemas.C.oneOf[?@['$recursiveRef']]",  # not indexed: the full engine
    "$.components.schemas.C.oneOf[*]['$recursiveRef']",
    "$..[?@ == 1]",  # scalars: the full engine
    "$.nothing.here",
]


def _library(query: str, root: object) -> list:
    return [found.value for found in jsonpath_rfc9535.find(query, root)]


@pytest.mark.parametrize("query", QUERIES)
def test_the_index_finds_what_the_rfc_9535_engine_finds(query):
    found = [node.value for node in Index(DOCUMENT).find(query)]
    assert sorted(map(json.dumps, found)) == sorted(map(json.dumps, _library(query, DOCUMENT)))


def test_the_index_follows_removals_and_updates():
    root = copy.deepcopy(DOCUMENT)
    index = Index(root)
    schemas = root["components"]["schemas"]
    # An action removes B: a later descendant query no longer sees what was under it.
    for node in index.find("$.components.schemas.B"):
        index.forget(node.value)
        del node.parent[node.key]
    assert [n.value for n in index.find("$..[?@.items.default].items.default")] == []
    # An action adds a subtree: a later query sees it.
    schemas["E"] = {"type": "string", "default": None}
    index.add_child(schemas, "E")
    assert len(index.find("$..[?@.default == null].default")) == len(_library("$..[?@.default == null].default", root))
    # An earlier removal in a list shifts the indices of what follows.
    parameters = root["paths"]["/a"]["get"]["parameters"]
    index.forget(parameters[0])
    del parameters[0]
    (node,) = index.find("$..[?@.name == 'r']")
    assert node.parent is parameters and node.key == 0
