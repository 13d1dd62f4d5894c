"""H.264 MP4 written by the ffmpeg that the imageio-ffmpeg wheel carries, fed raw frames on a pipe.

Why raw frames as Qt painted them: a frame is an ARGB32-premultiplied QImage, whose bytes are
``bgra`` on a little-endian machine (``argb`` on a big-endian one), and ffmpeg converts those to
yuv420p as fast as it converts rgb24 (measured: ~4.5 ms a 1080p frame either way). Converting
to RGB888 in Qt and copying into numpy first cost ~3.3 ms a 1080p frame in Python, for nothing.
Writing the image's own buffer hands the pipe one copy, made by the kernel.

Why a writer thread and a wider pipe: a 1080p frame is 8 MB, and a pipe holds 64 KB, so a
frame used to cross in some 130 turns of "Python writes, ffmpeg reads", with Python waiting for
ffmpeg in each. :meth:`Mp4Writer.submit` hands the frame to a thread that writes it (the write
releases the GIL) while the caller paints the next one, and on Linux the pipe is widened to
1 MB, which cuts those turns sixteenfold.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
import tempfile
from concurrent.futures import Future, ThreadPoolExecutor
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
#: Bytes the pipe to ffmpeg may hold (Linux's default ceiling for an unprivileged process).
PIPE_BYTES = 1 << 20
_F_SETPIPE_SZ = 1031  # fcntl.F_SETPIPE_SZ, named there only from Python 3.10 on Linux


class Mp4Writer:
    """Frames (``width``×``height`` ARGB32-premultiplied QImages) in, an MP4 at ``path`` out.
    Use as a context manager: leaving it normally finishes the file, leaving it by an
    exception stops ffmpeg at once (the caller removes the partial file). :meth:`write` sends
    a frame and returns once it is sent; :meth:`submit` returns at once and sends it while the
    caller paints the next one."""

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
        assert self._proc.stdin is not None
        if sys.platform == "linux":
            import fcntl

            with contextlib.suppress(OSError):  # a lower ceiling set by the system: keep the default
                fcntl.fcntl(self._proc.stdin.fileno(), _F_SETPIPE_SZ, PIPE_BYTES)
        self._sender = ThreadPoolExecutor(1, thread_name_prefix="mp4-writer")
        self._sending: Future | None = None

    def write(self, frame: QImage | memoryview) -> None:
        """Send one frame: an image, or its bytes (as a frame worker hands them over). They are
        copied into the pipe before this returns, so the caller may paint the next frame into
        the same image."""
        self.submit(frame)
        self._sent()

    def submit(self, frame: QImage | memoryview) -> None:
        """Send one frame while the caller goes on: this returns once the previous frame is
        sent, so the caller must leave this frame's pixels alone until the next submit (or
        :meth:`write`, or :meth:`close`) returns, e.g. by painting into two images in turn."""
        image = frame if isinstance(frame, QImage) else None
        if image is not None:
            if image.format() != _FORMAT or image.width() != self.width or image.height() != self.height:
                raise ValueError("frames must be ARGB32-premultiplied images of the writer's size")
            frame = image.constBits()  # 32-bit pixels: rows are never padded
        assert isinstance(frame, memoryview)
        if frame.nbytes != self.width * self.height * 4:
            raise ValueError("a frame's bytes must be width × height × 4")
        self._sent()
        # the image goes along, so that its pixels live until they are written
        self._sending = self._sender.submit(self._send, frame, image)

    def _send(self, frame: memoryview, image: QImage | None) -> None:
        assert self._proc.stdin is not None
        self._proc.stdin.write(frame)

    def _sent(self) -> None:
        """Wait for the frame being sent; raises DorsumError if ffmpeg stopped."""
        sending, self._sending = self._sending, None
        if sending is None:
            return
        try:
            sending.result()
        except BrokenPipeError:
            self._proc.wait()
            message = self._errors()
            self.abort()
            raise DorsumError(f"ffmpeg stopped: {message}", self.path) from None

    def close(self) -> None:
        """Finish the file; raises DorsumError with ffmpeg's message if it failed."""
        assert self._proc.stdin is not None
        try:
            self._sent()
        finally:
            self._sender.shutdown()
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
        # a frame being written fails now that nothing reads the pipe: wait for it, ignore it
        self._sender.shutdown()
        self._sending = None
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
