"""Synthesize the segments a release lacks, on every core, straight into the cache.

Each job runs synthesize -> loudness -> the one MP3 encode -> atomic cache write inside the
worker, so a finished segment is safe on disk the moment it is done: a crash or Ctrl-C loses
nothing finished. CPU engines run in a process pool (one engine per worker, loaded once);
network engines in a bounded thread pool. One Synthesizer serves every document of a batch.
"""

from __future__ import annotations

import concurrent.futures as cf
import multiprocessing
import signal
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .cache import Entry, SegmentCache, SegmentKey
from .config import AudioConfig, Config
from .engines import Engine, create_engine
from .errors import AudiojieduError, ConfigError, SynthesisError
from .model import Prosody, Segment


@dataclass(frozen=True)
class Job:
    key: str
    text: str
    prosody: Prosody
    label: str  # the segment id, for messages


def segment_keys(
    segments: Sequence[Segment], engine: Engine, *, lexicon: Any, config: Config
) -> list[tuple[str, Prosody]]:
    """(cache key, prosody) of each segment; each voice is checked once, naming where it was set."""
    version = engine.version()
    # An engine that reads the lexicon as pinyin makes audio that depends on it.
    lexicon_digest = lexicon.digest() if engine.capabilities.takes_pinyin and lexicon is not None else ""
    checked: set[str] = set()
    out: list[tuple[str, Prosody]] = []
    for segment in segments:
        prosody = config.prosody(engine.name, segment.role)
        if prosody.voice not in checked:
            try:
                engine.check_voice(prosody.voice)
            except ConfigError as exc:  # say where the voice was set
                raise ConfigError(f"{config.source}: voices.{engine.name}.{segment.role}.voice: {exc}") from None
            checked.add(prosody.voice)
        key = SegmentKey.of(
            engine=engine.name,
            engine_version=version,
            prosody=prosody,
            text=segment.spoken,
            lexicon=lexicon_digest,
            audio=config.audio,
        )
        out.append((key.digest(), prosody))
    return out


class Interrupted(AudiojieduError):
    """Ctrl-C: the build stopped; finished segments are in the cache."""


Progress = Callable[[Entry], None]

_worker: dict[str, Any] = {}


def _init_worker(engine_name: str, options: dict[str, Any], cache_root: str, audio: AudioConfig) -> None:
    # Ctrl-C is the parent's to handle: a worker finishes (and caches) the segment it is on.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker["engine"] = create_engine(engine_name, **options)
    _worker["cache"] = SegmentCache(Path(cache_root))
    _worker["audio"] = audio


def _render_in_worker(job: Job) -> Entry:
    return render(job, _worker["engine"], _worker["cache"], _worker["audio"])


def render(job: Job, engine: Engine, cache: SegmentCache, audio: AudioConfig) -> Entry:
    from .audio.encode import encode_speech  # numpy/scipy: only where audio is made

    started = time.perf_counter()
    try:
        speech = engine.synthesize(job.text, job.prosody)
    except AudiojieduError as exc:  # name the segment, so staff can find it
        raise type(exc)(f"segment {job.label}: {exc}") from None
    except Exception as exc:  # an engine bug must still name the segment
        raise SynthesisError(f"segment {job.label} ({job.text[:20]}…): {type(exc).__name__}: {exc}") from None
    encoded = encode_speech(speech, audio)
    meta = {
        "frame_count": encoded.frame_count,
        "seconds": encoded.seconds,
        "engine": engine.name,
        "engine_version": engine.version(),
        "voice": job.prosody.voice,
        "text": job.text,
        "marks": [[m.start, m.end, m.text] for m in speech.marks],
        # characters the voice could not speak (e.g. rare CJK extensions): reported, never silent
        "skipped": list(speech.skipped),
        "render_seconds": round(time.perf_counter() - started, 4),
    }
    return cache.put(job.key, encoded.frames, meta)


class Synthesizer:
    def __init__(
        self,
        engine: Engine,
        *,
        engine_options: dict[str, Any],
        cache: SegmentCache,
        audio: AudioConfig,
        jobs: int,
    ) -> None:
        self.engine = engine
        self.engine_options = engine_options
        self.cache = cache
        self.audio = audio
        self.jobs = max(1, jobs)
        self._pool: cf.Executor | None = None
        self._local: Engine | None = None

    def __enter__(self) -> Synthesizer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self, *, cancel: bool = False) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=cancel)
            self._pool = None

    def _executor(self) -> cf.Executor:
        if self._pool is None:
            if self.engine.capabilities.concurrency == "process":
                self._pool = cf.ProcessPoolExecutor(
                    max_workers=self.jobs,
                    mp_context=multiprocessing.get_context("fork"),
                    initializer=_init_worker,
                    initargs=(self.engine.name, self.engine_options, str(self.cache.root), self.audio),
                )
            else:
                self._pool = cf.ThreadPoolExecutor(max_workers=self.jobs, thread_name_prefix="synth")
        return self._pool

    def run(self, jobs: Sequence[Job], *, progress: Progress | None = None) -> dict[str, Entry]:
        """Synthesize every job; return the cache entries by key. Raises on the first failure."""
        if not jobs:
            return {}
        if len(jobs) == 1 and self.engine.capabilities.concurrency == "process" and self._pool is None:
            return self._run_here(jobs[0], progress)
        pool = self._executor()
        ordered = sorted(jobs, key=lambda j: -len(j.text))  # longest first balances the workers
        if isinstance(pool, cf.ProcessPoolExecutor):
            futures = {pool.submit(_render_in_worker, job): job for job in ordered}
        else:
            futures = {pool.submit(render, job, self.engine, self.cache, self.audio): job for job in ordered}
        done: dict[str, Entry] = {}
        try:
            for future in cf.as_completed(futures):
                job = futures[future]
                try:
                    entry = future.result()
                except cf.process.BrokenProcessPool:
                    raise SynthesisError(f"a synthesis worker died while on segment {job.label}") from None
                done[job.key] = entry
                if progress is not None:
                    progress(entry)
        except KeyboardInterrupt:
            for future in futures:
                future.cancel()
            self.close(cancel=True)
            raise Interrupted(
                f"interrupted: {len(done)} of {len(jobs)} new segments were finished and are kept in the "
                "cache; run the same command again to continue"
            ) from None
        except BaseException:
            for future in futures:
                future.cancel()
            raise
        return done

    def _run_here(self, job: Job, progress: Progress | None) -> dict[str, Entry]:
        """One segment (the usual edit-and-rebuild): starting a worker pool would cost more than
        the synthesis. Same engine options as the workers, so the audio is the same."""
        if self._local is None:
            self._local = create_engine(self.engine.name, **self.engine_options)
        try:
            entry = render(job, self._local, self.cache, self.audio)
        except KeyboardInterrupt:
            raise Interrupted("interrupted: 0 of 1 new segments were finished; run the same command again") from None
        if progress is not None:
            progress(entry)
        return {job.key: entry}
