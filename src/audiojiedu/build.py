"""The library's main entry: build documents into releases, stage after stage.

ingest -> outline -> script (normalize) -> synthesize missing segments into the cache -> place
them on the timeline -> assemble the MP3 with its ID3 chapters -> captions, chapters, player,
review -> manifest.json (written last: a folder whose manifest is missing is not a finished release).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .audio.assemble import Clip, assemble
from .audio.id3 import render_tags
from .audio.mp3 import release_format
from .cache import Entry, SegmentCache, default_cache_dir
from .config import Config
from .engines import Engine, choose_engine
from .errors import AudiojieduError, ConfigError, EngineUnavailable, InputError, TimeLimitExceeded
from .fsutil import locked_folder
from .manifest import remove_manifest, write_manifest
from .model import Document, Finding, Release, Segment
from .preflight import check_segments, place_in_release
from .review import note_skipped
from .script import plan
from .sources import check_length, expand_inputs, load_document, slug_for
from .synth import Interrupted, Job, Synthesizer, segment_keys
from .timeline import place_segments

__all__ = ["BuildOptions", "BuildReport", "Progress", "build", "load_document", "plan"]

Say = Callable[[str], None]


@dataclass(frozen=True)
class BuildOptions:
    config: Config
    engine: str = "auto"
    out_dir: Path | None = None  # the release folder (one input) or the parent of release folders
    cache_dir: Path | None = None
    jobs: int = 0  # 0: one per core


@dataclass(frozen=True)
class Progress:
    """Reported after each newly synthesized segment (and once with done=0 before the first)."""

    release: str  # the release's slug
    done: int
    total: int
    audio_seconds: float  # of the segments done so far


@dataclass
class BuildReport:
    source: str
    out_dir: Path | None = None
    audio: Path | None = None
    engine: str = ""
    duration_ms: int = 0
    chapters: int = 0
    segments: int = 0
    synthesized: int = 0
    cached: int = 0
    discarded: int = 0
    wall_seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)  # preflight (see preflight.py)
    error: str | None = None


def build(
    inputs: Sequence[Path], options: BuildOptions, *, say: Say, progress: Callable[[Progress], None] | None = None
) -> list[BuildReport]:
    """Build every input with one engine, one cache and one worker pool; one bad document does
    not stop the others (its report carries the error). Engine and config errors stop all."""
    from .lexicon import load_lexicon

    paths = expand_inputs(inputs)
    lexicon = load_lexicon(options.config.lexicon_path)
    engine = choose_engine(options.engine, say=say, lexicon=lexicon)
    cache = SegmentCache(options.cache_dir or default_cache_dir())
    jobs = options.jobs or os.cpu_count() or 1
    # Worker processes share the cores; each gets its share of threads (engines that take them).
    engine_options: dict[str, Any] = {"lexicon": lexicon, "threads": max(1, (os.cpu_count() or 1) // jobs)}
    reports: list[BuildReport] = []
    with Synthesizer(
        engine, engine_options=engine_options, cache=cache, audio=options.config.audio, jobs=jobs
    ) as synth:
        for path in paths:
            out_dir = options.out_dir if len(paths) == 1 else options.out_dir and options.out_dir / slug_for(path)
            try:
                reports.append(_build_one(path, out_dir, engine, synth, lexicon, options, say, progress))
            except AudiojieduError as exc:
                if len(paths) == 1 or isinstance(exc, (ConfigError, EngineUnavailable, Interrupted, TimeLimitExceeded)):
                    raise
                say(f"{path}: error: {exc}")
                reports.append(BuildReport(source=str(path), error=str(exc)))
    return reports


def _build_one(
    path: Path,
    out_dir: Path | None,
    engine: Engine,
    synth: Synthesizer,
    lexicon: Any,
    options: BuildOptions,
    say: Say,
    progress: Callable[[Progress], None] | None,
) -> BuildReport:
    started = time.perf_counter()
    config = options.config
    doc = load_document(path, max_table_rows=config.max_table_rows)
    check_length(doc, path)
    slug = slug_for(path)
    out_dir = out_dir or Path("out") / slug
    report = BuildReport(source=str(path), out_dir=out_dir, engine=engine.name, warnings=list(doc.warnings))
    segments = plan(doc, config, engine_name=engine.name, lexicon=lexicon)
    if not any(s.role in ("body", "heading") for s in segments):
        raise InputError(f"{path}: nothing to read aloud after the title (no body text found)")

    jobs: dict[str, Job] = {}
    entries: dict[str, Entry] = {}
    keys = segment_keys(segments, engine, lexicon=lexicon, config=config)
    discarded_before = len(synth.cache.discarded)
    for segment, (key, prosody) in zip(segments, keys):
        if key not in entries and key not in jobs:
            entry = synth.cache.get(key)
            if entry is None:
                jobs[key] = Job(key=key, text=segment.spoken, prosody=prosody, label=segment.id)
            else:
                entries[key] = entry
    report.discarded = len(synth.cache.discarded) - discarded_before
    if report.discarded:
        say(f"{path}: {report.discarded} corrupt cache entries were discarded and will be synthesized again")
    report.segments, report.cached, report.synthesized = len(segments), len(entries), len(jobs)

    done, seconds = 0, 0.0

    def tick(entry: Entry) -> None:
        nonlocal done, seconds
        done, seconds = done + 1, seconds + float(entry.meta.get("seconds", 0.0))
        if progress is not None:
            progress(Progress(slug, done, len(jobs), seconds))

    if progress is not None and jobs:
        progress(Progress(slug, 0, len(jobs), 0.0))
    entries.update(synth.run(list(jobs.values()), progress=tick))

    ordered = [entries[key] for key, _ in keys]
    segments, warning = note_skipped(segments, [entry.skipped for entry in ordered])
    report.warnings += [warning] if warning else []
    # What the voice skipped is in each segment's `unknown` now: no need to ask its front end.
    report.findings = check_segments(doc, segments, engine=engine.name, lexicon=lexicon, skips_known=True)
    release = _write_release(doc, segments, ordered, engine, out_dir, slug, config, report)
    report.duration_ms, report.chapters = release.duration_ms, len(release.chapters)
    report.wall_seconds = time.perf_counter() - started
    return report


def _write_release(
    doc: Document,
    segments: list[Segment],
    entries: list[Entry],
    engine: Engine,
    out_dir: Path,
    slug: str,
    config: Config,
    report: BuildReport,
) -> Release:
    from .publish import write_captions, write_chapters, write_player
    from .release_script import manifest_record
    from .review import write_review

    fmt = release_format(bitrate_kbps=config.audio.bitrate_kbps, sample_rate=config.audio.sample_rate)
    clips = [Clip(read=e.read_frames, frame_count=e.frame_count) for e in entries]
    placed = place_segments(
        segments,
        clips,
        fmt=fmt,
        engine=engine.name,
        keys=[e.key for e in entries],
        voices=[str(e.meta.get("voice", "")) for e in entries],
    )
    audio_name = f"{slug}.mp3"
    release = Release(
        slug=slug,
        title=doc.title,
        metadata=dict(doc.metadata),
        duration_ms=placed.duration_ms,
        engine=engine.name,
        segments=placed.segments,
        chapters=placed.chapters,
        files={"audio": audio_name},
    )
    with locked_folder(out_dir):
        remove_manifest(out_dir)  # a stale one must not vouch for files while they are replaced
        tag = render_tags(title=doc.title, metadata=doc.metadata, chapters=list(placed.chapters))
        assemble(list(placed.parts), out_dir / audio_name, fmt=fmt, tag=tag)
        flags = place_in_release(report.findings, document=doc, release=release, config=config)
        report.findings = [flag.finding for flag in flags]  # long chapters now timed, not estimated
        script_name = Path(doc.script.path).name if doc.script is not None else ""
        written = {
            **write_captions(release, out_dir),
            **write_chapters(release, out_dir),
            **write_player(release, out_dir),
            **write_review(
                segments, out_dir, slug=slug, title=doc.title, flags=flags, audio=audio_name, script_name=script_name
            ),
        }
        release = replace(release, files={"audio": audio_name, **{role: p.name for role, p in written.items()}})
        totals = {
            "segments": report.segments,
            "synthesized": report.synthesized,
            "cached": report.cached,
            "discarded": report.discarded,
            "chapters": len(release.chapters),
            "audio_seconds": release.duration_ms / 1000,
            "source": report.source,
            "warnings": report.warnings,
        }
        if doc.script is not None:  # built from a staff-edited release script
            totals["script"] = manifest_record(doc)
        write_manifest(release, out_dir, totals=totals)
    report.audio = out_dir / audio_name
    return release
