"""A small ``multipart/form-data`` reader: Starlette's own needs python-multipart, which the project does not ship."""

from __future__ import annotations

from dataclasses import dataclass
from email.message import Message


@dataclass(frozen=True)
class Part:
    name: str
    filename: str | None
    content_type: str | None
    data: bytes

    def text(self) -> str:
        return self.data.decode("utf-8", "replace")


def _params(header: str) -> Message:
    message = Message()
    message["content-type"] = header  # any header with ;-parameters parses the same way
    return message


def parse_form(content_type: str, body: bytes) -> dict[str, Part] | None:
    """The parts by field name (the last one wins), or None when the body is not well-formed multipart."""
    if not content_type.lower().startswith("multipart/form-data"):
        return None
    boundary = _params(content_type).get_param("boundary")
    if not isinstance(boundary, str) or not boundary:
        return None
    delimiter = b"--" + boundary.encode("latin-1")
    sections = body.split(delimiter)
    if len(sections) < 2:
        return None
    parts: dict[str, Part] = {}
    for section in sections[1:]:
        if section.startswith(b"--"):
            return parts  # the closing delimiter
        head, separator, data = section.removeprefix(b"\r\n").partition(b"\r\n\r\n")
        if not separator:
            return None
        headers = {}
        for line in head.decode("latin-1").split("\r\n"):
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        disposition = _params(headers.get("content-disposition", ""))
        field = disposition.get_param("name", header="content-type")
        if not isinstance(field, str):
            return None
        filename = disposition.get_param("filename", header="content-type")
        parts[field] = Part(
            name=field,
            filename=filename if isinstance(filename, str) else None,
            content_type=headers.get("content-type"),
            data=data.removesuffix(b"\r\n"),
        )
    return None  # no closing delimiter
