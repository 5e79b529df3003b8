"""OpenAPI helpers for ``scripts/review.py``: loading, ``$ref`` resolution, where schemas are used, and the lint rules.

Hand-written because no tool we have checks these house rules (``codegen/SPEC_STYLE.md``); openapi-spec-validator
(pinned) does the standard validation and its errors are reported first, as rule ``openapi``.

The rules (each finding names its rule, spec and location):

``openapi``
    openapi-spec-validator: the document is valid OpenAPI (3.1 here).
``operation-id``
    every operation under ``paths`` has an ``operationId``, unique within the spec (it becomes the function name).
``operation-summary``
    every operation has a one-line ``summary``.
``success-response`` / ``error-response``
    every operation documents a 2xx response and an error response (4xx, 5xx, a ``4XX``/``5XX`` range or
    ``default``).
``response-example``
    every 2xx response with a JSON body (``application/json`` or ``*+json``) has ``example`` or ``examples`` on that
    media type (``content.<media type>.examples.<name>.value``, as SPEC_STYLE.md asks).
``closed-enum``
    a value the client *receives* may not be a closed enum: a property, array item, map value, response body or
    response header whose schema is an ``enum`` (inline, or ``$ref`` to an enum schema) without an open alternative
    (``anyOf: [{$ref: Enum}, {type: string}]``) is an error. "Received" means reached from a response, a webhook or
    callback request body, or a component schema reached from no operation at all (such as Smile's ``JobCallback``,
    parsed by the overlays). Values the client *sends* (parameters, request bodies) may be closed: a request
    constant such as SASHA's ``grant_type: client_credentials`` is a fact of the vendor's API, and a closed enum
    there only stops the caller from sending what the vendor would refuse anyway.
``property-description``
    every property of every schema (components and inline) has its own ``description``.

The operation rules apply to the client's operations (``paths``); webhooks and callbacks are requests the client
receives, not generated functions, and only the ``closed-enum`` and ``property-description`` rules apply to them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import Any, Literal

import yaml

Direction = Literal["request", "response"]
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
SCHEMA_REF_PREFIX = "#/components/schemas/"
SKIPPED_KEYS = frozenset({"example", "examples"})  # values, not schemas: never walked

# Keywords whose value is one subschema, a list of them, or a map of them (JSON Schema 2020-12).
_ONE = ("items", "not", "if", "then", "else", "contains", "propertyNames", "unevaluatedItems")
_LIST = ("anyOf", "oneOf", "allOf", "prefixItems")
_MAP = ("properties", "patternProperties", "$defs", "dependentSchemas")
_SCALARS = frozenset({"string", "integer", "number", "boolean"})


@dataclass(frozen=True)
class Finding:
    """One lint error: which rule, in which spec, where (a dotted path into the document) and what is wrong."""

    spec: str
    rule: str
    where: str
    message: str

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


class SpecLoadError(Exception):
    """The spec text is not a YAML/JSON mapping."""


def _str_keys(node: Any) -> Any:
    # YAML reads an unquoted `200:` as an int; OpenAPI keys are strings.
    if isinstance(node, dict):
        return {str(k): _str_keys(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_str_keys(v) for v in node]
    return node


def _yaml_loader() -> Any:
    # The loader openapi-spec-validator reads files with (and so generate.py): timestamps stay strings.
    try:
        from jsonschema_path.loaders import JsonschemaSafeLoader

        return JsonschemaSafeLoader
    except ImportError:  # pragma: no cover - a dependency of openapi-spec-validator
        return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_text(text: str) -> dict[str, Any]:
    try:
        document = yaml.load(text, Loader=_yaml_loader())  # a safe loader
    except yaml.YAMLError as exc:
        raise SpecLoadError(f"not valid YAML: {exc}") from None
    if not isinstance(document, dict):
        raise SpecLoadError("not a mapping at the top level")
    result: dict[str, Any] = _str_keys(document)
    return result


def join(where: str, *parts: str) -> str:
    return ".".join(p for p in (where, *parts) if p)


def ref_name(node: Any) -> str | None:
    """``Job`` for ``{$ref: '#/components/schemas/Job'}``, else None."""
    if isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith(SCHEMA_REF_PREFIX):
        return str(node["$ref"][len(SCHEMA_REF_PREFIX) :])
    return None


def _pointer(doc: dict[str, Any], ref: str) -> Any:
    if not ref.startswith("#/"):
        return None  # only refs within the document are followed
    node: Any = doc
    for raw in ref[2:].split("/"):
        key = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and key in node:
            node = node[key]
        elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node = node[int(key)]
        else:
            return None
    return node


def resolve(doc: dict[str, Any], node: Any, where: str = "") -> tuple[Any, str]:
    """Follow ``$ref`` chains within ``doc``; returns the target and its dotted location (``where`` if none)."""
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"] not in seen:
        ref = node["$ref"]
        seen.add(ref)
        target = _pointer(doc, ref)
        if target is None:
            return node, where
        node, where = target, ref[2:].replace("/", ".").replace("~1", "/").replace("~0", "~")
    return node, where


def operations(doc: dict[str, Any], section: str = "paths") -> Iterator[tuple[str, str, dict[str, Any], str]]:
    """``(METHOD, path or webhook name, operation, location)`` for every operation in ``paths`` or ``webhooks``."""
    for path, raw_item in (doc.get(section) or {}).items():
        item, item_where = resolve(doc, raw_item, join(section, path))
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                yield method.upper(), path, op, join(item_where, method)


def parameters(doc: dict[str, Any], item: dict[str, Any], op: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """An operation's parameters (path-item level ones included, the operation's winning), by ``(in, name)``."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
        param, _ = resolve(doc, raw)
        if isinstance(param, dict):
            found[(str(param.get("in")), str(param.get("name")))] = param
    return found


def _callback_operations(doc: dict[str, Any], op: dict[str, Any], where: str) -> Iterator[tuple[dict[str, Any], str]]:
    for name, raw_callback in (op.get("callbacks") or {}).items():
        callback, cb_where = resolve(doc, raw_callback, join(where, "callbacks", name))
        for expression, raw_item in (callback or {}).items():
            item, item_where = resolve(doc, raw_item, join(cb_where, expression))
            for method in HTTP_METHODS:
                if isinstance(item, dict) and isinstance(item.get(method), dict):
                    yield item[method], join(item_where, method)


def _media_schemas(doc: dict[str, Any], holder: Any, where: str) -> Iterator[tuple[Any, str]]:
    """Schemas of a request body or response (``content.*.schema``) and of a response's headers."""
    target, where = resolve(doc, holder, where)
    if not isinstance(target, dict):
        return
    for media_type, media in (target.get("content") or {}).items():
        if isinstance(media, dict) and "schema" in media:
            yield media["schema"], join(where, "content", media_type, "schema")
    for name, raw_header in (target.get("headers") or {}).items():
        header, header_where = resolve(doc, raw_header, join(where, "headers", name))
        if isinstance(header, dict) and "schema" in header:
            yield header["schema"], join(header_where, "schema")


def direction_roots(doc: dict[str, Any]) -> Iterator[tuple[Direction, Any, str]]:
    """Every schema at the edge of an exchange, with the direction it travels (``response``: the client receives it)."""
    # A webhook's request body is received by the client; what it answers is sent.
    sections: tuple[tuple[str, Direction, Direction], ...] = (
        ("paths", "request", "response"),
        ("webhooks", "response", "request"),
    )
    for section, sent, received in sections:
        for _, path, op, where in operations(doc, section):
            item, _ = resolve(doc, (doc.get(section) or {}).get(path))
            for (_, name), param in parameters(doc, item if isinstance(item, dict) else {}, op).items():
                if "schema" in param:
                    yield sent, param["schema"], join(where, "parameters", name, "schema")
            if "requestBody" in op:
                for schema, at in _media_schemas(doc, op["requestBody"], join(where, "requestBody")):
                    yield sent, schema, at
            for code, response in (op.get("responses") or {}).items():
                for schema, at in _media_schemas(doc, response, join(where, "responses", code)):
                    yield received, schema, at
            for cb_op, cb_where in _callback_operations(doc, op, where):
                if "requestBody" in cb_op:  # the vendor calls us: its body is received
                    for schema, at in _media_schemas(doc, cb_op["requestBody"], join(cb_where, "requestBody")):
                        yield "response", schema, at


def _refs_in(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if ref := ref_name(node):
            yield ref
        for key, value in node.items():
            if key not in SKIPPED_KEYS and not key.startswith("x-"):
                yield from _refs_in(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs_in(value)


def schema_usage(doc: dict[str, Any]) -> dict[str, set[Direction]]:
    """For every component schema, the directions it travels in (empty: reached from no operation)."""
    schemas = (doc.get("components") or {}).get("schemas") or {}
    usage: dict[str, set[Direction]] = {name: set() for name in schemas}
    for direction, root, _ in direction_roots(doc):
        stack = list(_refs_in(root))
        while stack:
            name = stack.pop()
            if name in usage and direction not in usage[name]:
                usage[name].add(direction)
                stack.extend(_refs_in(schemas[name]))
    return usage


def subschemas(schema: Any, where: str) -> Iterator[tuple[str, Any, str]]:
    """``(keyword, subschema, location)`` for the direct subschemas of an inline schema (``$ref`` not followed)."""
    if not isinstance(schema, dict):
        return
    for key in _ONE:
        if isinstance(schema.get(key), dict):
            yield key, schema[key], join(where, key)
    for key in _LIST:
        for index, sub in enumerate(schema.get(key) or []):
            yield key, sub, join(where, f"{key}[{index}]")
    for key in _MAP:
        for name, sub in (schema.get(key) or {}).items():
            yield key, sub, join(where, key, name)
    if isinstance(schema.get("additionalProperties"), dict):
        yield "additionalProperties", schema["additionalProperties"], join(where, "additionalProperties")


def iter_schemas(doc: dict[str, Any]) -> Iterator[tuple[Any, str]]:
    """Every schema written in the document, inline ones included, each once (``$ref`` not followed)."""

    def walk_schema(schema: Any, where: str) -> Iterator[tuple[Any, str]]:
        yield schema, where
        for _, sub, at in subschemas(schema, where):
            yield from walk_schema(sub, at)

    def walk(node: Any, where: str) -> Iterator[tuple[Any, str]]:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in SKIPPED_KEYS or key.startswith("x-"):
                    continue
                at = join(where, key)
                if key == "schema" and isinstance(value, dict):
                    yield from walk_schema(value, at)
                elif where == "components" and key == "schemas" and isinstance(value, dict):
                    for name, schema in value.items():
                        yield from walk_schema(schema, join(at, name))
                else:
                    yield from walk(value, at)
        elif isinstance(node, list):
            for index, value in enumerate(node):
                label = value.get("name") if isinstance(value, dict) and isinstance(value.get("name"), str) else None
                yield from walk(value, join(where, label or str(index)))

    yield from walk(doc, "")


# --- the closed-enum rule ----------------------------------------------------------------------------------------


def _is_free(doc: dict[str, Any], schema: Any) -> bool:
    """A plain scalar alternative (``{type: string}``) that takes any value the enum does not list."""
    target, _ = resolve(doc, schema)
    if not isinstance(target, dict) or {"enum", "const", "anyOf", "oneOf", "allOf"} & target.keys():
        return False
    types = target.get("type")
    return bool(_SCALARS & set(types if isinstance(types, list) else [types]))


def closed_enum(doc: dict[str, Any], schema: Any, depth: int = 0) -> str | None:
    """The name (or ``inline enum``) of the closed enum this schema restricts values to, else None."""
    target, where = resolve(doc, schema)
    if not isinstance(target, dict) or depth > 20:
        return None
    if "enum" in target or "const" in target:
        return where.removeprefix("components.schemas.") if where else "inline enum"
    for key in ("anyOf", "oneOf"):
        branches = target.get(key) or []
        closed = [name for b in branches if (name := closed_enum(doc, b, depth + 1))]
        if closed and not any(_is_free(doc, b) for b in branches):
            return closed[0]
    for member in target.get("allOf") or []:
        if name := closed_enum(doc, member, depth + 1):
            return name
    return None


def _value_positions(schema: Any, where: str) -> Iterator[tuple[Any, str]]:
    """The schema itself and every value position inside it (properties, items, map values), through inline
    compositions but not through ``$ref``."""
    yield schema, where
    for key, sub, at in subschemas(schema, where):
        if key in ("not", "if", "propertyNames", "$defs", "dependentSchemas"):
            continue
        if key in ("anyOf", "oneOf", "allOf"):  # the branches of this position, not new positions
            for inner_key, inner, inner_at in subschemas(sub, at):
                if inner_key not in ("not", "if", "propertyNames", "$defs", "dependentSchemas"):
                    yield from _value_positions(inner, inner_at)
            continue
        yield from _value_positions(sub, at)


def _check_closed_enums(doc: dict[str, Any], spec: str) -> Iterator[Finding]:
    usage = schema_usage(doc)
    schemas = (doc.get("components") or {}).get("schemas") or {}
    # (schema, location, whether the schema itself is a value position)
    roots: list[tuple[Any, str, bool]] = [(s, at, True) for d, s, at in direction_roots(doc) if d == "response"]
    for name, directions in usage.items():
        if "response" in directions or not directions:
            # A component is a definition, not a value position: a named enum is closed or open where it is used.
            roots.append((schemas[name], join("components.schemas", name), False))
    reported: set[str] = set()
    for root, root_where, check_root in roots:
        for position, where in _value_positions(root, root_where):
            if where in reported or (where == root_where and not check_root):
                continue
            if enum := closed_enum(doc, position):
                reported.add(where)
                shown = f"the closed enum `{enum}`" if enum != "inline enum" else "a closed inline `enum`"
                fix = (
                    f"anyOf: [{{$ref: '#/components/schemas/{enum}'}}, {{type: string}}]"
                    if enum != "inline enum"
                    else "a named enum schema referred to as anyOf: [{$ref: ...}, {type: string}]"
                )
                yield Finding(spec, "closed-enum", where, f"a received value is {shown}; use {fix}")


# --- the rules ---------------------------------------------------------------------------------------------------


def _validator_findings(doc: dict[str, Any], spec: str) -> list[Finding]:
    from openapi_spec_validator.shortcuts import get_validator_cls

    try:
        validator = get_validator_cls(doc)(doc)
        errors = list(validator.iter_errors())
    except Exception as exc:  # the validator raises several unrelated types; all mean "invalid"
        return [Finding(spec, "openapi", "", getattr(exc, "message", None) or str(exc))]
    return [
        Finding(spec, "openapi", ".".join(str(p) for p in getattr(e, "path", ()) or ()), str(e.message)) for e in errors
    ]


def _is_json(media_type: str) -> bool:
    base = media_type.split(";")[0].strip().lower()
    return base == "application/json" or base.endswith("+json")


def _check_operations(doc: dict[str, Any], spec: str) -> Iterator[Finding]:
    seen_ids: dict[str, str] = {}
    for method, path, op, where in operations(doc):
        label = f"{where} ({method} {path})"
        op_id = op.get("operationId")
        if not op_id:
            yield Finding(spec, "operation-id", label, "operation has no operationId")
        elif op_id in seen_ids:
            yield Finding(spec, "operation-id", label, f"operationId `{op_id}` is also used by {seen_ids[op_id]}")
        else:
            seen_ids[op_id] = f"{method} {path}"
        if not str(op.get("summary") or "").strip():
            yield Finding(spec, "operation-summary", label, "operation has no summary")
        codes = [str(c) for c in (op.get("responses") or {})]
        if not any(c.startswith("2") for c in codes):
            yield Finding(spec, "success-response", label, "no 2xx response documented")
        if not any(c[:1] in "45" or c == "default" for c in codes):
            yield Finding(spec, "error-response", label, "no error response (4xx, 5xx or default) documented")
        for code in codes:
            if not code.startswith("2"):
                continue
            response, _ = resolve(doc, op["responses"][code])
            for media_type, media in ((response or {}).get("content") or {}).items():
                if (
                    _is_json(media_type)
                    and isinstance(media, dict)
                    and not (media.get("example") or media.get("examples"))
                ):
                    yield Finding(
                        spec,
                        "response-example",
                        join(where, "responses", code, "content", media_type),
                        f"{method} {path}: the {code} {media_type} response has no example",
                    )


def _check_descriptions(doc: dict[str, Any], spec: str) -> Iterator[Finding]:
    for schema, where in iter_schemas(doc):
        if not isinstance(schema, dict):
            continue
        for name, prop in (schema.get("properties") or {}).items():
            if not (isinstance(prop, dict) and str(prop.get("description") or "").strip()):
                yield Finding(
                    spec, "property-description", join(where, "properties", name), "property has no description"
                )


def lint(doc: dict[str, Any], spec: str) -> list[Finding]:
    """Every finding for one spec: openapi-spec-validator's errors first, then the house rules."""
    findings = _validator_findings(doc, spec)
    findings += _check_operations(doc, spec)
    findings += _check_closed_enums(doc, spec)
    findings += _check_descriptions(doc, spec)
    return findings


def lint_text(text: str, spec: str) -> list[Finding]:
    try:
        doc = load_text(text)
    except SpecLoadError as exc:
        return [Finding(spec, "openapi", "", str(exc))]
    return lint(doc, spec)
