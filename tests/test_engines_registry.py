"""The engine registry: every engine declares its capabilities, and nothing outside engines/
asks an engine for its name to decide what to do."""

from __future__ import annotations

import ast

import pytest
from helpers import PACKAGE

from audiojiedu.engines import ENGINE_NAMES, USER_ENGINES, Capabilities, Engine, capabilities, create_engine
from audiojiedu.errors import ConfigError


@pytest.mark.parametrize("name", ENGINE_NAMES)
def test_every_engine_declares_capabilities_and_the_protocol(name: str) -> None:
    engine = create_engine(name)
    assert isinstance(engine, Engine)
    assert engine.name == name
    assert isinstance(capabilities(name), Capabilities)
    assert capabilities(name).concurrency in ("process", "thread")


def test_declared_differences() -> None:
    assert capabilities("offline").takes_pinyin and not capabilities("offline").speaks_latin
    assert not capabilities("edge").takes_pinyin and capabilities("edge").needs_probe
    assert capabilities("edge").max_request_bytes == 4096
    assert [n for n in ENGINE_NAMES if capabilities(n).needs_probe] == ["edge"]
    assert "fake" in ENGINE_NAMES and "fake" not in USER_ENGINES


def test_options_reach_only_the_engines_that_take_them() -> None:
    lexicon = object()
    offline = create_engine("offline", lexicon=lexicon, threads=3)
    assert offline._lexicon is lexicon and offline._threads == 3  # type: ignore[attr-defined]
    create_engine("fake", lexicon=lexicon, threads=3)  # would raise TypeError if passed on
    create_engine("edge", lexicon=lexicon, threads=3)


def test_unknown_engine_names_the_known_ones() -> None:
    with pytest.raises(ConfigError, match="unknown engine 'polly' \\(known: auto, offline, espeak, edge\\)"):
        create_engine("polly")


def _name_checks(tree: ast.AST) -> list[int]:
    """Lines comparing something's `.name` / `engine_name` with a string literal."""
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            named = any(
                (isinstance(s, ast.Attribute) and s.attr == "name") or (isinstance(s, ast.Name) and "engine" in s.id)
                for s in sides
            )
            literal = any(isinstance(s, ast.Constant) and s.value in ENGINE_NAMES for s in sides)
            if named and literal:
                lines.append(node.lineno)
    return lines


def test_no_engine_name_checks_outside_engines() -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): _name_checks(ast.parse(path.read_text("utf-8")))
        for path in PACKAGE.rglob("*.py")
        if "engines" not in path.parts
    }
    assert {k: v for k, v in offenders.items() if v} == {}
    # the check itself finds such a comparison
    assert _name_checks(ast.parse('if engine.name == "offline": pass')) == [1]
