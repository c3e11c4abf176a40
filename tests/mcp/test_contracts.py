"""Contracts clients check, through the real SDK client in both protocol eras: an unknown tool name is a
JSON-RPC error -32602 (not a tool result), and every output schema describes what its lists hold and
its records' fields all the way down, so validating a result against it proves something."""

from __future__ import annotations

from typing import Any

import pytest
from mcp.shared.exceptions import MCPError
from mcp_types import INVALID_PARAMS

from convo_mcp.app import App
from convo_mcp.sandbox import dataset
from convo_mcp.server import build_server

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize("name", ["no_such_tool", "get_transcripts", "", "list_conversations\n"])
async def test_an_unknown_tool_is_invalid_params_and_the_session_goes_on(connect: Any, app: App, name: str) -> None:
    async with connect(app) as client:
        with pytest.raises(MCPError) as caught:
            await client.call_tool(name, {})
        listed = await client.call_tool("list_conversations", {"limit": 2})  # the session still works
    assert caught.value.error.code == INVALID_PARAMS
    assert "Unknown tool" in caught.value.error.message and "tools/list" in caught.value.error.message
    assert not listed.is_error


async def test_a_tool_left_out_by_the_toolsets_is_unknown(connect: Any, app: App) -> None:
    async with connect(build_server(app, toolsets=["conversations"])) as client:
        with pytest.raises(MCPError) as caught:
            await client.call_tool("get_keypoints", {"conversation_id": dataset.DEMO_IDS[0]})
    assert caught.value.error.code == INVALID_PARAMS


def undescribed(schema: dict[str, Any]) -> list[str]:
    """Where ``schema`` stops before saying what a value holds: an array without typed items, an object
    without fields (properties, or typed values of a map), a value without a type, a $ref to nothing."""
    defs = schema.get("$defs", {})
    found: list[str] = []

    def walk(node: Any, path: str, seen: frozenset[str]) -> None:
        if not isinstance(node, dict) or not node:
            found.append(f"{path}: no schema")
            return
        ref = node.get("$ref")
        if ref is not None:
            name = ref.removeprefix("#/$defs/")
            if name not in defs:
                found.append(f"{path}: $ref to nothing ({ref})")
            elif name not in seen:
                walk(defs[name], path, seen | {name})
            return
        if "anyOf" in node:
            for n, arm in enumerate(node["anyOf"]):
                walk(arm, f"{path}|{n}", seen)
            return
        kind = node.get("type")
        if kind is None and "enum" not in node and "const" not in node:
            found.append(f"{path}: no type")
        if kind == "array":
            if "items" not in node:
                found.append(f"{path}: an array without items")
            else:
                walk(node["items"], f"{path}[]", seen)
        if kind == "object":
            props, values = node.get("properties"), node.get("additionalProperties")
            if not props and not isinstance(values, dict):
                found.append(f"{path}: an object without fields")
            for name, prop in (props or {}).items():
                walk(prop, f"{path}.{name}", seen)
            if isinstance(values, dict):
                walk(values, f"{path}{{}}", seen)

    walk(schema, "", frozenset())
    return found


def test_the_walker_finds_what_a_schema_leaves_out() -> None:
    assert undescribed({"type": "object", "properties": {"a": {"type": "array"}}}) == [".a: an array without items"]
    assert undescribed({"type": "object", "properties": {"a": {"type": "array", "items": {"type": "object"}}}}) == [
        ".a[]: an object without fields"]
    assert undescribed({"type": "object", "properties": {"m": {"type": "object"}, "x": {"$ref": "#/$defs/X"}}}) == [
        ".m: an object without fields", ".x: $ref to nothing (#/$defs/X)"]
    assert undescribed({"type": "object", "properties": {
        "a": {"type": "array", "items": {"$ref": "#/$defs/R"}},
        "m": {"type": "object", "additionalProperties": {"type": "integer"}}},
        "$defs": {"R": {"type": "object", "properties": {"r": {"$ref": "#/$defs/R"}, "n": {"type": "string"}}}}}) == []


async def test_every_output_schema_describes_its_items_fields(connect: Any, app: App) -> None:
    async with connect(app) as client:
        tools = (await client.list_tools()).tools
    schemas = {t.name: t.output_schema for t in tools if t.output_schema is not None}
    assert len(schemas) >= 20
    gaps = {name: found for name, schema in schemas.items() if (found := undescribed(schema))}
    assert gaps == {}


async def test_results_validate_against_their_described_schemas(connect: Any, app: App) -> None:
    """The SDK client validates structuredContent against the output schema: a result holding what its
    schema does not describe would fail here."""
    ready = sorted(dataset.FEEDBACK_READY_IDS)[0]
    async with connect(app) as client:
        feedback = await client.call_tool("get_feedback", {"conversation_id": ready})
        keypoints = await client.call_tool("get_keypoints", {"conversation_id": sorted(dataset.KEYPOINTS_READY_IDS)[0]})
        listed = await client.call_tool("list_conversations", {"limit": 5})
    assert not feedback.is_error and feedback.structured_content["available"] is True
    notes = feedback.structured_content["strengths"] + feedback.structured_content["growth_areas"]
    assert notes and all(set(n) <= {"category", "description", "suggestion", "timestamp", "quote"} for n in notes)
    assert not keypoints.is_error and not listed.is_error
    assert listed.structured_content["conversations"][0]["id"]
