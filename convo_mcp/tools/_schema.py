"""The schemas a tool publishes, as pure functions (tested against the tools/list snapshot).

The SDK generates input and output schemas from the function and its model; these keep what a model
needs and drop what costs tokens and tells it nothing. The published schema only: pydantic still
validates every argument and result in full.
"""

from __future__ import annotations

from typing import Any

_SCHEMA_MAPS = ("properties", "$defs", "definitions", "patternProperties")


def _noise(key: str, value: Any) -> bool:
    return (
        (key == "title" and isinstance(value, str))
        or (key == "default" and value in (None, [], {}))
        or (key == "additionalProperties" and value is False)
    )


def _non_null(schema: Any) -> Any | None:
    """``X`` when ``schema`` is ``anyOf [X, null]``, else None."""
    options = schema.get("anyOf") if isinstance(schema, dict) else None
    if not (isinstance(options, list) and len(options) == 2 and {"type": "null"} in options):
        return None
    other = next(o for o in options if o != {"type": "null"})
    rest = {k: v for k, v in schema.items() if k != "anyOf"}
    return {**other, **rest}


def compact_schema(node: Any, *, output: bool = False) -> Any:
    """Drop what costs tokens and tells the model nothing: pydantic's generated titles, null
    defaults, and the ``null`` arm of optional properties. An optional argument is simply left
    out; results never carry nulls (they are dumped without them), so a nullable result field is
    published as optional. Single types everywhere keep the schema portable to clients that reject
    type arrays. The published schema only: pydantic still validates everything."""
    if isinstance(node, list):
        return [compact_schema(n, output=output) for n in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in _SCHEMA_MAPS and isinstance(value, dict):
            out[key] = {name: compact_schema(sub, output=output) for name, sub in value.items()}
        elif not _noise(key, value):
            out[key] = compact_schema(value, output=output)
    properties = out.get("properties")
    if isinstance(properties, dict):
        required = list(out.get("required", []))
        for name, prop in properties.items():
            folded = _non_null(prop)
            if folded is None or (name in required and not output):
                continue  # a required nullable argument keeps its explicit null
            properties[name] = folded
            if name in required:
                required.remove(name)
        if required:
            out["required"] = required
        else:
            out.pop("required", None)
    return out


def _needed(key: str, value: Any) -> bool:
    """Whether a keyword of a published input property tells a model something it needs."""
    if key in ("maxLength", "minLength", "minItems", "maxItems", "format"):
        return False  # enforced by the server, which says the limit when it refuses
    if key == "default" and value in (0, False):
        return False  # the name says it: an offset starts at 0, a switch is off
    if key == "minimum" and value in (0, 1):
        return False
    return not (key == "maximum" and isinstance(value, int) and value >= 1_000)


def lean_input(schema: dict[str, Any]) -> dict[str, Any]:
    """What a model needs of an input schema: types, enums, useful bounds, the few descriptions.
    Every limit left out here is still enforced, with an error that names it; arguments marked
    deprecated are still accepted but no longer advertised."""
    props = {name: {k: v for k, v in prop.items() if _needed(k, v)}
             for name, prop in schema.get("properties", {}).items() if not prop.get("deprecated")}
    out = {**schema, "properties": props}
    if "$defs" in schema:  # the records a list argument holds: as lean, written where they are used
        defs = {name: lean_input(d) if "properties" in d else d for name, d in schema["$defs"].items()}
        out = _inline(out, defs)
        out.pop("$defs", None)
    return out


def _inline(node: Any, defs: dict[str, Any]) -> Any:
    if isinstance(node, dict):
        ref = node.get("$ref", "")
        if isinstance(ref, str) and ref.startswith("#/$defs/") and ref[8:] in defs:
            return _inline({**defs[ref[8:]], **{k: v for k, v in node.items() if k != "$ref"}}, defs)
        return {k: _inline(v, defs) for k, v in node.items() if k != "$defs"}
    if isinstance(node, list):
        return [_inline(v, defs) for v in node]
    return node


def _resolve(node: Any, defs: dict[str, Any]) -> Any:
    ref = node.get("$ref", "") if isinstance(node, dict) else ""
    return defs.get(ref.rsplit("/", 1)[-1], node) if ref.startswith("#/$defs/") else node


def _kind(node: Any, defs: dict[str, Any]) -> dict[str, Any]:
    """One level of a schema: its type."""
    node = _resolve(node, defs)
    if not isinstance(node, dict):
        return {}
    if "anyOf" in node:
        return {"anyOf": [_kind(n, defs) for n in node["anyOf"]]}
    kind = node.get("type", "object" if "properties" in node else None)
    out: dict[str, Any] = {"type": kind} if kind else {}
    return out


def shallow(schema: dict[str, Any], described: tuple[str, ...] = ()) -> dict[str, Any]:
    """The published output schema: every field with its type, all the way down (what each list holds
    and each record's fields: what a client validates), each record written once (``$defs``), without
    descriptions. True of every result (the server builds each from its full model) and a fraction of
    the tokens of the full one. The fields named in ``described`` also keep their fields' descriptions,
    enums and which fields are always there (what a model acts on)."""
    defs = schema.get("$defs", {})
    used: dict[str, dict[str, Any]] = {}
    fields = schema.get("properties", {})
    whole = {name: _whole(prop, defs, used) for name, prop in fields.items() if name in described}
    typed = {name: _typed(prop, defs, used) for name, prop in fields.items() if name not in described}
    out: dict[str, Any] = {"type": "object", "properties": {name: whole[name] if name in whole else typed[name]
                                                       for name in fields}}
    if used:
        out["$defs"] = used
    return out


def _typed(node: Any, defs: dict[str, Any], used: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """A field's types all the way down, nothing else; the records it holds go in ``used`` by name (a
    record a described field holds is written there whole, and serves here as it is)."""
    return _shape(node, defs, used, whole=False)


def _whole(node: Any, defs: dict[str, Any], used: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """A field's shape all the way down (types, descriptions, enums, which fields are always there);
    the records it holds go in ``used``, referred to by name."""
    return _shape(node, defs, used, whole=True)


def _shape(node: Any, defs: dict[str, Any], used: dict[str, dict[str, Any]], *, whole: bool) -> dict[str, Any]:
    if not isinstance(node, dict):
        return {}
    ref = node.get("$ref", "")
    if ref.startswith("#/$defs/"):
        name = ref.rsplit("/", 1)[-1]
        if name not in used and name in defs:
            used[name] = {}
            used[name] = _shape(defs[name], defs, used, whole=whole)
        return {"$ref": ref, **({"description": node["description"]} if whole and "description" in node else {})}
    if "anyOf" in node:
        arms = [_shape(n, defs, used, whole=whole) for n in node["anyOf"]]
        return arms[0] if len(arms) == 1 else {"anyOf": arms}
    out = _kind(node, defs)
    if whole:
        out.update({key: node[key] for key in ("description", "enum", "format") if key in node})
    if "items" in node:
        out["items"] = _shape(node["items"], defs, used, whole=whole)
    if "properties" in node:
        out["properties"] = {name: _shape(prop, defs, used, whole=whole) for name, prop in node["properties"].items()}
        if whole and node.get("required"):
            out["required"] = list(node["required"])
    if isinstance(node.get("additionalProperties"), dict):
        out["additionalProperties"] = _shape(node["additionalProperties"], defs, used, whole=whole)
    return out
