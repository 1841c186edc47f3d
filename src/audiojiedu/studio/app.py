"""The studio's HTTP routes: the staff pages and the JSON API for a CMS, on one Starlette app.

Both faces call the same few functions (create a release, rebuild, cancel, approve), and the
work itself is the library's `build` run by the job runner, so the studio, the API and the
CLI always agree. Routes that change anything require the token when one is set (Bearer header
for the API; a cookie set by the login page for browsers) and refuse cross-site form posts.
"""

from __future__ import annotations

import hmac
import json
import time
import xml.etree.ElementTree as ET
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2
from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import FileResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..approval import APPROVAL_NAME, Approval, read_approval
from ..errors import AudiojieduError, EngineUnavailable, InputError
from ..manifest import MANIFEST_NAME, read_manifest
from .intake import MAX_UPLOAD_BYTES, Intake, check_fetched, check_text, check_upload, display_name
from .listen import Listener, UnknownSegment
from .runner import Busy, Runner, RunnerSettings
from .store import Job, Store, valid_id

TOKEN_COOKIE = "audiojiedu_token"
MAX_BODY_BYTES = MAX_UPLOAD_BYTES + 1_000_000  # the document plus the multipart envelope
MAX_NAME = 40
# Sentences heard on demand: one synthesis at a time per server, and a short queue behind it;
# more listeners than that get 503 rather than tie up the server.
LISTEN_SYNTHESES = 1
LISTEN_WAITING = 8
# Release files as the API names them, by the role the build gave them.
_FILE_ROLES = {
    "audio": "mp3",
    "player_html": "player",
    "player_embed_html": "embed",
    "captions": "captions",
    "chapters_json": "chapters",
    "chapters_vtt": "chapters_vtt",
    "review_html": "review",
    "review_tsv": "review_tsv",
    "transcript": "transcript",
}


class BodyTooLarge(Exception):
    pass


@dataclass(frozen=True)
class StudioSettings:
    data_dir: Path
    token: str = ""
    runner: RunnerSettings = field(default_factory=RunnerSettings)


class LimitBody:
    """ASGI middleware: a request body larger than `limit` ends the request with 413."""

    def __init__(self, app: ASGIApp, *, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.limit:
            await _too_large(scope)(scope, receive, send)
            return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise BodyTooLarge()
            return message

        await self.app(scope, limited, send)


TOO_LARGE = f"文件太大：上传上限为 {MAX_UPLOAD_BYTES / 1e6:.0f} MB"


def _too_large(scope: Scope) -> Response:
    return _error(scope["path"].startswith("/api/"), TOO_LARGE, 413)


def create_app(settings: StudioSettings) -> Starlette:
    store = Store(settings.data_dir)
    runner = Runner(store, settings.runner)
    listener = Listener(store, settings.runner)
    limits: dict[str, Any] = {}  # the listening limiters, made on the event loop
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("audiojiedu.studio", "templates"),
        autoescape=True,  # everything a document contains is escaped in every page
        undefined=jinja2.StrictUndefined,
    )
    env.filters["clock"] = _clock
    env.filters["iso"] = lambda at: str(at).replace("T", " ").replace("Z", " UTC")
    env.filters["when"] = lambda t: time.strftime("%Y-%m-%d %H:%M", time.localtime(t)) if t else ""
    token = settings.token
    approvals: dict[str, tuple[tuple[int, ...], Approval | None]] = {}

    # ---- helpers shared by pages and API -------------------------------------------------

    def authorized(request: Request) -> bool:
        if not token:
            return True
        header = request.headers.get("authorization", "")
        given = header[7:].strip() if header.lower().startswith("bearer ") else request.cookies.get(TOKEN_COOKIE, "")
        return hmac.compare_digest(given.encode(), token.encode())

    def same_origin(request: Request) -> bool:
        """A browser sends Origin on a cross-site POST; such a post is refused (CSRF)."""
        origin = request.headers.get("origin")
        if origin is None or (origin == "null" and not token):
            return origin is None
        return urlsplit(origin).netloc == request.headers.get("host", "")

    def guard(request: Request) -> Response | None:
        api = request.url.path.startswith("/api/")
        if not same_origin(request):
            return _error(api, "拒绝跨站请求", 403)
        if not authorized(request):
            if api:
                return JSONResponse(
                    {"error": "需要令牌：Authorization: Bearer $AUDIOJIEDU_TOKEN"},
                    status_code=401,
                    headers={"WWW-Authenticate": "Bearer"},
                )
            return RedirectResponse("/login", status_code=303)
        return None

    def job_or_404(job_id: str) -> Job:
        job = store.get(job_id) if valid_id(job_id) else None
        if job is None:
            raise HTTPException(404, "没有这个发布")
        return job

    def status(job: Job, base: str = "") -> dict[str, Any]:
        preview = store.read_json(job.id, "preview")
        progress = store.read_json(job.id, "progress")
        done, total = int(progress.get("done", 0)), int(progress.get("total", 0))
        fraction = 1.0 if job.status == "done" else (done / total if total else 0.0)
        eta = None
        if job.status == "running" and done and total:
            elapsed = float(progress.get("updated", 0)) - float(progress.get("started", 0))
            eta = round(elapsed / done * (total - done), 1)
        files: dict[str, str] = {}
        signed = approval(job)
        note = job.note
        if signed is not None and not signed.current:
            note = f"发布内容已变，{signed.by} 的批准已失效，请重新批准"
        title = str(preview.get("title", ""))
        duration = 0
        if job.status == "done":
            try:
                release = read_manifest(store.release_dir(job.id))
            except InputError:
                release = None
            if release is not None:
                title = release.title
                duration = release.duration_ms
                for role, name in release.files.items():
                    files[_FILE_ROLES.get(role, role)] = f"{base}/releases/{job.id}/files/{name}"
        return {
            "id": job.id,
            "status": job.status,
            "title": title,
            "progress": round(fraction, 3),
            "segments": {"done": done, "total": total},
            "audio_seconds": float(progress.get("audio_seconds", 0.0)),
            "eta_seconds": eta,
            "duration_seconds": duration / 1000,
            "error": job.error or None,
            "note": note or None,
            "files": files,
            "source": {"kind": job.source_kind, "name": job.source_name},
            "approved": {"by": signed.by, "at": signed.at} if signed is not None and signed.current else None,
            "created": job.created,
            "updated": job.updated,
        }

    async def intake_from(request: Request) -> Intake:
        """The document of a create request: multipart `file`, form/JSON `text`, or form/JSON `url`."""
        tmp = store.root / "tmp"
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if kind == "application/json":
            try:
                data = json.loads(await request.body())
            except ValueError:
                raise InputError("请求体不是有效的 JSON") from None
            if not isinstance(data, dict):
                raise InputError('JSON 须是对象，例如 {"url": "https://..."}')
            url, text, title = (str(data.get(k) or "") for k in ("url", "text", "title"))
            upload = None
        elif kind in ("multipart/form-data", "application/x-www-form-urlencoded"):
            try:
                form = await request.form(max_files=1, max_fields=10, max_part_size=MAX_UPLOAD_BYTES)
            except MultiPartException as exc:
                raise InputError(f"上传的表单无法解析（{exc.message}）") from None
            upload = form.get("file")
            url, text, title = (
                str(form.get(k) or "") if not isinstance(form.get(k), UploadFile) else ""
                for k in ("url", "text", "title")
            )
            if isinstance(upload, UploadFile) and not upload.filename and upload.size == 0:
                upload = None  # the browser sends an empty file part when none was chosen
        else:
            raise InputError('请上传文件（multipart 字段 file）、粘贴文本，或提供网址（JSON {"url": ...}）')
        given = [x for x in (isinstance(upload, UploadFile), bool(text.strip()), bool(url.strip())) if x]
        if len(given) > 1:
            raise InputError("请只选一种来源：上传文件、粘贴文本或网址")
        if isinstance(upload, UploadFile):
            content = await upload.read()
            return check_upload(content, filename=upload.filename or "", tmp_dir=tmp)
        if text.strip():
            return check_text(text, title=title)
        if url.strip():
            from ..fetch import fetch_document

            fetched = await _in_thread(fetch_document, url.strip())
            return check_fetched(fetched.content, name=fetched.name, tmp_dir=tmp)
        if upload is not None:
            raise InputError("字段 file 须是上传的文件")
        raise InputError("没有收到文档：请上传文件、粘贴文本或提供网址")

    async def create(request: Request) -> Job:
        intake = await intake_from(request)
        job = store.create(kind=intake.source, source_name=intake.name, content=intake.content, input_kind=intake.kind)
        return runner.submit(job)

    def approve(job: Job, by: str) -> Job:
        from ..approval import approve as sign

        by = display_name(by, fallback="")[:MAX_NAME]
        if not by:
            raise InputError("请填写批准人姓名")
        if job.status != "done":
            raise InputError("只有生成完成的发布才能批准")
        sign(store.release_dir(job.id), by=by)  # approval.json: the same record `audiojiedu approve` writes
        return store.save(job)

    def approval(job: Job) -> Approval | None:
        """The release's approval as `audiojiedu approve` wrote it (None when there is none)."""
        if job.status != "done":
            return None
        folder = store.release_dir(job.id)
        try:
            key = tuple((folder / name).stat().st_mtime_ns for name in (APPROVAL_NAME, MANIFEST_NAME))
        except OSError:
            return None
        cached = approvals.get(job.id)
        if cached is None or cached[0] != key:  # the digest reads every file: only when one changed
            try:
                cached = (key, read_approval(folder))
            except InputError:
                cached = (key, None)
            approvals[job.id] = cached
        return cached[1]

    # ---- API -------------------------------------------------------------------------------

    async def api_create(request: Request) -> Response:
        if (denied := guard(request)) is not None:
            return denied
        try:
            job = await create(request)
        except InputError as exc:
            return JSONResponse({"error": _one_line(exc)}, status_code=400)
        except BodyTooLarge:
            return _too_large(request.scope)
        base = _base(request)
        return JSONResponse(
            {"id": job.id, "status": job.status, "url": f"{base}/api/releases/{job.id}"}, status_code=202
        )

    async def api_list(request: Request) -> Response:
        base = _base(request)
        return JSONResponse({"releases": [status(job, base) for job in store.all()]})

    async def api_get(request: Request) -> Response:
        return JSONResponse(status(job_or_404(request.path_params["id"]), _base(request)))

    async def api_approve(request: Request) -> Response:
        if (denied := guard(request)) is not None:
            return denied
        job = job_or_404(request.path_params["id"])
        try:
            data = json.loads(await request.body() or b"{}")
            by = str(data.get("by") or "") if isinstance(data, dict) else ""
            job = approve(job, by)
        except ValueError:
            return JSONResponse({"error": '请求体须是 JSON，例如 {"by": "张三"}'}, status_code=400)
        except InputError as exc:
            return JSONResponse({"error": _one_line(exc)}, status_code=409 if "完成" in str(exc) else 400)
        return JSONResponse(status(job, _base(request)))

    async def api_build(request: Request) -> Response:
        if (denied := guard(request)) is not None:
            return denied
        job = job_or_404(request.path_params["id"])
        try:
            job = runner.submit(job)
        except Busy:
            return JSONResponse({"error": "这个发布正在排队或生成中"}, status_code=409)
        return JSONResponse(status(job, _base(request)), status_code=202)

    async def api_cancel(request: Request) -> Response:
        if (denied := guard(request)) is not None:
            return denied
        job = runner.cancel(job_or_404(request.path_params["id"]).id)
        assert job is not None
        return JSONResponse(status(job, _base(request)))

    async def api_preview(request: Request) -> Response:
        job = job_or_404(request.path_params["id"])
        return JSONResponse(store.read_json(job.id, "preview"))

    async def api_segment_audio(request: Request) -> Response:
        """One sentence of the release's current script as MP3, synthesized now if not cached."""
        import anyio

        job = job_or_404(request.path_params["id"])
        if not limits:
            limits["plan"], limits["synth"] = anyio.CapacityLimiter(2), anyio.CapacityLimiter(LISTEN_SYNTHESES)
        try:
            if limits["plan"].statistics().tasks_waiting >= LISTEN_WAITING:
                return _busy()
            located = await anyio.to_thread.run_sync(
                listener.locate, job, request.path_params["segment"], limiter=limits["plan"]
            )
            entry, hit = located.entry, located.entry is not None
            if entry is None:
                if limits["synth"].statistics().tasks_waiting >= LISTEN_WAITING:
                    return _busy()
                entry = await anyio.to_thread.run_sync(listener.synthesize, located, limiter=limits["synth"])
            frames = await anyio.to_thread.run_sync(entry.read_frames)
        except UnknownSegment:
            return JSONResponse({"error": "这个发布的朗读稿里没有这一句"}, status_code=404)
        except InputError as exc:
            return JSONResponse({"error": _one_line(exc)}, status_code=409)
        except EngineUnavailable as exc:
            return JSONResponse({"error": f"语音引擎不可用：{_one_line(exc)}"}, status_code=503)
        except AudiojieduError as exc:
            return JSONResponse({"error": f"合成失败：{_one_line(exc)}"}, status_code=500)
        # The URL names a sentence whose text may be edited: revalidate, never reuse blindly.
        return Response(
            frames, media_type="audio/mpeg", headers={"Cache-Control": "no-cache", "X-Cache": "hit" if hit else "miss"}
        )

    async def feed(request: Request) -> Response:
        from ..publish import write_feed
        from ..publish.feed import DEFAULT_TITLE

        base = _base(request)
        dirs = [store.release_dir(j.id) for j in store.all() if (a := approval(j)) is not None and a.current]
        out = store.root / "feed.xml"
        if dirs:
            await _in_thread(
                lambda: write_feed(
                    dirs, base_url=f"{base}/media/", out=out, title=DEFAULT_TITLE, feed_url=f"{base}/feed.xml"
                )
            )
            body = out.read_bytes()
        else:  # no approved release yet: a valid, empty channel, so apps can subscribe already
            rss = ET.Element("rss", version="2.0")
            channel = ET.SubElement(rss, "channel")
            for tag, text in (
                ("title", DEFAULT_TITLE),
                ("link", f"{base}/"),
                ("description", "尚无已批准的发布"),
                ("language", "zh-cn"),
            ):
                ET.SubElement(channel, tag).text = text
            body = ET.tostring(rss, encoding="utf-8", xml_declaration=True)
        return Response(body, media_type="application/rss+xml; charset=utf-8")

    # ---- files -------------------------------------------------------------------------------

    def release_file(job_id: str, name: str) -> Response:
        job = job_or_404(job_id)
        folder = store.release_dir(job.id)
        if not _safe_name(name) or not (folder / name).is_file():
            raise HTTPException(404, "没有这个文件")
        return FileResponse(folder / name, headers={"Cache-Control": "no-cache"})

    async def files(request: Request) -> Response:
        return release_file(request.path_params["id"], request.path_params["name"])

    async def media(request: Request) -> Response:
        """Files of approved releases flat under one URL, as the feed expects (names carry the id)."""
        name = request.path_params["name"]
        job_id = name.split(".", 1)[0]
        job = store.get(job_id) if valid_id(job_id) else None
        signed = approval(job) if job is not None else None
        if job is None or signed is None or not signed.current:
            raise HTTPException(404, "没有这个文件")
        return release_file(job_id, name)

    # ---- pages -------------------------------------------------------------------------------

    def page(request: Request, template: str, status_code: int = 200, **values: Any) -> Response:
        values.setdefault("error", "")
        html = env.get_template(template).render(token_required=bool(token), logged_in=authorized(request), **values)
        return Response(html, status_code=status_code, media_type="text/html; charset=utf-8", headers=_PAGE_HEADERS)

    async def index(request: Request) -> Response:
        return page(request, "index.html", releases=[status(j) for j in store.all()])

    async def page_create(request: Request) -> Response:
        if (denied := guard(request)) is not None:
            return denied
        try:
            job = await create(request)
        except (InputError, BodyTooLarge) as exc:
            message = TOO_LARGE if isinstance(exc, BodyTooLarge) else _one_line(exc)
            code = 413 if isinstance(exc, BodyTooLarge) else 400
            return page(request, "index.html", code, releases=[status(j) for j in store.all()], error=message)
        return RedirectResponse(f"/releases/{job.id}", status_code=303)

    async def release_page(request: Request) -> Response:
        job = job_or_404(request.path_params["id"])
        info = status(job)
        preview = store.read_json(job.id, "preview")
        embed = ""
        if job.status == "done":
            try:
                embed = (store.release_dir(job.id) / "player-embed.html").read_text(encoding="utf-8")
            except OSError:
                embed = ""
        return page(request, "release.html", job=info, preview=preview, embed=embed, **place_findings(preview))

    async def page_action(request: Request) -> Response:
        if (denied := guard(request)) is not None:
            return denied
        job = job_or_404(request.path_params["id"])
        action = request.path_params["action"]
        error = ""
        form = await request.form(max_files=0, max_fields=5)
        try:
            if action == "approve":
                approve(job, str(form.get("by") or ""))
            elif action == "build":
                runner.submit(job)
            elif action == "cancel":
                runner.cancel(job.id)
            else:
                raise HTTPException(404)
        except InputError as exc:
            error = _one_line(exc)
        except Busy:
            error = "这个发布正在排队或生成中"
        if error:
            job = job_or_404(job.id)
            preview = store.read_json(job.id, "preview")
            return page(
                request,
                "release.html",
                409,
                job=status(job),
                preview=preview,
                embed="",
                error=error,
                **place_findings(preview),
            )
        return RedirectResponse(f"/releases/{job.id}", status_code=303)

    async def save_script(job: Job, text: str) -> Job:
        """Make the edited release script the release's input and build it again."""
        from ..release_script import parse_script

        text = text.replace("\r\n", "\n")
        if not text.strip():
            raise InputError("朗读稿是空的")
        content = text.encode("utf-8")
        if len(content) > MAX_UPLOAD_BYTES:
            raise InputError(f"朗读稿太长（上限 {MAX_UPLOAD_BYTES / 1e6:.0f} MB）")
        await _in_thread(lambda: parse_script(text, source="朗读稿"))  # a mistake is named with its line now
        if runner.busy(job.id):
            raise Busy(job.id)
        job = store.save(store.replace_input(job, content=content, input_kind="script"))
        return runner.submit(job)

    async def script_page(request: Request) -> Response:
        job = job_or_404(request.path_params["id"])
        if request.method == "GET":
            text = str(store.read_json(job.id, "preview").get("script", ""))
            return page(request, "script.html", job=status(job), script=text)
        if (denied := guard(request)) is not None:
            return denied
        form = await request.form(max_files=0, max_fields=2, max_part_size=MAX_UPLOAD_BYTES)
        text = str(form.get("script") or "")
        try:
            job = await save_script(job, text)
        except InputError as exc:
            return page(request, "script.html", 400, job=status(job), script=text, error=_one_line(exc))
        except Busy:
            return page(
                request,
                "script.html",
                409,
                job=status(job),
                script=text,
                error="这个发布正在排队或生成中，请等它结束或取消后再保存",
            )
        return RedirectResponse(f"/releases/{job.id}", status_code=303)

    async def api_script(request: Request) -> Response:
        job = job_or_404(request.path_params["id"])
        if request.method == "GET":
            text = str(store.read_json(job.id, "preview").get("script", ""))
            if not text:
                return JSONResponse({"error": "朗读稿还没有准备好"}, status_code=404)
            return Response(text, media_type="text/markdown; charset=utf-8")
        if (denied := guard(request)) is not None:
            return denied
        try:
            job = await save_script(job, (await request.body()).decode("utf-8"))
        except UnicodeDecodeError:
            return JSONResponse({"error": "朗读稿须是 UTF-8 文本"}, status_code=400)
        except InputError as exc:
            return JSONResponse({"error": _one_line(exc)}, status_code=400)
        except Busy:
            return JSONResponse({"error": "这个发布正在排队或生成中"}, status_code=409)
        return JSONResponse(status(job, _base(request)), status_code=202)

    async def login(request: Request) -> Response:
        if request.method == "GET":
            return page(request, "login.html")
        if not same_origin(request):
            return _error(False, "拒绝跨站请求", 403)
        form = await request.form(max_files=0, max_fields=2)
        given = str(form.get("token") or "")
        if not token or not hmac.compare_digest(given.encode(), token.encode()):
            return page(request, "login.html", 401, error="令牌不对，请重新输入")
        response = RedirectResponse("/", status_code=303)
        response.set_cookie(TOKEN_COOKIE, given, httponly=True, samesite="strict", secure=request.url.scheme == "https")
        return response

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        runner.start()
        try:
            yield
        finally:
            runner.stop()
            listener.close()

    static = resources.files("audiojiedu.studio").joinpath("static")
    routes = [
        Route("/", index),
        Route("/login", login, methods=["GET", "POST"]),
        Route("/releases", page_create, methods=["POST"]),
        Route("/releases/{id}", release_page),
        Route("/releases/{id}/files/{name}", files),
        Route("/releases/{id}/script", script_page, methods=["GET", "POST"]),
        Route("/releases/{id}/{action}", page_action, methods=["POST"]),
        Route("/media/{name}", media),
        Route("/feed.xml", feed),
        Route("/api/releases", api_create, methods=["POST"]),
        Route("/api/releases", api_list, methods=["GET"]),
        Route("/api/releases/{id}", api_get),
        Route("/api/releases/{id}/preview", api_preview),
        Route("/api/releases/{id}/script", api_script, methods=["GET", "PUT"]),
        Route("/api/releases/{id}/segments/{segment}/audio", api_segment_audio),
        Route("/api/releases/{id}/approve", api_approve, methods=["POST"]),
        Route("/api/releases/{id}/build", api_build, methods=["POST"]),
        Route("/api/releases/{id}/cancel", api_cancel, methods=["POST"]),
        Mount("/static", StaticFiles(directory=str(static)), name="static"),
    ]

    async def not_found(request: Request, exc: Exception) -> Response:
        code = exc.status_code if isinstance(exc, HTTPException) else 500
        detail = exc.detail if isinstance(exc, HTTPException) else "内部错误"
        return _error(request.url.path.startswith("/api/"), detail, code)

    async def too_large(request: Request, exc: Exception) -> Response:
        return _too_large(request.scope)

    async def disconnected(request: Request, exc: Exception) -> Response:
        return Response(status_code=400)

    app = Starlette(
        routes=routes,
        lifespan=lifespan,
        exception_handlers={HTTPException: not_found, BodyTooLarge: too_large, ClientDisconnect: disconnected},
    )
    app.add_middleware(LimitBody, limit=MAX_BODY_BYTES)
    app.state.store = store
    app.state.runner = runner
    return app


_PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; frame-ancestors 'self'; object-src 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


def place_findings(preview: dict[str, Any]) -> dict[str, Any]:
    """Preflight findings placed on the sentence whose text contains theirs (the first one);
    those that name no text, or text no sentence has, are listed apart."""
    segments = preview.get("segments") or []
    marks: dict[str, list[str]] = {}
    placed: list[tuple[str, str]] = []
    unplaced: list[str] = []
    for finding in preview.get("findings") or []:
        text = str(finding.get("text") or "")
        where = next((s["id"] for s in segments if text and text in s["written"]), None) if text else None
        if where is None:
            unplaced.append(str(finding.get("message", "")))
        else:
            marks.setdefault(where, []).append(str(finding.get("message", "")))
            placed.append((str(finding.get("message", "")), where))
    return {"marks": marks, "placed": placed, "unplaced": unplaced}


def _error(api: bool, message: str, code: int) -> Response:
    if api:
        return JSONResponse({"error": message}, status_code=code)
    return Response(message, status_code=code, media_type="text/plain; charset=utf-8")


def _busy() -> Response:
    return JSONResponse({"error": "试听的人太多，请稍后再试"}, status_code=503, headers={"Retry-After": "5"})


def _one_line(exc: AudiojieduError) -> str:
    return " ".join(str(exc).split())


def _safe_name(name: str) -> bool:
    return bool(name) and not name.startswith(".") and all(c.isascii() and (c.isalnum() or c in "._-") for c in name)


def _base(request: Request) -> str:
    return str(request.base_url).rstrip("/")


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes}:{secs:02d}"


async def _in_thread(func: Callable[..., Any], *args: Any) -> Any:
    import anyio.to_thread

    return await anyio.to_thread.run_sync(func, *args)
