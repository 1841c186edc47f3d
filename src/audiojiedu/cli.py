"""The command line: thin over the library; validates input, prints, maps errors to exit codes.

Exit codes: 0 ok, 1 an error the user can fix (one line on stderr), 2 usage, 130 interrupted.
Heavy modules are imported inside commands so that `normalize` and `pinyin` answer at once.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click

from .engines import ENGINE_NAMES, USER_ENGINES  # names only: no engine module is imported
from .errors import AudiojieduError

F = TypeVar("F", bound=Callable[..., Any])


def _fail(message: str, code: int = 1) -> None:
    click.echo(f"audiojiedu: error: {message}", err=True)
    sys.exit(code)


def handle_errors(func: F) -> F:
    """One line on stderr for every expected failure; never a traceback unless debugging."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except AudiojieduError as exc:
            from .synth import Interrupted

            _fail(" ".join(str(exc).split()), 130 if isinstance(exc, Interrupted) else 1)
        except KeyboardInterrupt:
            _fail("interrupted", 130)
        except BrokenPipeError:
            sys.stderr.close()
            sys.exit(1)
        except Exception as exc:  # a bug: say so in one line; AUDIOJIEDU_DEBUG=1 shows the traceback
            if os.environ.get("AUDIOJIEDU_DEBUG"):
                raise
            _fail(f"internal error: {type(exc).__name__}: {exc} (set AUDIOJIEDU_DEBUG=1 for details)", 1)

    return wrapper  # type: ignore[return-value]


def _config(path: Path | None) -> Any:
    from .config import default_config_path, load_config

    return load_config(path if path is not None else default_config_path())


class _OneLineErrors(click.Group):
    """Click's own errors (a missing file, a bad option) in the one line every other error takes,
    instead of its usage block: audiojiedu: error: Invalid value for 'INPUTS...': Path 'x' does not
    exist. The exit codes stay click's (2 for a usage error)."""

    def main(  # type: ignore[override]  # click types main with overloads on standalone_mode
        self, args: Sequence[str] | None = None, prog_name: str | None = None, standalone_mode: bool = True, **extra: Any
    ) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, standalone_mode=False, **extra)
        try:
            code = super().main(args, prog_name, standalone_mode=False, **extra)
        except click.ClickException as exc:
            _fail(" ".join(exc.format_message().split()), exc.exit_code)
        except click.Abort:
            _fail("interrupted", 130)
        sys.exit(code if isinstance(code, int) else 0)


@click.group(cls=_OneLineErrors, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="audiojiedu")
def cli() -> None:
    """audiojiedu (音频解读): government documents into narrated, chaptered audio releases."""


class InputArgument(click.ParamType):  # type: ignore[type-arg]  # generic only in newer click
    """A document: an existing file or folder, or an http(s) URL to fetch."""

    name = "input"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        from .fetch import is_url

        if isinstance(value, str) and is_url(value):
            return value
        return click.Path(path_type=Path, exists=True).convert(value, param, ctx)


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=InputArgument())
@click.option(
    "-o",
    "--out",
    "out_dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="Release folder (one input) or parent folder of release folders (several). Default out/<slug>/.",
)
@click.option(
    "--engine",
    type=click.Choice(("auto", *ENGINE_NAMES)),
    default=None,
    help="Speech engine; default from voices.yaml (auto).",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="voices.yaml to use (default: ./voices.yaml when present, else built-in defaults).",
)
@click.option(
    "--jobs", "-j", type=click.IntRange(1, 64), default=None, help="Parallel synthesis jobs (default: cores)."
)
@click.option(
    "--cache-dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="Segment cache (default: $XDG_CACHE_HOME/audiojiedu).",
)
@click.option("--progress/--no-progress", default=True, help="Show a progress bar while synthesizing.")
@click.option(
    "--max-minutes",
    type=click.FloatRange(0.01, None),
    default=None,
    help="Stop with an error after this long (finished segments stay in the cache).",
)
@handle_errors
def build(
    inputs: tuple[Path | str, ...],
    out_dir: Path | None,
    engine: str | None,
    config_path: Path | None,
    jobs: int | None,
    cache_dir: Path | None,
    progress: bool,
    max_minutes: float | None,
) -> None:
    """Build INPUT documents (files, folders or http(s) URLs) into chaptered MP3 releases."""
    import tempfile

    from .build import BuildOptions
    from .build import build as run_build

    config = _config(config_path)
    options = BuildOptions(
        config=config, engine=engine or config.engine, out_dir=out_dir, cache_dir=cache_dir, jobs=jobs or 0
    )
    say = functools.partial(click.echo, err=True)
    if max_minutes is not None:
        _time_limit(max_minutes * 60)
    with contextlib.ExitStack() as stack:
        # A folder for fetched pages only when there are URLs: a build of local files that is killed
        # (kill -9, a crash) leaves no empty folder behind in the system's temp folder.
        fetched = any(not isinstance(item, Path) for item in inputs)
        tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="audiojiedu-fetch-"))) if fetched else Path()
        bars = stack.enter_context(_ProgressBars(enabled=progress))
        paths = [item if isinstance(item, Path) else _fetch(item, tmp, say) for item in inputs]
        reports = run_build(paths, options, say=say, progress=bars.show)
    failed = [r for r in reports if r.error]
    for r in reports:
        if r.error:
            continue
        minutes, seconds = divmod(r.duration_ms / 1000, 60)
        click.echo(
            f"{r.audio}: {int(minutes)}:{seconds:04.1f} audio, {r.chapters} chapters, {r.segments} segments "
            f"({r.synthesized} synthesized, {r.cached} cached), engine {r.engine}, {r.wall_seconds:.1f} s"
        )
        for warning in r.warnings:
            click.echo(f"  warning: {warning}", err=True)
        if r.out_dir is not None:
            from .preflight import summarize

            click.echo(f"  preflight: {summarize(r.findings)}; see {r.out_dir / 'review.html'}")
    if failed:
        click.echo(f"{len(failed)} of {len(reports)} documents failed:", err=True)
        for r in failed:
            click.echo(f"  {r.source}: {r.error}", err=True)
        sys.exit(1)


def _time_limit(seconds: float) -> None:
    """Raise TimeLimitExceeded in the main thread after `seconds`, wherever the build is (a
    hostile document's parsing included); it stops a batch like Ctrl-C does."""
    import signal

    from .errors import TimeLimitExceeded

    def expire(signum: int, frame: Any) -> None:
        signal.setitimer(signal.ITIMER_REAL, 0)
        raise TimeLimitExceeded(
            f"stopped after the time limit of {seconds / 60:g} minutes (--max-minutes); "
            "finished segments are kept in the cache"
        )

    signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)


class _ProgressBars:
    """A progress bar per release while its segments are synthesized (the library reports)."""

    def __init__(self, *, enabled: bool) -> None:
        self.enabled = enabled
        self.bar: Any = None

    def __enter__(self) -> _ProgressBars:
        return self

    def __exit__(self, *exc: object) -> None:
        self._close()

    def _close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None

    def show(self, progress: Any) -> None:
        if not self.enabled:
            return
        if progress.done == 0:
            from tqdm import tqdm

            self._close()
            self.bar = tqdm(
                total=progress.total, unit="seg", desc=progress.release[:24], dynamic_ncols=True, leave=False
            )
            return
        if self.bar is not None:
            self.bar.set_postfix_str(f"{progress.audio_seconds / 60:.1f} min audio", refresh=False)
            self.bar.update(1)
            if progress.done >= progress.total:
                self._close()


def _fetch(url: str, folder: Path, say: Callable[[str], None]) -> Path:
    """Download URL into `folder` under its own name (which gives the release its slug)."""
    from .fetch import fetch_document
    from .fsutil import atomic_write

    fetched = fetch_document(url)
    say(f"{url}: fetched {len(fetched.content):,} bytes")
    stem = fetched.name.rsplit(".", 1)[0] if "." in fetched.name else fetched.name
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in stem).strip("-") or "page"
    path = folder / str(len(list(folder.iterdir()))) / safe  # the type is read from the bytes, not the name
    atomic_write(path, fetched.content)
    return path


@cli.command()
@click.argument("input_path", metavar="INPUT", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the outline as JSON.")
@handle_errors
def outline(input_path: Path, as_json: bool) -> None:
    """Print the section tree of INPUT."""
    from .outline import outline_to_json
    from .sources import load_document

    doc = load_document(input_path)
    if as_json:
        click.echo(json.dumps(outline_to_json(doc), ensure_ascii=False, indent=2))
        return
    click.echo(doc.title)
    for key, value in doc.metadata.items():
        click.echo(f"  {key}: {value}")

    def show(sections: Any, depth: int) -> None:
        for section in sections:
            click.echo("  " * depth + section.heading)
            show(section.sections, depth + 1)

    show(doc.sections, 1)
    for warning in doc.warnings:
        click.echo(f"warning: {warning}", err=True)
    for finding in doc.findings:  # uncertain structure: where staff should look
        click.echo(
            f"check [{finding.kind}]: {finding.message}" + (f"：「{finding.text}」" if finding.text else ""), err=True
        )


@cli.command()
@click.argument("input_path", metavar="INPUT", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.option(
    "-o",
    "--out",
    "out",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Write the editable release script (NAME.script.md) instead of listing segments.",
)
@click.option("--force", is_flag=True, help="With -o: overwrite a script that staff have edited.")
@click.option("--engine", type=click.Choice(ENGINE_NAMES), default="offline", help="Engine the script is for.")
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False))
@handle_errors
def script(input_path: Path, out: Path | None, force: bool, engine: str, config_path: Path | None) -> None:
    """Print exactly what will be spoken, segment by segment; with -o, write the release script."""
    from .lexicon import load_lexicon
    from .script import plan
    from .sources import load_document

    config = _config(config_path)
    doc = load_document(input_path, max_table_rows=config.max_table_rows)
    if out is not None:
        from .errors import InputError
        from .fsutil import atomic_write
        from .release_script import SUFFIX, is_script_path, read_script, render_script

        if not is_script_path(out):
            raise InputError(f"{out}: a release script's name must end in {SUFFIX}")
        if out.exists() and not force:
            origin = read_script(out).script
            if origin is None or not origin.automatic_digest or origin.edited_lines or origin.deleted_lines:
                raise InputError(
                    f"{out}: already exists with staff edits; build from it, or pass --force to replace it"
                )
        atomic_write(out, render_script(doc, opening=config.opening, closing=config.closing))
        click.echo(str(out))
        return
    for segment in plan(doc, config, engine_name=engine, lexicon=load_lexicon(config.lexicon_path)):
        marker = "  [chapter] " if segment.chapter_title else "  "
        click.echo(f"{segment.id}\t{segment.role}\t{segment.pause_after_ms}ms{marker}{segment.spoken}")


@cli.command()
@click.argument("input_path", metavar="INPUT", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.option("--strict", is_flag=True, help="Exit with status 1 when anything is found (for CI or a CMS hook).")
@click.option("--engine", type=click.Choice(ENGINE_NAMES), default="offline", help="Engine to check for.")
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False))
@handle_errors
def check(input_path: Path, strict: bool, engine: str, config_path: Path | None) -> None:
    """List what a listener may stumble on in INPUT, without synthesizing.

    Each line: the line in the release script (INPUT itself when it is a .script.md, else the
    script `audiojiedu script -o` would write), the kind, the message and the text.
    """
    from .lexicon import load_lexicon
    from .preflight import check_segments, place, script_lines, summarize
    from .script import plan
    from .sources import load_document

    config = _config(config_path)
    doc = load_document(input_path, max_table_rows=config.max_table_rows)
    lexicon = load_lexicon(config.lexicon_path)
    segments = plan(doc, config, engine_name=engine, lexicon=lexicon)
    findings = check_segments(doc, segments, engine=engine, lexicon=lexicon)
    for flag in place(findings, segments=segments, script_lines=script_lines(doc, config=config)):
        where = f"line {flag.line}" if flag.line else "line ?"
        text = flag.finding.text.replace("\n", " ")
        text = text if len(text) <= 40 else text[:40] + "…"
        click.echo(f"{where}\t{flag.finding.kind}\t{flag.finding.message}\t{text}")
    click.echo(f"{input_path}: {summarize(findings)}", err=True)
    if strict and findings:
        sys.exit(1)


def _lines(text: str | None, transform: Callable[[str], str]) -> None:
    if text is not None:
        click.echo(transform(text))
        return
    out = sys.stdout
    for line in sys.stdin:
        out.write(transform(line.rstrip("\r\n")) + "\n")
        out.flush()


@cli.command()
@click.argument("text", required=False)
@handle_errors
def normalize(text: str | None) -> None:
    """Normalize TEXT for reading aloud; with no TEXT, each line of stdin."""
    from .normalize import normalize as run

    _lines(text, run)


@cli.command()
@click.argument("text", required=False)
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False))
@handle_errors
def pinyin(text: str | None, config_path: Path | None) -> None:
    """The syllables the offline voice speaks for TEXT (one token per character); stdin without TEXT."""
    from .pinyin import spoken_pinyin_line

    lexicon_path = _config(config_path).lexicon_path
    _lines(text, functools.partial(spoken_pinyin_line, lexicon_path=lexicon_path))


@cli.command()
@click.option("--engine", type=click.Choice(USER_ENGINES), default=None, help="Only this engine.")
@handle_errors
def voices(engine: str | None) -> None:
    """The engines usable on this machine and their voices."""
    from .engines import create_engine
    from .errors import EngineUnavailable

    for name in [engine] if engine else USER_ENGINES:
        try:
            found = create_engine(name).voices()
        except EngineUnavailable as exc:
            click.echo(f"{name}: unavailable: {exc}")
            continue
        click.echo(f"{name}:")
        for voice in found:
            details = ", ".join(x for x in (voice.locale, voice.gender, voice.description) if x)
            click.echo(f"  {voice.name}\t{details}")


@cli.command()
@click.argument("release_dirs", nargs=-1, required=True, type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.option("--base-url", required=True, help="URL under which the release files are served.")
@click.option("--title", default=None, help="Feed title.")
@click.option("--description", default=None, help="Feed description.")
@click.option("--image-url", default=None, help="Artwork URL (1400–3000 px JPEG or PNG).")
@click.option("--author", default=None, help="Feed author (default: the releases' 发布机构).")
@click.option("--feed-url", default=None, help="Where the feed itself will be served (default: base URL + file name).")
@click.option("--locked/--unlocked", default=True, help="podcast:locked: forbid importing the feed elsewhere.")
@click.option("-o", "--out", "out", type=click.Path(path_type=Path, dir_okay=False), default=Path("feed.xml"))
@click.option("--include-unapproved", is_flag=True, help="Also list releases nobody has approved (audiojiedu approve).")
@handle_errors
def feed(
    release_dirs: tuple[Path, ...],
    base_url: str,
    title: str | None,
    description: str | None,
    image_url: str | None,
    author: str | None,
    feed_url: str | None,
    locked: bool,
    out: Path,
    include_unapproved: bool,
) -> None:
    """Write a podcast RSS feed for built RELEASE_DIRs (approved ones, unless --include-unapproved)."""
    from .publish import write_feed

    dirs = list(release_dirs)
    if not include_unapproved:
        from .approval import split_approved
        from .errors import InputError

        dirs, left_out = split_approved(dirs)
        for directory, why in left_out:
            click.echo(f"left out of the feed: {directory}: {why} (audiojiedu approve {directory} --by NAME)", err=True)
        if not dirs:
            raise InputError(
                "no approved release to put in the feed; approve one with "
                "'audiojiedu approve RELEASE_DIR --by NAME' or pass --include-unapproved"
            )
    path = write_feed(
        dirs,
        base_url=base_url,
        out=out,
        title=title,
        description=description,
        image_url=image_url,
        author=author,
        feed_url=feed_url,
        locked=locked,
    )
    click.echo(str(path))


@cli.command()
@click.argument("release_dir", type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.option("--by", "by", required=True, help="Name of the person who signs the release off.")
@handle_errors
def approve(release_dir: Path, by: str) -> None:
    """Sign RELEASE_DIR off as NAME: it then goes into feeds, until its content changes."""
    from .approval import APPROVAL_NAME, read_approval
    from .approval import approve as run_approve

    previous = read_approval(release_dir)
    approval = run_approve(release_dir, by=by)
    if previous is not None and not previous.current:
        click.echo(
            f"{release_dir}: the approval by {previous.by} ({previous.at}) no longer held: the release changed",
            err=True,
        )
    click.echo(f"{release_dir / APPROVAL_NAME}: approved by {approval.by} at {approval.at}")


@cli.command()
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on; anything but loopback needs $AUDIOJIEDU_TOKEN set.",
)
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option(
    "--data",
    "data_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("studio-data"),
    show_default=True,
    help="Folder for uploads, job state, releases and the segment cache.",
)
@click.option(
    "--engine",
    type=click.Choice(("auto", *ENGINE_NAMES)),
    default=None,
    help="Speech engine; default from voices.yaml (auto).",
)
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=None, help="Synthesis processes per build.")
@click.option("--concurrency", type=click.IntRange(1, 16), default=1, show_default=True, help="Builds at once.")
@click.option(
    "--max-minutes",
    type=click.FloatRange(0.1, 24 * 60),
    default=60.0,
    show_default=True,
    help="Time limit of one build.",
)
@handle_errors
def serve(
    host: str,
    port: int,
    data_dir: Path,
    engine: str | None,
    config_path: Path | None,
    jobs: int | None,
    concurrency: int,
    max_minutes: float,
) -> None:
    """Start the studio: the staff web app and the HTTP API (see README)."""
    from .config import default_config_path
    from .studio import RunnerSettings, StudioSettings, create_app, is_loopback

    token = os.environ.get("AUDIOJIEDU_TOKEN", "").strip()
    if not token and not is_loopback(host):
        _fail(f"refusing to listen on {host} without a token: set AUDIOJIEDU_TOKEN (or use --host 127.0.0.1)", 2)
    config_path = config_path or default_config_path()
    config = _config(config_path)
    import uvicorn

    runner = RunnerSettings(
        engine=engine or config.engine,
        config_path=config_path.resolve() if config_path else None,
        jobs=jobs or 0,
        concurrency=concurrency,
        max_seconds=max_minutes * 60,
    )
    app = create_app(StudioSettings(data_dir=data_dir.resolve(), token=token, runner=runner))
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"audiojiedu studio: http://{shown}:{port}/ (data in {data_dir}; Ctrl-C stops)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def main() -> None:
    cli(prog_name="audiojiedu")
