"""Shared by the studio tests: the studio on a loopback port, a static site, small documents."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
from helpers import static_site  # noqa: F401  (re-exported for the studio tests)

from audiojiedu.studio import RunnerSettings, StudioSettings, create_app

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(__file__).parent / "fixtures" / "corpus"

SHORT_DOC = """关于做好社区养老服务的通知
各街道办事处：
一、工作目标
到2026年底，全区建成社区养老服务站12个。各街道要明确责任人。
二、保障措施
区财政安排专项资金300万元。请于3月31日前报送工作方案。
"""


@contextmanager
def running_studio(data_dir: Path, *, token: str = "", concurrency: int = 1) -> Iterator[str]:
    """The studio app under uvicorn in a thread, on a free loopback port; yields its base URL."""
    import uvicorn

    settings = StudioSettings(
        data_dir=data_dir,
        token=token,
        runner=RunnerSettings(engine="fake", config_path=ROOT / "voices.yaml", jobs=1, concurrency=concurrency),
    )
    server = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the studio did not start")
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def wait_for(base: str, job_id: str, statuses: tuple[str, ...] = ("done", "failed"), timeout: float = 120) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        info = httpx.get(f"{base}/api/releases/{job_id}").json()
        if info["status"] in statuses:
            return info
        if time.monotonic() > deadline:
            raise AssertionError(f"release {job_id} still {info['status']} after {timeout} s: {info}")
        time.sleep(0.2)

# A document with a preflight finding (Latin letters) that an edited reading resolves.
LATIN_DOC = """关于促进数字经济发展的通知
一、发展目标
全区数字经济占GDP比重达到百分之十。
二、工作要求
各部门要加强协作。
"""
