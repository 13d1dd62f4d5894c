"""Pictures of the scene: PNG, SVG and PDF, laid out the same way at any size."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

from ..model.documents.atomic import atomic_path
from ..model.errors import DorsumError
from .legend import PRESSURE_SCALE_PX, legend_size, paint_legend, paint_title, scene_title
from .scene import BackScene

__all__ = ["FORMATS", "layout", "picture_mapping", "paint_page", "render_image", "export"]

FORMATS = (".png", ".svg", ".pdf")


def layout(scene: BackScene, width: float, height: float) -> tuple[QRectF, QRectF, QRectF | None]:
    """Title band, picture and legend rectangles for a ``width``×``height`` page."""
    st = scene.style
    margin = st.px(18)
    title = QRectF(margin, margin * 0.5, width - 2 * margin, st.px(st.title_px) * 1.9)
    top = title.bottom() + st.px(4)
    legend = None
    picture = QRectF(margin, top, width - 2 * margin, height - top - margin)
    if scene.layer_visible("legend"):
        style = legend_style(scene, width, height)
        if width >= height:
            lw = min(max(0.27 * width, st.px(340)), st.px(460))
            _, lh = legend_size(scene, lw, style)
            legend = QRectF(width - margin - lw, top, lw, min(lh, height - top - margin))
            picture.setRight(legend.left() - margin)
        else:
            lw = width - 2 * margin
            _, lh = legend_size(scene, lw, style)
            lh = min(lh, 0.45 * height)
            legend = QRectF(margin, height - margin - lh, lw, lh)
            picture.setBottom(legend.top() - margin)
    return title, picture, legend


def legend_style(scene: BackScene, width: float, height: float):
    """The scene's style, made smaller until the legend fits the page (a small animation)."""
    st = scene.style
    margin = st.px(18)
    room = height - st.px(st.title_px) * 1.9 - 2.5 * margin
    if width >= height:
        room -= st.px(PRESSURE_SCALE_PX) + margin  # animations put the colour scale under it
    lw = min(max(0.27 * width, st.px(340)), st.px(460)) if width >= height else width - 2 * margin
    style = st
    while legend_size(scene, lw, style)[1] > room and style.ui_scale > 0.45 * st.ui_scale:
        style = style.scaled(style.ui_scale * 0.9)
    return style


def picture_mapping(scene: BackScene, width: float, height: float) -> tuple[QRectF, QRectF]:
    """The scene rectangle shown and where it lands on the page (same aspect, centred),
    widened until the labels of what is shown fit on the page too."""
    _, picture, _ = layout(scene, width, height)
    source = scene.content_rect_fitting(picture.width(), picture.height())
    scale = min(picture.width() / source.width(), picture.height() / source.height())
    target = QRectF(0, 0, source.width() * scale, source.height() * scale)
    target.moveCenter(picture.center())
    return source, target


def paint_page(scene: BackScene, painter: QPainter, width: float, height: float) -> None:
    """Paint title, back and legend onto a page of ``width``×``height`` pixels."""
    title, _, legend = layout(scene, width, height)
    painter.fillRect(QRectF(0, 0, width, height), scene.backgroundBrush())
    source, target = picture_mapping(scene, width, height)
    scene.layout_labels(target.width() / source.width())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
    paint_title(painter, title, scene_title(scene), scene.style)
    if legend is not None:
        paint_legend(painter, legend, scene, legend_style(scene, width, height))


def _paint_on(device, scene: BackScene, width: int, height: int) -> None:
    painter = QPainter(device)
    try:
        paint_page(scene, painter, width, height)
    finally:
        painter.end()


def render_image(scene: BackScene, width: int, height: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(1.0)
    _paint_on(image, scene, width, height)
    return image


def export(scene: BackScene, path: str | Path, width: int = 1920, height: int = 1080) -> Path:
    """Write the scene to ``path`` (.png, .svg or .pdf) atomically; returns the path."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise DorsumError(f"cannot write {suffix or 'a file without an extension'}: use .png, .svg or .pdf", path)
    with atomic_path(path) as tmp:
        if suffix == ".png":
            if not render_image(scene, width, height).save(str(tmp), "PNG"):
                raise DorsumError("could not write the PNG", path)
        elif suffix == ".svg":
            # SVG viewers other than Qt and browsers ignore non-scaling strokes: give the SVG
            # pens their real width at this page's scale instead.
            source, target = picture_mapping(scene, width, height)
            scene = scene.restyled(replace(scene.style, pen_scale=target.width() / source.width()))
            gen = QSvgGenerator()
            gen.setFileName(str(tmp))
            gen.setSize(QSize(width, height))
            gen.setViewBox(QRectF(0, 0, width, height))
            gen.setTitle(scene_title(scene))
            gen.setDescription("Dorsum back-massage atlas")
            _paint_on(gen, scene, width, height)
        else:
            writer = QPdfWriter(str(tmp))
            writer.setResolution(96)
            writer.setTitle(scene_title(scene))
            writer.setCreator("Dorsum")
            page = QPageSize(QSizeF(width * 0.75, height * 0.75), QPageSize.Unit.Point, "Dorsum",
                             QPageSize.SizeMatchPolicy.ExactMatch)
            writer.setPageLayout(QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
            _paint_on(writer, scene, width, height)
    return path
