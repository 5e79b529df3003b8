"""What changed between two versions of an OpenAPI spec, operation by operation and schema by schema.

Hand-written: the OpenAPI diff tools that classify breaking changes (oasdiff, openapi-diff, optic) are Go, Java or
Node programs that cannot be installed into the project's venv here, and no maintained Python package does it.

Classification (``breaking`` means a caller of the generated client, or code using its models, may break):

- spec, operation, parameter, request body, response status, media type, component schema or property removed:
  breaking; added: not, except a new *required* parameter, request body or property (breaking).
- ``operationId`` changed (the generated function is renamed): breaking.
- optional -> required: breaking for what the client sends; required -> optional: breaking for what it receives
  (the field may now be missing).
- a type or union (``anyOf``/``oneOf``) that gains alternatives is breaking for received values (code reading them
  meets a new shape, ``null`` included) and fine for sent ones; one that loses alternatives the reverse; one that
  changes otherwise (``string`` -> ``integer``), a ``format`` change, a ``$ref`` to another named schema or an enum
  introduced or dropped: breaking.
- enum value removed: breaking; added: not (enums are open, see ``codegen/SPEC_STYLE.md``).
- security schemes and each operation's requirements: ``scripts/_review_security.py``.

Schemas are compared resolved (``$ref`` followed within each document); a ``$ref`` to the same named schema on both
sides is not descended into from the operation, since the component schema is compared (and reported) on its own,
with the directions it travels in (request, response, or both when it is reached from no operation).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from _review_openapi import (
    Direction,
    operations,
    parameters,
    ref_name,
    resolve,
    schema_usage,
)
from _review_security import security_changes

BOTH: frozenset[Direction] = frozenset({"request", "response"})


@dataclass(frozen=True)
class Change:
    """One change: in which spec, to what (``GET /jobs (listJobs)``, a schema name), where inside it, and whether
    it breaks callers."""

    spec: str
    kind: str  # "spec", "operation", "security" or "schema"
    subject: str
    where: str
    what: str
    breaking: bool

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


Emit = Callable[[str, str, bool], None]  # (where, what, breaking)


def _types(schema: dict[str, Any]) -> set[str] | None:
    value = schema.get("type")
    if value is None:
        return None
    return set(value) if isinstance(value, list) else {str(value)}


def _fmt(values: set[str]) -> str:
    return " | ".join(sorted(values)) or "-"


def _branch_key(doc: dict[str, Any], schema: Any) -> str:
    if name := ref_name(schema):
        return f"`{name}`"
    if isinstance(schema, dict):
        types = _types(schema)
        if types:
            return f"`{_fmt(types)}`" + (" enum" if "enum" in schema else "")
        for key in ("anyOf", "oneOf", "allOf"):
            if key in schema:
                return key
    return "schema"


def _child(where: str, name: str) -> str:
    """``response 200 application/json: job.status``: a property path after the place it is found in."""
    if not where:
        return name
    return f"{where}: {name}" if " " in where and ":" not in where else f"{where}.{name}"


def _is_union(schema: dict[str, Any]) -> bool:
    return "anyOf" in schema or "oneOf" in schema


class SchemaDiff:
    """Compares two schemas of one position, reporting through ``emit``; ``directions`` says who sends the value."""

    def __init__(self, old_doc: dict[str, Any], new_doc: dict[str, Any], directions: frozenset[Direction]) -> None:
        self.old_doc, self.new_doc, self.directions = old_doc, new_doc, directions
        self._seen: set[tuple[str, str]] = set()

    @property
    def received(self) -> bool:
        return "response" in self.directions

    @property
    def sent(self) -> bool:
        return "request" in self.directions

    def compare(self, old: Any, new: Any, where: str, emit: Emit, *, definition: bool = False) -> None:
        """Compare ``old`` and ``new``; ``definition`` compares a component's own body even where both are refs."""
        old_ref, new_ref = ref_name(old), ref_name(new)
        if not definition and old_ref and new_ref:
            if old_ref == new_ref:
                return  # the component schema is compared on its own
            emit(where, f"now refers to `{new_ref}` (was `{old_ref}`)", True)
            if (old_ref, new_ref) in self._seen:
                return
            self._seen.add((old_ref, new_ref))
        old_s, _ = resolve(self.old_doc, old)
        new_s, _ = resolve(self.new_doc, new)
        if not isinstance(old_s, dict) or not isinstance(new_s, dict):
            if old_s != new_s:
                emit(where, "schema changed", True)
            return
        if _is_union(old_s) or _is_union(new_s):
            # A plain schema is a union of one, taken as written so that a `$ref` is matched by its name.
            old_plain = None if _is_union(old_s) else old
            new_plain = None if _is_union(new_s) else new
            self._compare_union(old_s, new_s, old_plain, new_plain, where, emit)
            return
        self._compare_resolved(old_s, new_s, where, emit)

    def _compare_resolved(self, old: dict[str, Any], new: dict[str, Any], where: str, emit: Emit) -> None:
        old_types, new_types = _types(old), _types(new)
        if old_types is not None and new_types is not None and old_types != new_types:
            gained, lost = new_types - old_types, old_types - new_types
            breaking = bool(gained and self.received) or bool(lost and self.sent)
            emit(where, f"type `{_fmt(old_types)}` -> `{_fmt(new_types)}`", breaking)
        if old.get("format") != new.get("format"):
            emit(where, f"format `{old.get('format') or '-'}` -> `{new.get('format') or '-'}`", True)
        self._compare_enum(old, new, where, emit)
        self._compare_allof(old, new, where, emit)
        self._compare_properties(old, new, where, emit)
        if "items" in old or "items" in new:
            if "items" not in new or "items" not in old:
                emit(where + "[]", "array items schema " + ("removed" if "items" in old else "added"), True)
            else:
                self.compare(old["items"], new["items"], where + "[]", emit)
        old_ap, new_ap = old.get("additionalProperties", True), new.get("additionalProperties", True)
        if isinstance(old_ap, dict) and isinstance(new_ap, dict):
            self.compare(old_ap, new_ap, where + "{*}", emit)
        elif new_ap is False and old_ap is not False:
            emit(where, "object closed (`additionalProperties: false`)", True)
        elif old_ap is False and new_ap is not False:
            emit(where, "object opened (`additionalProperties` allowed)", False)

    def _compare_enum(self, old: dict[str, Any], new: dict[str, Any], where: str, emit: Emit) -> None:
        if "enum" not in old and "enum" not in new:
            return
        if "enum" not in old or "enum" not in new:
            emit(where, "enum " + ("dropped" if "enum" in old else "introduced"), True)
            return
        old_values, new_values = list(old["enum"] or []), list(new["enum"] or [])
        for value in old_values:
            if value not in new_values:
                emit(where, f"enum value `{value}` removed", True)
        for value in new_values:
            if value not in old_values:
                emit(where, f"enum value `{value}` added", False)

    def _compare_allof(self, old: dict[str, Any], new: dict[str, Any], where: str, emit: Emit) -> None:
        old_members, new_members = old.get("allOf") or [], new.get("allOf") or []
        if not old_members and not new_members:
            return
        self._compare_branches(old_members, new_members, where, emit, "allOf", widen_breaks=True, narrow_breaks=True)

    def _compare_union(
        self, old: dict[str, Any], new: dict[str, Any], old_plain: Any, new_plain: Any, where: str, emit: Emit
    ) -> None:
        def branches(schema: dict[str, Any], plain: Any) -> list[Any]:
            for key in ("anyOf", "oneOf"):
                if key in schema:
                    return list(schema[key] or [])
            return [plain]

        old_branches, new_branches = branches(old, old_plain), branches(new, new_plain)
        self._compare_branches(
            old_branches, new_branches, where, emit, "alternative", widen_breaks=self.received, narrow_breaks=self.sent
        )
        if _is_union(old) and _is_union(new):
            self._compare_properties(old, new, where, emit)  # properties beside a union on both sides

    def _compare_branches(
        self,
        old: list[Any],
        new: list[Any],
        where: str,
        emit: Emit,
        label: str,
        *,
        widen_breaks: bool,
        narrow_breaks: bool,
    ) -> None:
        def keyed(doc: dict[str, Any], items: list[Any]) -> dict[str, Any]:
            found: dict[str, Any] = {}
            for item in items:
                key = _branch_key(doc, item)
                found[key if key not in found else f"{key} #{len(found)}"] = item
            return found

        old_keyed, new_keyed = keyed(self.old_doc, old), keyed(self.new_doc, new)
        for key, item in old_keyed.items():
            if key not in new_keyed:
                emit(where, f"{label} {key} removed", narrow_breaks)
            else:
                self.compare(item, new_keyed[key], where, emit)
        for key in new_keyed.keys() - old_keyed.keys():
            emit(where, f"{label} {key} added", widen_breaks)

    def _compare_properties(self, old: dict[str, Any], new: dict[str, Any], where: str, emit: Emit) -> None:
        old_props, new_props = old.get("properties") or {}, new.get("properties") or {}
        old_req, new_req = set(old.get("required") or []), set(new.get("required") or [])
        for name in old_props:
            at = _child(where, name)
            if name not in new_props:
                emit(at, "property removed", True)
                continue
            if name in new_req and name not in old_req:
                emit(at, "property now required", self.sent)
            elif name in old_req and name not in new_req:
                emit(at, "property now optional", self.received)
            self.compare(old_props[name], new_props[name], at, emit)
        for name in new_props:
            if name not in old_props:
                required = name in new_req
                emit(_child(where, name), f"{'required' if required else 'optional'} property added", required)


def _label(method: str, path: str, op: dict[str, Any], webhook: bool) -> str:
    prefix = "webhook " if webhook else ""
    op_id = f" (`{op['operationId']}`)" if op.get("operationId") else ""
    return f"{prefix}{method} {path}{op_id}"


def _body(doc: dict[str, Any], op: dict[str, Any]) -> dict[str, Any] | None:
    if "requestBody" not in op:
        return None
    body, _ = resolve(doc, op["requestBody"])
    return body if isinstance(body, dict) else {}


def _compare_content(
    diff: SchemaDiff, old: dict[str, Any], new: dict[str, Any], where: str, emit: Emit, *, added_breaks: bool = False
) -> None:
    old_content, new_content = old.get("content") or {}, new.get("content") or {}
    for media_type, media in old_content.items():
        at = f"{where} {media_type}"
        if media_type not in new_content:
            emit(at, "media type removed", True)
        elif isinstance(media, dict) and isinstance(new_content[media_type], dict):
            old_schema, new_schema = media.get("schema"), new_content[media_type].get("schema")
            if old_schema is not None and new_schema is not None:
                diff.compare(old_schema, new_schema, at, emit)
            elif old_schema != new_schema:
                emit(at, "schema " + ("removed" if new_schema is None else "added"), True)
    for media_type in new_content.keys() - old_content.keys():
        emit(f"{where} {media_type}", "media type added", added_breaks)


def _compare_operation(
    old_doc: dict[str, Any],
    new_doc: dict[str, Any],
    old_op: tuple[dict[str, Any], dict[str, Any]],
    new_op: tuple[dict[str, Any], dict[str, Any]],
    emit: Emit,
    *,
    webhook: bool,
) -> None:
    (old_item, old), (new_item, new) = old_op, new_op
    sent: frozenset[Direction] = frozenset({"response" if webhook else "request"})
    received: frozenset[Direction] = frozenset({"request" if webhook else "response"})
    if old.get("operationId") != new.get("operationId"):
        old_id, new_id = (f"`{op['operationId']}`" if op.get("operationId") else "none" for op in (old, new))
        emit("", f"operationId {old_id} -> {new_id} (the generated function is renamed)", True)

    old_params, new_params = parameters(old_doc, old_item, old), parameters(new_doc, new_item, new)
    for (where_in, name), param in old_params.items():
        at = f"{where_in} parameter `{name}`"
        if (where_in, name) not in new_params:
            emit(at, "parameter removed", True)
            continue
        new_param = new_params[(where_in, name)]
        if new_param.get("required") and not param.get("required"):
            emit(at, "parameter now required", True)
        elif param.get("required") and not new_param.get("required"):
            emit(at, "parameter now optional", False)
        if "schema" in param and "schema" in new_param:
            SchemaDiff(old_doc, new_doc, sent).compare(param["schema"], new_param["schema"], at, emit)
    for (where_in, name), param in new_params.items():
        if (where_in, name) not in old_params:
            required = bool(param.get("required"))
            kind = "required" if required else "optional"
            emit(f"{where_in} parameter `{name}`", f"{kind} parameter added", required)

    old_body, new_body = _body(old_doc, old), _body(new_doc, new)
    if old_body is None and new_body is not None:
        required = bool(new_body.get("required"))
        emit("request body", f"{'required' if required else 'optional'} request body added", required)
    elif old_body is not None and new_body is None:
        emit("request body", "request body removed", True)
    elif old_body is not None and new_body is not None:
        if new_body.get("required") and not old_body.get("required"):
            emit("request body", "request body now required", True)
        _compare_content(SchemaDiff(old_doc, new_doc, sent), old_body, new_body, "request body", emit)

    old_responses, new_responses = old.get("responses") or {}, new.get("responses") or {}
    for code, raw in old_responses.items():
        at = f"response {code}"
        if code not in new_responses:
            emit(at, "response removed", True)
            continue
        old_response, _ = resolve(old_doc, raw)
        new_response, _ = resolve(new_doc, new_responses[code])
        if isinstance(old_response, dict) and isinstance(new_response, dict):
            _compare_content(SchemaDiff(old_doc, new_doc, received), old_response, new_response, at, emit)
    for code in new_responses.keys() - old_responses.keys():
        emit(f"response {code}", "response added", False)


def _operation_map(doc: dict[str, Any], section: str) -> dict[tuple[str, str], tuple[dict[str, Any], dict[str, Any]]]:
    found: dict[tuple[str, str], tuple[dict[str, Any], dict[str, Any]]] = {}
    for method, path, op, _ in operations(doc, section):
        item, _ = resolve(doc, (doc.get(section) or {}).get(path))
        found[(method, path)] = (item if isinstance(item, dict) else {}, op)
    return found


def diff_specs(spec: str, old_doc: dict[str, Any] | None, new_doc: dict[str, Any] | None) -> list[Change]:
    """Every change from ``old_doc`` to ``new_doc`` (None: the spec did not exist / no longer exists)."""
    changes: list[Change] = []
    if old_doc is None or new_doc is None:
        doc = new_doc if new_doc is not None else old_doc
        count = len(list(operations(doc))) if doc is not None else 0
        what = f"spec {'added' if old_doc is None else 'removed'} ({count} operation{'' if count == 1 else 's'})"
        return [Change(spec, "spec", spec, "", what, old_doc is not None)]

    for section, webhook in (("paths", False), ("webhooks", True)):
        old_ops, new_ops = _operation_map(old_doc, section), _operation_map(new_doc, section)
        for key in sorted(old_ops.keys() | new_ops.keys(), key=lambda k: (k[1], k[0])):
            op = (new_ops.get(key) or old_ops[key])[1]
            subject = _label(key[0], key[1], op if key in new_ops else old_ops[key][1], webhook)

            def emit(where: str, what: str, breaking: bool, subject: str = subject) -> None:
                changes.append(Change(spec, "operation", subject, where, what, breaking))

            if key not in new_ops:
                emit("", "webhook removed" if webhook else "operation removed", True)
            elif key not in old_ops:
                emit("", "webhook added" if webhook else "operation added", False)
            else:
                _compare_operation(old_doc, new_doc, old_ops[key], new_ops[key], emit, webhook=webhook)

    for subject, where, what, breaking in security_changes(old_doc, new_doc):
        changes.append(Change(spec, "security", subject, where, what, breaking))

    old_schemas = (old_doc.get("components") or {}).get("schemas") or {}
    new_schemas = (new_doc.get("components") or {}).get("schemas") or {}
    old_usage, new_usage = schema_usage(old_doc), schema_usage(new_doc)
    for name in sorted(old_schemas.keys() | new_schemas.keys()):

        def emit_schema(where: str, what: str, breaking: bool, name: str = name) -> None:
            changes.append(Change(spec, "schema", name, where, what, breaking))

        if name not in new_schemas:
            emit_schema("", "schema removed", True)
        elif name not in old_schemas:
            emit_schema("", "schema added", False)
        else:
            directions = frozenset(old_usage.get(name, set()) | new_usage.get(name, set())) or BOTH
            diff = SchemaDiff(old_doc, new_doc, directions)
            diff.compare(old_schemas[name], new_schemas[name], "", emit_schema, definition=True)
    return changes
