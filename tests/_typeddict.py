"""Does a value match a type hint (TypedDicts, unions, lists, dicts, plain classes)? For the typed result views."""

from __future__ import annotations

import types
import typing
from typing import Any, Required, is_typeddict


def mismatches(value: object, hint: Any, where: str = "result") -> list[str]:
    """Where ``value`` does not match ``hint``: empty when it does."""
    origin = typing.get_origin(hint)
    if hint is object or hint is Any:
        return []
    if hint is None or hint is type(None):
        return [] if value is None else [f"{where}: {value!r} is not None"]
    if origin in (typing.Union, types.UnionType):
        options = [mismatches(value, option, where) for option in typing.get_args(hint)]
        return [] if any(not found for found in options) else [f"{where}: {value!r} matches none of {hint}"]
    if is_typeddict(hint):
        if not isinstance(value, dict):
            return [f"{where}: {type(value).__name__} is not a dict"]
        fields = typing.get_type_hints(hint)
        # Python 3.11 misses Required[...] written as a string annotation (``from __future__ import annotations``)
        extras = typing.get_type_hints(hint, include_extras=True)
        required = set(hint.__required_keys__) | {k for k, t in extras.items() if typing.get_origin(t) is Required}
        found = [f"{where}: unexpected key {key!r}" for key in value if key not in fields]
        found += [f"{where}: missing key {key!r}" for key in sorted(required) if key not in value]
        for key, item in value.items():
            if key in fields:
                found += mismatches(item, fields[key], f"{where}[{key!r}]")
        return found
    if origin is list:
        if not isinstance(value, list):
            return [f"{where}: {type(value).__name__} is not a list"]
        (item_hint,) = typing.get_args(hint)
        return [m for index, item in enumerate(value) for m in mismatches(item, item_hint, f"{where}[{index}]")]
    if origin is dict:
        if not isinstance(value, dict):
            return [f"{where}: {type(value).__name__} is not a dict"]
        key_hint, item_hint = typing.get_args(hint)
        return [
            m
            for key, item in value.items()
            for m in mismatches(key, key_hint, f"{where} key") + mismatches(item, item_hint, f"{where}[{key!r}]")
        ]
    if hint is float:  # a JSON number: int or float
        return [] if isinstance(value, int | float) and not isinstance(value, bool) else [f"{where}: {value!r}"]
    if isinstance(hint, type):
        return [] if isinstance(value, hint) else [f"{where}: {value!r} is not {hint.__name__}"]
    raise TypeError(f"unsupported hint {hint!r}")
