"""H.264 MP4 written by the ffmpeg that the imageio-ffmpeg wheel carries, fed raw frames on a pipe.

Why raw frames as Qt painted them: a frame is an ARGB32-premultiplied QImage, whose bytes are
``bgra`` on a little-endian machine (``argb`` on a big-endian one), and ffmpeg converts those to
yuv420p as fast as it converts rgb24 (measured: ~4.5 ms a 1080p frame either way). Converting
to RGB888 in Qt and copying into numpy first cost ~3.3 ms a 1080p frame in Python, for nothing.
Writing the image's own buffer hands the pipe one copy, made by the kernel.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
import tempfile
from fractions import Fraction
from pathlib import Path

from PySide6.QtGui import QImage

from ..model.errors import DorsumError

__all__ = ["Mp4Writer", "PRESET", "X264_PARAMS", "CRF"]

#: x264's settings. Encoding is where a 1080p export's time goes: per 1080p frame, ffmpeg spent
#: ~24 ms of CPU with veryfast, ~20 with superfast and ~13 with ultrafast (reading and converting
#: included), while painting a frame takes ~9. At constant quality the picture is the same (PSNR
#: against the painted frames 40.1 dB veryfast, 40.8 ultrafast); ultrafast's files are larger.
#: ultrafast with B-frames (cheap: little moves from frame to frame) keeps the CPU and cuts the
#: size by a fifth: ~2.4× veryfast's bytes (~4.5 Mbit/s at 1080p30).
PRESET = "ultrafast"
X264_PARAMS = "bframes=3"
#: Constant quality (0 lossless … 51 worst); 15 is what imageio-ffmpeg's quality=7 gave before.
CRF = 15

_FORMAT = QImage.Format.Format_ARGB32_Premultiplied
_PIX_FMT = "bgra" if sys.byteorder == "little" else "argb"


class Mp4Writer:
    """Frames (``width``×``height`` ARGB32-premultiplied QImages) in, an MP4 at ``path`` out.
    Use as a context manager: leaving it normally finishes the file, leaving it by an
    exception stops ffmpeg at once (the caller removes the partial file)."""

    def __init__(self, path: str | Path, width: int, height: int, fps: float,
                 preset: str = PRESET, crf: int = CRF):
        import imageio_ffmpeg

        self.path, self.width, self.height = Path(path), width, height
        rate = Fraction(fps).limit_denominator(1001)
        cmd = [imageio_ffmpeg.get_ffmpeg_exe(), "-nostdin", "-y", "-v", "error",
               "-f", "rawvideo", "-pix_fmt", _PIX_FMT, "-s", f"{width}x{height}", "-r", str(rate), "-i", "-",
               "-c:v", "libx264", "-preset", preset, "-x264-params", X264_PARAMS, "-crf", str(crf),
               "-pix_fmt", "yuv420p"]
        if width % 2 or height % 2:  # yuv420p needs even sides: scale up by a pixel, as imageio did
            cmd += ["-vf", f"scale={width + width % 2}:{height + height % 2}"]
        cmd += ["-f", "mp4", str(path)]
        # A file, not a pipe: a chatty ffmpeg can never block on it. It lives as long as the
        # writer (closed by close or abort), hence no with-block.
        self._log = tempfile.TemporaryFile()  # noqa: SIM115
        self._proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=self._log)

    def write(self, frame: QImage | memoryview) -> None:
        """Send one frame: an image, or its bytes (as a frame worker hands them over). They are
        copied into the pipe before this returns, so the caller may paint the next frame into
        the same image."""
        if isinstance(frame, QImage):
            if frame.format() != _FORMAT or frame.width() != self.width or frame.height() != self.height:
                raise ValueError("frames must be ARGB32-premultiplied images of the writer's size")
            frame = frame.constBits()  # 32-bit pixels: rows are never padded
        if frame.nbytes != self.width * self.height * 4:
            raise ValueError("a frame's bytes must be width × height × 4")
        assert self._proc.stdin is not None
        try:
            self._proc.stdin.write(frame)
        except BrokenPipeError:
            self._proc.wait()
            message = self._errors()
            self.abort()
            raise DorsumError(f"ffmpeg stopped: {message}", self.path) from None

    def close(self) -> None:
        """Finish the file; raises DorsumError with ffmpeg's message if it failed."""
        assert self._proc.stdin is not None
        with contextlib.suppress(BrokenPipeError):  # ffmpeg died: its exit status says why
            self._proc.stdin.close()
        try:
            if self._proc.wait() != 0:
                raise DorsumError(f"ffmpeg failed: {self._errors()}", self.path)
        finally:
            self._log.close()

    def abort(self) -> None:
        """Stop ffmpeg now, whatever it was doing."""
        self._proc.kill()
        self._proc.wait()
        if self._proc.stdin is not None:
            with contextlib.suppress(BrokenPipeError):
                self._proc.stdin.close()
        self._log.close()

    def _errors(self) -> str:
        self._log.seek(0)
        text = self._log.read().decode("utf-8", "replace").strip()
        return text.splitlines()[-1] if text else f"exit status {self._proc.returncode}"

    def __enter__(self) -> Mp4Writer:
        return self

    def __exit__(self, kind, value, traceback) -> None:
        if kind is None:
            self.close()
        else:
            self.abort()
