"""The OpenAPI 3.1 description of `plume serve`'s JSON API, served at /api/openapi.json."""

from __future__ import annotations

from engine import __version__


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict, description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


ERRORS = {
    "400": _json(
        _ref("Error"),
        "Malformed request (not JSON or a form, nested too deeply, a number too long, "
        "a field missing)",
    ),
    "401": _json(_ref("Error"), "Token missing or wrong (when PLUME_TOKEN is set)"),
    "403": _json(_ref("Error"), "Cross-site request or CSRF token missing"),
    "413": _json(_ref("Error"), "Request body over the size limit"),
    "422": _json(
        _ref("Error"),
        "Input unusable: empty, binary, no article, a text over PLUME_SERVE_SOURCE_CHARS, "
        "a value out of range or not a whole number",
    ),
    "429": _json(_ref("Error"), "Too many wrong tokens from this address (see Retry-After)"),
    "500": _json(_ref("Error"), "A bug in Plume: a reference to report, never its details"),
}
TEXT_INPUT = {
    "text": {"type": "string", "description": "The article (txt, Markdown or HTML)"},
    "name": {"type": "string", "description": "File name: its suffix picks the parser"},
    "keyphrase": {"type": "string", "description": "Focus keyphrase (default: extracted)"},
    "min_words": {"type": "integer", "description": "Minimum words (default: directive, 700)"},
}
FORM_INPUT = {
    "file": {"type": "string", "format": "binary", "description": "An article file"},
    **{k: v for k, v in TEXT_INPUT.items() if k != "name"},
}


def _body(properties: dict, form: dict, required: list[str]) -> dict:
    return {
        "required": True,
        "content": {
            "application/json": {
                "schema": {"type": "object", "properties": properties, "required": required}
            },
            "multipart/form-data": {"schema": {"type": "object", "properties": form}},
        },
    }


def _job_path(summary: str, responses: dict) -> dict:
    return {
        "summary": summary,
        "parameters": [
            {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
        ],
        "responses": {**responses, "404": _json(_ref("Error"), "No such job")},
    }


# Every answer's messages (errors and hints, findings, progress lines, the verdict) in French or
# English: `lang` when given, else the server's --lang, else Accept-Language, else English.
LANG = {
    "name": "lang",
    "in": "query",
    "required": False,
    "schema": {"enum": ["fr", "en"]},
    "description": "The language of the answer's messages (default: --lang, Accept-Language, "
    "else en); ids, fields and figures are the same in both",
}


def schema() -> dict:
    """The description; every operation takes `lang`."""
    described = _schema()
    for operations in described["paths"].values():
        for operation in operations.values():
            operation["parameters"] = [*operation.get("parameters", []), LANG]
    return described


def _schema() -> dict:
    check_props = {
        "article": {"type": "string", "description": "The article, Markdown"},
        "source": {"type": "string", "description": "Its source (optional)"},
        "keyphrase": {"type": "string"},
        "min_words": {"type": "integer"},
    }
    check_form = {
        "article": {"type": "string", "format": "binary"},
        "source": {"type": "string", "format": "binary"},
        "keyphrase": {"type": "string"},
        "min_words": {"type": "integer"},
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Plume",
            "version": __version__,
            "description": "Offline rewriting of French news articles, checked by the gate.",
        },
        "paths": {
            "/api/brief": {
                "post": {
                    "summary": "The brief of an article (keyphrase, minimum words), no model",
                    "requestBody": _body(TEXT_INPUT, FORM_INPUT, ["text"]),
                    "responses": {"200": _json(_ref("Brief"), "The brief"), **ERRORS},
                }
            },
            "/api/rewrite": {
                "post": {
                    "summary": "Queue an article for rewriting",
                    "requestBody": _body(TEXT_INPUT, FORM_INPUT, ["text"]),
                    "responses": {
                        "202": _json(_ref("Job"), "Queued; Location names the job"),
                        **ERRORS,
                        "503": _json(_ref("Error"), "The model cannot run"),
                    },
                }
            },
            "/api/jobs": {
                "get": {
                    "summary": "The queue: newest jobs first",
                    "responses": {"200": _json({"type": "array", "items": _ref("Job")}, "Jobs")},
                }
            },
            "/api/jobs/{id}": {
                "get": _job_path(
                    "Status, progress, result and report of a job",
                    {
                        "200": _json(_ref("Job"), "The job"),
                    },
                ),
                "delete": _job_path(
                    "Cancel a job (at its next model call or token)",
                    {
                        "200": _json(_ref("Job"), "Cancelled, or cancelling"),
                        "409": _json(_ref("Error"), "Already finished"),
                    },
                ),
            },  # fmt: skip
            "/api/jobs/{id}/events": {
                "get": _job_path(
                    "Server-sent events: status, progress (one per model call), live, end",
                    {"200": {"description": "text/event-stream"}},
                )
            },
            "/api/jobs/{id}/article.{format}": {
                "get": _job_path(
                    "The passed article as md, html or json",
                    {
                        "200": {"description": "The file"},
                        "409": _json(_ref("Error"), "Not passed: nothing to download"),
                    },
                ),
            },  # fmt: skip
            "/api/check": {
                "post": {
                    "summary": "The gate alone, as `plume check --json`",
                    "requestBody": _body(check_props, check_form, ["article"]),
                    "responses": {"200": _json(_ref("Report"), "The report"), **ERRORS},
                }
            },
            "/api/status": {
                "get": {
                    "summary": "The model's state and the queue's length",
                    "responses": {"200": _json({"type": "object"}, "Status")},
                }
            },
        },
        "components": {
            "securitySchemes": {"token": {"type": "http", "scheme": "bearer"}},
            "schemas": {
                "Error": {
                    "type": "object",
                    "properties": {"message": {"type": "string"}, "hint": {"type": "string"}},
                    "required": ["message"],
                },
                "Brief": {
                    "type": "object",
                    "properties": {
                        "keyphrase": {"type": "string"},
                        "min_words": {"type": "integer"},
                        "title": {"type": ["string", "null"]},
                        "notes": {"type": "array", "items": {"type": "string"}},
                        "directives": {
                            "type": "integer",
                            "description": "how many of the notes are editor directives",
                        },
                    },
                },
                "Report": {
                    "type": "object",
                    "properties": {
                        "passed": {"type": "boolean"},
                        "failed": {"type": "array", "items": {"type": "string"}},
                        "skipped": {"type": "array", "items": {"type": "string"}},
                        "checks": {"type": "array", "items": _ref("Finding")},
                    },
                },
                "Finding": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "string"},
                        "passed": {"enum": [True, False, "skipped"]},
                        "severity": {"enum": ["hard", "soft", "review"]},
                        "value": {},
                        "expected": {"type": "string"},
                        "message": {"type": "string"},
                        "target": {"type": ["string", "null"]},
                        "rule": {"type": "string"},
                    },
                },
                "Job": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "string"},
                        "name": {"type": "string"},
                        "status": {
                            "enum": [
                                "queued",
                                "running",
                                "passed",
                                "rejected",
                                "failed",
                                "cancelled",
                            ]
                        },  # fmt: skip
                        "position": {"type": ["integer", "null"]},
                        "progress": {"type": "array", "items": {"type": "string"}},
                        "error": {"type": ["object", "null"]},
                        "article": {"type": "object", "description": "passed jobs only"},
                        "report": _ref("Report"),
                        "why": {"type": "string", "description": "rejected jobs: the reason"},
                    },
                },
            },
        },
    }
