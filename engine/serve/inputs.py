"""What `plume serve` reads from a request: JSON or a form, an article given as text or as a
file, and the options. A file name is a label and picks the parser; it never names a path."""

from __future__ import annotations

import json
import re
from pathlib import PurePath

from starlette.datastructures import UploadFile
from starlette.requests import Request

from engine.config import Settings

NAME_MAX_CHARS = 120
KEYPHRASE_MAX_CHARS = 120
WHOLE_NUMBER = re.compile(r"[0-9]{1,9}")  # ASCII digits only: int() would take "٧٠٠" too


class ApiError(Exception):
    """An error answered as JSON: {"message", "hint"} with an HTTP status."""

    def __init__(self, status: int, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.hint = status, message, hint


async def read_fields(request: Request) -> dict[str, object]:
    """The request's fields from JSON or a form; file fields come as (name, bytes)."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "application/json":
        data = _json(await request.body())
        if not isinstance(data, dict):
            raise ApiError(400, "The body must be a JSON object.", 'Send {"text": "…"}.')
        return data
    if kind in ("multipart/form-data", "application/x-www-form-urlencoded"):
        fields: dict[str, object] = {}
        async with request.form(max_files=4, max_fields=20) as form:
            for key, value in form.multi_items():
                if isinstance(value, UploadFile):
                    fields[key] = (value.filename or "", await value.read())
                else:
                    fields[key] = value
        return fields
    raise ApiError(
        400,
        f"Unsupported content type {kind or '(none)'!r}.",
        "Send JSON (application/json) or a form (multipart/form-data).",
    )


def _json(body: bytes) -> object:
    """The body as JSON; what cannot be read is a 400 that says why, never the parser's text."""
    try:
        return json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise ApiError(400, "The body is not valid JSON.", "Send a JSON object.") from None
    except RecursionError:
        raise ApiError(
            400, "The body's JSON is nested too deeply.", 'Send a flat object: {"text": "…"}.'
        ) from None
    except ValueError:  # an integer of more digits than Python converts
        raise ApiError(
            400, "The body holds a number too long to read.", "Send numbers such as 700."
        ) from None


def given(value: object) -> bool:
    if isinstance(value, tuple):
        return bool(value[1])
    return isinstance(value, str) and value != ""


def article_of(
    fields: dict[str, object],
    text_field: str,
    file_field: str,
    settings: Settings,
    named: bool = True,
) -> tuple[str, str, str]:
    """(name, kind, text) of the article in `file_field` (an upload) or `text_field`; the
    `name` field names pasted text when `named` (its suffix picks the parser). Its length is
    checked here, before anything parses it (see `within_limit`)."""
    from engine.brief.source import decode_named

    value = fields.get(file_field) if isinstance(fields.get(file_field), tuple) else None
    if value is not None:
        filename, data = value  # type: ignore[misc]
    else:
        text = fields.get(text_field)
        if text is None:
            raise ApiError(400, f"No {text_field!r} field.", f"Send the article as {text_field!r}.")
        if not isinstance(text, str):
            raise ApiError(400, f"{text_field!r} must be a string.", "Send the text itself.")
        filename = str(fields.get("name") or "") if named else ""
        data = text.encode("utf-8", "replace")
    name = safe_name(filename)
    label = name or ("the source" if text_field == "source" else "the article")
    text, kind, _note = decode_named(data, label)
    within_limit(text, kind, label, settings)
    return name, kind, text


def within_limit(text: str, kind: str, label: str, settings: Settings) -> None:
    """The one size limit of every endpoint that parses text: the characters of its text (an
    HTML page's text, its markup aside), at most `serve_source_chars`, checked before the
    directives, the language or spaCy read a line of it (a 422 that says the limit)."""
    from engine.brief.html_text import html_to_text

    chars = len(html_to_text(text)[1]) if kind == "html" else len(text)
    if chars > settings.serve_source_chars:
        what = label if label in ("the article", "the source") else f"the article {label}"
        raise ApiError(
            422,
            f"{what[0].upper()}{what[1:]} has {chars:,} characters; this server takes "
            f"{settings.serve_source_chars:,} at most.",
            "Shorten it, or restart the server with a larger PLUME_SERVE_SOURCE_CHARS.",
        )


def safe_name(filename: str) -> str:
    """A display name only: the last path part, printable, short. Never opened."""
    name = PurePath(filename.replace("\\", "/")).name
    name = "".join(ch for ch in name if ch.isprintable()).strip()
    return name[:NAME_MAX_CHARS]


def keyphrase_of(fields: dict[str, object]) -> str | None:
    value = fields.get("keyphrase")
    if value is None or value == "":
        return None
    if not isinstance(value, str) or len(value) > KEYPHRASE_MAX_CHARS:
        raise ApiError(
            422, "The keyphrase must be text of at most 120 characters.", "Give 2–4 words."
        )
    return " ".join(value.split()) or None


def min_words_of(fields: dict[str, object], settings: Settings) -> int | None:
    """A whole number: a JSON integer, or ASCII digits in a form field; never a fraction,
    true/false, an overflowing float or another script's digits."""
    value = fields.get("min_words")
    if value is None or value == "":
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and WHOLE_NUMBER.fullmatch(value.strip()):
        number = int(value.strip())
    else:
        shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:39] + "…"
        raise ApiError(422, f"min_words={shown} is not a whole number.", "Give 700, say.")
    settings.replace(min_words=number)  # raises InputError (422) when out of range
    return number


def options_of(fields: dict[str, object], settings: Settings) -> dict:
    options = {"keyphrase": keyphrase_of(fields), "min_words": min_words_of(fields, settings)}
    return {k: v for k, v in options.items() if v is not None}
