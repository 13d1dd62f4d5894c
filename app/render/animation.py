"""Animations written frame by frame: GIF and WebP with Pillow, MP4 (H.264) with the ffmpeg
that the imageio-ffmpeg wheel carries (:mod:`.video`). Frames stream to the writer, never all in
memory."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import numpy as np
from PySide6.QtGui import QImage

from ..model.documents.atomic import atomic_path
from ..model.errors import DorsumError
from .frames import FrameRenderer
from .video import Mp4Writer

__all__ = ["ANIMATION_FORMATS", "Cancelled", "frame_times", "write_animation", "qimage_rgb"]

ANIMATION_FORMATS = (".gif", ".webp", ".mp4")

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """The user stopped an export; nothing was written."""


def frame_times(start: float, end: float, fps: float, speed: float, duration: float | None) -> np.ndarray:
    """Session times of each frame: ``speed`` session seconds per video second, for
    ``duration`` video seconds (default: until ``end``)."""
    if fps <= 0 or speed <= 0:
        raise ValueError("fps and speed must be positive")
    span = (end - start) / speed if duration is None else duration
    n = max(int(round(span * fps)), 1)
    return np.minimum(start + np.arange(n) * speed / fps, np.nextafter(end, start))


def qimage_rgb(image: QImage) -> np.ndarray:
    """An (h, w, 3) uint8 copy of ``image``."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    h, w, stride = rgb.height(), rgb.width(), rgb.bytesPerLine()
    buf = np.frombuffer(rgb.constBits(), np.uint8, count=stride * h).reshape(h, stride)
    return buf[:, : w * 3].reshape(h, w, 3).copy()


def _images(
    renderer: FrameRenderer, times: Iterable[float], progress: Callable[[int], bool | None] | None, start: int = 0,
    buffers: int = 1,
) -> Iterator[QImage]:
    """The renderer's image at each time from frame ``start`` on, painted into ``buffers``
    images in turn (each repainted ``buffers`` frames later: use it before then)."""
    times = list(times)
    images = [None, *(renderer.new_image() for _ in range(buffers - 1))]
    for i in range(start, len(times)):
        if progress is not None and progress(i) is False:
            raise Cancelled()
        yield renderer.frame(float(times[i]), into=images[i % buffers])
    if progress is not None:
        progress(len(times))


def _worker_frames(renderer: FrameRenderer, times: list[float], progress: Callable[[int], bool | None] | None,
                   workers: int) -> Iterator[QImage | memoryview]:
    """The frames painted by ``workers`` processes; here instead if they cannot start, and here
    from the frame they stopped at if they die."""
    from .frame_workers import WorkerFrames, WorkersFailed

    def waiting() -> None:
        if progress is not None and progress(0) is False:
            raise Cancelled()

    done = 0
    try:
        with WorkerFrames(renderer, times, workers, waiting) as pool:
            for frame in pool:
                if progress is not None and progress(done) is False:
                    raise Cancelled()
                yield frame
                done += 1
    except WorkersFailed as exc:
        log.warning("painting frames from frame %d in this process: %s", done, exc)
        yield from _images(renderer, times, progress, done)
        return
    if progress is not None:
        progress(len(times))


def write_animation(renderer: FrameRenderer, times: np.ndarray, path: str | Path, fps: float,
                    progress: Callable[[int], bool | None] | None = None, workers: int = 0) -> Path:
    """Write the frames at ``times`` to ``path`` atomically. ``progress(i)`` is called before
    frame ``i`` (and with the frame count at the end); returning False cancels. An MP4's frames
    are painted by ``workers`` processes if given (:mod:`.frame_workers`), else here."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in ANIMATION_FORMATS:
        raise DorsumError(f"cannot write {suffix or 'a file without an extension'}: use .gif, .webp or .mp4", path)
    images = _images(renderer, times, progress)
    with atomic_path(path) as tmp:
        if suffix == ".mp4":
            with Mp4Writer(tmp, renderer.width, renderer.height, fps) as writer:
                if workers > 0:  # a worker's frame lives until the next is asked for: send each at once
                    for frame in _worker_frames(renderer, list(times), progress, workers):
                        writer.write(frame)
                else:  # each frame sent while the next is painted, into the other of two images
                    for image in _images(renderer, times, progress, buffers=2):
                        writer.submit(image)
        else:
            from PIL import Image

            pictures = (Image.fromarray(qimage_rgb(image)) for image in images)
            first = next(pictures)
            options = {"duration": round(1000 / fps), "loop": 0}
            if suffix == ".webp":
                options.update(quality=80, method=2)
            first.save(str(tmp), save_all=True, append_images=pictures, **options)
    return path
