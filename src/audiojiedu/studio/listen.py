"""Hear one sentence before (or without) a build: plan the release, synthesize that segment.

The release's current input (document or edited script) is planned exactly as `build` plans
it, the segment is looked up by its id in that plan, and its audio comes from the same segment
cache through the same `Synthesizer`, under the same cache key: a later build reuses it, and a
second request is a cache read. Ids only select from the plan; none ever names a file.

Synthesis runs in the server process (the segment is short, and a worker process would cost
more than the speech), off the event loop, and one at a time: the app bounds it (see app.py).
"""

from __future__ import annotations

import logging
import os
import re
import threading
from dataclasses import dataclass
from typing import Any

from ..cache import Entry, SegmentCache
from ..errors import InputError
from ..model import Segment
from ..synth import Job as SynthJob
from ..synth import Synthesizer, segment_keys
from .runner import RunnerSettings
from .store import Job, Store

_SEGMENT_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
_PLANS_KEPT = 16
log = logging.getLogger(__name__)


class UnknownSegment(Exception):
    """The release's current plan has no segment with that id."""


@dataclass(frozen=True)
class Located:
    segment: Segment
    job: SynthJob  # what to synthesize if the cache lacks it
    entry: Entry | None  # the cached audio, when there is some


@dataclass(frozen=True)
class _Plan:
    stamp: tuple[str, int, int]  # input name, mtime, size: a new input is planned afresh
    segments: dict[str, tuple[Segment, str, Any]]  # id -> (segment, cache key, prosody)


class Listener:
    """Segments of studio releases, synthesized on demand into the shared cache."""

    def __init__(self, store: Store, settings: RunnerSettings) -> None:
        self.store = store
        self.settings = settings
        self._lock = threading.Lock()  # engine setup and the plan table
        self._synth: Synthesizer | None = None
        self._config: Any = None
        self._lexicon: Any = None
        self._plans: dict[str, _Plan] = {}

    def _setup(self) -> Synthesizer:
        """The engine, config and lexicon a build of this server would use (loaded once)."""
        with self._lock:
            if self._synth is None:
                from ..config import load_config
                from ..engines import choose_engine
                from ..lexicon import load_lexicon

                self._config = load_config(self.settings.config_path)
                self._lexicon = load_lexicon(self._config.lexicon_path)
                engine = choose_engine(self.settings.engine, say=log.info, lexicon=self._lexicon)
                options = {"lexicon": self._lexicon, "threads": os.cpu_count() or 1}
                self._synth = Synthesizer(
                    engine,
                    engine_options=options,
                    cache=SegmentCache(self.store.cache_dir),
                    audio=self._config.audio,
                    jobs=1,
                )
            return self._synth

    def locate(self, job: Job, segment_id: str) -> Located:
        """The segment `segment_id` of the release's current plan, with its cached audio if any.
        UnknownSegment when the plan has no such id; InputError when the input cannot be read."""
        if _SEGMENT_ID.fullmatch(segment_id) is None:
            raise UnknownSegment(segment_id)
        synth = self._setup()
        plan = self._plan(job, synth)
        found = plan.segments.get(segment_id)
        if found is None:
            raise UnknownSegment(segment_id)
        segment, key, prosody = found
        work = SynthJob(key=key, text=segment.spoken, prosody=prosody, label=segment.id)
        return Located(segment, work, synth.cache.get(key))

    def synthesize(self, located: Located) -> Entry:
        """The segment's audio, synthesized into the cache now unless another request did it first."""
        synth = self._setup()
        entry = synth.cache.get(located.job.key)
        if entry is None:
            entry = synth.run([located.job])[located.job.key]
        return entry

    def close(self) -> None:
        with self._lock:
            if self._synth is not None:
                self._synth.close()
                self._synth.engine.close()
                self._synth = None

    def _plan(self, job: Job, synth: Synthesizer) -> _Plan:
        from ..build import load_document, plan
        from ..sources import check_length

        path = self.store.input_path(job)
        try:
            info = path.stat()
        except OSError:
            raise InputError("这个发布的文档不见了") from None
        stamp = (job.input_name, info.st_mtime_ns, info.st_size)
        with self._lock:
            known = self._plans.get(job.id)
        if known is not None and known.stamp == stamp:
            return known
        try:
            document = load_document(path, max_table_rows=self._config.max_table_rows)
            check_length(document, path)
        except InputError as exc:  # the server's paths are nobody's business: name the document
            raise InputError(str(exc).replace(str(path), job.source_name or "文档")) from None
        segments = plan(document, self._config, engine_name=synth.engine.name, lexicon=self._lexicon)
        keys = segment_keys(segments, synth.engine, lexicon=self._lexicon, config=self._config)
        made = _Plan(stamp, {s.id: (s, key, prosody) for s, (key, prosody) in zip(segments, keys)})
        with self._lock:
            self._plans.pop(job.id, None)
            self._plans[job.id] = made
            while len(self._plans) > _PLANS_KEPT:  # the oldest goes first (dicts keep insertion order)
                del self._plans[next(iter(self._plans))]
        return made
