"""The library's main entry: build documents into releases.

ingest -> outline -> script (normalize) -> synthesize missing segments -> assemble MP3 frames
-> ID3 -> captions, chapters, player, review -> manifest.json (written last: a folder whose
manifest is missing is not a finished release).
"""

from __future__ import annotations

import fcntl
import os
import re
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .audio.assemble import Clip, Part, Silence, assemble, frame_ms, frame_offsets
from .audio.id3 import render_tags
from .audio.mp3 import release_format
from .cache import Entry, SegmentCache, cache_key, default_cache_dir
from .config import Config
from .engines import Engine, capabilities, choose_engine
from .errors import AudiojieduError, ConfigError, InputError, OutputError
from .manifest import MANIFEST_NAME, write_manifest
from .model import Chapter, Document, Finding, Release, Section, Segment, TimedSegment
from .synth import Job, Synthesizer

# About 22 hours of speech at 5 characters a second. A longer "document" is almost always a
# mistake (a whole archive pasted into one file), and ID3 chapter times top out near 49 days.
MAX_CHARACTERS = 400_000
SUPPORTED_SUFFIXES = (".txt", ".text", ".html", ".htm", ".shtml", ".docx", ".pdf")
Say = Callable[[str], None]


@dataclass(frozen=True)
class BuildOptions:
    config: Config
    engine: str = "auto"
    out_dir: Path | None = None  # the release folder (one input) or the parent of release folders
    cache_dir: Path | None = None
    jobs: int = 0  # 0: one per core
    progress: bool = True


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


def expand_inputs(inputs: Sequence[Path]) -> list[Path]:
    """Files as given; a folder stands for the supported documents inside it, sorted."""
    out: list[Path] = []
    for path in inputs:
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)
            if not found:
                raise InputError(f"{path}: folder holds no .txt, .html, .docx or .pdf documents")
            out.extend(found)
        else:
            out.append(path)
    return out


def slug_for(path: Path) -> str:
    """An ASCII file name for the release: the input's name, in pinyin when it is Chinese."""
    from .release_script import SUFFIX, is_script_path

    stem = path.name[: -len(SUFFIX)] if is_script_path(path) else path.stem  # a script rebuilds its release
    if not stem.isascii():
        from pypinyin import lazy_pinyin

        stem = "-".join(lazy_pinyin(stem))
    slug = re.sub(r"[^A-Za-z0-9]+", "-", stem).strip("-").lower()[:80].strip("-")
    return slug or "release"


def build(inputs: Sequence[Path], options: BuildOptions, *, say: Say) -> list[BuildReport]:
    """Build every input with one engine, one cache and one worker pool; one bad document does
    not stop the others (its report carries the error). Engine and config errors stop all."""
    from .lexicon import load_lexicon

    paths = expand_inputs(inputs)
    config = options.config
    lexicon = load_lexicon(config.lexicon_path)
    engine = choose_engine(options.engine, say=say, lexicon=lexicon)
    cache = SegmentCache(options.cache_dir or default_cache_dir())
    cores = os.cpu_count() or 1
    jobs = options.jobs or cores
    # Worker processes share the cores; each gets its share of threads (engines that take them).
    engine_options: dict[str, Any] = {"lexicon": lexicon, "threads": max(1, cores // jobs)}
    reports: list[BuildReport] = []
    with Synthesizer(engine, engine_options=engine_options, cache=cache, audio=config.audio, jobs=jobs) as synth:
        for path in paths:
            if len(paths) == 1:
                out_dir = options.out_dir
            else:
                out_dir = (options.out_dir / slug_for(path)) if options.out_dir else None
            try:
                reports.append(_build_one(path, out_dir, engine, synth, cache, lexicon, options, say))
            except AudiojieduError as exc:
                if len(paths) == 1 or _stops_batch(exc):
                    raise
                say(f"{path}: error: {exc}")
                reports.append(BuildReport(source=str(path), error=str(exc)))
    return reports


def _stops_batch(exc: AudiojieduError) -> bool:
    from .errors import EngineUnavailable
    from .synth import Interrupted

    return isinstance(exc, (ConfigError, EngineUnavailable, Interrupted))


def load_document(path: Path) -> Document:
    from .ingest import read_document
    from .outline import parse_outline
    from .release_script import is_script_path, read_script

    if is_script_path(path):  # staff's edited release script: already outlined
        return read_script(path)
    return parse_outline(read_document(path))


def plan(doc: Document, config: Config, *, engine_name: str, lexicon: Any = None) -> list[Segment]:
    """The segments of a document as this engine will speak them (the `script` command)."""
    from .normalize import normalize_text
    from .script import plan_segments

    # Engines without phoneme control get the lexicon as a text rewrite; one that takes pinyin
    # applies it as a pinyin override instead (see engines/offline.py).
    takes_pinyin = capabilities(engine_name).takes_pinyin
    respell = lexicon.respell if (lexicon is not None and not takes_pinyin) else None
    return plan_segments(doc, config, normalize=normalize_text, respell=respell, takes_pinyin=takes_pinyin)


def _build_one(
    path: Path,
    out_dir: Path | None,
    engine: Engine,
    synth: Synthesizer,
    cache: SegmentCache,
    lexicon: Any,
    options: BuildOptions,
    say: Say,
) -> BuildReport:
    started = time.perf_counter()
    config = options.config
    doc = load_document(path)
    _check_length(doc, path)
    slug = slug_for(path)
    out_dir = out_dir or Path("out") / slug
    report = BuildReport(source=str(path), out_dir=out_dir, engine=engine.name, warnings=list(doc.warnings))
    segments = plan(doc, config, engine_name=engine.name, lexicon=lexicon)
    if not any(s.role in ("body", "heading") for s in segments):
        raise InputError(f"{path}: nothing to read aloud after the title (no body text found)")
    from .preflight import check_segments

    report.findings = check_segments(doc, segments, engine=engine.name, lexicon=lexicon)

    keys: list[str] = []
    jobs: dict[str, Job] = {}
    entries: dict[str, Entry] = {}
    version = engine.version()
    # An engine that reads the lexicon as pinyin makes audio that depends on it.
    lexicon_digest = lexicon.digest() if engine.capabilities.takes_pinyin and lexicon is not None else ""
    checked: set[str] = set()
    discarded_before = len(cache.discarded)
    for segment in segments:
        prosody = config.prosody(engine.name, segment.role)
        if prosody.voice not in checked:
            try:
                engine.check_voice(prosody.voice)
            except ConfigError as exc:  # say where the voice was set
                raise ConfigError(f"{config.source}: voices.{engine.name}.{segment.role}.voice: {exc}") from None
            checked.add(prosody.voice)
        key = cache_key(
            {
                "engine": engine.name,
                "engine_version": version,
                "voice": prosody.voice,
                "rate": prosody.rate_text,
                "pitch": prosody.pitch_text,
                "volume": prosody.volume_text,
                "text": segment.spoken,
                "lexicon": lexicon_digest,
                "bitrate": config.audio.bitrate_kbps,
                "sample_rate": config.audio.sample_rate,
                "loudness": config.audio.loudness_lufs,
                "true_peak": config.audio.true_peak_dbtp,
            }
        )
        keys.append(key)
        if key in entries or key in jobs:
            continue
        entry = cache.get(key)
        if entry is None:
            jobs[key] = Job(key=key, text=segment.spoken, prosody=prosody, label=segment.id)
        else:
            entries[key] = entry
    report.discarded = len(cache.discarded) - discarded_before
    if report.discarded:
        say(f"{path}: {report.discarded} corrupt cache entries were discarded and will be synthesized again")
    report.segments = len(segments)
    report.cached = len(entries)
    report.synthesized = len(jobs)

    with _progress(len(jobs), enabled=options.progress and bool(jobs), label=slug) as tick:
        entries.update(synth.run(list(jobs.values()), progress=tick))

    segments = _with_skipped(segments, keys, entries, report)
    release = _write_release(doc, segments, keys, entries, engine, out_dir, slug, config, report)
    report.duration_ms = release.duration_ms
    report.chapters = len(release.chapters)
    report.wall_seconds = time.perf_counter() - started
    return report


def _with_skipped(
    segments: list[Segment], keys: list[str], entries: dict[str, Entry], report: BuildReport
) -> list[Segment]:
    """Add what the voice skipped to each segment's unknown symbols, so the review lists it."""
    out: list[Segment] = []
    skipped_all: list[str] = []
    for segment, key in zip(segments, keys):
        skipped = [c for c in entries[key].skipped if c not in segment.unknown]
        if skipped:
            skipped_all.extend(skipped)
            segment = replace(segment, unknown=segment.unknown + tuple(dict.fromkeys(skipped)))
        out.append(segment)
    if skipped_all:
        shown = "".join(dict.fromkeys(skipped_all))[:20]
        report.warnings.append(
            f"{len(skipped_all)} characters the voice cannot speak were left out ({shown}); see review.tsv"
        )
    return out


def _check_length(doc: Document, path: Path) -> None:
    def chars(sections: tuple[Section, ...]) -> int:
        return sum(len(s.heading) + sum(map(len, s.paragraphs)) + chars(s.sections) for s in sections)

    total = sum(map(len, doc.preface)) + chars(doc.sections)
    if total > MAX_CHARACTERS:
        hours = total / 5 / 3600
        raise InputError(
            f"{path}: too long to read as one release ({total:,} characters, about {hours:.0f} hours of "
            f"speech; the limit is {MAX_CHARACTERS:,}); split it into parts"
        )


@contextmanager
def _progress(total: int, *, enabled: bool, label: str) -> Iterator[Callable[[Entry], None]]:
    if not enabled:
        yield lambda entry: None
        return
    from tqdm import tqdm

    seconds = 0.0
    with tqdm(total=total, unit="seg", desc=label[:24], dynamic_ncols=True, leave=False) as bar:

        def tick(entry: Entry) -> None:
            nonlocal seconds
            seconds += float(entry.meta.get("seconds", 0.0))
            bar.set_postfix_str(f"{seconds / 60:.1f} min audio", refresh=False)
            bar.update(1)

        yield tick


@contextmanager
def _locked(out_dir: Path) -> Iterator[None]:
    """One build at a time writes into a release folder; others wait their turn."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        handle = open(out_dir / ".audiojiedu.lock", "a")
    except OSError as exc:
        raise OutputError(f"cannot write in {out_dir}: {exc.strerror or exc}") from None
    with handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _write_release(
    doc: Document,
    segments: list[Segment],
    keys: list[str],
    entries: dict[str, Entry],
    engine: Engine,
    out_dir: Path,
    slug: str,
    config: Config,
    report: BuildReport,
) -> Release:
    fmt = release_format(bitrate_kbps=config.audio.bitrate_kbps, sample_rate=config.audio.sample_rate)
    parts: list[Part] = []
    for segment, key in zip(segments, keys):
        entry = entries[key]
        parts.append(Clip(read=entry.read_frames, frame_count=entry.frame_count))
        parts.append(Silence(segment.pause_after_ms))
    # Timings are exact frame counts, so they are known before a byte is written.
    starts = frame_offsets(parts, fmt)
    duration_ms = frame_ms(starts[-1], fmt)

    timed = tuple(
        TimedSegment(
            id=segment.id,
            section_path=segment.section_path,
            role=segment.role,
            written=segment.written,
            spoken=segment.spoken,
            start_ms=frame_ms(starts[2 * i], fmt),
            end_ms=frame_ms(starts[2 * i] + entries[key].frame_count, fmt),
            engine=engine.name,
            voice=str(entries[key].meta.get("voice", "")),
            cache_key=key,
            paragraph=segment.paragraph,
        )
        for i, (segment, key) in enumerate(zip(segments, keys))
    )
    chapter_starts = [(i, s) for i, s in enumerate(segments) if s.chapter_title is not None]
    chapters: list[Chapter] = []
    for n, (i, segment) in enumerate(chapter_starts):
        start = timed[i].start_ms if n else 0
        end = timed[chapter_starts[n + 1][0]].start_ms if n + 1 < len(chapter_starts) else duration_ms
        chapters.append(Chapter(segment.chapter_title or "", start, end, segment.chapter_depth, segment.id))

    audio_name = f"{slug}.mp3"
    release = Release(
        slug=slug,
        title=doc.title,
        metadata=dict(doc.metadata),
        duration_ms=duration_ms,
        engine=engine.name,
        segments=timed,
        chapters=tuple(chapters),
        files={"audio": audio_name},
    )
    with _locked(out_dir):
        # A stale manifest must not vouch for the new files while they are being replaced.
        try:
            (out_dir / MANIFEST_NAME).unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise OutputError(f"cannot write in {out_dir}: {exc.strerror or exc}") from None
        assemble(
            parts,
            out_dir / audio_name,
            fmt=fmt,
            tag=render_tags(title=doc.title, metadata=doc.metadata, chapters=chapters),
        )
        from .preflight import place_in_release

        flags = place_in_release(report.findings, document=doc, release=release, config=config)
        report.findings = [flag.finding for flag in flags]  # long chapters now timed, not estimated
        files = dict(release.files)
        script_name = Path(doc.script.path).name if doc.script is not None else ""
        files.update(_publish(release, segments, out_dir, slug, doc.title, flags, script_name))
        release = Release(**{**release.__dict__, "files": files})
        totals = {
            "segments": report.segments,
            "synthesized": report.synthesized,
            "cached": report.cached,
            "discarded": report.discarded,
            "chapters": len(chapters),
            "audio_seconds": duration_ms / 1000,
            "source": report.source,
            "warnings": report.warnings,
        }
        from .release_script import manifest_record

        if doc.script is not None:  # built from a staff-edited release script
            totals["script"] = manifest_record(doc)
        write_manifest(release, out_dir, totals=totals)
    report.audio = out_dir / audio_name
    return release


def _publish(
    release: Release,
    segments: list[Segment],
    out_dir: Path,
    slug: str,
    title: str,
    flags: Sequence[Any] = (),
    script_name: str = "",
) -> dict[str, str]:
    """Captions, chapters, player page and the review files; returns their names by role."""
    from . import publish
    from .review import write_review

    paths = [
        publish.write_captions(release, out_dir),
        *publish.write_chapters(release, out_dir),
        *publish.write_player(release, out_dir),
        *write_review(segments, out_dir, slug=slug, title=title, flags=flags, audio=release.files["audio"],
                      script_name=script_name),
    ]
    written: dict[str, str] = {}
    for path in paths:
        name = Path(path).name
        # <slug>.vtt -> captions, <slug>.chapters.json -> chapters_json, player-embed.html -> player_embed_html
        stem = name[len(slug) :].lstrip(".") if name.startswith(slug + ".") else name
        key = {"vtt": "captions", "txt": "transcript"}.get(stem, stem.replace(".", "_").replace("-", "_"))
        written[key] = name
    return written
