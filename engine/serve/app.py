"""The page and the JSON API of `plume serve` (Starlette), over the job store and the worker.

Requests never name a path on disk: uploads are read into memory, a file name only picks the
parser, and static files come from a fixed list loaded at start.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
import sqlite3
from collections.abc import AsyncIterator, Callable
from importlib import resources

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response, StreamingResponse
from starlette.routing import Route
from starlette.templating import Jinja2Templates

from engine import __version__
from engine.config import Settings
from engine.errors import EngineError, ModelError, ResourceError, write_trace
from engine.llm import Generator
from engine.output.files import ModelInfo
from engine.serve import i18n, inputs, security, translate
from engine.serve.inputs import (
    ApiError,
    article_of,
    given,
    keyphrase_of,
    min_words_of,
    options_of,
    read_fields,
)
from engine.serve.jobs import FINISHED, PASSED, Job, JobStore
from engine.serve.openapi import schema
from engine.serve.worker import Worker
from engine.usecase import Options

FORMATS = {"md": "text/markdown", "html": "text/html", "json": "application/json"}
STATIC = {"plume.js": "text/javascript", "plume.css": "text/css", "plume.svg": "image/svg+xml"}
EVENTS_POLL_S = 0.2
log = logging.getLogger("plume.serve")


def create_app(
    settings: Settings,
    load: Callable[[], Generator],
    model_info: Callable[[Generator], ModelInfo] | None = None,
    token: str | None = None,
    loopback: bool = True,
) -> Starlette:
    """The ASGI app. `load` builds the generator (once, in the worker thread); `token`, when
    given, is required on every request; `loopback` limits the Host header to this machine."""
    try:
        store = JobStore(settings.data_dir / "jobs.sqlite3")
    except (OSError, sqlite3.Error) as exc:
        raise ResourceError(
            f"Cannot open the job store in {settings.data_dir}: {exc}.",
            "Set PLUME_DATA_DIR to a folder you can write to.",
        ) from None
    worker = Worker(store, settings, load, model_info)
    throttle = security.Throttle()

    def lang_of(request: Request) -> str:
        """The language this API answer is said in (see `i18n.api_language`)."""
        return i18n.api_language(
            request.query_params.get("lang"),
            settings.serve_lang,
            request.headers.get("accept-language"),
        )

    sessions = security.Sessions(token, settings.serve_login_hours * 3600) if token else None
    templates = Jinja2Templates(directory=str(resources.files("engine.serve") / "templates"))
    assets = {
        name: (resources.files("engine.serve").joinpath("static", name).read_bytes(), kind)
        for name, kind in STATIC.items()
    }

    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        worker.start()
        try:
            yield
        finally:
            await run_in_threadpool(worker.stop)
            store.close()

    # --- the page ----------------------------------------------------------------------

    def words(request: Request) -> dict[str, object]:
        """The page's language and its words (see `i18n`)."""
        lang = i18n.language(settings.serve_lang, request.headers.get("accept-language"))
        return {"lang": lang, "t": i18n.PAGE[lang]}

    async def page(request: Request) -> Response:
        csrf = security.csrf_cookie(request)
        said = words(request)
        context = {
            **said,
            "texts": json.dumps(said["t"], ensure_ascii=False),
            "csrf": csrf,
            "min_words": settings.min_words,
            "version": __version__,
            "logout": token is not None,
        }
        response = templates.TemplateResponse(request, "index.html", context)
        response.headers["Vary"] = "Accept-Language"
        security.set_csrf_cookie(response, csrf)
        return response

    async def login(request: Request) -> Response:
        csrf = security.csrf_cookie(request)
        said = words(request)
        error, status, wait = None, 200, 0.0
        if request.method == "POST":
            form = await request.form()
            given = str(form.get("token", ""))
            client = security.client_of(request)
            if not security.same(str(form.get("csrf", "")), request.cookies.get(security.CSRF)):
                error, status = said["t"]["form_expired"], 403
            elif (wait := throttle.wait_s(client)) > 0:
                error, status = translate.say(security.throttled_message(wait), said["lang"]), 429
            elif sessions is None or not security.same(given, token):
                throttle.failed(client)
                error, status = said["t"]["wrong_token"], 401
            else:
                throttle.succeeded(client)
                response = RedirectResponse("/", status_code=303)
                security.set_session_cookie(response, sessions)
                return response
        context = {**said, "csrf": csrf, "error": error, "version": __version__}
        response = templates.TemplateResponse(request, "login.html", context, status_code=status)
        response.headers["Vary"] = "Accept-Language"
        security.set_csrf_cookie(response, csrf)
        if status == 429:
            response.headers["Retry-After"] = str(security.whole_seconds(wait))
        return response

    async def logout(request: Request) -> Response:
        form = await request.form()
        if not security.same(str(form.get("csrf", "")), request.cookies.get(security.CSRF)):
            raise ApiError(403, "CSRF token missing or wrong.", "Reload the page and try again.")
        if sessions is not None:
            sessions.revoke(request.cookies.get(security.SESSION))
        response = RedirectResponse("/login" if token else "/", status_code=303)
        security.clear_session_cookie(response)
        return response

    async def favicon(request: Request) -> Response:
        return RedirectResponse("/static/plume.svg", status_code=308)

    async def static(request: Request) -> Response:
        asset = assets.get(request.path_params["name"])
        if asset is None:
            raise ApiError(404, "Not found.")
        return Response(asset[0], media_type=asset[1], headers={"Cache-Control": "no-cache"})

    # --- the API -----------------------------------------------------------------------

    async def brief(request: Request) -> Response:
        fields = await read_fields(request)
        name, kind, text = article_of(fields, "text", "file", settings)
        options = Options(keyphrase_of(fields), min_words_of(fields, settings))
        found = await run_in_threadpool(_brief, text, kind, name, options, settings)
        lang = lang_of(request)
        found["min_words_said"] = translate.said(found["min_words_said"], lang, "minimum")
        found["notes"] = [translate.said(n, lang, "notes") for n in found["notes"]]
        return JSONResponse(found)

    async def rewrite(request: Request) -> Response:
        if worker.model.state == "error":
            error = worker.model.error or {}
            raise ApiError(503, error.get("message", "The model cannot run."), error.get("hint"))
        fields = await read_fields(request)
        name, kind, text = article_of(fields, "text", "file", settings)
        options = options_of(fields, settings)
        source = await run_in_threadpool(_parse, text, kind, name)
        name = (
            name
            or " ".join((source.title or source.paragraphs[0]).split())[: inputs.NAME_MAX_CHARS]
        )
        job = store.add(name, kind, text, options)
        worker.wake()
        return JSONResponse(
            translate.job_said(_job_json(job, store, worker), lang_of(request)),
            status_code=202,
            headers={"Location": _url(job)},
        )

    async def jobs(request: Request) -> Response:
        lang = lang_of(request)
        return JSONResponse(
            [translate.job_said(j.summary(), lang) | {"url": _url(j)} for j in store.recent()]
        )

    def _job(request: Request) -> Job:
        job = store.get(request.path_params["id"])
        if job is None:
            raise ApiError(404, "No such job.", "List the jobs with GET /api/jobs.")
        return job

    async def job(request: Request) -> Response:
        return JSONResponse(
            translate.job_said(_job_json(_job(request), store, worker), lang_of(request))
        )

    async def cancel(request: Request) -> Response:
        found = _job(request)
        if found.finished or not worker.cancel(found.id):
            raise ApiError(409, f"The job is already {found.status}.", "Nothing to cancel.")
        answer = _job_json(store.get(found.id), store, worker)  # type: ignore[arg-type]
        return JSONResponse(translate.job_said(answer, lang_of(request)))

    async def events(request: Request) -> Response:
        found = _job(request)
        try:
            after = int(request.headers.get("last-event-id", "-1"))
        except ValueError:
            after = -1
        return StreamingResponse(
            _event_stream(found.id, after, store, worker, lang_of(request)),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
        )

    async def download(request: Request) -> Response:
        found = _job(request)
        fmt = request.path_params["fmt"]
        if fmt not in FORMATS:
            raise ApiError(404, f"No format {fmt!r}.", "Use md, html or json.")
        if found.status != PASSED or not found.result:
            raise ApiError(
                409, f"The job is {found.status}: only a passed article is downloadable."
            )
        slug = found.result["article"].get("slug") or "article"
        return Response(
            found.result["renders"][fmt],
            media_type=f"{FORMATS[fmt]}; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{slug}.{fmt}"'},
        )

    async def check(request: Request) -> Response:
        fields = await read_fields(request)
        _, _, article = article_of(fields, "article", "article", settings, named=False)
        source = None
        if given(fields.get("source")):
            source = article_of(fields, "source", "source", settings, named=False)
        options = Options(keyphrase_of(fields), min_words_of(fields, settings))
        report = await run_in_threadpool(_check, article, source, options, settings)
        return JSONResponse(translate.report_said(report, lang_of(request)))

    async def status(request: Request) -> Response:
        queue = [j for j in store.recent(1000) if not j.finished]
        return JSONResponse(
            {
                "version": __version__,
                "model": {"state": worker.model.state, "name": worker.model.name,
                          "error": translate.error_said(worker.model.error, lang_of(request))},
                "queued": sum(j.status == "queued" for j in queue),
                "running": sum(j.status == "running" for j in queue),
            }
        )  # fmt: skip

    async def openapi(request: Request) -> Response:
        return JSONResponse(schema())

    routes = [
        Route("/", page),
        Route("/login", login, methods=["GET", "POST"]),
        Route("/logout", logout, methods=["POST"]),
        Route("/static/{name}", static),
        Route("/favicon.ico", favicon),
        Route("/api/openapi.json", openapi),
        Route("/api/status", status),
        Route("/api/brief", brief, methods=["POST"]),
        Route("/api/rewrite", rewrite, methods=["POST"]),
        Route("/api/check", check, methods=["POST"]),
        Route("/api/jobs", jobs),
        Route("/api/jobs/{id}", job, methods=["GET"]),
        Route("/api/jobs/{id}", cancel, methods=["DELETE"]),
        Route("/api/jobs/{id}/events", events),
        Route("/api/jobs/{id}/article.{fmt}", download),
    ]
    app = Starlette(
        routes=routes,
        lifespan=lifespan,
        exception_handlers={
            ApiError: _api_error,
            EngineError: _engine_error,
            HTTPException: _http_error,
            Exception: _internal_error,
        },
        max_body_size=settings.serve_max_bytes,
    )
    app.state.store, app.state.worker = store, worker
    app.state.lang_of = lang_of
    guard = security.Guard(
        app, token, loopback, settings.serve_max_bytes, sessions, throttle, lang_of
    )
    return guard  # type: ignore[return-value]


# --- work done in a thread (spaCy) ---------------------------------------------------------


def _parse(text: str, kind: str, name: str):  # noqa: ANN202 - Source
    from engine.brief.source import parse_source

    return parse_source(text, kind=kind, name=name or "the article")  # type: ignore[arg-type]


def _brief(text: str, kind: str, name: str, options: Options, settings: Settings) -> dict:
    from engine.output.summary import min_words_said
    from engine.usecase import brief_of

    source = _parse(text, kind, name)
    brief = brief_of(source, options, settings)
    said = min_words_said(brief.min_words, brief.min_words_from, source, settings, "min_words")
    return {
        "keyphrase": brief.keyphrase,
        "min_words": brief.min_words,
        "min_words_from": brief.min_words_from,
        "min_words_said": said,
        "title": source.title,
        "notes": list(source.notes),
        "directives": sum(note.startswith("directive") for note in source.notes),
        "paragraphs": len(source.paragraphs),
    }


def _check(
    article_text: str,
    source: tuple[str, str, str] | None,
    options: Options,
    settings: Settings,
) -> dict:
    from engine.output.article import parse_markdown
    from engine.output.report import report_json
    from engine.usecase import check_article

    article = parse_markdown(article_text)
    parsed_source = _parse(source[2], source[1], source[0] or "the source") if source else None
    report, brief = check_article(article, options, settings, parsed_source)
    return report_json(report, brief)


# --- answers -------------------------------------------------------------------------------


def _url(job: Job) -> str:
    return f"/api/jobs/{job.id}"


def _job_json(job: Job, store: JobStore, worker: Worker) -> dict:
    data = {
        **job.summary(),
        "options": job.options,
        "progress": store.progress_lines(job.id),
        "live": worker.live(job.id),
        "links": {"self": _url(job), "events": _url(job) + "/events"},
    }
    result = job.result
    if result:
        data["report"] = result["report"]
        data["compare"] = result["compare"]
        if job.status == PASSED:
            data["article"] = result["article"]
            data["links"]["downloads"] = {f: f"{_url(job)}/article.{f}" for f in FORMATS}
        else:
            data["rejected_draft"] = result["article"]
            data["why"] = result["why"]
    return data


async def _event_stream(
    job_id: str, after: int, store: JobStore, worker: Worker, lang: str
) -> AsyncIterator[str]:
    """Stored events after `after` (so a reconnect resumes), live token counts while a call
    runs, then `end` once the job has finished."""
    live_sent = None
    while True:
        events, status = store.events(job_id, after)
        for event in events:
            after = event["n"]
            data = json.dumps(translate.event_said(event, lang))
            yield f"id: {after}\nevent: {event['type']}\ndata: {data}\n\n"
        if status is None or status in FINISHED:
            yield f"event: end\ndata: {json.dumps({'status': status})}\n\n"
            return
        live = worker.live(job_id)
        if live is not None and live != live_sent:
            live_sent = live
            yield f"event: live\ndata: {json.dumps(live)}\n\n"
        await asyncio.sleep(EVENTS_POLL_S)


def error_response(
    status: int, message: str, hint: str | None = None, lang: str = "en"
) -> JSONResponse:
    """An error answer, {"message", "hint"}, said in `lang`."""
    return JSONResponse(
        translate.error_said({"message": message, "hint": hint}, lang),
        status_code=status,
        headers={"Cache-Control": "no-store"},
    )


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return error_response(exc.status, exc.message, exc.hint, _lang(request))


async def _engine_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, EngineError)
    status = 503 if isinstance(exc, ModelError | ResourceError) else 422
    return error_response(status, exc.message, exc.hint, _lang(request))


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    hints = {
        413: security.TOO_LARGE_HINT,
        405: "See /api/openapi.json for the methods of each path.",
    }
    lang = _lang(request)
    return error_response(exc.status_code, str(exc.detail), hints.get(exc.status_code), lang)


async def _internal_error(request: Request, exc: Exception) -> Response:
    """A bug: the client gets a reference, never the exception's text; the log gets both."""
    reference = secrets.token_hex(4)
    trace = write_trace(exc)
    log.error("internal error %s on %s %s (%s): the full trace is in %s", reference,
              request.method, request.url.path, type(exc).__name__, trace)  # fmt: skip
    return error_response(
        500,
        f"Internal error (reference {reference}): a bug in Plume, not in your request.",
        "Report it with the reference; the server's log names the file with the details.",
        _lang(request),
    )


def _lang(request: Request) -> str:
    """The language of an error answer: as the request asks (the app's `lang_of`)."""
    lang_of = getattr(request.app.state, "lang_of", None)
    return lang_of(request) if lang_of is not None else "en"
