"""The back as a QGraphicsScene, built from an atlas: one scene for the window and exports."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QLinearGradient
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene
from shapely.geometry import box

from ..model.atlas.build import Atlas
from ..model.body.anatomy import SIDES, SPINOUS
from ..model.vocabulary import FIBRE_WORDS, pressure_word
from .geometry import scene_point
from .i18n import translate, word
from .items import ChipItem, ItemInfo, LayerItem, LeaderItem, MarkerItem, ShapeItem, StrokeLineItem, TextItem
from .labels import Extents, Label, layout_labels
from .layers import LAYERS, MUSCLE_VIEW_LAYERS, MUSCLE_VIEWS
from .legend import mask_label, mask_title
from .style import MASK_COLOURS, Style, zone_colour

__all__ = ["LAYERS", "COUNT_FROM", "BackScene", "line_info", "node_label", "zone_info"]

#: The levels students find first and count from (anatomy.md landmarks): always labelled.
COUNT_FROM = ("C7", "T3", "T7", "T12", "L4")

#: Layers of text drawn above everything, each following the visibility of its owner layer.
_TOP = {"numbers": "lines", "labels_landmarks": "landmarks", "labels_nodes": "nodes", "annotations": "annotations"}

_LANDMARK_NAMES = {
    "scapula_superior_angle": (QT_TRANSLATE_NOOP("scene", "Superior angle of the scapula"),
        QT_TRANSLATE_NOOP("scene", "level T2 (anatomy.md)")),
    "scapula_spine_root": (QT_TRANSLATE_NOOP("scene", "Root of the spine of the scapula"),
        QT_TRANSLATE_NOOP("scene", "level T3 (anatomy.md)")),
    "scapula_inferior_angle": (QT_TRANSLATE_NOOP("scene", "Inferior angle of the scapula"),
        QT_TRANSLATE_NOOP("scene", "T7 in textbooks, T8 measured standing (anatomy.md)")),
    "acromion": (QT_TRANSLATE_NOOP("scene", "Acromion"),
        QT_TRANSLATE_NOOP("scene", "the bony point of the shoulder (biacromial width, anatomy.md)")),
    "iliac_crest_top": (QT_TRANSLATE_NOOP("scene", "Top of the iliac crest"),
        QT_TRANSLATE_NOOP("scene", "the intercristal line: L4 in men, L4–L5 in women on imaging; "
                          "felt about one level higher, L3–L4, under the hands (anatomy.md, Chakraverty 2007)")),
    "psis": (QT_TRANSLATE_NOOP("scene", "Posterior superior iliac spine"),
        QT_TRANSLATE_NOOP("scene", "the dimple over the sacroiliac joint, level S2 (anatomy.md)")),
    "rib11_tip": (QT_TRANSLATE_NOOP("scene", "Tip of rib 11"),
        QT_TRANSLATE_NOOP("scene", "crosses the upper part of the left kidney (anatomy.md)")),
    "rib12_tip": (QT_TRANSLATE_NOOP("scene", "Tip of rib 12"),
        QT_TRANSLATE_NOOP("scene", "beyond the erector spinae, about L1–L2 (anatomy.md)")),
    "kidney_hilum": (QT_TRANSLATE_NOOP("scene", "Hilum of the kidney"),
        QT_TRANSLATE_NOOP("scene", "5 cm from the midline at L1 (anatomy.md)")),
    "axilla": (QT_TRANSLATE_NOOP("scene", "Posterior axillary fold"),
        QT_TRANSLATE_NOOP("scene", "where the arm leaves the trunk: ANSUR II's C7 → axilla drop (anatomy.md)")),
    "gluteal_fold": (QT_TRANSLATE_NOOP("scene", "Gluteal fold"),
        QT_TRANSLATE_NOOP("scene", "the lower edge of the buttock: ANSUR II's C7 → gluteal fold (anatomy.md)")),
    "occiput": (QT_TRANSLATE_NOOP("scene", "External occipital protuberance"),
        QT_TRANSLATE_NOOP("scene", "the bump at the back of the skull, above the C1 level")),
}
_SHORT_LANDMARK = {
    "scapula_superior_angle": QT_TRANSLATE_NOOP("scene", "superior angle"),
    "scapula_spine_root": QT_TRANSLATE_NOOP("scene", "root of scapular spine"),
    "scapula_inferior_angle": QT_TRANSLATE_NOOP("scene", "inferior angle"),
    "acromion": QT_TRANSLATE_NOOP("scene", "acromion"),
    "iliac_crest_top": QT_TRANSLATE_NOOP("scene", "iliac crest"),
    "psis": QT_TRANSLATE_NOOP("scene", "PSIS"),
    "rib12_tip": QT_TRANSLATE_NOOP("scene", "rib 12"),
}
_NODE_NAMES = {
    "supraclavicular": QT_TRANSLATE_NOOP("scene", "Supraclavicular nodes"),
    "axillary": QT_TRANSLATE_NOOP("scene", "Axillary nodes"),
    "inguinal": QT_TRANSLATE_NOOP("scene", "Inguinal nodes (groin, in front)"),
}
#: A node group's label on the picture.
_NODE_LABELS = {
    "supraclavicular": QT_TRANSLATE_NOOP("scene", "Supraclavicular nodes"),
    "axillary": QT_TRANSLATE_NOOP("scene", "Axillary nodes"),
    "inguinal": QT_TRANSLATE_NOOP("scene", "Inguinal nodes"),
}


def node_label(group: str) -> str:
    """A lymph-node group's name as the picture labels it, in the language installed."""
    return translate("scene", _NODE_LABELS[group])
#: What hovering a muscle says of its layer and its fibres.
_LAYER_DETAIL = {
    "superficial": QT_TRANSLATE_NOOP("scene", "Superficial layer. Its fibres run {fibres} from origin to insertion."),
    "second": QT_TRANSLATE_NOOP("scene", "Second layer. Its fibres run {fibres} from origin to insertion."),
    "deep": QT_TRANSLATE_NOOP("scene", "Deep layer. Its fibres run {fibres} from origin to insertion."),
}
#: Each vertebra by name ("T7: seventh thoracic vertebra"), whole, as Slavic words agree.
_VERTEBRA_TITLES = {
    "C": QT_TRANSLATE_NOOP("scene", "{level}: cervical vertebra {number}"),
    "T": QT_TRANSLATE_NOOP("scene", "{level}: thoracic vertebra {number}"),
    "L": QT_TRANSLATE_NOOP("scene", "{level}: lumbar vertebra {number}"),
}


def _mixed(a: QColor, b: QColor, share_a: float) -> QColor:
    """``a`` laid over ``b`` at opacity ``share_a``, as one opaque colour."""
    return QColor.fromRgbF(*(share_a * x + (1.0 - share_a) * y for x, y in zip(a.getRgbF()[:3], b.getRgbF()[:3])))


def zone_info(atlas: Atlas, zone_id: str) -> ItemInfo:
    zone = atlas.zone(zone_id)
    spec = zone.spec
    return ItemInfo("zone", zone_id, spec.name, f"{word(spec.span.top)}–{word(spec.span.bottom)}. {spec.summary}")


def line_info(atlas: Atlas, line) -> ItemInfo:
    """What hovering a line says: its zone and number, side and node group; its name, pressure
    and techniques, and where masks ease it or it goes round one."""
    title = translate("scene", "{zone}, line {number} ({side})").format(
        zone=atlas.zone(line.zone).name, number=line.number, side=word(line.side))
    if line.target:
        title += f" → {node_label(line.target)}"
    notes = []
    for s in line.stretches:
        if s.limited:
            notes.append(translate("scene", "{start}–{end} cm: {masks} (pressure {word})").format(
                start=f"{s.start:.0f}", end=f"{s.end:.0f}", masks=", ".join(mask_title(atlas.mask(m)) for m in s.masks),
                word=word(pressure_word(s.pressure))))
    if line.rerouted:
        notes.append(translate("scene", "goes round {masks}").format(
            masks=", ".join(mask_title(atlas.mask(m)) for m in line.rerouted)))
    techniques = ", ".join(atlas.zone_set.technique(t).name.lower() for t in line.techniques)
    detail = translate("scene", "{name}. Pressure {value} ({word}). Techniques: {techniques}.").format(
        name=line.name, value=f"{line.pressure:.2f}", word=word(pressure_word(line.pressure)), techniques=techniques)
    if notes:
        detail += "<br>" + "<br>".join(notes)
    return ItemInfo("line", line.id, title, detail)


#: What hovering a bone (or a kidney) says: its name and where it lies.
_BONES = {
    "scapula": (QT_TRANSLATE_NOOP("scene", "Scapula"),
                QT_TRANSLATE_NOOP("scene", "Shoulder blade: superior angle at T2, spine root at T3, inferior angle at "
                                           "T7–T8")),
    "scapular_spine": (QT_TRANSLATE_NOOP("scene", "Spine of the scapula"), ""),
    "rib11": (QT_TRANSLATE_NOOP("scene", "Rib 11"),
              QT_TRANSLATE_NOOP("scene", "Ribs 11 and 12 lie about 5 cm from the kidneys (seed 001)")),
    "rib12": (QT_TRANSLATE_NOOP("scene", "Rib 12"),
              QT_TRANSLATE_NOOP("scene", "Ribs 11 and 12 lie about 5 cm from the kidneys (seed 001)")),
    "iliac_crest": (QT_TRANSLATE_NOOP("scene", "Iliac crest"), ""),
    "kidney": (QT_TRANSLATE_NOOP("scene", "Kidney"),
               QT_TRANSLATE_NOOP("scene", "Under ribs 11–12, T12–L3; the left sits ~1.25 cm higher (anatomy.md)")),
    "sacrum": (QT_TRANSLATE_NOOP("scene", "Sacrum and coccyx"),
               QT_TRANSLATE_NOOP("scene", "Below L5; the PSIS dimples at S2 mark the sacroiliac joints")),
}


def _bone_info(bone: str, side: str | None = None) -> ItemInfo:
    title, detail = (translate("scene", text) if text else "" for text in _BONES[bone])
    if side is None:
        return ItemInfo("bone", bone, title, detail)
    return ItemInfo("bone", f"{bone}.{side}", f"{title} ({word(side)})", detail)


class BackScene(QGraphicsScene):
    """Layers of items over the back; ``focus`` shows one zone's lines, or all of them."""

    def __init__(self, atlas: Atlas, style: Style | None = None, parent=None):
        super().__init__(parent)
        self.style = style or Style()
        self.atlas = atlas
        self.focus: str | None = None
        self.cached = False  # the window caches item pixmaps; exports stay vector
        self.zoom_to_focus = True  # False: the focus only picks the lines shown
        self._visible = dict.fromkeys(LAYERS, True)
        self._layers: dict[str, LayerItem] = {}
        self.zone_items: dict[str, ShapeItem] = {}
        self.line_items: dict[str, StrokeLineItem] = {}
        self.vertebra_items: dict[str, ChipItem] = {}
        self.mask_items: dict[str, ShapeItem] = {}
        self.muscle_view = "off"  # one of MUSCLE_VIEWS; the window's view state sets it
        self._muscle_groups: dict[str, LayerItem] = {}
        self.labels: list[Label] = []  # every label that names a point, in the order they claim room
        self.markers: list[MarkerItem] = []
        self.px_per_cm: float | None = None  # the zoom the labels were last laid out for
        self._label_height: float | None = None  # and the height their columns had
        self._label_frame: QRectF | None = None  # and what a zoomed-in view showed
        self._laid_out: tuple | None = None  # (zoom, height) and the extents of the last layout
        self.annotations: list = []  # pen strokes (plan Annotations), drawn above everything
        self.class_notes: list = []  # presenter mode's strokes for the zone on screen: never exported
        self._visible["annotations"] = True
        self.setBackgroundBrush(QColor(self.style.background))
        self.set_atlas(atlas)

    # -- building --------------------------------------------------------------------------
    def set_atlas(self, atlas: Atlas) -> None:
        """Rebuild every item for a new atlas (another body, zones or client masks)."""
        self.atlas = atlas
        self.clear()
        self._layers = {}
        self._muscle_groups = {}
        self.zone_items, self.line_items, self.vertebra_items, self.mask_items = {}, {}, {}, {}
        self.labels, self.markers = [], []
        self._laid_out = None
        # The muscles lie over the bones and under the masks and lines: not a layer of the
        # panel's, but a view of their own (off, superficial, deep).
        order = list(LAYERS)
        order.insert(order.index("bones") + 1, "muscles")
        for z, name in enumerate([*order, *_TOP]):
            layer = LayerItem(name)
            layer.setZValue(z)
            self.addItem(layer)
            self._layers[name] = layer
        self._add_outline()
        self.set_muscle_view(self.muscle_view)
        self._add_zones()
        self._add_bones()
        self._add_masks()
        self._add_nodes()
        self._add_landmarks()
        self._add_lines()
        self._add_spine()
        self._add_annotations()
        self._order_labels()
        for name, on in self._visible.items():
            self.set_layer_visible(name, on)
        if self.focus is not None and self.focus not in {z.id for z in atlas.zones}:
            self.focus = None
        self.set_focus(self.focus, self.zoom_to_focus)
        self.set_item_caching(self.cached)

    def set_item_caching(self, on: bool) -> None:
        """Keep a pixmap of every item per zoom level (for a window redrawn under moving
        hands every frame); off for exports, which must stay vector."""
        self.cached = on
        mode = QGraphicsItem.CacheMode.DeviceCoordinateCache if on else QGraphicsItem.CacheMode.NoCache
        for item in self.items():
            if not isinstance(item, LayerItem):
                item.setCacheMode(mode)

    def _add_outline(self) -> None:
        """The figure (head, arms, hands, the tops of the thighs) under the back the hands work
        on: the limbs a shade darker and outlined, the hair from the hairline up, so the back
        reads as a back on a person lying face down."""
        st, body, layer = self.style, self.atlas.body, self._layers["outline"]
        edge = st.pen(st.skin_edge, st.px(1.4))
        ShapeItem(body.figure, st.pen(st.skin_edge, st.px(2.2)), QColor(st.skin), None, layer)
        limb = QColor(st.skin).darker(106)
        for part in (*body.arms.values(), *body.hands.values()):
            ShapeItem(part, edge, limb, None, layer)
        minx, _, maxx, maxy = body.head.bounds
        hair = body.head.intersection(box(minx - 1, body.hairline_y + 0.6 * body.scale, maxx + 1, maxy + 1))
        ShapeItem(hair, edge, QColor(st.hair), None, layer)
        ShapeItem(body.outline, st.pen(st.skin_edge, st.px(2.2)), self._skin_relief(body.outline.bounds), None, layer)

    def _skin_relief(self, bounds: tuple[float, float, float, float]) -> QBrush:
        """The trunk's skin, shaded as light from above the table shades it: the flanks
        turning away darker, the furrow over the spinous processes between the two erector
        masses a shade darker still, the muscles either side catching the light."""
        minx, _, maxx, _ = bounds
        skin = QColor(self.style.skin)
        ramp = QLinearGradient(minx, 0.0, maxx, 0.0)
        for at, darker in ((0.0, 116), (0.07, 107), (0.2, 100), (0.44, 99), (0.5, 104), (0.56, 99), (0.8, 100),
                           (0.93, 107), (1.0, 116)):
            ramp.setColorAt(at, skin.darker(darker))
        return QBrush(ramp)

    def set_muscle_view(self, view: str) -> None:
        """Show no muscles, the superficial ones, or the second and deep layers under them.
        A view's items are made the first time it is shown."""
        if view not in MUSCLE_VIEWS:
            raise ValueError(f"unknown muscle view {view!r}: expected one of {', '.join(MUSCLE_VIEWS)}")
        self.muscle_view = view
        if view not in self._muscle_groups:
            group = LayerItem(f"muscles.{view}")
            group.setParentItem(self._layers["muscles"])
            self._add_muscles(MUSCLE_VIEW_LAYERS[view], group)
            if self.cached:
                for item in group.childItems():
                    item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            self._muscle_groups[view] = group
        for name, group in self._muscle_groups.items():
            group.setVisible(name == view)

    def _add_muscles(self, layers: tuple[str, ...], parent: LayerItem) -> None:
        if not layers:
            return
        st, muscles = self.style, self.atlas.muscles
        # Fibres opaque (the edge colour mixed with the skin as a translucent stroke would be):
        # a translucent pen makes Qt stroke a whole muscle's hatching as one shape, 2-3× slower.
        fibre_colour = _mixed(QColor(st.muscle_edge), QColor(st.skin), 0.5)
        edge_colour = QColor(st.muscle_edge)
        edge_colour.setAlpha(150)
        for layer in layers:
            for muscle in muscles.in_layers([layer]):
                shown = muscles.shown[(muscle.id, muscle.side)]
                if shown.is_empty:
                    continue
                sinew = muscle.id == "thoracolumbar_fascia"
                fill = QColor(st.fascia if sinew else st.muscle)
                fill.setAlpha(70 if sinew else (80 if layer == "superficial" else 95))
                detail = translate("scene", _LAYER_DETAIL[layer]).format(
                    fibres=word(FIBRE_WORDS[muscle.spec.fibres]))
                if muscle.spec.how:
                    detail += f"<br>{muscle.spec.how}"
                info = ItemInfo("muscle", f"{muscle.id}.{muscle.side}", f"{muscle.name} ({word(muscle.side)})", detail)
                ShapeItem(shown, st.pen(edge_colour, st.px(0.9)), fill, info, parent)
                ShapeItem(muscles.shown_fibres[(muscle.id, muscle.side)], st.pen(fibre_colour, 1.0), None,
                          None, parent)

    def _add_zones(self) -> None:
        for i, zone in enumerate(self.atlas.zones):
            colour = zone_colour(zone.id, i)
            fill = QColor(colour)
            fill.setAlpha(0 if zone.id == "whole_back" else 34)
            item = ShapeItem(zone.area, self.style.pen(colour, self.style.px(1.4), Qt.PenStyle.DashLine), fill,
                             zone_info(self.atlas, zone.id), self._layers["zones"])
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
            item.setZValue(0 if zone.id == "whole_back" else 1 + zone.area.area / -1e5)
            item.colour = colour
            self.zone_items[zone.id] = item

    def _add_bones(self) -> None:
        st, body, layer = self.style, self.atlas.body, self._layers["bones"]
        bone = QColor(st.bone)
        bone.setAlpha(215)
        edge = st.pen(st.bone_edge, st.px(1.4))
        kidney = QColor("#9E6A8E")
        kidney.setAlpha(45)
        for side in SIDES:
            ShapeItem(body.scapulae[side], edge, bone, _bone_info("scapula", side), layer)
            ShapeItem(body.scapular_spines[side], st.pen(st.bone_edge, st.px(3.0)), None,
                      _bone_info("scapular_spine", side), layer)
            for rib in ("rib11", "rib12"):
                ShapeItem(body.ribs[(rib, side)], st.pen(st.bone_edge, st.px(2.4)), None, _bone_info(rib, side), layer)
            ShapeItem(body.iliac_crests[side], st.pen(st.bone_edge, st.px(2.4)), None,
                      _bone_info("iliac_crest", side), layer)
            ShapeItem(body.kidneys[side], st.pen("#7B4A6E", st.px(1.4), Qt.PenStyle.DashLine), kidney,
                      _bone_info("kidney", side), layer)
        ShapeItem(body.sacrum, edge, bone, _bone_info("sacrum"), layer)

    def _add_masks(self) -> None:
        st, layer = self.style, self._layers["masks"]
        for mask in self.atlas.masks:
            colour = QColor(MASK_COLOURS[mask.rule])
            fill = QColor(colour)
            fill.setAlpha(120 if mask.client else 60)
            pen = st.pen(colour, st.px(2.0 if mask.client else 1.2),
                               Qt.PenStyle.SolidLine if mask.client else Qt.PenStyle.DashLine)
            title = translate("scene", "Mask: {title}").format(title=mask_title(mask))
            info = ItemInfo("mask", mask.id, title, f"{mask_label(mask)}. {mask.why}")
            item = ShapeItem(mask.geometry, pen, fill, info, layer)
            item.setZValue(2 if mask.client else 1)
            self.mask_items[mask.id] = item

    def _add_nodes(self) -> None:
        st, layer = self.style, self._layers["nodes"]
        for (node, side), p in self.atlas.body.nodes.items():
            info = ItemInfo("node", f"{node}.{side}", f"{translate('scene', _NODE_NAMES[node])} ({word(side)})",
                            translate("scene", "Strokes drain toward this group; the node area itself is not "
                                               "massaged (anatomy.md)"))
            self.markers.append(MarkerItem(scene_point(p.x, p.y), "node", 18, QColor("#FFFFFF"), QColor("#2E7D32"),
                                           st, info, layer))
            if side == "left":
                name = translate("scene", _NODE_LABELS[node])
                text = TextItem(scene_point(p.x, p.y), name, st, st.label_px, "right", QColor("#2E7D32"),
                                offset=(20, 0), bold=True, parent=self._layers["labels_nodes"])
                self.labels.append(Label(text, scene_point(p.x, p.y), LeaderItem(st, None, layer), "node",
                                         text.recentre()))

    def _add_landmarks(self) -> None:
        st, layer = self.style, self._layers["landmarks"]
        for (name, side), p in self.atlas.body.landmarks.items():
            if name == "coccyx_tip":
                title = translate("scene", "Tip of the coccyx")
                detail = translate("scene", "the lower end of the spine")
            else:
                title, detail = (translate("scene", text) for text in _LANDMARK_NAMES[name])
                title = title if side == "mid" else f"{title} ({word(side)})"
            self.markers.append(MarkerItem(scene_point(p.x, p.y), "diamond", 11, QColor("#FFD166"), QColor("#5A4300"),
                                           st, ItemInfo("landmark", f"{name}.{side}", title, detail), layer))
            if side == "left" and name in _SHORT_LANDMARK:
                short = translate("scene", _SHORT_LANDMARK[name])
                text = TextItem(scene_point(p.x, p.y), short, st, st.label_px * 0.92, "right", QColor("#4A3B00"),
                                offset=(15, 0), parent=self._layers["labels_landmarks"])
                self.labels.append(Label(text, scene_point(p.x, p.y), LeaderItem(st, None, layer), "landmark",
                                         text.recentre()))

    def _add_lines(self) -> None:
        layer = self._layers["lines"]
        colours = {z.id: zone_colour(z.id, i) for i, z in enumerate(self.atlas.zones)}
        for zone in self.atlas.zones:
            for line in zone.lines:
                item = StrokeLineItem(line, colours[zone.id], self.style, line_info(self.atlas, line), layer)
                item.setZValue(2 + line.pressure)
                item.badge.setParentItem(self._layers["numbers"])
                self.line_items[line.id] = item

    def _add_spine(self) -> None:
        st, body, layer = self.style, self.atlas.body, self._layers["spine"]
        for name in SPINOUS:  # C1 has no spinous process: nothing to label inside the head
            y = body.level_y[name]
            detail = (translate("scene", "Spinous process, {cm} cm below C7") if y < 0 else
                      translate("scene", "Spinous process, {cm} cm above C7") if y > 0 else
                      translate("scene", "Vertebra prominens, the origin of the map")).format(cm=f"{abs(y):.1f}")
            title = translate("scene", _VERTEBRA_TITLES[name[0]]).format(level=name, number=name[1:])
            info = ItemInfo("vertebra", name, title, detail)
            chip = ChipItem(scene_point(0.0, y), name, st, QColor("#FFFFFF"), QColor("#202020"),
                            QColor("#404040"), st.label_px, info=info, parent=layer)
            self.vertebra_items[name] = chip
            self.labels.append(Label(chip, scene_point(0.0, y), LeaderItem(st, info, layer), "vertebra"))

    def _order_labels(self) -> None:
        """The order labels claim room in: the vertebrae students count from, the others top
        down, then the node groups and the landmarks."""
        rank = {"vertebra": 1, "node": 2, "landmark": 3}
        first = {lb.item for lb in self.labels if lb.kind == "vertebra" and lb.item.text in COUNT_FROM}
        self.labels.sort(key=lambda lb: (0 if lb.item in first else rank[lb.kind], lb.anchor.y()))

    def _add_annotations(self) -> None:
        from shapely.geometry import LineString, Point

        layer = self._layers["annotations"]
        for stroke in (*self.annotations, *self.class_notes):
            geom = LineString(stroke.points) if len(stroke.points) > 1 else Point(stroke.points[0])
            ShapeItem(geom, self.style.pen(stroke.colour, self.style.px(stroke.width)), None, None, layer)

    def set_annotations(self, annotations: list) -> None:
        """Replace the pen strokes (``app.model.plans.format.Annotation``, points in cm)."""
        self.annotations = list(annotations)
        self._redraw_annotations()

    def set_class_notes(self, strokes) -> None:
        """Replace the class's strokes shown over the plan's (presenter mode's pen). They are
        not the plan's: :meth:`restyled`, which exports use, leaves them out."""
        self.class_notes = list(strokes)
        self._redraw_annotations()

    def _redraw_annotations(self) -> None:
        for item in self._layers["annotations"].childItems():
            self.removeItem(item)
        self._add_annotations()
        self.set_item_caching(self.cached)

    def restyled(self, style: Style) -> BackScene:
        """The same picture (atlas, zone, layers, annotations) drawn with another style."""
        other = BackScene(self.atlas, style)
        other.set_annotations(self.annotations)
        other.set_muscle_view(self.muscle_view)
        for name in self._visible:
            other.set_layer_visible(name, self.layer_visible(name))
        other.set_focus(self.focus, self.zoom_to_focus)
        return other

    # -- state -----------------------------------------------------------------------------
    def set_layer_visible(self, name: str, visible: bool) -> None:
        self._visible[name] = visible
        self._layers[name].setVisible(visible)
        for top, owner in _TOP.items():
            if owner == name:
                self._layers[top].setVisible(visible)
        self._relayout()
        self.update()

    def layer_visible(self, name: str) -> bool:
        return self._visible[name]

    def set_focus(self, zone_id: str | None, zoom: bool = True) -> None:
        """Show only ``zone_id``'s lines and highlight its area; None shows every zone.
        With ``zoom`` the picture closes in on the zone; without, it keeps the whole back."""
        if zone_id is not None:
            self.atlas.zone(zone_id)  # raises DorsumError for an unknown zone
        self.focus = zone_id
        self.zoom_to_focus = zoom
        for item in self.line_items.values():
            item.setVisible(zone_id is None or item.line.zone == zone_id)
            item.badge.setVisible(item.isVisible())
        for zid, item in self.zone_items.items():
            fill = QColor(item.colour)
            if zone_id is None:
                fill.setAlpha(0 if zid == "whole_back" else 34)
                item.setVisible(True)
            else:
                fill.setAlpha(60 if zid != "whole_back" else 14)
                item.setVisible(zid == zone_id)
            item.setBrush(fill)
        self._relayout()
        self.update()

    def content_rect(self) -> QRectF:
        """The part of the scene the picture is about: the focused zone with its lines and node
        groups, or the whole figure. Labels that do not fit on it go in columns beside it."""
        body = self.atlas.body
        if self.focus is None or not self.zoom_to_focus:
            # The figure from the top of the head to a hand's breadth below the gluteal folds,
            # as an atlas plate frames a back: the hands and thighs run on out of the frame.
            minx, _, maxx, maxy = body.figure.bounds
            miny = body.gluteal_fold_y - 9.0 * body.scale
            maxy += 1.0
        else:
            zone = self.atlas.zone(self.focus)
            bounds = [zone.area.bounds] + [line.path.bounds for line in zone.lines]
            minx, miny = min(b[0] for b in bounds), min(b[1] for b in bounds)
            maxx, maxy = max(b[2] for b in bounds), max(b[3] for b in bounds)
            miny, maxy = miny - 2.5, maxy + 2.5
            for p in body.nodes.values():
                if miny <= p.y <= maxy:
                    minx, maxx = min(minx, p.x), max(maxx, p.x)
        pad = 0.02 * (maxx - minx) + 1.0
        return QRectF(minx - pad, -(maxy + 2.0), (maxx - minx) + 2 * pad, (maxy - miny) + 4.0)

    def label_overflow(self, source: QRectF, scale: float) -> tuple[float, float, float, float]:
        """Pixels by which labels anchored inside ``source`` reach past it when it is drawn
        ``scale`` pixels per cm: left, top, right, bottom."""
        left = top = right = bottom = 0.0
        for item in self.items():
            if not (item.flags() & QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations) or not item.isVisible():
                continue
            anchor = item.scenePos()
            if not source.contains(anchor):
                continue
            r = item.boundingRect()
            x = (anchor.x() - source.left()) * scale
            y = (anchor.y() - source.top()) * scale
            left, top = max(left, -(x + r.left())), max(top, -(y + r.top()))
            right = max(right, x + r.right() - source.width() * scale)
            bottom = max(bottom, y + r.bottom() - source.height() * scale)
        return left, top, right, bottom

    def layout_labels(self, px_per_cm: float, height: float | None = None, frame: QRectF | None = None) -> Extents:
        """Lay every label out for this zoom: on its point where it covers nothing, else in a
        margin column with a leader (:mod:`.labels`), the columns using ``height`` pixels
        about the content (default its own height). Returns how far the columns reach past
        ``content_rect``, in pixels. A view zoomed in past the content gives the scene
        rectangle it shows as ``frame``: the columns then stand inside its edges."""
        key = (px_per_cm, height, None if frame is None else frame.getRect())
        if self._laid_out is not None and self._laid_out[0] == key:
            return self._laid_out[1]  # an export lays out, then draws at the same zoom
        self.px_per_cm, self._label_height, self._label_frame = px_per_cm, height, frame
        blockers = [*self.markers, *(item.badge for item in self.line_items.values())]
        content, span = self.content_rect(), None
        if frame is not None and not frame.contains(content):
            def room(kinds) -> float:  # cm for a column of these labels inside the view's edge
                widths = [lb.item.boundingRect().width() for lb in self.labels if lb.kind in kinds]
                return (max(widths, default=0.0) + self.style.px(8)) / px_per_cm

            left, right = room(("vertebra", "landmark", "node")), room(("vertebra",))
            inner = content.intersected(frame.adjusted(left, 0, -right, 0))
            if not inner.isEmpty():
                content, span = inner, (frame.top() * px_per_cm, frame.bottom() * px_per_cm)
        extents = layout_labels(self.labels, blockers, content, px_per_cm, self.style, height, span)
        self._laid_out = (key, extents)
        return extents

    def _relayout(self) -> None:
        """What shows changed (a layer, the focus): the labels make room again at the same zoom."""
        self._laid_out = None
        if self.px_per_cm is not None:
            self.layout_labels(self.px_per_cm, self._label_height, self._label_frame)

    def content_rect_fitting(self, width: float, height: float) -> QRectF:
        """The scene rectangle to show in ``width``×``height`` pixels: ``content_rect`` as large
        as it can be with the label columns beside it. Lays the labels out for it: call
        ``layout_labels(scale, height)`` again for the scale it is finally drawn at."""
        content = self.content_rect()
        s = min(width / content.width(), height / content.height())
        for _ in range(6):
            ext = self.layout_labels(s, height)
            fit = min((width - ext.left - ext.right) / content.width(), height / content.height())
            if fit >= s * 0.999:
                break
            s = max(fit, 0.2 * s)
        else:
            ext = self.layout_labels(s, height)
        return content.adjusted(-ext.left / s, -ext.top / s, ext.right / s, ext.bottom / s)

    def info_at(self, items) -> ItemInfo | None:
        """The first item with an ItemInfo among ``items`` (top-most first)."""
        for item in items:
            while item is not None:
                info = getattr(item, "info", None)
                if info is not None and item.isVisible():
                    return info
                item = item.parentItem()
        return None

    def selected_info(self) -> ItemInfo | None:
        return self.info_at(self.selectedItems())
