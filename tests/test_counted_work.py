"""The counted-work check itself: it passes linear work and fails quadratic work."""

from __future__ import annotations

import re

import pytest

from counted_work import assert_linear, count_events


def _linear(text: str) -> int:
    return sum(1 for ch in text if ch == "a")


def _quadratic(text: str) -> int:
    return sum(1 for i in range(len(text)) for _ in range(i // 50))


def test_count_is_deterministic() -> None:
    assert count_events(_linear, "ab" * 300) == count_events(_linear, "ab" * 300) > 600


def test_linear_work_passes() -> None:
    assert_linear(_linear, lambda n: "ab" * n, 500)


def test_quadratic_work_fails() -> None:
    with pytest.raises(AssertionError, match="superlinear"):
        assert_linear(_quadratic, lambda n: "ab" * n, 500)


def test_work_inside_one_c_call_is_not_counted() -> None:
    """Why bench_adversarial.py exists: a regex scan is one event however long the text."""
    pattern = re.compile(r"(a|b)*c")
    def scan(text: str) -> bool:
        return pattern.search(text) is not None

    assert count_events(scan, "ab" * 50) == count_events(scan, "ab" * 1000) > 0
