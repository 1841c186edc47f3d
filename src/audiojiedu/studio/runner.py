"""The single-machine job runner: a bounded number of build processes, one per release at a time.

Each job is the worker process (see worker.py) running the library's `build`; this module only
queues, starts, times out, cancels and records. State lives in the store (job.json), so a server
that is killed and restarted loses nothing finished: releases whose manifest exists stay done,
and jobs that were queued or running are queued again (their finished segments are in the
shared cache, so a re-run continues rather than starts over). This is deliberately not a
general queue: a later step can hand the segments to Celery or Ray behind the same worker.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass, replace
from pathlib import Path

from .store import Job, Store

CANCELLED = "已取消"


@dataclass(frozen=True)
class RunnerSettings:
    engine: str = "auto"
    config_path: Path | None = None
    jobs: int = 0  # synthesis processes per build; 0: one per core
    concurrency: int = 1  # builds at once
    max_seconds: float = 3600.0  # per job, from start to finished release


class Busy(Exception):
    """The release already has a job queued or running."""


class Runner:
    def __init__(self, store: Store, settings: RunnerSettings) -> None:
        self.store = store
        self.settings = settings
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._lock = threading.Lock()
        self._running: dict[str, subprocess.Popen[bytes]] = {}
        self._cancelled: set[str] = set()
        self._threads: list[threading.Thread] = []

    def start(self) -> None:
        """Requeue what a previous server left queued or running, then start the workers."""
        for job in sorted(self.store.all(), key=lambda j: j.created):
            if job.status in ("queued", "running"):
                note = "服务器重启后重新排队（已合成的句子会直接复用）" if job.status == "running" else job.note
                self.store.save(replace(job, status="queued", note=note))
                self._queue.put(job.id)
        for n in range(max(1, self.settings.concurrency)):
            thread = threading.Thread(target=self._work, name=f"studio-job-{n}", daemon=True)
            thread.start()
            self._threads.append(thread)

    def stop(self) -> None:
        """Stop the workers; running builds are killed and will be requeued by the next start."""
        for _ in self._threads:
            self._queue.put(None)
        with self._lock:
            for process in self._running.values():
                _kill(process)
        for thread in self._threads:
            thread.join(timeout=10)
        self._threads.clear()

    def submit(self, job: Job) -> Job:
        """Queue a (re)build of `job`; Busy when it is already queued or running."""
        with self._lock:
            current = self.store.get(job.id) or job
            if current.status == "running" or job.id in self._running or self._is_pending(job.id):
                raise Busy(job.id)
            self._cancelled.discard(job.id)
            job = self.store.save(replace(current, status="queued", error="", note=""))
        self._queue.put(job.id)
        return job

    def busy(self, job_id: str) -> bool:
        with self._lock:
            job = self.store.get(job_id)
            return (job is not None and job.status == "running") or job_id in self._running or self._is_pending(job_id)

    def _is_pending(self, job_id: str) -> bool:
        with self._queue.mutex:
            return job_id in self._queue.queue

    def cancel(self, job_id: str) -> Job | None:
        """Stop a queued or running job; it ends as failed with the error 已取消."""
        with self._lock:
            job = self.store.get(job_id)
            if job is None or job.status not in ("queued", "running"):
                return job
            self._cancelled.add(job_id)
            process = self._running.get(job_id)
            if process is None:
                with self._queue.mutex:
                    if job_id in self._queue.queue:
                        self._queue.queue.remove(job_id)
                job = self.store.save(replace(job, status="failed", error=CANCELLED))
        if process is not None:
            _kill(process)
        return job

    def _work(self) -> None:
        while True:
            job_id = self._queue.get()
            if job_id is None:
                return
            try:
                self._run(job_id)
            except Exception as exc:
                job = self.store.get(job_id)
                if job is not None:
                    self.store.save(replace(job, status="failed", error=f"内部错误：{type(exc).__name__}: {exc}"))

    def _run(self, job_id: str) -> None:
        settings = self.settings
        with self._lock:
            job = self.store.get(job_id)
            if job is None or job.status != "queued" or job_id in self._cancelled:
                return
            self.store.clear_run_files(job_id)
            job = self.store.save(replace(job, status="running", builds=job.builds + 1))
            folder = self.store.folder(job_id)
            command = [
                sys.executable,
                "-m",
                "audiojiedu.studio.worker",
                str(folder),
                str(self.store.input_path(job)),
                "--engine",
                settings.engine,
                "--cache-dir",
                str(self.store.cache_dir),
                "--jobs",
                str(settings.jobs),
                "--parent",
                str(os.getpid()),
                "--name",
                job.source_name or "文档",
            ]
            if settings.config_path is not None:
                command += ["--config", str(settings.config_path)]
            with open(folder / "worker.log", "ab") as log:
                process = subprocess.Popen(
                    command, stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True
                )
            self._running[job_id] = process
        timed_out = False
        try:
            process.wait(timeout=settings.max_seconds)
        except subprocess.TimeoutExpired:
            timed_out = True
            _kill(process)
        with self._lock:
            self._running.pop(job_id, None)
            cancelled = job_id in self._cancelled
            self._cancelled.discard(job_id)
            job = self.store.get(job_id) or job
            if cancelled:
                job = replace(job, status="failed", error=CANCELLED)
            elif timed_out:
                minutes = settings.max_seconds / 60
                job = replace(job, status="failed", error=f"超过单个任务的时限（{minutes:g} 分钟），已停止")
            elif process.returncode == 0 and self.store.finished(job_id):
                job = replace(job, status="done", error="", note="")
            else:
                error = str(self.store.read_json(job_id, "result").get("error", ""))
                job = replace(job, status="failed", error=error or f"生成进程意外退出（代码 {process.returncode}）")
            self.store.save(job)


def _kill(process: subprocess.Popen[bytes]) -> None:
    """Kill the job's whole process group (the worker and its synthesis pool)."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    process.wait()
