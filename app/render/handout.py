"""The client's handout: the plan as a printable document with the zone diagrams, the
timeline, the preparation advice, the contraindications screened and the areas avoided.

No table is split across pages (issue 11 §4): a table that would straddle a page break moves
to the next page whole, with the heading and the sentences that introduce it; the session
table, when it is too long for one page with its heading (a very long session), breaks
between rows and repeats its header row on every page, so each page reads on its own."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

from ..model.atlas.build import Atlas
from ..model.documents.atomic import atomic_path
from ..model.errors import DorsumError
from ..model.plans.format import NoGoArea, Plan, Therapist
from ..model.plans.operations import plan_screening, total_warning
from ..model.vocabulary import pressure_word
from .i18n import language, model_words, translate, word
from .legend import mask_label, mask_title
from .scene import BackScene
from .style import Style

__all__ = ["PAPERS", "handout_document", "keep_tables_whole", "page_span", "paint_handout", "planned_zones",
           "tables_of", "write_handout"]

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}


def _zone_scene(atlas: Atlas, zone_id: str | None, annotations) -> BackScene:
    """One zone's diagram, its labels large enough to read on paper (about 12 pt; the legend
    is printed once, in words, before the diagrams). Crowded labels stand in columns beside
    the zone, so larger type would leave the zone itself little of the page's width."""
    scene = BackScene(atlas, Style(ui_scale=1.1))
    scene.set_annotations(annotations)
    scene.set_layer_visible("legend", False)
    scene.set_focus(zone_id)
    return scene


def planned_zones(plan: Plan, atlas: Atlas) -> list[str]:
    """The zones the handout draws: those of the plan, when the massage may go ahead."""
    if not plan_screening(plan, atlas.zone_set).can_massage:
        return []
    known = {z.id for z in atlas.zones}
    return [z for z in dict.fromkeys(step.zone for step in plan.steps) if z in known]


def _duration(minutes: float) -> str:
    """0.25 → "15 s", 2.5 → "2½ min"-like plain words a client reads."""
    if minutes < 1:
        return translate("handout", "{n} s").format(n=round(minutes * 60))
    whole, part = divmod(round(minutes * 4), 4)
    return translate("handout", "{n} min").format(n=f"{whole}{['', '¼', '½', '¾'][part]}")


def _where(area: NoGoArea) -> str:
    """A client's words for a place on the back: the side and the part of the spine beside it."""
    side = (translate("handout", "on the right") if area.out > 0.5 else translate("handout", "on the left")
            if area.out < -0.5 else translate("handout", "in the middle"))
    region = {"C": translate("handout", "beside the neck"),
              "T": translate("handout", "beside the upper back") if int(area.level[1:]) <= 6
              else translate("handout", "beside the middle back"),
              "L": translate("handout", "beside the lower back"), "S": translate("handout", "beside the sacrum"),
              "c": translate("handout", "beside the tailbone")}[area.level[0]]
    return f"{side}, {region} ({area.level})"


def _signature(therapist: Therapist) -> str:
    """Consent: the client has read the plan and agrees to it; both sign."""
    name = escape(therapist.name) + " " if therapist.name else ""  # else the line takes the name by hand
    client, date = translate("handout", "Client:"), translate("handout", "Date:")
    by = translate("handout", "Therapist:")
    return ("<h2>" + translate("handout", "Consent") + "</h2><p>"
            + translate("handout", "I have read this plan, told the therapist about my health, and agree to the "
                                   "massage described.")
            + "</p><table width='100%' cellpadding='8'><tr>"
            f"<td>{client} ______________________________</td><td>{date} ______________</td></tr>"
            f"<tr><td>{by} {name}______________________________</td><td>{date} ______________</td></tr></table>")


DEFAULT_TITLE = Plan().title


def _title(plan: Plan) -> str:
    """The plan's title; the default one in the handout's language."""
    return translate("handout", "Back massage plan") if plan.title == DEFAULT_TITLE else plan.title


def _by_zone(plan: Plan) -> list[tuple[str, list]]:
    """Consecutive steps on the same zone, grouped: the session as the client sees it (the
    finale apart from the preliminary massage on the same zone)."""
    groups: list[tuple[str, list]] = []
    for step in plan.steps:
        if groups and groups[-1][0] == step.zone and groups[-1][1][-1].finale == step.finale:
            groups[-1][1].append(step)
        else:
            groups.append((step.zone, [step]))
    return groups


def handout_document(plan: Plan, atlas: Atlas, page: QSizeF) -> QTextDocument:
    """The handout as a text document (``page`` in its 96-per-inch units) with its diagrams
    as image resources."""
    doc = QTextDocument()
    doc.setPageSize(page)
    zone_set = atlas.zone_set
    screening = plan_screening(plan, zone_set)
    names = {z.id: z.name for z in atlas.zones}
    who = escape(plan.client.name) if plan.client.name else translate("handout", "the client")
    today = QLocale(language()).toString(QDate.currentDate(), "d MMMM yyyy")  # 2 грудня 2026
    therapist = plan.therapist
    by = ""
    if therapist.name or therapist.contact:
        by = " · " + translate("handout", "by {therapist}").format(
            therapist=escape(" · ".join(filter(None, [therapist.name, therapist.contact]))))
    body = translate("handout", "male body") if plan.client.sex == "male" else translate("handout", "female body")
    html = [
        "<html><body style='font-family: DejaVu Sans; font-size: 10pt'>",
        f"<h1>{escape(_title(plan))}</h1>",
        "<p>" + translate("handout", "For <b>{who}</b>").format(who=who) + f" · {today} · {body}"
        + (f", {plan.client.stature:g} " + translate("handout", "cm") if plan.client.stature else "") + f"{by}</p>",
    ]
    if not screening.can_massage:
        # No session, course or preparation for a client who must not be massaged: the reason
        # and the advice, and nothing that reads as a plan to follow.
        reasons = "".join(f"<li>{escape(c.label)}</li>" for c in screening.stop)
        html.append("<h2 style='color:#B00'>" + translate("handout", "No massage for now")
                    + f"</h2><p>{escape(screening.advice)}</p><p>" + translate("handout", "Because of:")
                    + f"</p><ul>{reasons}</ul><p style='color:#666; font-size: 8pt'>"
                    + translate("handout", "This note does not replace a doctor's advice.") + "</p>")
        html.append(_signature(therapist))
        html.append("</body></html>")
        doc.setHtml("".join(html))
        return doc
    warning = total_warning(plan, zone_set, model_words)
    # The order of the zones; each line is stroked the way its arrow shows in the diagrams.
    direction = (translate("handout", "from the neck down, because of high blood pressure: the strokes over the whole "
                                      "back too, and then zone by zone")
                 if plan.direction == "top-down"
                 else translate("handout", "from the base of the spine upward: the strokes over the whole back, then "
                                           "zone by zone"))
    about = {
        "therapeutic": translate("handout", "About {duration} of a therapeutic back massage, "
                                            "worked {direction}."),
        "first": translate("handout", "About {duration} of a first, short back massage, "
                                      "worked {direction}."),
    }.get(plan.variant, translate("handout", "About {duration} of a general back massage, "
                                             "worked {direction}."))
    ending = (" " + translate("handout", "It ends with light vibration and a smooth stroking over the whole back.")
              if any(s.finale for s in plan.steps) else "")
    html.append("<h2>" + translate("handout", "The session") + "</h2><p>"
                + about.format(duration=_duration(plan.total_minutes), direction=direction) + ending + "</p>")
    if warning:
        html.append(f"<p style='color:#B00'>{escape(warning)}</p>")
    heads = (translate("handout", "Order"), translate("handout", "Zone"), translate("handout", "Time"),
             translate("handout", "Techniques, in order"), translate("handout", "Pressure"))
    html.append("<table border='1' cellspacing='0' cellpadding='5' width='100%'><thead><tr>"
                + "".join(f"<th>{head}</th>" for head in heads) + "</tr></thead>")
    to = translate("handout", " to ")
    for i, (zone_id, steps) in enumerate(_by_zone(plan), 1):
        techniques = ", ".join(f"{word(s.technique)} {_duration(s.minutes)}" for s in steps)
        pressures = sorted({pressure_word(s.pressure) for s in steps}, key=["light", "moderate", "firm", "deep"].index)
        finale_name = zone_set.zone(zone_id).finale_name if steps[0].finale and zone_id in names else ""
        html.append(f"<tr><td>{i}</td><td>{escape(finale_name or names.get(zone_id, zone_id))}</td>"
                    f"<td>{_duration(sum(s.minutes for s in steps))}</td><td>{techniques}</td>"
                    f"<td>{to.join(word(p) for p in pressures)}</td></tr>")
    html.append("</table>")

    html.append("<h2>" + translate("handout", "Areas avoided, and why") + "</h2><ul>")
    areas = {a.id: a for a in plan.no_go}
    for mask in atlas.masks:
        if mask.client and mask.id in areas:
            a = areas[mask.id]
            note = f" {escape(a.note)}." if a.note else ""
            html.append("<li>" + translate("handout", "<b>Your {area}</b> ({where}): never touched; the strokes go "
                                             "round it.").format(area=escape(mask_title(mask)), where=_where(a))
                        + f"{note}</li>")
        else:
            title = mask_title(mask)
            html.append(f"<li><b>{escape(title[:1].upper() + title[1:])}</b>: {escape(mask_label(mask))}. "
                        f"{escape(mask.why)}</li>")
    html.append("</ul>")

    spec = zone_set.screening
    html.append("<h2>" + translate("handout", "Contraindications checked") + "</h2><table cellpadding='2'>")
    present = set(plan.conditions)
    for condition in (*spec.absolute, *spec.local, spec.high_blood_pressure):
        mark = ("<b style='color:#B00'>" + translate("handout", "yes") + "</b>" if condition.id in present
                else translate("handout", "no"))
        html.append(f"<tr><td>{escape(condition.label)}</td><td>{mark}</td></tr>")
    html.append("</table>")

    html.append("<h2>" + translate("handout", "Before each session") + "</h2><ul>")
    html += [f"<li>{escape(fact.text)}</li>" for fact in spec.preparation]
    course, usual = plan.course, spec.course
    html.append("</ul><h2>" + translate("handout", "The course") + "</h2><p>"
                + translate("handout", "Sessions: {sessions}, {per_week} a week; then a maintenance session every "
                                       "{weeks} weeks. The usual recommendation is {usual_sessions} sessions, "
                                       "{usual_per_week} a week, and maintenance every {usual_weeks} weeks.").format(
                    sessions=course.sessions, per_week=course.per_week, weeks=course.maintenance_weeks,
                    usual_sessions=f"{usual.sessions[0]}–{usual.sessions[1]}",
                    usual_per_week=f"{usual.per_week[0]}–{usual.per_week[1]}",
                    usual_weeks=f"{usual.maintenance_weeks[0]}–{usual.maintenance_weeks[1]}")
                + "</p><p style='color:#666; font-size: 8pt'>"
                + translate("handout", "From Dorsum's zones, which cite their source texts for every line, time and "
                                       "rule. This plan does not replace a doctor's advice.") + "</p>")
    html.append(_signature(therapist))

    if planned_zones(plan, atlas):
        items = (translate("handout", "<b>Numbers</b> in circles: the order of the lines, the same on both sides."),
                 translate("handout", "<b>Arrows</b>: the way the hands move along each line."),
                 translate("handout", "<b>Thicker lines</b>: firmer pressure."),
                 translate("handout", "<b>Dotted lines</b>: lighter pressure there, or a technique left out."),
                 translate("handout", "<b>Shaded areas</b>: not pressed — the spine, the kidneys, the edges of the "
                                      "shoulder blades, and any area of yours to avoid."),
                 translate("handout", "<b>Green circles</b>: the lymph nodes the strokes lead toward."))
        html.append("<h2>" + translate("handout", "Where the hands go") + "</h2><p>"
                    + translate("handout", "The pages after this one show each zone. How to read them:") + "</p><ul>"
                    + "".join(f"<li>{item}</li>" for item in items) + "</ul>")
    html.append(_glossary())
    html.append(_classical_terms(zone_set))
    html.append("</body></html>")
    doc.setHtml("".join(html))
    keep_tables_whole(doc)
    return doc


def _glossary() -> str:
    """The words on the diagrams, for a client."""
    rows = (
        ("C7, T1…T12, L1…L5", translate("handout", "the bumps of the spine you can feel: neck (C), chest (T) and "
                                                   "lower back (L), counted from the top; C7 is the big one at the "
                                                   "base of the neck")),
        (translate("scene", "PSIS"), translate("handout", "the two dimples above the buttocks")),
        (translate("handout", "Iliac crest"), translate("handout", "the top edge of the hip bone")),
        (translate("handout", "Inferior angle"), translate("handout", "the lowest point of the shoulder blade")),
        (translate("handout", "Acromion"), translate("handout", "the bony point of the shoulder")),
        (translate("handout", "Supraclavicular, axillary, inguinal nodes"),
         translate("handout", "lymph nodes above the collarbone, in the armpit and in the groin")),
        (translate("handout", "Above C6"), translate("handout", "the upper neck, where there is no vibration")),
    )
    return ("<h2>" + translate("handout", "Words on the diagrams") + "</h2><table cellpadding='2'>"
            + "".join(f"<tr><td><b>{a}</b></td><td>{b}</td></tr>" for a, b in rows) + "</table>")


def _classical_terms(zone_set) -> str:
    """The glossary of zones/glossary.toml: each term in the handout's language first, then in
    the other two, with the international name and what it means."""
    if not zone_set.glossary:
        return ""
    lang = zone_set.lang
    order = [lang, *(code for code in ("uk", "ru", "en") if code != lang)]
    rows = []
    for term in zone_set.glossary:
        words = [getattr(term.words, code) for code in order]
        first = escape(words[0])
        others = " / ".join(escape(w) for w in words[1:])
        shown = term.international and term.international != term.words.en
        international = f" ({escape(term.international)})" if shown else ""
        rows.append(f"<tr><td><b>{first}</b></td><td>{others}{international}</td><td>{escape(term.meaning)}</td></tr>")
    return ("<h2>" + translate("handout", "Massage terms of the classical school") + "</h2><table cellpadding='2'>"
            + "".join(rows) + "</table>")


def tables_of(doc: QTextDocument) -> list[QTextTable]:
    """The document's tables, in reading order."""
    return [frame for frame in doc.rootFrame().childFrames() if isinstance(frame, QTextTable)]


def page_span(doc: QTextDocument, table: QTextTable) -> tuple[int, int]:
    """The first and last page (from 0) the laid-out ``table`` lies on."""
    rect = doc.documentLayout().frameBoundingRect(table)
    height = doc.pageSize().height()
    return int(rect.top() // height), int((rect.bottom() - 1.0) // height)


def _heading_before(doc: QTextDocument, table: QTextTable, blocks: int = 4) -> QTextBlock | None:
    """The heading a few blocks above ``table`` that introduces it (none across another
    table): a table that moves to a new page takes it along."""
    block = doc.findBlock(table.firstPosition() - 1)
    for _ in range(blocks):
        if not block.isValid() or QTextCursor(block).currentTable() is not None:
            return None
        if block.blockFormat().headingLevel():
            return block
        block = block.previous()
    return None


def _break_before(block: QTextBlock | None, table: QTextTable) -> None:
    """Start a new page at ``block`` or, with none, at the table itself."""
    if block is None:
        table_format = table.format()
        table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        table.setFormat(table_format)
        return
    block_format = block.blockFormat()
    block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    QTextCursor(block).setBlockFormat(block_format)


def keep_tables_whole(doc: QTextDocument) -> None:
    """Lay ``doc`` out so that no table straddles a page break, nor leaves its heading at the
    foot of the page before: each one that would starts a new page, with that heading. One
    table at a time, from the top, since moving one moves everything after it. A table with a
    header row that does not fit on a page with its heading (a very long session) stays where
    it is, under its heading, and breaks between rows, its header row (``<thead>``) repeated
    on every page it runs onto."""
    usable = doc.pageSize().height() - 2 * doc.documentMargin()
    if usable <= 0:
        return
    layout = doc.documentLayout()
    height = doc.pageSize().height()
    moved: set[int] = set()
    while True:
        for table in tables_of(doc):
            rect = layout.frameBoundingRect(table)
            heading = _heading_before(doc, table)
            top = layout.blockBoundingRect(heading).top() if heading is not None else rect.top()
            if top // height == (rect.bottom() - 1.0) // height or table.firstPosition() in moved:
                continue  # on one page with its heading, or moved once already
            if rect.bottom() - top > usable:
                if table.format().headerRowCount() or rect.height() > usable:
                    continue  # breaks between rows, under its heading, its header repeated
                heading = None  # no header to repeat: the table alone moves, whole
            moved.add(table.firstPosition())
            _break_before(heading, table)
            break
        else:
            return


def paint_handout(plan: Plan, atlas: Atlas, device: QPagedPaintDevice) -> int:
    """Paint the handout on ``device`` (a PDF writer or a printer at 96 dpi): the text pages,
    then each zone's diagram drawn from the scene itself, so the diagrams stay vector (no
    pictures). Returns the number of pages."""
    layout = device.pageLayout()
    rect = layout.paintRectPixels(device.resolution())
    dpi = device.resolution()
    width, height = rect.width() * 96.0 / dpi, rect.height() * 96.0 / dpi  # the document's units
    doc = handout_document(plan, atlas, QSizeF(width, height))
    painter = QPainter(device)
    try:
        painter.scale(dpi / 96.0, dpi / 96.0)
        pages = doc.pageCount()
        for i in range(pages):
            if i:
                device.newPage()
            painter.save()
            painter.translate(0, -i * height)
            doc.drawContents(painter, QRectF(0, i * height, width, height))
            painter.restore()
        names = {z.id: z.name for z in atlas.zones}
        title_font = QFont("DejaVu Sans")
        title_font.setPixelSize(20)
        title_font.setBold(True)
        for zone_id in planned_zones(plan, atlas):
            device.newPage()
            pages += 1
            painter.setFont(title_font)
            painter.setPen(QColor("#111111"))
            painter.drawText(QRectF(0, 0, width, 32), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             names[zone_id])
            scene = _zone_scene(atlas, zone_id, plan.annotations)
            room = QRectF(0, 44, width, height - 44)
            source = scene.content_rect_fitting(room.width(), room.height())
            scale = min(room.width() / source.width(), room.height() / source.height())
            scene.layout_labels(scale, room.height())
            # the page shows the source and nothing round it: a label on a neighbour's point
            # outside the zone is not cut in half at the paper's edge
            target = QRectF(0, 0, source.width() * scale, source.height() * scale)
            target.moveCenter(room.center())
            target.moveTop(room.top())
            scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
    finally:
        painter.end()
    return pages


def write_handout(plan: Plan, atlas: Atlas, path: str | Path, paper: str = "a4") -> Path:
    """Write the handout PDF atomically on A4 or Letter paper."""
    path = Path(path)
    if path.suffix.lower() != ".pdf":
        raise DorsumError("the handout is a PDF: use OUT.pdf", path)
    if paper not in PAPERS:
        raise DorsumError(f"unknown paper {paper!r}: use a4 or letter", path)
    with atomic_path(path) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setTitle(_title(plan))
        writer.setCreator("Dorsum")
        # 96 units an inch, as the scene's labels are sized: text and diagrams stay vector
        # whatever the number, and labels that keep their size keep it on paper too.
        writer.setResolution(96)
        writer.setPageLayout(QPageLayout(QPageSize(PAPERS[paper]), QPageLayout.Orientation.Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
        paint_handout(plan, atlas, writer)
    return path
