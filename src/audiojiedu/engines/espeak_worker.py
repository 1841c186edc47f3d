"""A separate process that speaks with libespeak-ng (GPL-3.0) for engines/espeak.py.

espeak-ng is GPL-3.0; audiojiedu is MIT. The library is only ever loaded into this process,
which talks to its parent through pipes, so the two programs stay separate works.

Protocol: the parent writes one JSON request per line on stdin:
    {"text": "...", "voice": "cmn", "rate": 175, "pitch": 50, "data": "/path/espeak-ng-data",
     "library": "/path/libespeak-ng.so"}
and reads back one JSON line {"sample_rate": 22050, "samples": N, "words": [[char_offset,
length, start_ms], ...], "error": null} followed by N little-endian int16 samples. The process
ends at end of input.

Run as `python -m audiojiedu.engines.espeak_worker`.
"""

from __future__ import annotations

import ctypes
import json
import os
import sys
from array import array
from typing import Any, BinaryIO

_OUTPUT_SYNCHRONOUS = 2
_INITIALIZE_DONT_EXIT = 0x8000
_PARAM_RATE, _PARAM_PITCH = 1, 3
_POS_CHARACTER = 1
_CHARS_UTF8 = 1
_EVENT_LIST_TERMINATED, _EVENT_WORD = 0, 1


class _Event(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("unique_identifier", ctypes.c_uint),
        ("text_position", ctypes.c_int),
        ("length", ctypes.c_int),
        ("audio_position", ctypes.c_int),
        ("sample", ctypes.c_int),
        ("user_data", ctypes.c_void_p),
        ("id", ctypes.c_char * 8),
    ]


_Callback = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.POINTER(_Event))


class _Espeak:
    def __init__(self, library: str, data: str) -> None:
        self.lib = ctypes.CDLL(library)
        self.lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
        self.lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        self.lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        self.lib.espeak_Synth.argtypes = [
            ctypes.c_void_p,
            ctypes.c_size_t,
            ctypes.c_uint,
            ctypes.c_int,
            ctypes.c_uint,
            ctypes.c_uint,
            ctypes.c_void_p,
            ctypes.c_void_p,
        ]
        self._data = data.encode()
        self.sample_rate = self.lib.espeak_Initialize(_OUTPUT_SYNCHRONOUS, 0, self._data, _INITIALIZE_DONT_EXIT)
        if self.sample_rate <= 0:
            raise RuntimeError(f"espeak_Initialize failed with data at {data}")
        self.samples = array("h")
        self.words: list[list[int]] = []
        self._callback = _Callback(self._collect)  # kept referenced while the library holds it
        self.lib.espeak_SetSynthCallback(self._callback)

    def _collect(self, wav: Any, count: int, events: Any) -> int:
        if count > 0:
            self.samples.extend(wav[:count])
        i = 0
        while events[i].type != _EVENT_LIST_TERMINATED:
            event = events[i]
            if event.type == _EVENT_WORD:
                self.words.append([event.text_position, event.length, event.audio_position])
            i += 1
        return 0

    def speak(self, text: str, *, voice: str, rate: int, pitch: int) -> dict[str, Any]:
        if self.lib.espeak_SetVoiceByName(voice.encode()) != 0:
            raise RuntimeError(f"espeak-ng has no voice '{voice}'")
        self.lib.espeak_SetParameter(_PARAM_RATE, rate, 0)
        self.lib.espeak_SetParameter(_PARAM_PITCH, pitch, 0)
        self.samples = array("h")
        self.words = []
        data = text.encode("utf-8") + b"\0"
        buffer = ctypes.create_string_buffer(data, len(data))
        status = self.lib.espeak_Synth(buffer, len(data), 0, _POS_CHARACTER, 0, _CHARS_UTF8, None, None)
        if status != 0:
            raise RuntimeError(f"espeak_Synth failed with status {status}")
        self.lib.espeak_Synchronize()
        return {"sample_rate": self.sample_rate, "samples": len(self.samples), "words": self.words, "error": None}


def serve(requests: BinaryIO, replies: BinaryIO) -> None:
    engine: _Espeak | None = None
    for line in requests:
        if not line.strip():
            continue
        if hasattr(os, "fork"):
            # libespeak-ng keeps static state from one utterance to the next (even across
            # espeak_Terminate), so the same text can come out a few samples different. Each
            # request is served by a fork of the freshly initialized process instead.
            if engine is None:
                engine = _initialize(line)
            pid = os.fork()
            if pid == 0:
                try:
                    _answer(engine, line, replies)
                finally:
                    os._exit(0)
            os.waitpid(pid, 0)
        else:
            engine = engine or _initialize(line)
            _answer(engine, line, replies)


def _initialize(line: bytes) -> _Espeak | None:
    try:
        request = json.loads(line)
        return _Espeak(request["library"], request["data"])
    except Exception:
        return None


def _answer(engine: _Espeak | None, line: bytes, replies: BinaryIO) -> None:
    try:
        request = json.loads(line)
        if engine is None:
            engine = _Espeak(request["library"], request["data"])
        header = engine.speak(
            request["text"], voice=request["voice"], rate=int(request["rate"]), pitch=int(request["pitch"])
        )
        samples = engine.samples
        if sys.byteorder != "little":
            samples.byteswap()
        payload = samples.tobytes()
    except Exception as exc:
        header = {"sample_rate": 0, "samples": 0, "words": [], "error": f"{type(exc).__name__}: {exc}"}
        payload = b""
    replies.write(json.dumps(header).encode("utf-8") + b"\n")
    replies.write(payload)
    replies.flush()


if __name__ == "__main__":
    serve(sys.stdin.buffer, sys.stdout.buffer)
