"""pipeline.forked: calls answered by a child process forked at once (the CLI's `ldtd check`
reads the store there while it loads the extractors)."""
from __future__ import annotations

import os
import time

import pytest

from pipeline.forked import ForkedCalls


def opened(path: str) -> dict:
    if path == "missing":
        raise FileNotFoundError(f"{path}: no database here")
    return {"path": path, "pid": os.getpid()}


def field(state: dict, name: str):
    return state[name]


def after(state: dict, seconds: float, value):
    time.sleep(seconds)
    return value


def fails(state: dict, message: str):
    raise ValueError(message)


def test_calls_run_in_the_child_with_what_setup_made():
    with ForkedCalls(opened, "a.duckdb") as calls:
        assert calls.submit(field, "path").result() == "a.duckdb"
        assert calls.submit(field, "pid").result() != os.getpid()


def test_a_short_call_is_not_held_behind_a_long_one():
    with ForkedCalls(opened, "a.duckdb") as calls:
        slow = calls.submit(after, 1.0, "slow")
        started = time.perf_counter()
        assert calls.submit(after, 0.0, "quick").result() == "quick"
        assert time.perf_counter() - started < 0.9
        assert slow.result() == "slow"


@pytest.mark.parametrize("setup_arg, fn, args, error, message", [
    ("a.duckdb", fails, ("no such figure",), ValueError, "no such figure"),
    # the setup's error is raised by every call, in the parent
    ("missing", field, ("path",), FileNotFoundError, "missing: no database here"),
])
def test_errors_are_raised_in_the_parent(setup_arg, fn, args, error, message):
    with ForkedCalls(opened, setup_arg) as calls:
        with pytest.raises(error, match=message):
            calls.submit(fn, *args).result()
        with pytest.raises(error, match=message):
            calls.submit(fn, *args).result()


class TwoArgumentError(Exception):
    def __init__(self, what: str, why: str):  # pickle makes it again from one argument: fails
        super().__init__(f"{what}: {why}")


def local_class_error(state):
    class Local(Exception):  # a class pickle cannot find by name
        pass

    raise Local("cannot pickle")


def two_argument_error(state):
    raise TwoArgumentError("figures", "cannot be read")


@pytest.mark.parametrize("fn, message", [
    (local_class_error, "Local: cannot pickle"),
    (two_argument_error, "TwoArgumentError: figures: cannot be read"),
])
def test_an_error_pickle_cannot_carry_still_reaches_the_parent_in_words(fn, message):
    with ForkedCalls(opened, "a.duckdb") as calls:
        with pytest.raises(RuntimeError, match=message):
            calls.submit(fn).result()
        assert calls.submit(field, "path").result() == "a.duckdb"  # and the child goes on


def test_a_free_call_does_not_wait_for_the_setup():
    with ForkedCalls(after, None, 1.0, "slow setup") as calls:
        started = time.perf_counter()
        assert calls.submit_free(pow, 2, 10).result() == 1024
        assert time.perf_counter() - started < 0.9
        assert calls.submit(field_of_string, 0).result() == "s"


def field_of_string(state: str, i: int) -> str:
    return state[i]


def test_the_child_is_gone_after_close():
    calls = ForkedCalls(opened, "a.duckdb")
    pid = calls.submit(field, "pid").result()
    calls.close()
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
