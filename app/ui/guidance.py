"""The side panel's text: what a zone, line or mark is, what to do there and why, with sources."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..model.atlas.build import Atlas
from ..model.atlas.lines import breaks_lymph_rule
from ..model.session.card import technique_card
from ..model.vocabulary import FIBRE_WORDS, pressure_word
from ..model.zonefiles.spec import Cite, minutes_range
from ..render.i18n import model_words, translate, word
from ..render.items import ItemInfo
from ..render.legend import mask_label, mask_title
from ..render.scene import node_label

__all__ = ["describe", "cite_text", "welcome_html", "technique_link"]


def cite_text(cite: Cite) -> str:
    """One source, short: ``seed 001: “…quote…”``, ``anatomy.md: kidneys``, ``Dorsum: why``."""
    if cite.source in ("anatomy.md", "muscles-and-hands.md"):
        what = cite.row or f"“{cite.quote}”"
        return f"{cite.source}: {escape(what)}"
    if cite.source == "dorsum":
        return translate("guidance", "Dorsum's decision: {why}").format(why=escape(cite.why))
    return translate("guidance", "seed {number}: “{quote}”").format(number=escape(cite.source[:3]),
                                                                   quote=escape(cite.quote))


def _cites(cites) -> str:
    if not cites:
        return ""
    items = "".join(f"<li>{cite_text(c)}</li>" for c in cites)
    return f"<p style='color:#555'><i>Sources</i></p><ul style='color:#555'>{items}</ul>"


def _minutes(value) -> str:
    lo, hi = minutes_range(value)
    return f"{lo:g}" if lo == hi else f"{lo:g}–{hi:g}"


_TOPICS = {"purpose": QT_TRANSLATE_NOOP("guidance", "Purpose"), "position": QT_TRANSLATE_NOOP("guidance", "Position"),
           "pressure": QT_TRANSLATE_NOOP("guidance", "Pressure"),
           "technique": QT_TRANSLATE_NOOP("guidance", "Technique"),
           "order": QT_TRANSLATE_NOOP("guidance", "Order"), "caution": QT_TRANSLATE_NOOP("guidance", "Caution")}


def _zone_html(atlas: Atlas, zone_id: str) -> str:
    zone = atlas.zone(zone_id)
    spec = zone.spec
    parts = [
        f"<h2>{escape(spec.name)}</h2>",
        f"<p>{escape(spec.summary)}</p>",
        "<p>" + translate("guidance", "<b>Span:</b> {top} to {bottom}. <b>Time:</b> {general} min (general), "
                                      "{therapeutic} min (therapeutic).").format(
            top=word(spec.span.top), bottom=word(spec.span.bottom), general=_minutes(spec.minutes.general),
            therapeutic=_minutes(spec.minutes.therapeutic)) + "</p>",
        "<h3>" + translate("guidance", "Sequence") + "</h3><table cellspacing='0' cellpadding='3' border='1' "
        "width='100%' style='border-collapse:collapse'><tr><th>#</th>" + "".join(  # the technique's words unbroken
            f"<th{' width=40%' if i == 0 else ''}>{head}</th>" for i, head in enumerate((
            translate("guidance", "Technique"), translate("guidance", "Lines"), translate("guidance", "min (gen.)"),
            translate("guidance", "min (ther.)")))) + "</tr>",
    ]
    for i, step in enumerate(spec.steps, 1):
        lines = ", ".join(str(n) for n in step.lines) or translate("guidance", "all")
        parts.append(f"<tr><td>{i}</td><td>{technique_link(spec.id, step.technique, word(step.technique))}</td>"
                     f"<td>{lines}</td><td>{_minutes(step.minutes.general)}</td>"
                     f"<td>{_minutes(step.minutes.therapeutic)}</td></tr>")
    parts.append("</table>")
    if spec.finale:
        parts.append("<h3>" + translate("guidance", "{name}: after the last zone").format(name=escape(spec.finale_name))
                     + "</h3><ol>")
        for step in spec.finale:
            lines = ", ".join(str(n) for n in step.lines) or translate("guidance", "all")
            note = f" <i>{escape(step.note)}</i>" if step.note else ""
            parts.append("<li>" + translate("guidance", "{technique}, lines {lines}, {minutes} min.").format(
                technique=word(step.technique), lines=lines, minutes=_minutes(step.minutes.general)) + f"{note}</li>")
        parts.append("</ol>")
    alternating = [t for t in atlas.zone_set.techniques
                   if t.alternate is not None and any(s.technique == t.id for s in spec.steps)]
    for t in alternating:
        assert t.alternate is not None
        parts.append("<p>" + translate("guidance", "After each {technique} step, {minutes} min of {other} on its "
                                                   "lines: the two alternate (seed 001).").format(
            technique=word(t.id), minutes=_minutes(t.alternate.minutes), other=word(t.alternate.technique)) + "</p>")
    parts.append(_how_to_html(atlas, spec.id))
    parts.append("<h3>" + translate("guidance", "Lines") + "</h3><ol>")
    laid = {line.number: line for line in zone.lines}  # as this session runs them (top-down turns some round)
    for line in sorted(spec.lines, key=lambda line: line.number):
        line = laid.get(line.number, line)
        target = f" → {node_label(line.target)}" if line.target else ""
        parts.append(f"<li value='{line.number}'>{escape(line.name)}{target}; "
                     + translate("guidance", "pressure {word}").format(word=word(pressure_word(line.pressure)))
                     + "</li>")
    parts.append("</ol>")
    if zone.cancelled:
        parts.append(f"<p style='color:#B00'><b>Left out for this client:</b> {', '.join(zone.cancelled)} "
                     "(inside a no-go area)</p>")
    for topic in ("purpose", "position", "pressure", "technique", "order", "caution"):
        items = [g for g in spec.guidance if g.topic == topic]
        if items:
            parts.append(f"<h3>{translate('guidance', _TOPICS[topic])}</h3>")
            for g in items:
                parts.append(f"<p>{escape(g.text)}</p>")
    all_cites = list(spec.span.cite) + list(spec.minutes.cite) + [c for g in spec.guidance for c in g.cite]
    parts.append(_cites(dict.fromkeys(all_cites)))
    return "".join(parts)


def technique_link(zone_id: str | None, technique: str, text: str | None = None) -> str:
    """A technique's name that opens its card (``technique:ZONE/TECHNIQUE``)."""
    return f"<a href='technique:{zone_id or ''}/{technique}'>{escape(text or technique)}</a>"


def _how_to_html(atlas: Atlas, zone_id: str) -> str:
    """How the hands do each of the zone's techniques there: the card's words, not the notes."""
    zone = atlas.zone_set.zone(zone_id)
    parts = ["<h3>" + translate("guidance", "How each technique is done") + "</h3>"]
    for technique in dict.fromkeys(step.technique for step in zone.steps):
        card = technique_card(atlas.zone_set, technique, zone_id)
        how = escape(card.how_to(model_words))
        parts.append(f"<p><b>{technique_link(zone_id, technique, card.name)}</b>: {how}</p>")
    return "".join(parts)


def _line_html(atlas: Atlas, line_id: str) -> str:
    line = atlas.line(line_id)
    zone = atlas.zone(line.zone)
    if line.target:
        nodes = node_label(line.target)
        target = translate("guidance", "toward the <b>{nodes}</b>").format(nodes=nodes)
    else:
        target = translate("guidance", "along the muscle (no node group)")
    techniques = ", ".join(technique_link(line.zone, t, word(t)) for t in line.techniques)
    title = translate("guidance", "{zone}: line {number} ({side})")
    lead = translate("guidance", "<b>{name}</b>, {target}. Starts at the numbered badge and runs to the arrow.")
    work = translate("guidance", "<b>Pressure:</b> {value} ({word}). <b>Techniques:</b> {techniques}.")
    why = translate("guidance", "<b>Why here:</b> {why}")
    parts = [
        "<h2>" + title.format(zone=escape(zone.name), number=line.number, side=word(line.side)) + "</h2>",
        "<p>" + lead.format(name=escape(line.name), target=target) + "</p>",
        "<p>" + work.format(value=f"{line.pressure:.2f}", word=word(pressure_word(line.pressure)),
                            techniques=techniques) + "</p>",
        "<p>" + why.format(why=escape(line.why)) + "</p>",
    ]
    if line.muscle:
        muscle = atlas.zone_set.muscle(line.muscle)
        along = translate("guidance", "<b>Along the {muscle}:</b> its fibres run {fibres}, and rubbing here follows "
                                      "them in strokes rather than circles (seed 003: “Rubbing movements should be "
                                      "performed along the muscle fibers.”). Press M to see the muscles.")
        parts.append("<p>" + along.format(muscle=escape(muscle.name.lower()),
                                          fibres=word(FIBRE_WORDS[muscle.fibres])) + "</p>")
    if breaks_lymph_rule(line, atlas.body) and atlas.direction == "top-down":
        parts.append("<p style='color:#8A4B00'>" + translate(
            "guidance", "<b>Against the lymph rule, on purpose:</b> this line starts above L1–L2, where lymph drains "
                        "up to the armpit, and runs down. For a client with high blood pressure the master works "
                        "from the neck down (seed 003), the strokes over the whole back too.") + "</p>")
    elif breaks_lymph_rule(line, atlas.body):
        parts.append("<p style='color:#8A4B00'>" + translate(
            "guidance", "<b>Against the lymph rule, on purpose:</b> this line starts below L1–L2, where lymph drains "
                        "down to the groin, and runs up. The seeds begin the session with strokes from the sacrum "
                        "upward over the whole back (seeds 001 and 003); the lumbar zone's own lines then run out "
                        "and down to the groin. For a client with high blood pressure it runs the other way, from "
                        "the neck down (seed 003).") + "</p>")
    masked = [s for s in line.stretches if s.limited]
    if masked:
        parts.append("<h3>" + translate("guidance", "Where a mask changes the work") + "</h3><ul>")
        stretch = translate("guidance", "{start}–{end} cm along it: {masks}: pressure {word}")
        for s in masked:
            names = ", ".join(f"{mask_title(atlas.mask(m))} ({mask_label(atlas.mask(m))})" for m in s.masks)
            left_out = [word(t) for t in line.techniques if t not in s.techniques]
            dropped = ""
            if left_out and s.pressure > 0:
                dropped = translate("guidance", "; no {techniques}").format(techniques=", ".join(left_out))
            parts.append("<li>" + stretch.format(start=f"{s.start:.0f}", end=f"{s.end:.0f}", masks=escape(names),
                                                 word=word(pressure_word(s.pressure))) + f"{dropped}</li>")
        parts.append("</ul>")
    if line.rerouted:
        round_it = translate("guidance", "<b>Goes round</b> {areas}: the grey dots show the planned path.")
        parts.append("<p style='color:#B00'>" + round_it.format(areas=", ".join(line.rerouted)) + "</p>")
    parts.append(_cites(line.cite))
    return "".join(parts)


def _mask_html(atlas: Atlas, mask_id: str) -> str:
    mask = atlas.mask(mask_id)
    spec = next((m for m in atlas.zone_set.masks if m.id == mask_id), None)
    label = mask_label(mask)
    parts = ["<h2>" + translate("guidance", "Mask: {title}").format(title=escape(mask_title(mask))) + "</h2>",
             f"<p><b>{escape(label[:1].upper() + label[1:])}.</b></p>",
             f"<p>{escape(mask.why)}</p>"]
    if mask.pressure_cap is not None and mask.rule != "no_go":
        most = translate("guidance", "Pressure at most {value} ({word}).")
        parts.append("<p>" + most.format(value=f"{mask.pressure_cap:.2f}",
                                         word=word(pressure_word(mask.pressure_cap))) + "</p>")
    if spec is not None:
        parts.append(_cites(spec.cite))
    return "".join(parts)


_LAYER_WORDS = {"superficial": QT_TRANSLATE_NOOP("guidance", "Superficial layer."),
                "second": QT_TRANSLATE_NOOP("guidance", "Second layer."),
                "deep": QT_TRANSLATE_NOOP("guidance", "Deep layer.")}


def _muscle_html(atlas: Atlas, muscle_side: str) -> str:
    muscle_id, _, side = muscle_side.rpartition(".")
    spec = atlas.zone_set.muscle(muscle_id)
    lines = [line for line in atlas.lines if line.muscle == muscle_id and line.side == side]
    fibres = translate("guidance", "Its fibres run {fibres} from origin to insertion.")
    parts = [f"<h2>{escape(spec.name)} ({word(side)})</h2>",
             "<p>" + translate("guidance", _LAYER_WORDS[spec.layer]) + " "
             + fibres.format(fibres=word(FIBRE_WORDS[spec.fibres])) + "</p>"]
    if spec.how:
        parts.append("<p>" + translate("guidance", "<b>In massage:</b> {how}").format(how=escape(spec.how)) + "</p>")
    if lines:
        one = translate("guidance", "{zone} line {number}")
        names = ", ".join(one.format(zone=atlas.zone(line.zone).name, number=line.number) for line in lines)
        along = translate("guidance", "<b>Lines along it:</b> {lines}: rubbing there follows its fibres.")
        parts.append("<p>" + along.format(lines=escape(names)) + "</p>")
    parts.append(_cites(spec.cite))
    return "".join(parts)


def describe(atlas: Atlas, info: ItemInfo | None) -> str:
    """HTML for the side panel about ``info`` (a zone, line, mask or mark)."""
    if info is None:
        return welcome_html(atlas)
    if info.kind == "zone":
        return _zone_html(atlas, info.id)
    if info.kind == "line":
        return _line_html(atlas, info.id)
    if info.kind == "mask":
        return _mask_html(atlas, info.id)
    if info.kind == "muscle":
        return _muscle_html(atlas, info.id)
    return f"<h2>{escape(info.title)}</h2><p>{escape(info.detail)}</p>"


def welcome_html(atlas: Atlas) -> str:
    zones = "".join(f"<li>{escape(z.name)}</li>" for z in atlas.zones)
    hello = translate("guidance", "Click a zone or a line to see what is done there, in what order, how hard and why. "
                                  "Hover anything to name it.")
    keys = translate("guidance", "<b>Keys:</b> Space plays the session, → ← step, + / − zoom, 0 fit, drag to pan, "
                                 "] [ next / previous zone, Ctrl+E export picture, F1 all keys, Ctrl+Q quit.")
    return (f"<h2>Dorsum</h2><p>{hello}</p><p><b>" + translate("guidance", "Zones")
            + f"</b></p><ul>{zones}</ul><p>{keys}</p>")
