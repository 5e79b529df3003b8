"""What changed in a spec's security: its schemes, and which credentials each operation requires.

Classification (``breaking`` means a client must change what it sends, or a tool driven by the spec must):

- scheme removed: breaking; added: not (until a requirement names it, which is reported per operation).
- scheme changed where it says what goes on the wire: ``type``, ``in``, ``name`` (a header or parameter renamed),
  the HTTP ``scheme``, ``bearerFormat``, OAuth 2 flows, their token URLs or scopes, ``openIdConnectUrl``: breaking.
  Its description and ``x-`` extensions: not reported.
- per operation (its own ``security``, else the document's), as a set of alternatives: an alternative removed
  (a client that used it is refused) or an operation that needed no credentials now needing some: breaking; an
  alternative added, or an operation made public (``[]`` or ``{}``): reported, not breaking (clients need not follow,
  but a reviewer must see an operation opened up).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from _review_openapi import operations, resolve

#: The scheme fields that say what a client sends.
WIRE_FIELDS = ("type", "in", "name", "scheme", "bearerFormat", "flows", "openIdConnectUrl")

Requirement = frozenset[str]
Security = tuple[str, str, str, bool]  # (subject, where, what, breaking)


def _schemes(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for name, raw in ((doc.get("components") or {}).get("securitySchemes") or {}).items():
        scheme, _ = resolve(doc, raw)
        found[str(name)] = scheme if isinstance(scheme, dict) else {}
    return found


def _wire(scheme: dict[str, Any]) -> dict[str, Any]:
    return {k: _strip_docs(scheme[k]) for k in WIRE_FIELDS if k in scheme}


def _strip_docs(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip_docs(v) for k, v in value.items() if k != "description" and not str(k).startswith("x-")}
    return value


def _describe(requirement: Requirement) -> str:
    return " + ".join(f"`{name}`" for name in sorted(requirement)) if requirement else "none (public)"


def _requirements(doc: dict[str, Any], op: dict[str, Any]) -> set[Requirement]:
    declared = op["security"] if "security" in op else doc.get("security") or []
    return {frozenset(alternative) for alternative in declared if isinstance(alternative, dict)}


def _public(requirements: set[Requirement]) -> bool:
    return not requirements or frozenset() in requirements


def scheme_changes(old_doc: dict[str, Any], new_doc: dict[str, Any]) -> Iterator[Security]:
    old, new = _schemes(old_doc), _schemes(new_doc)
    for name in sorted(old.keys() | new.keys()):
        subject = f"security scheme `{name}`"
        if name not in new:
            yield subject, "", "scheme removed", True
        elif name not in old:
            yield subject, "", "scheme added", False
        else:
            before, after = _wire(old[name]), _wire(new[name])
            for field in WIRE_FIELDS:
                old_value, new_value = before.get(field), after.get(field)
                if old_value == new_value:
                    continue
                if isinstance(old_value, dict) or isinstance(new_value, dict):
                    yield subject, field, f"{field} changed", True
                else:
                    yield subject, field, f"{field} {_show(old_value)} -> {_show(new_value)}", True


def _show(value: Any) -> str:
    return "none" if value is None else f"`{value}`"


def requirement_changes(old_doc: dict[str, Any], new_doc: dict[str, Any]) -> Iterator[Security]:
    old_ops = {(m, p): op for m, p, op, _ in operations(old_doc)}
    for method, path, op, _ in operations(new_doc):
        if (method, path) not in old_ops:
            continue  # a new operation is reported as added; its security is part of it
        old_op = old_ops[(method, path)]
        subject = f"{method} {path}" + (f" (`{op['operationId']}`)" if op.get("operationId") else "")
        before, after = _requirements(old_doc, old_op), _requirements(new_doc, op)
        if _public(before) and not _public(after):
            yield subject, "security", "credentials now required (was public)", True
        elif not _public(before) and _public(after):
            yield subject, "security", "operation made public (no credentials required)", False
        for requirement in sorted(before - after, key=sorted):
            if requirement:  # the empty one (public) removed is "credentials now required" above
                yield subject, "security", f"requirement {_describe(requirement)} removed", True
        for requirement in sorted(after - before, key=sorted):
            if requirement:
                yield subject, "security", f"requirement {_describe(requirement)} added", False


def security_changes(old_doc: dict[str, Any], new_doc: dict[str, Any]) -> list[Security]:
    """Every security change from ``old_doc`` to ``new_doc``, schemes first."""
    return [*scheme_changes(old_doc, new_doc), *requirement_changes(old_doc, new_doc)]
