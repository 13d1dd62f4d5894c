"""Pictures of the scene: PNG, SVG and PDF, laid out the same way at any size."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

from ..model.documents.atomic import atomic_path
from ..model.errors import DorsumError
from .i18n import translate
from .legend import PRESSURE_SCALE_PX, legend_size, paint_legend, paint_title, scene_title
from .scene import BackScene

__all__ = ["FORMATS", "layout", "picture_mapping", "paint_page", "render_image", "export"]

FORMATS = (".png", ".svg", ".pdf")


def layout(scene: BackScene, width: float, height: float) -> tuple[QRectF, QRectF, QRectF | None]:
    """Title band, picture and legend rectangles for a ``width``×``height`` page."""
    return _plan(scene, width, height)[:3]


def legend_style(scene: BackScene, width: float, height: float):
    """The scene's style, made smaller where the legend needs it to fit the page."""
    return _plan(scene, width, height)[3]


def _fitted(scene: BackScene, legend_width: float, room: float):
    """The scene's style, made smaller until a legend ``legend_width`` wide is at most ``room``
    tall (a small animation), but never below 45 % of its size."""
    style = scene.style
    while legend_size(scene, legend_width, style)[1] > room and style.ui_scale > 0.45 * scene.style.ui_scale:
        style = style.scaled(style.ui_scale * 0.9)
    return style


def _body_share(scene: BackScene, picture: QRectF) -> tuple[float, float]:
    """How much of the picture's height the content takes, and its scale (pixels per cm)."""
    content = scene.content_rect()
    source = scene.content_rect_fitting(picture.width(), picture.height())
    scale = min(picture.width() / source.width(), picture.height() / source.height())
    return content.height() * scale / picture.height(), scale


#: The least share of the picture's height the body takes, where the page allows it.
BODY_SHARE = 0.85


def _plan(scene: BackScene, width: float, height: float):
    """Title, picture, legend and the legend's style. The legend goes where it leaves the body
    the most room: beside the picture (narrower if need be) on a landscape page, below it on a
    portrait one, whichever first lets the body fill 85 % of the picture's height, else
    whichever draws the body largest."""
    st = scene.style
    margin = st.px(18)
    title = QRectF(margin, margin * 0.5, width - 2 * margin, st.px(st.title_px) * 1.9)
    top = title.bottom() + st.px(4)
    full = QRectF(margin, top, width - 2 * margin, height - top - margin)
    if not scene.layer_visible("legend"):
        return title, full, None, st
    room = height - st.px(st.title_px) * 1.9 - 2.5 * margin
    if width >= height:
        room -= st.px(PRESSURE_SCALE_PX) + margin  # animations put the colour scale under it
    options = []
    beside_w = min(max(0.27 * width, st.px(340)), st.px(460))
    for share in (1.0, 0.8, 0.65):
        lw = beside_w * share
        style = _fitted(scene, lw, room)
        legend = QRectF(width - margin - lw, top, lw, min(legend_size(scene, lw, style)[1], full.height()))
        picture = QRectF(full)
        picture.setRight(legend.left() - margin)
        options.append((picture, legend, style))
    style = _fitted(scene, full.width(), 0.45 * height)
    lh = min(legend_size(scene, full.width(), style)[1], 0.45 * height)
    legend = QRectF(margin, height - margin - lh, full.width(), lh)
    picture = QRectF(full)
    picture.setBottom(legend.top() - margin)
    below = (picture, legend, style)
    # Below the picture on a landscape page, a legend leaves a strip for a wide zone and shrinks
    # its type: it goes there only on a portrait page.
    options = options if width >= height else [below, *options]
    best, best_scale = options[0], 0.0
    for option in options:
        share, scale = _body_share(scene, option[0])
        if share >= BODY_SHARE:
            best = option
            break
        if scale > best_scale:
            best, best_scale = option, scale
    return (title, *best)


def picture_mapping(scene: BackScene, width: float, height: float,
                    picture: QRectF | None = None) -> tuple[QRectF, QRectF]:
    """The scene rectangle shown and where it lands on the page (same aspect, centred), with
    room for the labels' columns beside what is shown; lays the labels out for it."""
    if picture is None:
        _, picture, _ = layout(scene, width, height)
    source = scene.content_rect_fitting(picture.width(), picture.height())
    scale = min(picture.width() / source.width(), picture.height() / source.height())
    target = QRectF(0, 0, source.width() * scale, source.height() * scale)
    target.moveCenter(picture.center())
    scene.layout_labels(scale, picture.height())
    return source, target


def paint_page(scene: BackScene, painter: QPainter, width: float, height: float) -> None:
    """Paint title, back and legend onto a page of ``width``×``height`` pixels."""
    title, picture, legend, style = _plan(scene, width, height)
    painter.fillRect(QRectF(0, 0, width, height), scene.backgroundBrush())
    source, target = picture_mapping(scene, width, height, picture)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
    paint_title(painter, title, scene_title(scene), scene.style)
    if legend is not None:
        paint_legend(painter, legend, scene, style)


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
            gen.setDescription(translate("Exports", "Dorsum back-massage atlas"))
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
