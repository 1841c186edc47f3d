"""The online voice: Microsoft Edge's read-aloud service through the edge-tts library.

How a call travels:

1. `split_for_requests` cuts the text at sentence punctuation into requests of at most
   `max_request_bytes` (1,000 by default, far below the service's 4,096-byte limit, counted
   on the XML-escaped UTF-8 the library sends). A sentence that is still too long is cut at
   clause punctuation, then between jieba words; never inside a word or a character.
2. Every request runs on one event loop that lives in a daemon thread shared by all
   EdgeEngine instances of the process. edge-tts reads its endpoint from the module global
   `edge_tts.communicate.WSS_URL`; it does so synchronously when a request connects, so
   setting that global right before starting a stream on the one loop thread cannot race
   with another request. Caller threads (the runner's `--jobs` pool) only submit coroutines
   and wait with a deadline, so a dead or stuck loop raises instead of hanging.
3. A request counts only if it is complete, checked two ways:
   - The turn ended. edge-tts 7.3.1 ends `Communicate.stream()` silently when the socket
     closes before `turn.end`, returning the partial audio. On `turn.end`, and only then, it
     moves the request's byte count from `state["chunk_audio_bytes"]` to
     `state["cumulative_audio_bytes"]` (its offset compensation). So after the stream ends,
     `chunk_audio_bytes == 0 and cumulative_audio_bytes == bytes received` proves that
     `turn.end` arrived. (edge-tts is pinned to 7.3.1; a test guards this.)
   - The decoded audio is plausible: at least MIN_SECONDS_PER_CHAR (0.1 s) per Chinese
     character, divided by the rate factor (`+50%` speaks 1.5 times faster). Newsreaders
     and the service's voices speak about 4 to 5 characters a second (0.2 to 0.25 s each);
     the bound allows twice that pace, so it never rejects real speech yet catches audio
     that stops early. And the last Sentence/WordBoundary must end within the audio
     (plus MARK_TOLERANCE_SECONDS).
   Anything else is retried; truncated audio is never returned.
4. Retries use exponential backoff with jitter, for HTTP 403/408/429/5xx at the handshake,
   timeouts, connection errors, NoAudioReceived, protocol surprises and the checks above.
   Each request may retry `retries` times, and the engine instance (one build) `retry_budget`
   times in all; then SynthesisError names the text and the last failure.
5. The MP3 of each request is decoded once, in process (miniaudio), to float32 at 24 kHz; requests are
   joined and their marks (100-ns ticks -> seconds) shifted by the audio before them.

Clock skew: the service answers 403 when the Sec-MS-GEC token, derived from the clock, is
off. edge-tts corrects `DRM.clock_skew_seconds` (class-level, shared by every request) from
the 403's Date header and reconnects once. When a 403 reaches us anyway we set the skew
absolutely from that Date header (idempotent, so concurrent 403s cannot pile up), or reset it
to 0.0 when the header is missing or unreadable: the local clock is then the best guess.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import json
import math
import os
import random
import re
import threading
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from importlib import resources
from typing import Any, Literal, TypeVar
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape

import aiohttp
import edge_tts
import edge_tts.communicate
import edge_tts.constants
import edge_tts.voices
import numpy as np
from edge_tts.drm import DRM
from edge_tts.exceptions import EdgeTTSException, NoAudioReceived, SkewAdjustmentError

from .. import textcut
from ..errors import ConfigError, EngineError, EngineUnavailable, SynthesisError
from ..han import HAN
from ..model import Mark, Prosody, Speech
from .base import Capabilities, VoiceInfo
from .mp3decode import decode_mp3

__all__ = [
    "ENDPOINT_ENV",
    "EdgeEngine",
    "bundled_voices",
    "minimum_seconds",
    "split_for_requests",
]

T = TypeVar("T")
Boundary = Literal["SentenceBoundary", "WordBoundary"]

ENDPOINT_ENV = "AUDIOJIEDU_EDGE_WSS_URL"
OUTPUT_FORMAT = "audio-24khz-48kbitrate-mono-mp3"  # fixed by the service
SAMPLE_RATE = 24000
SERVICE_LIMIT_BYTES = 4096
TICKS_PER_SECOND = 10_000_000
MIN_SECONDS_PER_CHAR = 0.1
MARK_TOLERANCE_SECONDS = 0.3
PROBE_TEXT = "您好。"
PROBE_VOICE = "zh-CN-XiaoxiaoNeural"
BUNDLED_SNAPSHOT_LABEL = "bundled snapshot"

_SPEAKABLE = re.compile(r"\w")
_HAN = re.compile(rf"[{HAN}]")
_SHORT_VOICE_NAME = re.compile(r"^[a-z]{2,}-[A-Z]{2,}-.+Neural$")
_LONG_VOICE_NAME = re.compile(
    r"^Microsoft Server Speech Text to Speech Voice \(([a-z]{2,}-[A-Z]{2,}(?:-[a-z]+)?), (\w+)\)$"
)


# ---- text splitting ----------------------------------------------------------------------


def request_bytes(text: str) -> int:
    """Size of `text` as edge-tts sends it: XML-escaped UTF-8."""
    return len(escape(text).encode("utf-8"))


def split_for_requests(text: str, *, max_bytes: int = 1000) -> list[str]:
    """Cut `text` into requests of at most `max_bytes` (escaped UTF-8), at punctuation.

    Sentences are packed together while they fit; a longer sentence is cut at clause
    punctuation, then between jieba words. Only a single "word" longer than the limit is cut
    between characters. Requests without anything to speak are dropped.
    """
    if max_bytes < 32:
        raise ValueError("max_bytes must be at least 32")

    def fits(start: int, end: int) -> bool:
        return request_bytes(text[start:end]) <= max_bytes

    units: list[textcut.Span] = []
    for sentence in textcut.cut_after(text, textcut.SENTENCE_STOPS):
        if fits(*sentence):
            units.append(sentence)
            continue
        for clause in textcut.cut_after(text, textcut.CLAUSE_STOPS, *sentence):
            if fits(*clause):
                units.append(clause)
            else:
                units.extend(_cut_between_words(text, clause, fits))
    requests = [piece.strip() for piece in textcut.pieces(text, textcut.pack(units, fits))]
    return [piece for piece in requests if _SPEAKABLE.search(piece)]


def _cut_between_words(text: str, clause: textcut.Span, fits: Callable[[int, int], bool]) -> list[textcut.Span]:
    """The clause's words (characters of a word too long on its own), for packing."""
    start, end = clause
    ends = {start + i for i in textcut.jieba_word_ends(text[start:end])}
    units: list[textcut.Span] = []
    for word in textcut.cut_words(text, start, end, ends):
        units.extend([word] if fits(*word) else [(i, i + 1) for i in range(*word)])
    return units


# ---- plausibility ------------------------------------------------------------------------


def minimum_seconds(text: str, *, rate: int = 0) -> float:
    """The shortest believable audio for `text` at `rate` percent: MIN_SECONDS_PER_CHAR per Han
    character, divided by how much faster the rate speaks (never by less than 0.1)."""
    return len(_HAN.findall(text)) * MIN_SECONDS_PER_CHAR / max(1.0 + rate / 100.0, 0.1)


# ---- voices ------------------------------------------------------------------------------


def _voice_info(raw: dict[str, Any], *, note: str = "") -> VoiceInfo:
    description = str(raw.get("FriendlyName", ""))
    if note:
        description = f"{description} [{note}]" if description else f"[{note}]"
    return VoiceInfo(
        name=str(raw["ShortName"]),
        locale=str(raw.get("Locale", "")),
        gender=str(raw.get("Gender", "")),
        description=description,
    )


def bundled_voices() -> list[VoiceInfo]:
    """The zh-CN/zh-HK/zh-TW voices of the bundled snapshot, each labelled as such."""
    source = resources.files("audiojiedu") / "engines" / "data" / "edge_voices.json"
    data = json.loads(source.read_text(encoding="utf-8"))
    note = f"{BUNDLED_SNAPSHOT_LABEL} {data['snapshot']}, not checked against the service"
    return [_voice_info(raw, note=note) for raw in data["voices"]]


def _short_voice_name(voice: str) -> str:
    long_form = _LONG_VOICE_NAME.match(voice)
    return f"{long_form.group(1)}-{long_form.group(2)}" if long_form else voice


def _voice_list_url(wss_url: str) -> str | None:
    """The voice-list URL beside a read-aloud endpoint, if it has the service's layout."""
    parts = urlsplit(wss_url)
    if not parts.path.endswith("/edge/v1"):
        return None
    scheme = "https" if parts.scheme == "wss" else "http"
    token = parse_qs(parts.query).get("TrustedClientToken", [""])[0]
    path = parts.path[: -len("/edge/v1")] + "/voices/list"
    return f"{scheme}://{parts.netloc}{path}?trustedclienttoken={token}"


# ---- the shared event loop ---------------------------------------------------------------


class _LoopThread:
    """One event loop in a daemon thread, started on first use (and again after a fork)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._pid = 0

    def get(self) -> tuple[asyncio.AbstractEventLoop, threading.Thread]:
        with self._lock:
            alive = self._thread is not None and self._thread.is_alive()
            if self._loop is None or self._thread is None or not alive or self._pid != os.getpid():
                loop = asyncio.new_event_loop()
                thread = threading.Thread(target=self._run, args=(loop,), name="audiojiedu-edge-loop", daemon=True)
                thread.start()
                self._loop, self._thread, self._pid = loop, thread, os.getpid()
            return self._loop, self._thread

    def stop(self, timeout: float = 5.0) -> None:
        """Stop the loop thread (e.g. before this process forks workers for another engine)."""
        with self._lock:
            loop, thread = self._loop, self._thread
            self._loop = self._thread = None
        if loop is not None and thread is not None and thread.is_alive():
            loop.call_soon_threadsafe(loop.stop)
            thread.join(timeout)

    @staticmethod
    def _run(loop: asyncio.AbstractEventLoop) -> None:
        asyncio.set_event_loop(loop)
        try:
            loop.run_forever()
        finally:
            # Stopped (it should not be): cancel what is in flight so that every waiting
            # caller gets an answer, close connections, then close the loop.
            pending = asyncio.all_tasks(loop)
            for task in pending:
                task.cancel()
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()


_LOOP = _LoopThread()


# ---- the engine --------------------------------------------------------------------------


class _BadAnswer(Exception):
    """The service answered, but the answer is incomplete or implausible."""


@dataclass(frozen=True)
class _Piece:
    samples: np.ndarray
    marks: tuple[Mark, ...]


class EdgeEngine:
    """Speech from the edge-tts service; see the module docstring for how it stays safe."""

    name = "edge"
    capabilities = Capabilities(
        concurrency="thread", speaks_latin=True, needs_probe=True, max_request_bytes=SERVICE_LIMIT_BYTES
    )

    def __init__(
        self,
        *,
        endpoint: str | None = None,
        timeout: float = 30.0,
        retries: int = 5,
        retry_budget: int = 200,
        backoff: float = 1.0,
        max_backoff: float = 20.0,
        max_request_bytes: int = 1000,
        boundary: Boundary = "SentenceBoundary",
    ) -> None:
        if timeout <= 0 or backoff < 0 or max_backoff < backoff:
            raise ValueError("need timeout > 0 and 0 <= backoff <= max_backoff")
        if retries < 0 or retry_budget < 0:
            raise ValueError("retries and retry_budget cannot be negative")
        if not 32 <= max_request_bytes <= SERVICE_LIMIT_BYTES:
            raise ValueError(f"max_request_bytes must lie in 32..{SERVICE_LIMIT_BYTES}")
        if boundary not in ("SentenceBoundary", "WordBoundary"):
            raise ValueError("boundary must be SentenceBoundary or WordBoundary")
        # Read here, not at import, so tests and gateways can set it per engine.
        origin = "edge endpoint" if endpoint else ENDPOINT_ENV
        endpoint = endpoint or os.environ.get(ENDPOINT_ENV) or None
        if endpoint is not None:
            parts = urlsplit(endpoint)
            if parts.scheme not in ("ws", "wss") or not parts.netloc or not parts.query:
                raise ConfigError(
                    f"{origin} {endpoint!r} must be a ws:// or wss:// URL with a ?query part, "
                    "e.g. ws://127.0.0.1:8080/edge/v1?TrustedClientToken=x"
                )
        self.endpoint = endpoint
        self.timeout = timeout
        self.retries = retries
        self.retry_budget = retry_budget
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.max_request_bytes = max_request_bytes
        self.boundary: Boundary = boundary
        self.retries_used = 0  # across the whole instance (one build)
        self.voice_source: Literal["service", "bundled", ""] = ""
        self._wss_url = endpoint or edge_tts.constants.WSS_URL
        self._voice_url = _voice_list_url(endpoint) if endpoint else edge_tts.constants.VOICE_LIST
        self._voice_list: list[VoiceInfo] | None = None
        self._voices_lock = threading.Lock()
        self._budget_lock = threading.Lock()
        self._random = random.Random()

    # ---- Engine protocol -----------------------------------------------------------------

    def version(self) -> str:
        marks = "" if self.boundary == "SentenceBoundary" else "/word-marks"
        return f"edge-tts-{edge_tts.__version__}/{OUTPUT_FORMAT}{marks}"

    def pronounce(self, text: str) -> str:
        """What the service is sent, which is what it speaks: the text itself."""
        return text

    def voices(self) -> list[VoiceInfo]:
        """The service's voice list, or the bundled zh snapshot when it cannot be fetched.

        `voice_source` tells which ("service" or "bundled"); bundled entries also say so in
        their description.
        """
        with self._voices_lock:
            if self._voice_list is None:
                self._voice_list, self.voice_source = self._load_voices()
            return list(self._voice_list)

    def check_voice(self, voice: str) -> None:
        known = self.voices()
        wanted = _short_voice_name(voice)
        if any(info.name == wanted for info in known):
            return
        where = (
            "the service's voice list"
            if self.voice_source == "service"
            else "the bundled snapshot of zh voices (the service's list could not be fetched)"
        )
        locale = "-".join(wanted.split("-")[:2])
        same_locale = [info.name for info in known if info.locale.startswith(locale)]
        choices = same_locale or [info.name for info in known if info.locale.startswith("zh-CN")]
        raise ConfigError(f"edge voice {voice!r} is not in {where}; use one of: {', '.join(choices[:8])}")

    def synthesize(self, text: str, prosody: Prosody) -> Speech:
        _check_prosody(prosody)
        pieces = split_for_requests(text, max_bytes=self.max_request_bytes)
        if not pieces:
            # Nothing speakable (punctuation only): the service would send no audio.
            return Speech(np.zeros(0, dtype=np.float32), SAMPLE_RATE)
        # Generous on purpose: the retries bound the real time, this only stops a hang.
        limit = len(pieces) * (self.retries + 1) * (self.timeout + self.max_backoff) + 30.0
        head = _head(text)
        return self._wait(self._speak(pieces, prosody, head=head), limit=limit, head=head)

    def close(self) -> None:
        """Stop the shared event loop thread; the next request starts a new one."""
        _LOOP.stop()

    def probe(self, timeout: float = 3.0) -> str | None:
        """Try the service once, quickly: None if it answers, else a short reason."""

        async def attempt() -> None:
            async with asyncio.timeout(timeout):
                await self._request(PROBE_TEXT, Prosody(voice=PROBE_VOICE), limit=timeout)

        try:
            self._wait(attempt(), limit=timeout + 2.0, head=PROBE_TEXT)
        except Exception as exc:  # any failure is the answer here
            explained = self._explain(exc, limit=timeout)
            reason = explained[1] if explained else f"{type(exc).__name__}: {exc}"
            host = urlsplit(self._wss_url).netloc
            return reason if host in reason else f"{reason} ({host})"
        return None

    # ---- running on the shared loop -----------------------------------------------------

    def _wait(self, coro: Coroutine[Any, Any, T], *, limit: float, head: str) -> T:
        loop, thread = _LOOP.get()
        if threading.current_thread() is thread:
            coro.close()
            raise RuntimeError("EdgeEngine must not be called from its own event loop thread")
        future = asyncio.run_coroutine_threadsafe(coro, loop)
        deadline = time.monotonic() + limit
        while True:
            remaining = deadline - time.monotonic()
            done, _ = concurrent.futures.wait([future], timeout=max(0.0, min(1.0, remaining)))
            if done and not future.cancelled():
                return future.result()
            if future.cancelled() or not thread.is_alive():
                future.cancel()
                raise SynthesisError(f'edge-tts could not speak "{head}": its event loop stopped')
            if remaining <= 0:
                future.cancel()
                raise SynthesisError(f'edge-tts could not speak "{head}": no result within {limit:g} s')

    async def _speak(self, pieces: list[str], prosody: Prosody, *, head: str) -> Speech:
        parts: list[np.ndarray] = []
        marks: list[Mark] = []
        offset = 0.0
        for piece in pieces:
            answer = await self._request_with_retries(piece, prosody, head=head)
            parts.append(answer.samples)
            marks.extend(Mark(m.start + offset, m.end + offset, m.text) for m in answer.marks)
            offset += len(answer.samples) / SAMPLE_RATE
        samples = np.concatenate(parts).astype(np.float32, copy=False)
        return Speech(samples=samples, sample_rate=SAMPLE_RATE, marks=tuple(marks))

    async def _request_with_retries(self, text: str, prosody: Prosody, *, head: str) -> _Piece:
        failures = 0
        while True:
            try:
                async with asyncio.timeout(self.timeout):
                    return await self._request(text, prosody, limit=self.timeout)
            except Exception as exc:
                explained = self._explain(exc, limit=self.timeout)
                if explained is None:
                    raise
                retryable, reason = explained
                failures += 1
                if not retryable:
                    if isinstance(exc, EngineUnavailable):
                        raise
                    raise SynthesisError(f'edge-tts could not speak "{head}": {reason}') from exc
                if failures > self.retries:
                    raise SynthesisError(
                        f'edge-tts could not speak "{head}": {reason} '
                        f"({failures} attempts); check the network or use the offline voice"
                    ) from exc
                if not self._take_retry():
                    raise SynthesisError(
                        f'edge-tts could not speak "{head}": {reason}; the retry budget of '
                        f"{self.retry_budget} for this build is used up, the service is failing"
                    ) from exc
                await asyncio.sleep(self._delay(failures, exc))

    async def _request(self, text: str, prosody: Prosody, *, limit: float) -> _Piece:
        """One request, one connection; raises unless the answer is complete and plausible."""
        seconds = max(1, math.ceil(limit))
        communicate = edge_tts.Communicate(
            text,
            prosody.voice,
            rate=prosody.rate_text,
            volume=prosody.volume_text,
            pitch=prosody.pitch_text,
            boundary=self.boundary,
            connect_timeout=seconds,
            receive_timeout=seconds,
        )
        audio = bytearray()
        bounds: list[tuple[float, float, str]] = []
        # Set right before the stream connects, on the one loop thread: see module docstring.
        setattr(edge_tts.communicate, "WSS_URL", self._wss_url)  # noqa: B010 (not exported)
        async with contextlib.aclosing(communicate.stream()) as stream:
            async for chunk in stream:
                if chunk["type"] == "audio":
                    audio += chunk["data"]
                else:
                    start = chunk["offset"] / TICKS_PER_SECOND
                    end = start + chunk["duration"] / TICKS_PER_SECOND
                    bounds.append((start, end, chunk["text"]))
        state = communicate.state
        if state["chunk_audio_bytes"] != 0 or state["cumulative_audio_bytes"] != len(audio):
            raise _BadAnswer(f"the connection closed before the end of the turn, after {len(audio)} bytes of audio")
        samples = decode_mp3(bytes(audio), sample_rate=SAMPLE_RATE)  # in process, about 1 ms a second
        duration = len(samples) / SAMPLE_RATE
        shortest = minimum_seconds(text, rate=prosody.rate)
        if duration < shortest:
            raise _BadAnswer(
                f"only {duration:.2f} s of audio for {len(_HAN.findall(text))} characters "
                f"(at least {shortest:.2f} s expected)"
            )
        last_end = max((end for _, end, _ in bounds), default=0.0)
        if last_end > duration + MARK_TOLERANCE_SECONDS:
            raise _BadAnswer(f"the boundary metadata runs to {last_end:.2f} s but the audio ends at {duration:.2f} s")
        marks = tuple(Mark(min(start, duration), min(end, duration), said) for start, end, said in bounds)
        return _Piece(samples=samples, marks=marks)

    # ---- failures and retries -----------------------------------------------------------

    def _explain(self, exc: BaseException, *, limit: float) -> tuple[bool, str] | None:
        """(retryable, short reason) for failures we understand; None for anything else."""
        if isinstance(exc, SynthesisError):
            return False, str(exc)
        if isinstance(exc, aiohttp.ClientResponseError):
            if exc.status == 403:
                _correct_clock(exc)
            meaning = {403: "refused", 429: "too many requests"}.get(exc.status, exc.message)
            reason = f"the service answered HTTP {exc.status}"
            reason += f" ({meaning})" if meaning else ""
            return exc.status in (403, 408, 429) or exc.status >= 500, reason
        if isinstance(exc, SkewAdjustmentError):
            DRM.clock_skew_seconds = 0.0
            return True, "the service refused the request (HTTP 403) without a usable Date header"
        if isinstance(exc, NoAudioReceived):
            return True, "the service sent no audio"
        if isinstance(exc, _BadAnswer):
            return True, str(exc)
        if isinstance(exc, TimeoutError):
            return True, f"no complete answer within {limit:g} s"
        if isinstance(exc, aiohttp.ClientConnectorError):
            cause = (
                "connection refused"
                if isinstance(exc.os_error, ConnectionRefusedError)
                else exc.os_error.strerror or str(exc.os_error) or type(exc.os_error).__name__
            )
            return True, f"cannot connect to {exc.host}:{exc.port} ({cause})"
        if isinstance(exc, (aiohttp.ClientError, OSError)):
            return True, f"connection failed: {str(exc) or type(exc).__name__}"
        if isinstance(exc, EdgeTTSException):
            return True, f"unexpected answer from the service: {exc}"
        if isinstance(exc, EngineUnavailable):
            return False, str(exc)
        if isinstance(exc, EngineError):  # garbled audio the decoder refused: ask again
            return True, str(exc)
        return None

    def _take_retry(self) -> bool:
        with self._budget_lock:
            if self.retries_used >= self.retry_budget:
                return False
            self.retries_used += 1
            return True

    def _delay(self, failures: int, exc: BaseException) -> float:
        ceiling = min(self.max_backoff, self.backoff * 2 ** (failures - 1))
        delay = self._random.uniform(ceiling / 2, ceiling)  # jitter spreads the threads out
        if isinstance(exc, aiohttp.ClientResponseError) and exc.headers:
            retry_after = exc.headers.get("Retry-After", "")
            if retry_after.isdigit():
                delay = max(delay, min(float(retry_after), self.max_backoff))
        return delay

    # ---- voice list ---------------------------------------------------------------------

    def _load_voices(self) -> tuple[list[VoiceInfo], Literal["service", "bundled"]]:
        if self._voice_url is not None:
            try:
                fetch = self._fetch_voices(self._voice_url)
                raw = self._wait(fetch, limit=self._list_timeout + 2.0, head="the voice list")
            except Exception:  # unreachable or garbled: the bundled snapshot stands in
                pass
            else:
                if raw:
                    return [_voice_info(dict(v)) for v in raw], "service"
        return bundled_voices(), "bundled"

    @property
    def _list_timeout(self) -> float:
        return min(self.timeout, 5.0)

    async def _fetch_voices(self, url: str) -> list[Any]:
        # Like WSS_URL, the library reads VOICE_LIST synchronously as the request starts.
        setattr(edge_tts.voices, "VOICE_LIST", url)  # noqa: B010 (not exported)
        async with asyncio.timeout(self._list_timeout):
            return list(await edge_tts.list_voices())


def _check_prosody(prosody: Prosody) -> None:
    voice = prosody.voice
    if not isinstance(voice, str) or not (_SHORT_VOICE_NAME.match(voice) or _LONG_VOICE_NAME.match(voice)):
        raise ConfigError(f"edge voice {voice!r} is not an edge voice name: write e.g. zh-CN-XiaoxiaoNeural")


def _correct_clock(exc: aiohttp.ClientResponseError) -> None:
    date = exc.headers.get("Date") if exc.headers else None
    server_time = DRM.parse_rfc2616_date(date) if date else None
    DRM.clock_skew_seconds = server_time - time.time() if server_time is not None else 0.0


def _head(text: str, length: int = 20) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= length else flat[:length] + "…"
