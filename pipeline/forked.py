"""Calls answered by a child process forked at once, so that what it loads loads beside the caller.

A cold `ldtd check` must answer within a second. A third of that went to importing DuckDB and
opening the store, one after the other with loading what reads the claim (pydantic and the
extractors, the segmenter's tables, the lexicons). Forked first, a child does the first and
splits the claim into words while the parent loads the extractors, on another core; the parent
then sends it the queries. `concurrent.futures.ProcessPoolExecutor` would do
the same, but importing multiprocessing alone cost 45 ms of that second; this needs a pipe each
way and pickle.

The child is forked before the caller starts a thread (a fork copies only the forking thread).
The setup and each call run in threads of the child's own, and a call is answered when it ends,
so a short call is not held behind a long one, and a call that needs nothing of the setup's
(`submit_free`: the claim split into words) is not held behind the setup; the child ends when
the parent closes its pipe, or exits.
"""
from __future__ import annotations

import os
import pickle
import struct
import threading
from typing import Any, Callable

_LENGTH = struct.Struct("!Q")


class ForkedCalls:
    """`setup(*args)` run at once in a forked child; then `submit(fn, *args)` runs
    `fn(setup's result, *args)` there once the setup is done, and `submit_free(fn, *args)` runs
    `fn(*args)` at once, beside the setup (`fn` must be importable by name, the arguments
    picklable). `.result()` of what they return gives fn's value, or raises its exception here."""

    def __init__(self, setup: Callable[..., Any], *args: Any) -> None:
        to_child_read, self._to_child = os.pipe()
        self._from_child, from_child_write = os.pipe()
        self._pid = os.fork()
        if self._pid == 0:  # the child: never returns
            os.close(self._to_child)
            os.close(self._from_child)
            _serve(to_child_read, from_child_write, setup, args)
        os.close(to_child_read)
        os.close(from_child_write)
        self._next_id = 0
        self._answers: dict[int, tuple[bool, Any]] = {}

    def submit(self, fn: Callable[..., Any], *args: Any) -> "_Pending":
        return self._send(True, fn, args)

    def submit_free(self, fn: Callable[..., Any], *args: Any) -> "_Pending":
        return self._send(False, fn, args)

    def _send(self, with_state: bool, fn: Callable[..., Any], args: tuple) -> "_Pending":
        call_id = self._next_id
        self._next_id += 1
        _write(self._to_child, (call_id, with_state, fn, args))
        return _Pending(self, call_id)

    def _answer(self, call_id: int) -> Any:
        while call_id not in self._answers:
            answered = _read(self._from_child)
            if answered is None:
                raise RuntimeError("the process answering the queries ended without an answer; run the command again")
            answered_id, ok, value = answered
            self._answers[answered_id] = (ok, value)
        ok, value = self._answers.pop(call_id)
        if not ok:
            raise value
        return value

    def close(self) -> None:
        """Ends the child (its pipe closed, it exits) and waits for it."""
        if self._pid:
            os.close(self._to_child)
            os.close(self._from_child)
            os.waitpid(self._pid, 0)
            self._pid = 0

    def __enter__(self) -> "ForkedCalls":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Pending:
    def __init__(self, calls: ForkedCalls, call_id: int) -> None:
        self._calls, self._id = calls, call_id

    def result(self) -> Any:
        return self._calls._answer(self._id)


class _Setup:
    """The setup's result (or its error), made in a thread of its own."""

    def __init__(self, setup: Callable[..., Any], args: tuple) -> None:
        self.state: Any = None
        self.error: Exception | None = None
        self.done = threading.Event()
        threading.Thread(target=self._run, args=(setup, args)).start()

    def _run(self, setup: Callable[..., Any], args: tuple) -> None:
        try:
            self.state = setup(*args)
        except Exception as exc:  # noqa: BLE001 — raised in the parent, by each call that needs it
            self.error = exc
        finally:
            self.done.set()


def _serve(requests: int, answers: int, setup: Callable[..., Any], args: tuple) -> None:
    """The child's loop: read calls until the parent closes its end, answer each from a thread."""
    status = 0
    try:
        made = _Setup(setup, args)
        writing = threading.Lock()

        def answer(call_id: int, with_state: bool, fn: Callable[..., Any], call_args: tuple) -> None:
            try:
                if with_state:
                    made.done.wait()
                    if made.error is not None:
                        raise made.error
                    call_args = (made.state, *call_args)
                reply = (call_id, True, fn(*call_args))
            except Exception as exc:  # noqa: BLE001 — the parent raises it
                reply = (call_id, False, _sendable(exc))
            with writing:
                try:
                    _write(answers, reply)
                except OSError:
                    pass  # the parent has gone (Ctrl-C): no one to answer

        threads = []
        while (call := _read(requests)) is not None:
            thread = threading.Thread(target=answer, args=call)
            thread.start()
            threads.append(thread)
        for thread in threads:
            thread.join()
        made.done.wait()
    except BaseException:  # noqa: BLE001 — Ctrl-C or a broken pipe: the parent reports it
        status = 1
    finally:
        os._exit(status)  # never the parent's exit handlers, nor its buffered output


def _sendable(exc: Exception) -> Exception:
    """`exc`, or a RuntimeError saying the same when it would not come through pickle whole (a
    class pickle cannot find, arguments its class cannot be made from again)."""
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:  # noqa: BLE001 — any failure means: send its words instead
        return RuntimeError(f"{type(exc).__name__}: {exc}")


def _write(fd: int, value: Any) -> None:
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    data = _LENGTH.pack(len(data)) + data
    while data:
        data = data[os.write(fd, data):]


def _read(fd: int) -> Any:
    """The next value sent on `fd`, or None when its writer has closed it."""
    header = _read_exactly(fd, _LENGTH.size)
    if header is None:
        return None
    body = _read_exactly(fd, _LENGTH.unpack(header)[0])
    return None if body is None else pickle.loads(body)


def _read_exactly(fd: int, n: int) -> bytes | None:
    chunks, left = [], n
    while left:
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)
