"""The base class of the generated Job models (``imagejobs_generated._model_base``), copied by scripts/generate.py.

Why: vendors send text that is not valid Unicode, such as a JSON ``"\\ud800"`` escape (a lone surrogate). Python's
decoder keeps it, and ``Job.raw`` must keep what the vendor sent, but pydantic's JSON writer refuses to encode it and
``model_dump_json()`` would raise. This base writes such a model with Python's ``json`` module instead, which escapes
lone surrogates as ``\\udXXX`` (valid JSON text); everything else is left to pydantic. ``raw`` itself is never altered.
Such a JSON text is read back exactly by ``Job.model_validate(json.loads(text))`` (pydantic's own JSON parser refuses
lone surrogate escapes).
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel
from pydantic_core import PydanticSerializationError

__all__ = ["VendorTextModel"]


class VendorTextModel(BaseModel):
    """A pydantic model whose ``model_dump_json`` works on any text a vendor sent, lone surrogates included."""

    def model_dump_json(self, **kwargs: Any) -> str:
        try:
            return super().model_dump_json(**kwargs)
        except PydanticSerializationError as error:
            if "surrogates not allowed" not in str(error):
                raise
        indent = kwargs.pop("indent", None)
        kwargs.pop("ensure_ascii", None)
        data = self.model_dump(mode="json", **kwargs)
        separators = (",", ":") if indent is None else None
        return json.dumps(data, ensure_ascii=True, indent=indent, separators=separators, allow_nan=False)
