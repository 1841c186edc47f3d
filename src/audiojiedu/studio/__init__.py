"""The studio: a web app for staff and an HTTP API for the site's CMS (`audiojiedu serve`).

Stack: Starlette on uvicorn, python-multipart for uploads, Jinja2 (autoescape on) for pages.
Starlette is a small, well-kept ASGI toolkit (the core FastAPI is built on) that already does
what the API contract needs — streamed file responses with HTTP Range requests for seeking,
multipart parsing with limits, a lifespan hook to start and stop the job runner — without an
ORM or a framework's worth of conventions; uvicorn is its standard server. The heavy work is
not done in the server at all: each build runs the library's `build` in a worker process
(runner.py, worker.py), so the studio, the API and the CLI always agree.

    app.py      routes: staff pages, JSON API, release files, feed
    store.py    the data directory: one folder per release, job state in job.json
    runner.py   queue of builds with bounded concurrency, cancel, time limit, restart recovery
    worker.py   one job: document in, release folder out (the library's build)
    intake.py   uploads, pasted text and fetched pages checked before they become releases
"""

from __future__ import annotations

from .app import StudioSettings, create_app
from .runner import RunnerSettings

__all__ = ["RunnerSettings", "StudioSettings", "create_app", "is_loopback"]


def is_loopback(host: str) -> bool:
    """True for addresses only this machine can reach (binding there needs no token)."""
    import ipaddress

    if host in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
