"""One studio job, run in its own process: `python -m audiojiedu.studio.worker FOLDER INPUT ...`.

The job interface is narrow on purpose — a document in, a release folder out — and the work
is the library's own `build`, exactly as the CLI runs it (same cache, same worker pool). A
separate process per job lets the server cancel it or stop it at its time limit by killing one
process group, and keeps a hostile document from taking the server down with it.

The worker writes only inside its release's folder: preview.json (what the studio shows
beside the script), progress.json (for the progress bar) and result.json (the outcome). It
exits when the server that started it goes away, so a restarted server never races an orphan.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
import time
from pathlib import Path
from typing import Any

from ..fsutil import atomic_write

PROGRESS_INTERVAL = 0.5  # seconds between progress.json writes


def _write(path: Path, data: dict[str, Any]) -> None:
    atomic_write(path, json.dumps(data, ensure_ascii=False))


def _exit_with_parent(parent: int) -> None:
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os.killpg(os.getpgrp(), signal.SIGKILL)  # the synthesis pool goes with us

    threading.Thread(target=watch, daemon=True).start()


def preview(document: Any, config: Any, *, engine_name: str) -> dict[str, Any]:
    """Title, metadata, outline, the segments, the preflight findings and the release script,
    as the studio shows them beside each other."""
    from ..build import plan
    from ..lexicon import load_lexicon
    from ..outline import outline_to_json
    from ..preflight import check_segments
    from ..release_script import render_script

    # `auto` settles on an engine only when the build starts; until then, check for the
    # offline voice, which is what `auto` falls back to and the stricter of the two.
    engine_name = "offline" if engine_name == "auto" else engine_name
    lexicon = load_lexicon(config.lexicon_path)
    segments = plan(document, config, engine_name=engine_name, lexicon=lexicon)
    data = outline_to_json(document)
    findings = check_segments(document, segments, engine=engine_name, lexicon=lexicon)
    data["findings"] = [{"kind": f.kind, "message": f.message, "text": f.text} for f in findings]
    if document.script is not None:
        data["script"] = Path(document.script.path).read_text(encoding="utf-8")
    else:
        data["script"] = render_script(document, opening=config.opening, closing=config.closing)
    data["segments"] = [
        {
            "id": s.id,
            "role": s.role,
            "written": s.written,
            "spoken": s.spoken,
            "chapter": s.chapter_title,
            "depth": s.chapter_depth,
            "unknown": list(s.unknown),
            "rewrites": [[r.written, r.spoken] for r in s.rewrites],
        }
        for s in segments
    ]
    return data


def run_job(folder: Path, source: Path, *, engine: str, config_path: Path | None, cache_dir: Path, jobs: int) -> None:
    from ..build import BuildOptions, Progress, build, load_document
    from ..config import load_config

    config = load_config(config_path)
    document = load_document(source, max_table_rows=config.max_table_rows)
    _write(folder / "preview.json", preview(document, config, engine_name=engine))
    started = time.time()
    last = 0.0

    def on_progress(progress: Progress) -> None:
        nonlocal last
        done, total, seconds = progress.done, progress.total, progress.audio_seconds
        now = time.time()
        if done < total and now - last < PROGRESS_INTERVAL:
            return
        last = now
        _write(
            folder / "progress.json",
            {"done": done, "total": total, "audio_seconds": round(seconds, 1), "started": started, "updated": now},
        )

    options = BuildOptions(
        config=config,
        engine=engine,
        out_dir=folder / "release",
        cache_dir=cache_dir,
        jobs=jobs,
    )
    (report,) = build([source], options, say=lambda message: None, progress=on_progress)
    _write(
        folder / "result.json",
        {"ok": True, "engine": report.engine, "duration_ms": report.duration_ms, "warnings": report.warnings},
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="audiojiedu.studio.worker")
    parser.add_argument("folder", type=Path)
    parser.add_argument("source", type=Path)
    parser.add_argument("--engine", default="auto")
    parser.add_argument("--config", type=Path, default=None)
    parser.add_argument("--cache-dir", type=Path, required=True)
    parser.add_argument("--jobs", type=int, default=0)
    parser.add_argument("--parent", type=int, default=0)
    parser.add_argument("--name", default="文档", help="the document's name in messages")
    args = parser.parse_args(argv)
    if args.parent:
        _exit_with_parent(args.parent)
    from ..errors import AudiojieduError

    try:
        run_job(
            args.folder,
            args.source,
            engine=args.engine,
            config_path=args.config,
            cache_dir=args.cache_dir,
            jobs=args.jobs,
        )
    except AudiojieduError as exc:
        # The server's paths are nobody's business: the message names the document as staff do.
        message = " ".join(str(exc).replace(str(args.source), args.name).split())
        _write(args.folder / "result.json", {"error": message})
        return 1
    except Exception as exc:  # a bug: one line for the page; the traceback goes to the server's log
        _write(args.folder / "result.json", {"error": f"内部错误：{type(exc).__name__}: {exc}"})
        raise
    return 0


if __name__ == "__main__":
    sys.exit(main())
