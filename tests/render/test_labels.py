"""Labels never cover each other, a line number or a marker, no vertebra loses its label, and the
body fills the picture: checked on the rectangles actually drawn, in device pixels, at the sizes
Dorsum is used at (a laptop window, 1080p and 4K renders, presenter scale)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QTransform

from app.model.body.anatomy import SPINOUS
from app.render.export import layout, picture_mapping, render_image
from app.render.items import ChipItem, MarkerItem, TextItem
from app.render.label_layout import overlap_pairs
from app.render.scene import BackScene
from app.render.style import Style


def page_transform(source: QRectF, target: QRectF) -> QTransform:
    """Scene → page pixels, as ``QGraphicsScene.render`` maps ``source`` onto ``target``."""
    s = target.width() / source.width()
    return QTransform(s, 0, 0, s, target.left() - source.left() * s, target.top() - source.top() * s)


def drawn(scene: BackScene, transform: QTransform, frame: QRectF) -> dict[str, list[tuple[str, QRectF]]]:
    """Every visible label, badge and marker whose rectangle reaches into ``frame`` (pixels),
    found by type among the scene's items, with its rectangle in pixels."""
    badges = {id(item.badge) for item in scene.line_items.values()}
    found: dict[str, list[tuple[str, QRectF]]] = {"labels": [], "badges": [], "markers": []}
    for item in scene.items():
        if not item.isVisible() or not isinstance(item, (ChipItem, TextItem, MarkerItem)):
            continue
        rect = item.deviceTransform(transform).mapRect(item.boundingRect())
        if not rect.intersects(frame):
            continue
        if isinstance(item, MarkerItem):
            found["markers"].append((item.info.id, rect))
        elif id(item) in badges:
            found["badges"].append((item.text, rect))
        else:
            found["labels"].append((getattr(item, "text", None) or item._text, rect))
    return found


def _rows(pairs):
    return [(r.left(), r.top(), r.right(), r.bottom()) for _, r in pairs]


def overlaps(found) -> list[tuple[str, str]]:
    """Names of the pairs that overlap: label with label, label with badge or marker."""
    labels = found["labels"]
    bad = [(labels[i][0], labels[j][0]) for i, j in overlap_pairs(_rows(labels), tolerance=0.01)]
    others = found["badges"] + found["markers"]
    if labels and others:
        bad += [(labels[i][0], others[j][0]) for i, j in overlap_pairs(_rows(labels), _rows(others), tolerance=0.01)]
    return bad


def crossing_leaders(scene: BackScene) -> list[tuple[str, str]]:
    """Pairs of visible leaders that cross (each runs from a point to its label)."""
    from shapely.geometry import LineString

    from app.render.items import LeaderItem

    leaders = [(i.info.id if i.info else str(n), LineString([(p.x(), p.y()) for p in i.points]))
               for n, i in enumerate(scene.items()) if isinstance(i, LeaderItem) and i.isVisible()]
    return [(a, b) for k, (a, la) in enumerate(leaders) for b, lb in leaders[k + 1:] if la.intersects(lb)]


def body_share(scene: BackScene, source: QRectF, target: QRectF, picture: QRectF) -> float:
    """The figure's drawn height over the height of the picture's area on the page."""
    _, _, _, top = scene.atlas.body.figure.bounds
    shown_top = max(-top, source.top())
    shown_bottom = min(scene.content_rect().bottom(), source.bottom())
    return (shown_bottom - shown_top) * target.height() / source.height() / picture.height()


def unpainted(scene: BackScene, width: int, height: int, image, found) -> list[str]:
    """The labels found whose rectangle looks the same when every label is left out of the
    picture: laid out, but not drawn (``QGraphicsScene.render`` skips an item it misplaces)."""
    import numpy as np

    def pixels(img):
        # a copy: the buffer dies with the QImage
        return np.frombuffer(img.constBits(), np.uint8).reshape(img.height(), img.bytesPerLine() // 4, 4).copy()

    items = [i for i in scene.items() if isinstance(i, (ChipItem, TextItem)) and i.opacity() > 0]
    for item in items:
        item.setOpacity(0.0)
    try:
        bare = pixels(render_image(scene, width, height))
    finally:
        for item in items:
            item.setOpacity(1.0)
    full = pixels(image)
    missing = []
    for name, rect in found["labels"]:
        rows, cols = slice(int(rect.top()), int(rect.bottom())), slice(int(rect.left()), int(rect.right()))
        if np.count_nonzero(np.any(full[rows, cols] != bare[rows, cols], axis=2)) < 10:
            missing.append(name)
    return missing


def check_page(scene: BackScene, width: int, height: int) -> dict:
    """Render a page and check what was drawn; returns the rectangles found."""
    image = render_image(scene, width, height)  # lays the labels out exactly as the file gets them
    source, target = picture_mapping(scene, width, height)
    found = drawn(scene, page_transform(source, target), target)
    assert overlaps(found) == []
    for name, rect in found["labels"]:
        assert target.adjusted(-0.5, -0.5, 0.5, 0.5).contains(rect), f"{name} runs off the picture"
    assert unpainted(scene, width, height, image, found) == []
    assert crossing_leaders(scene) == []
    content = scene.content_rect()
    wanted = {n for n in SPINOUS if content.top() <= -scene.atlas.body.level_y[n] <= content.bottom()}
    assert wanted <= {name for name, _ in found["labels"]}, "a vertebra lost its label"
    return found


SIZES = [(1366, 768), (1920, 1080), (3840, 2160)]


@pytest.fixture(scope="module")
def female_atlas(zone_set):
    from app.model.atlas.build import build_atlas
    from app.model.body.anatomy import build_body

    return build_atlas(build_body("female"), zone_set)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("sex", ["male", "female"])
@pytest.mark.parametrize("focus", [None, "collar", "lumbar"])
def test_rendered_labels_never_overlap_and_keep_every_vertebra(qapp, atlas, female_atlas, size, sex, focus):
    scene = BackScene(atlas if sex == "male" else female_atlas, Style.for_output(*size))
    scene.set_focus(focus)
    found = check_page(scene, *size)
    if focus is None:
        assert {name for name, _ in found["labels"]} >= set(SPINOUS)
        assert len(found["badges"]) == len(scene.line_items)  # every number is drawn, none covered


@pytest.fixture(scope="module")
def atlases_by_language():
    """The male atlas with the zones' texts in each language, built once."""
    from app.model.atlas.build import build_atlas
    from app.model.body.anatomy import build_body
    from app.model.zonefiles.loader import default_zones_dir, load_zone_set

    cache = {}

    def atlas_in(lang: str):
        if lang not in cache:
            cache[lang] = build_atlas(build_body("male"), load_zone_set(default_zones_dir(), lang))
        return cache[lang]

    return atlas_in


@pytest.mark.parametrize("lang", ["uk", "ru"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("focus", [None, "collar", "lumbar"])
def test_labels_never_overlap_in_ukrainian_and_russian(qapp, atlases_by_language, lang, size, focus):
    """The longer Ukrainian and Russian words (landmark and node labels, the legend) still fit."""
    from app.render.i18n import language, set_language

    before = language()
    set_language(lang)
    try:
        scene = BackScene(atlases_by_language(lang), Style.for_output(*size))
        scene.set_focus(focus)
        found = check_page(scene, *size)
        if focus is None:
            assert {name for name, _ in found["labels"]} >= set(SPINOUS)
            assert len(found["badges"]) == len(scene.line_items)
    finally:
        set_language(before)


@pytest.mark.parametrize(("size", "label_scale"), [
    *(((w, h), scale) for w, h in [*SIZES, (1080, 1920)] for scale in (1.0, 1.8)),
    ((1024, 768), 1.0), ((800, 600), 1.0),
], ids=lambda v: f"{v[0]}x{v[1]}" if isinstance(v, tuple) else f"{v:g}x")
def test_the_body_fills_the_picture(qapp, atlas, size, label_scale):
    """The figure takes at least 85 % of the height of the picture's area (title and legend
    apart), with its labels beside it, at presenter label scale too (on a 4:3 page of 1024
    pixels or less, presenter-size labels leave too little width: not promised there)."""
    style = Style.for_output(*size)
    scene = BackScene(atlas, style.scaled(style.ui_scale * label_scale))
    check_page(scene, *size)
    _, picture, _ = layout(scene, *size)
    source, target = picture_mapping(scene, *size)
    assert body_share(scene, source, target, picture) >= 0.85


@pytest.mark.parametrize("sex", ["male", "female"])
def test_presenter_label_scale(qapp, atlas, female_atlas, sex):
    """Presenter mode's style on a 1080-line projector and its 4K twin: large labels, no overlap."""
    from app.ui.presenter import presenter_style

    for screen, size in ((1080, (1920, 1080)), (2160, (3840, 2160))):
        scene = BackScene(atlas if sex == "male" else female_atlas, presenter_style(Style(), screen))
        check_page(scene, *size)


def _view_found(view) -> dict:
    """What the view shows; every label found must lie wholly inside it."""
    viewport = QRectF(view.viewport().rect())
    found = drawn(view.scene(), view.viewportTransform(), viewport)
    for name, rect in found["labels"]:
        assert viewport.adjusted(-0.5, -0.5, 0.5, 0.5).contains(rect), f"{name} runs off the view"
    return found


def test_laptop_window(qtbot, open_window):
    """The window at 1366×768, all zones, then one zone, then larger labels: nothing overlaps,
    every vertebra keeps its label."""
    window = open_window(1366, 768)
    window.view.fit()
    found = _view_found(window.view)
    assert overlaps(found) == []
    assert {name for name, _ in found["labels"]} >= set(SPINOUS)
    window.focus_zone("collar")
    assert overlaps(_view_found(window.view)) == []
    window.focus_zone(None)
    window.step_label_scale(2)
    window.view.fit()
    found = _view_found(window.view)
    assert overlaps(found) == []
    assert {name for name, _ in found["labels"]} >= set(SPINOUS)


def test_zoomed_and_panned_window(qtbot, open_window):
    """Zoomed in past the back, then panned: every vertebra whose point is in view keeps a
    label wholly in view, and nothing overlaps."""
    from PySide6.QtCore import QPoint, Qt

    window = open_window(1366, 768)
    window.view.fit()
    view = window.view

    def check() -> None:
        found = _view_found(view)
        assert overlaps(found) == []
        viewport = QRectF(view.viewport().rect())
        in_view = {n for n in SPINOUS
                   if viewport.contains(view.mapFromScene(0.0, -window.atlas.body.level_y[n]).toPointF())}
        assert in_view and in_view <= {name for name, _ in found["labels"]}

    for _ in range(3):
        view.zoom_in()
        check()
    centre = view.viewport().rect().center()
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseMove(view.viewport(), centre + QPoint(0, -120))
    qtbot.mouseMove(view.viewport(), centre + QPoint(0, -240))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=centre + QPoint(0, -240))
    check()


def test_presenter_window(qtbot, atlas):
    """A view of the presenter's size and style (a 1080-line projector, less the caption band)."""
    from app.ui.presenter import presenter_style
    from app.ui.view import BackView

    scene = BackScene(atlas, presenter_style(Style(), 1080))  # the view does not own it
    view = BackView(scene)
    qtbot.addWidget(view)
    view.resize(1920, 960)
    view.show()
    qtbot.waitExposed(view)
    view.fit()
    found = _view_found(view)
    assert overlaps(found) == []
    assert {name for name, _ in found["labels"]} >= set(SPINOUS)


def test_the_checks_catch_an_overlap_and_a_small_body(qapp, atlas):
    """The checker is not blind: a label pushed onto a line number, and one onto another, are
    reported, and so are two leaders swapped; a body drawn at half size fails the share."""
    scene = BackScene(atlas, Style.for_output(1920, 1080))
    render_image(scene, 1920, 1080)
    source, target = picture_mapping(scene, 1920, 1080)
    transform = page_transform(source, target)
    assert overlaps(drawn(scene, transform, target)) == []
    label = next(lb for lb in scene.labels if lb.kind == "landmark")
    label.item.setPos(scene.line_items["lumbar.1.left"].badge.pos())
    assert (label.item._text, "1") in overlaps(drawn(scene, transform, target))
    a, b = [lb.leader for lb in scene.labels if lb.kind == "vertebra" and lb.leader.isVisible()][:2]
    a_end, b_end = a.points[-1], b.points[-1]
    a.set_points([a.points[0], b_end], 0.1)  # two ruler leaders swapped: an X
    b.set_points([b.points[0], a_end], 0.1)
    assert crossing_leaders(scene) != []
    scene.vertebra_items["T8"].setPos(scene.vertebra_items["T7"].pos())
    assert {("T8", "T7"), ("T7", "T8")} & set(overlaps(drawn(scene, transform, target)))
    _, picture, _ = layout(scene, 1920, 1080)
    half = QRectF(target.left(), target.top(), target.width() / 2, target.height() / 2)
    assert body_share(scene, source, half, picture) < 0.85 <= body_share(scene, source, target, picture)


def test_presenter_mode_in_the_window(qtbot, atlas):
    """F5 in the window itself (the test screen is 800×800, a small projector): the all-zones
    view keeps every label clear of the others, of the numbers and of the marks."""
    from app.model.zonefiles.loader import default_zones_dir
    from app.ui.window import MainWindow

    window = MainWindow(atlas, default_zones_dir())
    window.files.ask_before_discarding = False
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.presenter.enter()
    qtbot.waitUntil(lambda: window.scene.style.ui_scale >= 1.8)
    window.view.fit()
    found = _view_found(window.view)
    assert overlaps(found) == []
    assert {name for name, _ in found["labels"]} >= set(SPINOUS)
    window.presenter.toggle()
