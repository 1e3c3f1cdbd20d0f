"""`specbind inspect`: structural union resolution on the pinned specs."""



def union(report: dict, name: str) -> dict:
    return next(u for u in report["unions"] if u["name"] == name)


def stream_union(report: dict) -> dict:
    """The event union of the streams outside the `beta` namespace (which has its own)."""
    plain = {op["stream"] for op in report["operations"] if op["stream"] and not op["call"].startswith("beta.")}
    (u,) = [u for u in report["unions"] if u["stream"] and u["name"] in plain]
    return u


def test_stream_event_union_has_58_variants_none_unresolved(inspect_json):
    report = inspect_json("openai")
    events = stream_union(report)
    assert events["name"] == "ResponseStreamEvent"
    assert events["discriminator"] == "type"
    assert events["variant_count"] == 58
    assert len(events["tags"]) == 58
    assert all(len(v) == 1 for v in events["tags"].values())
    assert not [u["name"] for u in report["unions"] if u["unresolved"]]


def test_output_item_union(inspect_json):
    items = union(inspect_json("openai"), "OutputItem")
    assert items["variant_count"] == 28
    assert items["tags"]["message"] == ["OutputMessage"]


def test_tool_union_maps_both_web_search_tags_to_one_variant(inspect_json):
    tools = union(inspect_json("openai"), "Tool")
    assert tools["variant_count"] == 16
    assert tools["tags"]["web_search"] == tools["tags"]["web_search_2025_08_26"] == ["WebSearchTool"]


def test_input_item_union_shares_message_and_takes_tagless_messages(inspect_json):
    items = union(inspect_json("openai"), "InputItem")
    assert items["tags"]["message"] == ["EasyInputMessage", "InputMessage", "OutputMessage"]
    # The nested Item union is flattened in.
    assert "function_call_output" in items["tags"]
    assert "EasyInputMessage" in items["untagged"] and "InputMessage" in items["untagged"]


def test_comparison_filter_union_lists_every_operator(inspect_json):
    filters = next(u for u in inspect_json("openai")["unions"] if "ComparisonFilter" in u["variants"])
    for tag in ("eq", "ne", "gt", "gte", "lt", "lte", "in", "nin"):
        assert filters["tags"][tag] == ["ComparisonFilter"]
    assert filters["tags"]["and"] == filters["tags"]["or"] == ["CompoundFilter"]


def test_query_string_paths_are_operations_under_their_namespace(inspect_json):
    report = inspect_json("openai")
    assert report["skipped_paths"] == []
    beta = [op for op in report["operations"] if op["call"].startswith("beta.")]
    plain = [op for op in report["operations"] if not op["call"].startswith("beta.") and op["path"].startswith("/responses")]
    assert len(beta) == 7 and {(op["method"], op["path"]) for op in beta} == {(op["method"], op["path"]) for op in plain}
    assert not any("?" in op["path"] for op in report["operations"])
    assert {op["call"] for op in beta} >= {"beta.responses.create", "beta.responses.retrieve", "beta.responses.input_items.list"}


def test_operations_are_grouped_into_resources(inspect_json):
    calls = {op["call"] for op in inspect_json("openai")["operations"]}
    assert {"responses.create", "responses.retrieve", "responses.delete", "responses.cancel",
            "responses.input_items.list", "conversations.items.list", "conversations.create"} <= calls


def test_older_spec_works_unchanged(inspect_json):
    report = inspect_json("openai-previous")
    assert stream_union(report)["variant_count"] == 53
    assert union(report, "Tool")["variant_count"] == 15


def test_second_vendor_with_inline_stream_events(inspect_json):
    report = inspect_json("openresponses")
    events = stream_union(report)
    assert events["discriminator"] == "type"
    assert events["variant_count"] > 20
    assert "response.output_text.delta" in events["tags"]
    assert not [u["name"] for u in report["unions"] if u["unresolved"]]


def test_refs_into_relative_files_are_followed():
    from conftest import ROOT, run_cli

    result = run_cli("inspect", str(ROOT / "tests" / "specs" / "split" / "openapi.yaml"), "--json")
    assert result.returncode == 0, result.stderr
    import json

    report = json.loads(result.stdout)
    assert report["models"] == ["Thing"]
    assert report["operations"][0]["call"] == "things.list"
