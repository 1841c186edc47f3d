"""A local stand-in for the edge-tts read-aloud service, for tests and benchmarks.

It speaks the WebSocket protocol described in /work/shared/notes/edge-tts.md on
127.0.0.1 (random port) from a background thread, and answers each request with real
MP3 audio (a tone encoded by lameenc at 24 kHz mono 48 kbit/s) whose length is
proportional to the text, plus SentenceBoundary (or WordBoundary) metadata.

Every failure the real service is known for can be played, per request in order
(`plan`) and afterwards as a share of requests (`share`, seeded):

    ok            complete answer
    forbidden     HTTP 403 at the handshake, with a Date header
    too_many      HTTP 429 at the handshake
    server_error  HTTP 503 at the handshake
    no_audio      turn.start, turn.end, no audio (the library raises NoAudioReceived)
    truncate      metadata and about half the audio, then the socket closes before turn.end
    no_turn_end   all metadata and audio, then the socket closes before turn.end
    short         a complete turn whose audio covers only a fifth of the text
    slow          the first byte comes `slow_delay` seconds late, then a complete answer

With `check_token=True` the server also checks the Sec-MS-GEC token against its own clock
(real time + `clock_skew`) and answers a mismatch with 403 and its Date, as the service does
for clients whose clock is off.

Use it as a context manager; it stops by itself after `lifetime` seconds in any case.
"""

from __future__ import annotations

import asyncio
import json
import random
import re
import socket
import threading
import time
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from email.utils import formatdate
from typing import Literal
from xml.sax.saxutils import escape, unescape

import lameenc
import numpy as np
from aiohttp import WSMsgType, web
from edge_tts.drm import generate_sec_ms_gec_v2

Failure = Literal[
    "ok", "forbidden", "too_many", "server_error", "no_audio", "truncate", "no_turn_end",
    "short", "slow",
]
FAILURES: tuple[Failure, ...] = (
    "ok", "forbidden", "too_many", "server_error", "no_audio", "truncate", "no_turn_end",
    "short", "slow",
)

SAMPLE_RATE = 24000
FRAME_SAMPLES = 1152  # one MPEG-2 layer III frame at 24 kHz
TICKS_PER_SECOND = 10_000_000
TOKEN = "FAKETOKEN"
_SSML_TEXT = re.compile(
    r"<prosody pitch='([^']*)' rate='([^']*)' volume='([^']*)'>(.*)</prosody>", re.DOTALL
)
_VOICE = re.compile(r"<voice name='([^']*)'>")
_SENTENCE = re.compile(r"[^。！？；!?;\n]+[。！？；!?;\n]*")
_WORD = re.compile(r"\w")


@dataclass
class Request:
    """What one connection asked for and what the server did with it."""

    outcome: Failure
    text: str = ""  # the text inside <prosody>, unescaped
    voice: str = ""
    rate: str = ""
    boundary: str = ""
    ssml_bytes: int = 0  # size of the escaped text as sent
    audio_bytes: int = 0


@dataclass
class FakeEdgeServer:
    latency: float = 0.0  # seconds every request waits before the first reply
    slow_delay: float = 5.0  # extra wait before the first byte of a "slow" request
    seconds_per_char: float = 0.2  # about 5 characters a second, a newsreader's pace
    plan: Sequence[Failure] = ()  # outcome of the 1st, 2nd, ... connection
    share: Mapping[Failure, float] = field(default_factory=dict)  # then: chance of each
    seed: int = 0
    clock_skew: float = 0.0  # the server's clock runs this many seconds ahead
    check_token: bool = False
    lifetime: float = 300.0  # seconds; the server stops by itself after this
    voices: Sequence[Mapping[str, object]] | None = None  # served at /voices/list if set

    def __post_init__(self) -> None:
        unknown = [f for f in [*self.plan, *self.share] if f not in FAILURES]
        if unknown:
            raise ValueError(f"unknown failure kinds: {unknown}")
        self.requests: list[Request] = []
        self.voice_list_calls = 0
        self.active = 0
        self.max_active = 0
        self._random = random.Random(self.seed)
        self._mp3_cache: dict[int, bytes] = {}
        self._lock = threading.Lock()
        self._ready = threading.Event()
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._startup_error: BaseException | None = None
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.bind(("127.0.0.1", 0))
        self.port: int = self._socket.getsockname()[1]

    # ---- addresses -------------------------------------------------------------------

    @property
    def url(self) -> str:
        """The WebSocket URL to give the engine (keeps a ?query part, as edge-tts needs)."""
        return f"ws://127.0.0.1:{self.port}/edge/v1?TrustedClientToken={TOKEN}"

    @property
    def voice_list_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/voices/list?trustedclienttoken={TOKEN}"

    # ---- statistics (safe to read from the test thread) -----------------------------

    @property
    def connections(self) -> int:
        with self._lock:
            return len(self.requests)

    def outcomes(self) -> list[Failure]:
        with self._lock:
            return [r.outcome for r in self.requests]

    def completed(self) -> list[Request]:
        """Requests answered with a full turn (ok, slow or short)."""
        with self._lock:
            return [r for r in self.requests if r.outcome in ("ok", "slow", "short") and r.text]

    # ---- life cycle ------------------------------------------------------------------

    def __enter__(self) -> FakeEdgeServer:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def start(self) -> None:
        self._thread = threading.Thread(target=self._serve, name="fake-edge-server", daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("fake edge server did not start within 10 s")
        if self._startup_error is not None:
            raise RuntimeError(f"fake edge server failed: {self._startup_error}")

    def stop(self) -> None:
        if self._loop is not None and self._stop is not None and not self._loop.is_closed():
            try:
                self._loop.call_soon_threadsafe(self._stop.set)
            except RuntimeError:
                pass  # the loop already ended by itself
        if self._thread is not None:
            self._thread.join(15)
            if self._thread.is_alive():
                raise RuntimeError("fake edge server did not stop within 15 s")
        self._socket.close()

    def _serve(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._main())
        except BaseException as exc:  # reported to start(); the thread must end quietly
            self._startup_error = exc
            self._ready.set()
        finally:
            loop.close()

    async def _main(self) -> None:
        self._stop = asyncio.Event()
        app = web.Application()
        app.router.add_get("/edge/v1", self._speak)
        app.router.add_get("/voices/list", self._list_voices)
        runner = web.AppRunner(app, handle_signals=False, shutdown_timeout=1.0)
        await runner.setup()
        site = web.SockSite(runner, self._socket)
        await site.start()
        self._ready.set()
        try:
            await asyncio.wait_for(self._stop.wait(), self.lifetime)
        except TimeoutError:
            pass  # lifetime reached: stop by ourselves
        finally:
            await runner.cleanup()

    # ---- behaviour -------------------------------------------------------------------

    def _next_outcome(self) -> Failure:
        index = len(self.requests)
        if index < len(self.plan):
            return self.plan[index]
        draw = self._random.random()
        for failure, chance in self.share.items():
            if draw < chance:
                return failure
            draw -= chance
        return "ok"

    def _server_time(self) -> float:
        return time.time() + self.clock_skew

    async def _list_voices(self, request: web.Request) -> web.StreamResponse:
        with self._lock:
            self.voice_list_calls += 1
        if self.voices is None:
            return web.Response(status=404)
        return web.json_response(list(self.voices))

    async def _speak(self, request: web.Request) -> web.StreamResponse:
        with self._lock:
            record = Request(outcome=self._next_outcome())
            self.requests.append(record)
        date = formatdate(self._server_time(), usegmt=True)
        if self.check_token:
            expected = generate_sec_ms_gec_v2(self._server_time())
            if request.query.get("Sec-MS-GEC") != expected:
                record.outcome = "forbidden"
                return web.Response(status=403, headers={"Date": date})
        if record.outcome == "forbidden":
            return web.Response(status=403, headers={"Date": date})
        if record.outcome == "too_many":
            return web.Response(status=429, headers={"Date": date})
        if record.outcome == "server_error":
            return web.Response(status=503, headers={"Date": date})

        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self.active += 1
        self.max_active = max(self.max_active, self.active)
        try:
            await self._answer(ws, record)
        finally:
            self.active -= 1
            if not ws.closed:
                await ws.close()
        return ws

    async def _answer(self, ws: web.WebSocketResponse, record: Request) -> None:
        ssml = ""
        for _ in range(4):  # speech.config then ssml; never loop on a chatty client
            message = await ws.receive(timeout=30)
            if message.type != WSMsgType.TEXT:
                return
            if "Path:speech.config" in message.data:
                record.boundary = (
                    "WordBoundary"
                    if '"wordBoundaryEnabled":"true"' in message.data
                    else "SentenceBoundary"
                )
            elif "Path:ssml" in message.data:
                ssml = message.data
                break
        found = _SSML_TEXT.search(ssml)
        voice = _VOICE.search(ssml)
        if found is None or voice is None:
            return
        _pitch, record.rate, _volume, escaped = found.groups()
        record.voice = voice.group(1)
        record.ssml_bytes = len(escaped.encode("utf-8"))
        record.text = unescape(escaped)
        request_id = uuid.uuid4().hex

        await asyncio.sleep(self.latency)
        if record.outcome == "slow":
            await asyncio.sleep(self.slow_delay)
        start_body = '{"context":{"serviceTag":"fake"}}'
        await ws.send_str(_text_frame(request_id, "turn.start", start_body))
        if record.outcome == "no_audio":
            await ws.send_str(_text_frame(request_id, "turn.end", "{}"))
            return

        seconds = self._duration(record.text, record.rate)
        if record.outcome == "short":
            seconds /= 5
        mp3 = self._mp3(seconds)
        spans = _spans(record.text, record.boundary, seconds)
        cut = len(mp3) // 2 if record.outcome == "truncate" else len(mp3)
        sent = 0
        for start, end, piece in spans:
            metadata = _metadata(record.boundary, start, end, piece)
            await ws.send_str(_text_frame(request_id, "audio.metadata", metadata))
            # The audio that belongs to this span, in frames of at most 2 KB as the service does.
            until = min(cut, int(len(mp3) * end / seconds) if seconds else len(mp3))
            while sent < until:
                chunk = mp3[sent : min(until, sent + 2048)]
                await ws.send_bytes(_audio_frame(request_id, chunk))
                sent += len(chunk)
                record.audio_bytes = sent
            if record.outcome == "truncate" and sent >= cut:
                return  # close before turn.end: the library returns partial audio silently
        while sent < len(mp3):
            chunk = mp3[sent : sent + 2048]
            await ws.send_bytes(_audio_frame(request_id, chunk))
            sent += len(chunk)
            record.audio_bytes = sent
        await ws.send_bytes(_audio_frame(request_id, b""))  # the service's empty closing frame
        if record.outcome == "no_turn_end":
            return
        await ws.send_str(_text_frame(request_id, "turn.end", "{}"))

    def _duration(self, text: str, rate: str) -> float:
        spoken = len(_WORD.findall(text))
        percent = int(rate.rstrip("%") or 0) if rate else 0
        return max(spoken, 1) * self.seconds_per_char / max(1 + percent / 100, 0.1)

    def _mp3(self, seconds: float) -> bytes:
        frames = max(1, round(seconds * SAMPLE_RATE / FRAME_SAMPLES))
        cached = self._mp3_cache.get(frames)
        if cached is None:
            cached = self._mp3_cache[frames] = _encode_tone(frames * FRAME_SAMPLES)
        return cached


def _encode_tone(samples: int) -> bytes:
    t = np.arange(samples) / SAMPLE_RATE
    # A 220 Hz tone with a slow swell, so the audio is clearly not silence.
    wave = 0.3 * np.sin(2 * np.pi * 220 * t) * (0.6 + 0.4 * np.sin(2 * np.pi * 0.5 * t))
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(48)
    encoder.set_in_sample_rate(SAMPLE_RATE)
    encoder.set_channels(1)
    encoder.set_quality(7)
    pcm = (wave * 32767).astype("<i2").tobytes()
    return bytes(encoder.encode(pcm) + encoder.flush())


def _spans(text: str, boundary: str, seconds: float) -> list[tuple[float, float, str]]:
    """Split the audio time over sentences (or characters) in proportion to their length."""
    if boundary == "WordBoundary":
        pieces = _WORD.findall(text)
    else:
        pieces = [s.strip() for s in _SENTENCE.findall(text) if s.strip()]
    weights = [max(len(_WORD.findall(p)), 1) for p in pieces]
    total = sum(weights) or 1
    spans = []
    start = 0.0
    for piece, weight in zip(pieces, weights):
        end = start + seconds * weight / total
        spans.append((start, end, piece))
        start = end
    return spans


def _metadata(boundary: str, start: float, end: float, text: str) -> str:
    item = {
        "Type": boundary,
        "Data": {
            "Offset": int(start * TICKS_PER_SECOND),
            "Duration": int((end - start) * TICKS_PER_SECOND),
            "text": {"Text": escape(text), "Length": len(text), "BoundaryType": boundary},
        },
    }
    return json.dumps({"Metadata": [item]}, ensure_ascii=False)


def _text_frame(request_id: str, path: str, body: str) -> str:
    return (
        f"X-RequestId:{request_id}\r\n"
        "Content-Type:application/json; charset=utf-8\r\n"
        f"Path:{path}\r\n\r\n{body}"
    )


def _audio_frame(request_id: str, mp3: bytes) -> bytes:
    # edge-tts reads the header block as data[:h] with the 2-byte length in front, so the
    # block must end with CRLF and must not start with the Path header.
    lines = [f"X-RequestId:{request_id}", "Path:audio"]
    if mp3:
        lines.append("Content-Type:audio/mpeg")
    headers = ("\r\n".join(lines) + "\r\n").encode("ascii")
    return len(headers).to_bytes(2, "big") + headers + mp3
