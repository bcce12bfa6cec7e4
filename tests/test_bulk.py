"""`_bulk.paused`: the cyclic collector paused while records are built, restored as it was."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

import karabakh_status as ks
from karabakh_status import _build, _bulk, _loading


@pytest.fixture(autouse=True)
def collector_on() -> Iterator[None]:
    gc.enable()
    yield
    gc.enable()


def test_a_pause_restores_the_collector_even_after_an_error() -> None:
    seen: list[bool] = []

    def fail() -> None:
        with _bulk.paused():
            seen.append(gc.isenabled())
            raise ZeroDivisionError

    with pytest.raises(ZeroDivisionError):
        fail()
    assert seen == [False] and gc.isenabled()


def test_pauses_nest_and_the_last_one_restores() -> None:
    with _bulk.paused():
        with _bulk.paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pause is still under way
    assert gc.isenabled()


def test_a_collector_disabled_before_stays_disabled() -> None:
    gc.disable()
    with _bulk.paused():
        pass
    assert not gc.isenabled()


def test_pauses_in_threads_leave_the_collector_enabled_once_all_end() -> None:
    inside, release = threading.Barrier(9), threading.Event()

    def pause() -> None:
        with _bulk.paused():
            inside.wait()
            release.wait()

    threads = [threading.Thread(target=pause) for _ in range(8)]
    for thread in threads:
        thread.start()
    inside.wait()
    assert not gc.isenabled()
    release.set()
    for thread in threads:
        thread.join()
    assert gc.isenabled()


def _watch(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Record whether the collector runs each time a record is built on the fast path."""
    seen: list[bool] = []
    real = _build.builder

    def builder(cls: type) -> object:
        make = real(cls)
        return lambda data: (seen.append(gc.isenabled()), make(data))[1]

    monkeypatch.setattr(_build, "builder", builder)
    monkeypatch.setattr(_build, "build", lambda cls, data: builder(cls)(data))
    return seen


def test_a_shipped_version_is_built_with_the_collector_paused(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _watch(monkeypatch)
    data = _loading._open_shipped("1.0.0")  # a new Dataset: nothing built yet
    data.get("rec-it-milan-2020")
    data.records("ministers")
    assert seen and not any(seen) and gc.isenabled()


def test_a_folder_is_read_and_checked_with_the_collector_paused(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    from karabakh_status import _converter, _folders, _rules

    _folders._forget()  # the folder's files read anew, not the records of an earlier reading
    seen: list[bool] = []
    structure = _converter.structure
    monkeypatch.setattr(_converter, "structure", lambda c, data: (seen.append(gc.isenabled()), structure(c, data))[1])

    def watched(rule: _rules.Rule) -> _rules.Rule:
        check = rule.check
        if check is None:
            return rule
        return attrs.evolve(rule, check=lambda snap: (seen.append(gc.isenabled()), check(snap))[1])

    monkeypatch.setattr(_rules, "RULES", tuple(watched(rule) for rule in _rules.RULES))
    ks.load(path=folder)
    assert len(seen) > 100 and not any(seen) and gc.isenabled()
