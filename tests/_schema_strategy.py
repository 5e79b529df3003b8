"""Hypothesis strategies from the JSON Schema subset our specs use (hypothesis-jsonschema 0.23.1, the latest, no
longer runs on current Hypothesis: it calls an internal API that was removed).

Covers: type (and type lists), enum, const, properties / required / additionalProperties, items, minItems /
maxItems, anyOf / oneOf / allOf, $ref to ``#/$defs/...``, minimum / maximum, format date-time / uuid / uri.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from hypothesis import strategies as st

_FORMATS = {
    "date-time": st.datetimes(
        min_value=datetime(1970, 1, 2), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
    ).map(lambda d: d.isoformat().replace("+00:00", "Z")),
    "uuid": st.uuids().map(str),
    "uri": st.sampled_from(["https://example.com/a.jpg", "http://127.0.0.1/x?y=1"]),
}


def from_schema(schema: dict[str, Any], defs: dict[str, Any] | None = None, depth: int = 0) -> st.SearchStrategy[Any]:
    defs = schema.get("$defs", defs) or {}
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        return st.deferred(lambda: from_schema(defs[name], defs, depth + 1))
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return st.one_of([from_schema(s, defs, depth) for s in schema[key]])
    if "allOf" in schema:
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for part in schema["allOf"]:
            part = defs[part["$ref"].rsplit("/", 1)[-1]] if "$ref" in part else part
            merged["properties"].update(part.get("properties", {}))
            merged["required"] += part.get("required", [])
        return from_schema(merged, defs, depth)
    types = schema.get("type")
    if isinstance(types, list):
        return st.one_of([from_schema({**schema, "type": t}, defs, depth) for t in types])
    if types is None:
        types = "object" if "properties" in schema else None
    if types is None:
        return st.none() | st.booleans() | st.integers() | st.text(max_size=8)
    if types == "null":
        return st.none()
    if types == "boolean":
        return st.booleans()
    if types == "integer":
        return st.integers(schema.get("minimum", -(2**63)), schema.get("maximum", 2**63))
    if types == "number":
        return st.floats(schema.get("minimum"), schema.get("maximum"), allow_nan=False, allow_infinity=False)
    if types == "string":
        return _FORMATS.get(schema.get("format", ""), st.text(max_size=16))
    if types == "array":
        items = schema.get("items", {})
        return st.lists(from_schema(items, defs, depth + 1), min_size=schema.get("minItems", 0),
                        max_size=min(schema.get("maxItems", 3), 3) if depth < 4 else 0)  # fmt: skip
    properties = schema.get("properties", {})
    required = set(schema.get("required", []))
    if depth > 6:
        required_only = {k: from_schema(v, defs, depth + 1) for k, v in properties.items() if k in required}
        return st.fixed_dictionaries(required_only)
    return st.fixed_dictionaries(
        {k: from_schema(v, defs, depth + 1) for k, v in properties.items() if k in required},
        optional={k: from_schema(v, defs, depth + 1) for k, v in properties.items() if k not in required},
    )
