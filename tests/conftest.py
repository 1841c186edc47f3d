"""Shared fixtures."""

from __future__ import annotations

import pytest
from audiocheck import EXAMPLE


@pytest.fixture
def example_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Browser tests count as slow too, so `pytest -m "not slow"` is the quick daily set."""
    for item in items:
        if item.get_closest_marker("browser") is not None:
            item.add_marker(pytest.mark.slow)
