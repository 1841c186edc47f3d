"""One exception tree: every error a user can cause derives from AudiojieduError.

The CLI turns these into one-line messages and a non-zero exit; anything else is a bug.
"""

from __future__ import annotations


class AudiojieduError(Exception):
    """Base class: the message is shown to the user as is, on one line."""


class InputError(AudiojieduError):
    """The input document cannot be read (missing, empty, binary, bad encoding, ...)."""


class ConfigError(AudiojieduError):
    """voices.yaml or the lexicon is malformed; the message names file, key and problem."""


class EngineError(AudiojieduError):
    """A speech engine failed or is not installed."""


class EngineUnavailable(EngineError):
    """The engine cannot run on this machine (package missing, service unreachable)."""


class SynthesisError(EngineError):
    """A segment could not be synthesized after all retries."""


class OutputError(AudiojieduError):
    """The release cannot be written (folder not writable, disk full, ...)."""


class TimeLimitExceeded(AudiojieduError):
    """A build ran past its time limit (`build --max-minutes`, the studio's per-job limit)."""
