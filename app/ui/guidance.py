"""The side panel's text: what a zone, line or mark is, what to do there and why, with sources."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..model.atlas.build import Atlas
from ..model.atlas.lines import breaks_lymph_rule
from ..model.session.card import technique_card
from ..model.vocabulary import FIBRE_WORDS, pressure_word
from ..model.zonefiles.spec import Cite, minutes_range
from ..render.card_words import card_words
from ..render.i18n import translate, word
from ..render.items import ItemInfo

__all__ = ["describe", "cite_text", "welcome_html", "technique_link"]


def cite_text(cite: Cite) -> str:
    """One source, short: ``seed 001: “…quote…”``, ``anatomy.md: kidneys``, ``Dorsum: why``."""
    if cite.source in ("anatomy.md", "muscles-and-hands.md"):
        what = cite.row or f"“{cite.quote}”"
        return f"{cite.source}: {escape(what)}"
    if cite.source == "dorsum":
        return f"Dorsum's decision: {escape(cite.why)}"
    return f"seed {escape(cite.source[:3])}: “{escape(cite.quote)}”"


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
_NODES = {"supraclavicular": "Supraclavicular nodes", "axillary": "Axillary nodes", "inguinal": "Inguinal nodes"}


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
        target = f" → {translate('scene', _NODES[line.target])}" if line.target else ""
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
        how = escape(card.how_to(card_words))
        parts.append(f"<p><b>{technique_link(zone_id, technique, card.name)}</b>: {how}</p>")
    return "".join(parts)


def _line_html(atlas: Atlas, line_id: str) -> str:
    line = atlas.line(line_id)
    zone = atlas.zone(line.zone)
    target = f"toward the <b>{line.target}</b> nodes" if line.target else "along the muscle (no node group)"
    parts = [
        f"<h2>{escape(zone.name)}: line {line.number} ({line.side})</h2>",
        f"<p><b>{escape(line.name)}</b>, {target}. Starts at the numbered badge and runs to the arrow.</p>",
        f"<p><b>Pressure:</b> {line.pressure:.2f} ({pressure_word(line.pressure)}). "
        f"<b>Techniques:</b> {', '.join(technique_link(line.zone, t) for t in line.techniques)}.</p>",
        f"<p><b>Why here:</b> {escape(line.why)}</p>",
    ]
    if line.muscle:
        muscle = atlas.zone_set.muscle(line.muscle)
        parts.append(f"<p><b>Along the {escape(muscle.name.lower())}:</b> its fibres run "
                     f"{FIBRE_WORDS[muscle.fibres]}, and rubbing here follows them in strokes rather than circles "
                     "(seed 003: “Rubbing movements should be performed along the muscle fibers.”). "
                     "Press M to see the muscles.</p>")
    if breaks_lymph_rule(line, atlas.body) and atlas.direction == "top-down":
        parts.append("<p style='color:#8A4B00'><b>Against the lymph rule, on purpose:</b> this line starts above "
                     "L1–L2, where lymph drains up to the armpit, and runs down. For a client with high blood "
                     "pressure the master works from the neck down (seed 003), the strokes over the whole back "
                     "too.</p>")
    elif breaks_lymph_rule(line, atlas.body):
        parts.append("<p style='color:#8A4B00'><b>Against the lymph rule, on purpose:</b> this line starts below "
                     "L1–L2, where lymph drains down to the groin, and runs up. The seeds begin the session with "
                     "strokes from the sacrum upward over the whole back (seeds 001 and 003); the lumbar zone's own "
                     "lines then run out and down to the groin. For a client with high blood pressure it runs the "
                     "other way, from the neck down (seed 003).</p>")
    masked = [s for s in line.stretches if s.limited]
    if masked:
        parts.append("<h3>Where a mask changes the work</h3><ul>")
        for s in masked:
            names = ", ".join(f"{atlas.mask(m).title} ({atlas.mask(m).label})" for m in s.masks)
            left_out = [t for t in line.techniques if t not in s.techniques]
            dropped = f"; no {', '.join(left_out)}" if left_out and s.pressure > 0 else ""
            parts.append(f"<li>{s.start:.0f}–{s.end:.0f} cm along it: {escape(names)}: "
                         f"pressure {pressure_word(s.pressure)}{dropped}</li>")
        parts.append("</ul>")
    if line.rerouted:
        parts.append(f"<p style='color:#B00'><b>Goes round</b> {', '.join(line.rerouted)}: "
                     "the grey dots show the planned path.</p>")
    parts.append(_cites(line.cite))
    return "".join(parts)


def _mask_html(atlas: Atlas, mask_id: str) -> str:
    mask = atlas.mask(mask_id)
    spec = next((m for m in atlas.zone_set.masks if m.id == mask_id), None)
    parts = [f"<h2>Mask: {escape(mask.title)}</h2>",
             f"<p><b>{escape(mask.label.capitalize())}.</b></p>",
             f"<p>{escape(mask.why)}</p>"]
    if mask.pressure_cap is not None and mask.rule != "no_go":
        parts.append(f"<p>Pressure at most {mask.pressure_cap:.2f} ({pressure_word(mask.pressure_cap)}).</p>")
    if spec is not None:
        parts.append(_cites(spec.cite))
    return "".join(parts)


def _muscle_html(atlas: Atlas, muscle_side: str) -> str:
    muscle_id, _, side = muscle_side.rpartition(".")
    spec = atlas.zone_set.muscle(muscle_id)
    lines = [line for line in atlas.lines if line.muscle == muscle_id and line.side == side]
    parts = [f"<h2>{escape(spec.name)} ({side})</h2>",
             f"<p>{spec.layer.capitalize()} layer. Its fibres run {FIBRE_WORDS[spec.fibres]} "
             "from origin to insertion.</p>"]
    if spec.how:
        parts.append(f"<p><b>In massage:</b> {escape(spec.how)}</p>")
    if lines:
        names = ", ".join(f"{atlas.zone(line.zone).name} line {line.number}" for line in lines)
        parts.append(f"<p><b>Lines along it:</b> {escape(names)}: rubbing there follows its fibres.</p>")
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
    return (
        "<h2>Dorsum</h2><p>Click a zone or a line to see what is done there, in what order, how hard "
        "and why. Hover anything to name it.</p>"
        f"<p><b>Zones</b></p><ul>{zones}</ul>"
        "<p><b>Keys:</b> Space plays the session, → ← step, + / − zoom, 0 fit, drag to pan, "
        "] [ next / previous zone, Ctrl+E export picture, F1 all keys, Ctrl+Q quit.</p>"
    )
