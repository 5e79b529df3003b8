"""Code generated from ``specs/`` by ``scripts/generate.py``.

Do not edit: change the spec (or codegen/) and regenerate.

One package per vendor spec (``generated.<name>``, openapi-python-client) and the normalized Job models
(``generated.normalized_job``, datamodel-code-generator).
"""
