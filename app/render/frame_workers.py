"""Animation frames painted in worker processes and handed back in order, through shared memory.

Why processes: painting a frame is Python and Qt work under one GIL, so only another process
paints beside the one that feeds the encoder. Each worker is spawned (never forked: Qt does not
survive a fork), makes its own offscreen QApplication, rebuilds the renderer from its
:class:`~.frames.FrameJob` and paints every n-th frame into slots of one shared buffer; the
parent reads the slots in frame order, so the video is the same frames in the same order.

On this 2-core machine it does not pay (README, Measured): the workers add CPU rather than
remove it, and each needs ~1.5 s to start at 1080p. It is there for machines with more cores,
and off unless asked for (``animate --workers N``).
"""

from __future__ import annotations

import contextlib
import copyreg
import multiprocessing
import os
import pickle
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from multiprocessing import shared_memory
from types import MappingProxyType

from .frames import FrameJob, FrameRenderer
from .i18n import language

__all__ = ["WorkerFrames", "WorkersFailed"]

SLOTS = 2  # frames each worker may have painted ahead of the encoder
START_TIMEOUT_S = 120.0
FRAME_TIMEOUT_S = 60.0


class WorkersFailed(Exception):
    """The workers could not start (or died): the caller paints in-process instead."""


def _mapping_proxy(items: dict) -> MappingProxyType:
    return MappingProxyType(items)


def _dumps(job: FrameJob) -> bytes:
    """The job pickled; the model keeps read-only mappings, which pickle cannot do by itself."""
    copyreg.pickle(MappingProxyType, lambda m: (_mapping_proxy, (dict(m),)))
    return pickle.dumps(job)


def _work(job_bytes: bytes, times: Sequence[float], shm_name: str, conn, lang: str = "en") -> None:
    """A worker's life: build the renderer, say ready, then paint ``(frame, slot)`` requests
    until told to stop (None) or the parent goes away."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    try:
        from PySide6.QtWidgets import QApplication

        from .i18n import set_language

        app = QApplication.instance() or QApplication([])  # noqa: F841 (the scenes need it)
        set_language(lang)  # the parent's: titles and legend in the same words
        renderer = pickle.loads(job_bytes).renderer()
        shm = shared_memory.SharedMemory(shm_name)  # spawned workers share the parent's resource tracker
        size = renderer.width * renderer.height * 4
        conn.send(("ready", None))
        while (request := conn.recv()) is not None:
            index, slot = request
            shm.buf[slot * size:(slot + 1) * size] = renderer.frame(float(times[index])).constBits()
            conn.send(("frame", index))
        shm.close()
    except (EOFError, BrokenPipeError, KeyboardInterrupt):
        pass  # the parent stopped
    except BaseException:
        with contextlib.suppress(EOFError, BrokenPipeError):
            conn.send(("error", traceback.format_exc()))


class WorkerFrames:
    """``count`` workers painting ``renderer``'s frames at ``times``. Iterate for each frame's
    bytes (ARGB32, valid until the next one is asked for); always :meth:`close` (or use
    ``with``), which ends every worker. Raises WorkersFailed if they cannot start; ``waiting``
    is called every 0.1 s while they start, and may raise to stop (a cancelled export)."""

    def __init__(self, renderer: FrameRenderer, times: Sequence[float], count: int,
                 waiting: Callable[[], object] = lambda: None):
        self.times = [float(t) for t in times]
        self.count = max(1, min(count, len(self.times)))
        self._size = renderer.width * renderer.height * 4
        self._workers: list = []
        self._shm: shared_memory.SharedMemory | None = None
        self._view: memoryview | None = None
        try:
            if getattr(sys, "frozen", False):  # a bundle's spawned child would start the app again
                raise WorkersFailed("frame workers are not used in the bundled app")
            job = _dumps(renderer.job)
            self._shm = shared_memory.SharedMemory(create=True, size=self.count * SLOTS * self._size)
            context = multiprocessing.get_context("spawn")
            for _ in range(self.count):
                mine, theirs = context.Pipe()
                process = context.Process(target=_work, args=(job, self.times, self._shm.name, theirs, language()),
                                          daemon=True)
                process.start()
                theirs.close()
                self._workers.append((process, mine))
            for process, conn in self._workers:
                self._receive(process, conn, START_TIMEOUT_S, waiting, expect="ready")
        except BaseException as exc:
            self.close()
            # Pickling the job fails with PicklingError, TypeError or AttributeError; starting a
            # process with OSError. Anything else (a cancel from ``waiting``) goes to the caller.
            if isinstance(exc, (WorkersFailed, OSError, pickle.PicklingError, AttributeError, TypeError)):
                raise WorkersFailed(str(exc)) from exc
            raise

    def _receive(self, process, conn, timeout: float, waiting: Callable[[], object], expect: str):
        """The worker's next message, checking every 0.1 s that it lives (and calling ``waiting``)."""
        waited = 0.0
        while not conn.poll(0.1):
            waited += 0.1
            waiting()
            if not process.is_alive() or waited > timeout:
                raise WorkersFailed(f"a frame worker {'died' if not process.is_alive() else 'did not answer'}")
        try:
            kind, value = conn.recv()
        except (EOFError, OSError):
            raise WorkersFailed("a frame worker died") from None
        if kind == "error":
            raise WorkersFailed(f"a frame worker failed:\n{value}")
        if kind != expect:
            raise WorkersFailed(f"a frame worker said {kind!r}, not {expect!r}")
        return value

    def __iter__(self) -> Iterator[memoryview]:
        assert self._shm is not None
        n, total = self.count, len(self.times)
        for k, (_, conn) in enumerate(self._workers):  # worker k paints frames k, k + n, k + 2n, …
            for s in range(SLOTS):
                if k + n * s < total:
                    self._ask(conn, k + n * s, k * SLOTS + s)
        for index in range(total):
            k = index % n
            process, conn = self._workers[k]
            painted = self._receive(process, conn, FRAME_TIMEOUT_S, lambda: None, expect="frame")
            if painted != index:
                raise WorkersFailed(f"frame {painted} came for frame {index}")
            slot = k * SLOTS + (index // n) % SLOTS
            self._view = self._shm.buf[slot * self._size:(slot + 1) * self._size]
            yield self._view
            self._view.release()  # so that close can unmap the memory
            if index + n * SLOTS < total:  # the slot is free again: the same worker's next frame in it
                self._ask(conn, index + n * SLOTS, slot)

    @staticmethod
    def _ask(conn, index: int, slot: int) -> None:
        try:
            conn.send((index, slot))
        except OSError:
            raise WorkersFailed("a frame worker died") from None

    def close(self) -> None:
        """End every worker (asked first, then terminated) and free the shared memory."""
        for _, conn in self._workers:
            with contextlib.suppress(OSError, ValueError):
                conn.send(None)
        for process, conn in self._workers:
            process.join(timeout=2.0)
            if process.is_alive():
                process.terminate()
                process.join()
            conn.close()
        self._workers = []
        if self._view is not None:
            self._view.release()
        if self._shm is not None:
            self._shm.close()
            self._shm.unlink()
            self._shm = None

    @property
    def processes(self) -> list:
        return [process for process, _ in self._workers]

    def __enter__(self) -> WorkerFrames:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
