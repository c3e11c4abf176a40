"""Published tool schemas: compact and portable (no type arrays), faithful to what is sent."""

from __future__ import annotations

import json

from pydantic import BaseModel

from convo_mcp.tools._schema import compact_schema


class Inner(BaseModel):
    note: str | None = None


class Args(BaseModel):
    needed: str
    maybe: str | None = None
    must_say: int | None  # required, may be null
    inner: Inner | None = None


def test_optional_arguments_lose_their_null_arm_and_titles() -> None:
    schema = compact_schema(Args.model_json_schema())
    props = schema["properties"]
    assert props["maybe"] == {"type": "string"}
    assert props["inner"] == {"$ref": "#/$defs/Inner"}
    assert props["must_say"]["anyOf"] == [{"type": "integer"}, {"type": "null"}]  # an explicit null is allowed
    assert schema["required"] == ["needed", "must_say"]
    assert "title" not in json.dumps(schema).replace('"title": {', "")
    assert '"type": [' not in json.dumps(schema)


def test_nullable_results_are_published_as_optional() -> None:
    schema = compact_schema(Args.model_json_schema(), output=True)
    assert schema["properties"]["must_say"] == {"type": "integer"}
    assert schema["required"] == ["needed"]
    assert schema["$defs"]["Inner"]["properties"]["note"] == {"type": "string"}
    assert "required" not in schema["$defs"]["Inner"]


def test_a_property_named_title_is_kept() -> None:
    class Titled(BaseModel):
        title: str

    assert "title" in compact_schema(Titled.model_json_schema())["properties"]
