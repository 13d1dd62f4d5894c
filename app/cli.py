"""``dorsum``: the window, and headless commands that draw the same scene.

The commands are a registry (:data:`COMMANDS`) over shared options: every command takes
``--body``, ``--stature``, ``--zones`` and ``--avoid``, before or after its name, and opens the
atlas through :mod:`app.services`, as the window does. Bad input exits 1 with
``PATH:LINE: what is wrong``; usage errors exit 2.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from .model.errors import DorsumError
from .model.vocabulary import SESSION_DIRECTIONS, SESSION_VARIANTS, TECHNIQUES
from .model.zonefiles.texts import LANGUAGES
from .services import AtlasOptions, AvoidCircle, WindowOptions, open_atlas, open_plan, open_zone_set, plan_with_options

if TYPE_CHECKING:
    from .model.zonefiles.loader import ZoneSet

__all__ = ["main", "build_parser", "parse_size", "parse_avoid", "parse_label_scale", "output_style", "Command",
           "COMMANDS", "atlas_options", "window_options"]

DEFAULT_SIZE = (1920, 1080)


def parse_size(text: str) -> tuple[int, int]:
    """``"1920x1080"`` → ``(1920, 1080)``; sizes from 200 to 8000 pixels."""
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size like 1920x1080") from None
    if not (200 <= w <= 8000 and 200 <= h <= 8000):
        raise argparse.ArgumentTypeError(f"{text!r}: width and height must be 200–8000 pixels")
    return w, h


def parse_label_scale(text: str) -> float:
    """``"1.8"`` → 1.8: labels, numbers and lines that many times their size for the output."""
    try:
        scale = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number like 1.5") from None
    if not 0.5 <= scale <= 4.0:
        raise argparse.ArgumentTypeError(f"{text!r}: the label scale must be 0.5–4")
    return scale


def parse_avoid(text: str) -> AvoidCircle:
    """``"X,Y,R[,NAME]"`` (cm) → a circular no-go area for one client."""
    parts = text.split(",")
    try:
        x, y, r = (float(v) for v in parts[:3])
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not X,Y,R[,NAME] in centimetres") from None
    if len(parts) not in (3, 4) or not 0.2 <= r <= 20:
        raise argparse.ArgumentTypeError(f"{text!r}: give X,Y,R[,NAME] with a radius of 0.2–20 cm")
    name = parts[3].strip() if len(parts) == 4 and parts[3].strip() else "no_go"
    return AvoidCircle(x, y, r, name)


def _common(p: argparse.ArgumentParser, top: bool = False) -> None:
    """Options every command takes, before or after its name. Only the top parser sets
    defaults, so a command's parser never overwrites what was given before the command; the
    ``--avoid`` areas given after it are kept apart and added (see :func:`atlas_options`)."""
    d = (lambda v: v) if top else (lambda v: argparse.SUPPRESS)
    p.add_argument("--body", choices=("male", "female"), default=d(None),
                   help="body proportions (default: the plan's client, else male; check: both bodies)")
    p.add_argument("--stature", type=float, default=d(None), metavar="CM",
                   help="scale the body to this height in cm (default: the plan's client, else the mean adult)")
    p.add_argument("--zones", type=Path, default=d(None), metavar="DIR",
                   help="folder of zone files (default: the shipped zones/)")
    p.add_argument("--avoid", type=parse_avoid, action="append", default=d([]), metavar="X,Y,R[,NAME]",
                   dest="avoid" if top else "avoid_after",
                   help="a client's no-go area: a circle at X,Y cm (origin at C7, x to the patient's right, "
                        "y up) of radius R cm; may be repeated; write --avoid=-5,-20,2 when X is negative")
    p.add_argument("--lang", choices=LANGUAGES, default=d(None),
                   help="the language of the zones' texts and of what is drawn or printed (default: en; the "
                        "window: the system's, else its last)")


def atlas_options(args: argparse.Namespace) -> AtlasOptions:
    """The shared options as the typed object the service and the window take."""
    avoid = [*args.avoid, *getattr(args, "avoid_after", [])]
    return AtlasOptions(sex=args.body, stature=args.stature, zones=args.zones, avoid=tuple(avoid),
                        lang=args.lang or "en")


def window_options(args: argparse.Namespace) -> WindowOptions:
    """What the window opens with, from the options given without a command."""
    return WindowOptions(atlas=atlas_options(args), focus=args.zone, at=args.at, screenshot=args.screenshot,
                         size=args.size, first_paint=args.first_paint, lang=args.lang)


TECHNIQUE_CHOICES = TECHNIQUES


def parse_tempo(text: str) -> tuple[str, float]:
    """``"stroking=30"`` → a new tempo (strokes or cycles a minute) for that technique."""
    name, _, value = text.partition("=")
    if name not in TECHNIQUE_CHOICES:
        raise argparse.ArgumentTypeError(f"{text!r}: give TECHNIQUE=PER_MINUTE, e.g. stroking=30")
    try:
        tempo = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: the tempo must be a number per minute") from None
    if not 0 < tempo <= 1200:
        raise argparse.ArgumentTypeError(f"{text!r}: the tempo must be 1–1200 per minute")
    return name, tempo


def _session(p: argparse.ArgumentParser) -> None:
    p.add_argument("--variant", choices=SESSION_VARIANTS, default="general",
                   help="session durations (default general); first: a first session of at most 15 minutes")
    p.add_argument("--direction", choices=SESSION_DIRECTIONS, default="bottom-up",
                   help="bottom-up (default), or top-down for a client with high blood pressure (seed 003)")
    p.add_argument("--tempo", type=parse_tempo, action="append", default=[], metavar="TECHNIQUE=N",
                   help="strokes or cycles a minute for a technique; may be repeated")


class _Version(argparse.Action):
    """``--version``, worked out only when asked (it imports Qt)."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        from .versions import version_text

        print(version_text())
        parser.exit()


@dataclass(frozen=True)
class Command:
    """One command, declared once: the parser and :func:`main` are built from these."""

    name: str
    help: str  # one line, in ``dorsum --help``
    add_arguments: Callable[[argparse.ArgumentParser], None]  # its own arguments
    run: Callable[[argparse.Namespace, AtlasOptions], int]  # returns the exit code
    session: bool = False  # takes --variant, --direction and --tempo
    description: str = ""  # ``dorsum NAME --help``; the help line when empty


# -- arguments of each command ---------------------------------------------------------------


def _args_render(p: argparse.ArgumentParser) -> None:
    p.add_argument("out", type=Path, metavar="OUT.png|OUT.svg|OUT.pdf")
    p.add_argument("--zone", metavar="ID", help="only this zone's lines, zoomed to it")
    p.add_argument("--technique", choices=TECHNIQUE_CHOICES, metavar="ID",
                   help="with --zone: that zone's step for this technique")
    p.add_argument("--at", type=float, metavar="SECONDS",
                   help="draw the hands, their trail and the dose map this many seconds into the step "
                        "(--zone and --technique), the zone (--zone) or the whole session")
    p.add_argument("--size", type=parse_size, default=DEFAULT_SIZE, metavar="WxH", help="pixels (default 1920x1080)")
    p.add_argument("--muscles", choices=("off", "superficial", "deep"), default="off",
                   help="draw the back's muscles with their fibres: the superficial ones, or the second and deep "
                        "layers under them (default off)")
    p.add_argument("--label-scale", type=parse_label_scale, default=1.0, metavar="X",
                   help="labels, line numbers and lines X times their size for this output (0.5–4, default 1; "
                        "a projector for a class wants 1.8, as presenter mode)")


def output_style(args: argparse.Namespace, size: tuple[int, int]):
    """The style for an output of ``size`` pixels, with any --label-scale."""
    from .render.style import Style

    style = Style.for_output(*size)
    return style.scaled(style.ui_scale * getattr(args, "label_scale", 1.0))


def _args_protocol(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="a JSON list of steps")


def _args_motion(p: argparse.ArgumentParser) -> None:
    p.add_argument("--zone", metavar="ID", help="only this zone's steps")
    p.add_argument("--technique", choices=TECHNIQUE_CHOICES, metavar="ID", help="only this technique's step")
    p.add_argument("--duration", type=float, metavar="S", help="seconds from the start (default: all of it)")
    p.add_argument("--fps", type=float, default=10.0, metavar="N", help="samples a second (default 10)")
    p.add_argument("--json", action="store_true", help="one JSON object with a list of samples")


def _args_animate(p: argparse.ArgumentParser) -> None:
    p.add_argument("out", type=Path, metavar="OUT.gif|OUT.webp|OUT.mp4")
    p.add_argument("--zone", metavar="ID", help="only this zone (zoomed to it)")
    p.add_argument("--technique", choices=TECHNIQUE_CHOICES, metavar="ID", help="only this technique's step")
    p.add_argument("--fps", type=float, default=15.0, metavar="N", help="frames per second (default 15)")
    p.add_argument("--speed", type=float, metavar="X",
                   help="session seconds per video second (default: 1 for one step, 60 otherwise)")
    p.add_argument("--duration", type=float, metavar="S",
                   help="video length in seconds (default: the whole part, at most 60 s)")
    p.add_argument("--size", type=parse_size, default=(960, 540), metavar="WxH", help="pixels (default 960x540)")
    p.add_argument("--workers", type=int, default=0, metavar="N",
                   help="paint an MP4's frames in N worker processes (default 0: in this one; pays only with "
                        "more than two cores)")
    p.add_argument("--close-up", action="store_true",
                   help="with --technique: the technique card, a loop of the hands at 2.5x with the camera "
                        "following the working hand and the card's caption (contact, posture, path, tempo, "
                        "direction, source) beside it")


def _args_geometry(p: argparse.ArgumentParser) -> None:
    p.add_argument("out", type=Path, metavar="OUT.geojson")


def _args_bench(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="one JSON object, in milliseconds")
    p.add_argument("--repeat", type=int, default=7, metavar="N", help="runs per median (default 7)")
    p.add_argument("--frames", type=int, default=600, metavar="N", help="animation frames timed (default 600)")


def _args_handout(p: argparse.ArgumentParser) -> None:
    p.add_argument("out", type=Path, metavar="OUT.pdf")
    p.add_argument("--plan", type=Path, metavar="PLAN.json",
                   help="the plan (default: the seeds' session); its client's body is drawn unless --body or "
                        "--stature is given")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size (default a4)")


def _args_check(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", type=Path, nargs="+", metavar="PATH")


# -- commands ----------------------------------------------------------------------------


def _need_offscreen() -> None:
    """Headless commands draw without a display."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")


def _qt_app(lang: str = "en"):
    """The QApplication a scene needs, made once, offscreen, speaking ``lang``."""
    _need_offscreen()
    from PySide6.QtWidgets import QApplication

    from .render.i18n import set_language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    set_language(lang)
    return app


def _words(lang: str):
    """Qt's translation of Dorsum's words in ``lang``, for a command that draws nothing (a
    QCoreApplication is enough); returns ``translate`` and ``word``."""
    from PySide6.QtCore import QCoreApplication

    from .render.i18n import set_language, translate, word

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    set_language(lang)
    _words.app = app  # type: ignore[attr-defined]  # kept alive while the command runs
    return translate, word


def load_motion(args: argparse.Namespace, atlas):
    """The session timeline and its motion, with any --tempo applied."""
    from .model.session.motion import Motion, with_tempo
    from .model.session.timeline import build_timeline

    timeline = build_timeline(atlas.zone_set, args.variant, args.direction)
    overrides = {name: with_tempo(atlas.zone_set.technique(name), tempo) for name, tempo in args.tempo}
    return Motion.of(atlas, timeline, overrides)


def segment(args: argparse.Namespace, timeline) -> tuple[float, float]:
    """Start and end (s) of what --zone and --technique select: a step, a zone or the session."""
    steps = timeline.steps
    if args.zone:
        steps = [s for s in steps if s.zone == args.zone]
    if args.technique:
        steps = [s for s in steps if s.technique == args.technique]
        if not steps:
            where = f"zone {args.zone!r}" if args.zone else "the session"
            raise DorsumError(f"--technique {args.technique}: {where} has no {args.technique} step")
        steps = steps[:1]
    return steps[0].start_s, steps[-1].end_s


def _scenes(args: argparse.Namespace, atlas, size: tuple[int, int]):
    """The back scene (focused on --zone) and the motion scene over it."""
    app = _qt_app(atlas.zone_set.lang)  # noqa: F841 (QGraphicsScene needs it)
    from .render.motion_scene import MotionScene
    from .render.scene import BackScene

    style = output_style(args, size)
    scene = BackScene(atlas, style)
    if args.zone:
        scene.set_focus(args.zone)
    motion = load_motion(args, atlas)
    return scene, MotionScene(motion, style)


def cmd_protocol(args: argparse.Namespace, options: AtlasOptions) -> int:
    import json

    from .model.session.timeline import build_timeline, clock
    from .model.vocabulary import pressure_word
    from .render.motion_scene import step_place_text

    zone_set = open_atlas(options).zone_set  # the body and --avoid are checked, though the times do not depend on them
    timeline = build_timeline(zone_set, args.variant, args.direction)
    if args.json:
        print(json.dumps(timeline.to_json(), indent=1))
        return 0
    total = timeline.total_s
    translate, word = _words(options.lang)
    kind = {"therapeutic": translate("protocol", "Therapeutic session"),
            "first": translate("protocol", "First session")}.get(args.variant, translate("protocol", "General session"))
    direction = (translate("protocol", "top-down") if args.direction == "top-down"
                 else translate("protocol", "bottom-up"))
    minutes, seconds = clock(total).split(":")
    print(f"{kind}, {direction}: " + translate("protocol", "{min} min {s} s").format(min=minutes, s=seconds)
          + ("   " + translate("protocol", "(top-down is for a client with high blood pressure, seed 003)")
             if args.direction == "top-down" else ""))
    heads = [translate("protocol", "start"), translate("protocol", "min"), translate("protocol", "zone"),
             translate("protocol", "technique"), translate("protocol", "lines"), translate("protocol", "pressure")]
    width = max(12, *(len(word(t)) + 2 for t in TECHNIQUES))
    places = [step_place_text(zone_set, s, args.direction) for s in timeline.steps]
    room = max(len(p) for p in places) + 2
    print(f"{'#':>3}  {heads[0]:>6}  {heads[1]:>5}  {heads[2]:<{room}}{heads[3]:<{width}}{heads[4]:<18}{heads[5]}")
    for s, place in zip(timeline.steps, places):
        start = clock(s.start_s)
        lines = ", ".join(map(str, s.lines))
        print(f"{s.index + 1:>3}  {start:>6}  {s.duration_s / 60:>5.2f}  {place:<{room}}"
              f"{word(s.technique):<{width}}{lines:<18}{word(pressure_word(s.pressure))}")
    return 0


def cmd_motion(args: argparse.Namespace, options: AtlasOptions) -> int:
    """Where each hand is, with what part, how hard, at each sample: for other tools."""
    import json

    from .model.session.sampling import motion_samples

    atlas = open_atlas(options, direction=args.direction)
    if args.zone:
        atlas.zone(args.zone)  # an unknown zone is a DorsumError naming the known ones
    if not 0 < args.fps <= 120:
        raise DorsumError(f"--fps {args.fps:g}: give 1–120 samples a second")
    if args.duration is not None and not 0 < args.duration <= 24 * 3600:
        raise DorsumError(f"--duration {args.duration:g}: give a positive number of seconds, at most a day")
    motion = load_motion(args, atlas)
    start, end = segment(args, motion.timeline)
    if args.duration is not None:
        end = min(end, start + args.duration)
    samples = motion_samples(motion, start, end, args.fps)
    if args.json:
        print(json.dumps({"zone": args.zone, "technique": args.technique, "variant": args.variant,
                          "direction": args.direction, "fps": args.fps, "samples": samples}))
        return 0
    print(f"{'t':>8}  {'hand':<6}{'x':>7}{'y':>8}{'angle':>7}  {'contact':<13}{'pressure':>8}  lifted")
    for sample in samples:
        for h in sample["hands"]:
            print(f"{sample['t']:>8.2f}  {h['hand']:<6}{h['x']:>7.1f}{h['y']:>8.1f}{h['angle']:>7.0f}  "
                  f"{h['contact']:<13}{h['pressure']:>8.2f}  {'yes' if h['lifted'] else 'no'}")
    return 0


def cmd_animate(args: argparse.Namespace, options: AtlasOptions) -> int:
    atlas = open_atlas(options, direction=args.direction)
    if args.fps <= 0 or args.fps > 120:
        raise DorsumError(f"--fps {args.fps:g}: give 1–120 frames a second")
    if not 0 <= args.workers <= 32:
        raise DorsumError(f"--workers {args.workers}: give 0–32")
    if args.close_up:
        return _animate_close_up(args, atlas)
    scene, motion_scene = _scenes(args, atlas, args.size)
    from .render.animation import frame_times, write_animation
    from .render.frames import FrameRenderer

    timeline = motion_scene.motion.timeline
    start, end = segment(args, timeline)
    speed = args.speed or (1.0 if args.technique else 60.0)
    if speed <= 0:
        raise DorsumError(f"--speed {speed:g}: give a positive speed")
    duration = args.duration if args.duration is not None else min((end - start) / speed, 60.0)
    times = frame_times(start, end, args.fps, speed, duration)
    renderer = FrameRenderer(scene, motion_scene, *args.size, follow=not args.zone)
    bar = _ProgressBar(len(times), str(args.out))
    out = write_animation(renderer, times, args.out, args.fps, bar.update, workers=args.workers)
    bar.done()
    print(out)
    return 0


def _animate_close_up(args: argparse.Namespace, atlas) -> int:
    """``animate --technique T --close-up``: the technique card's loop, whole beats of it."""
    if not args.technique:
        raise DorsumError("--close-up follows one technique's hands: give --technique too "
                          f"({', '.join(TECHNIQUE_CHOICES)})")
    if args.speed is not None and args.speed <= 0:
        raise DorsumError(f"--speed {args.speed:g}: give a positive speed")
    if args.duration is not None and not 0 < args.duration <= 600:
        raise DorsumError(f"--duration {args.duration:g}: give 0–600 seconds")
    _qt_app(atlas.zone_set.lang)
    from .model.session.card import card_step, technique_card
    from .render.animation import frame_times, write_animation
    from .render.technique_card import CloseUpRenderer, loop_span

    if args.zone:
        technique_card(atlas.zone_set, args.technique, args.zone)  # the zone's own techniques, or why not
    motion = load_motion(args, atlas)
    step = card_step(motion.timeline, args.technique, args.zone)
    speed = args.speed or 1.0
    start, end = loop_span(motion, step, None if args.duration is None else args.duration * speed)
    renderer = CloseUpRenderer(motion, step, *args.size, span=(start, end))
    times = frame_times(start, end, args.fps, speed, None)
    bar = _ProgressBar(len(times), str(args.out))
    out = write_animation(renderer, times, args.out, args.fps, bar.update)
    bar.done()
    print(out)
    return 0


class _ProgressBar:
    """A progress bar on stderr: redrawn in place on a terminal, every 10 % otherwise."""

    def __init__(self, total: int, what: str):
        from .render.i18n import translate  # the command's Qt application speaks its --lang by now

        self.total, self.what = total, what
        self.words = (translate("Exports", "frame {i}/{total}"),
                      translate("Exports", "{what}: {pct}% ({i}/{total} frames)"))
        self.tty = sys.stderr.isatty()
        self._last = -1

    def update(self, i: int) -> None:
        pct = int(100 * i / max(self.total, 1))
        if self.tty:
            filled = pct * 30 // 100
            frame = self.words[0].format(i=i, total=self.total)
            sys.stderr.write(f"\r{self.what} [{'#' * filled}{'.' * (30 - filled)}] {pct:3d}%  {frame}")
            sys.stderr.flush()
        elif pct // 10 != self._last // 10:
            sys.stderr.write(self.words[1].format(what=self.what, pct=pct, i=i, total=self.total) + "\n")
        self._last = pct

    def done(self) -> None:
        if self.tty:
            sys.stderr.write("\n")


def cmd_render(args: argparse.Namespace, options: AtlasOptions) -> int:
    atlas = open_atlas(options, direction=args.direction)
    if args.at is not None or args.technique:
        return _render_moment(args, atlas)
    app = _qt_app(atlas.zone_set.lang)  # noqa: F841 (QGraphicsScene needs it)
    from .render.export import export
    from .render.scene import BackScene

    scene = BackScene(atlas, output_style(args, args.size))
    scene.set_muscle_view(args.muscles)
    if args.zone:
        scene.set_focus(args.zone)
    out = export(scene, args.out, *args.size)
    print(out)
    return 0


def _render_moment(args: argparse.Namespace, atlas) -> int:
    """``render --at``: the hands, trail and dose map at a moment, as a picture."""
    from .model.documents.atomic import atomic_path
    from .render.frames import FrameRenderer

    if args.out.suffix.lower() != ".png":
        raise DorsumError("a moment of the session is drawn as PNG: use OUT.png", args.out)
    scene, motion_scene = _scenes(args, atlas, args.size)
    start, end = segment(args, motion_scene.motion.timeline)
    at = args.at or 0.0
    if not 0 <= at <= end - start:
        raise DorsumError(f"--at {at:g}: give 0 to {end - start:.0f} seconds for this part of the session")
    image = FrameRenderer(scene, motion_scene, *args.size, follow=not args.zone).frame(start + at)
    with atomic_path(args.out) as tmp:
        if not image.save(str(tmp), "PNG"):
            raise DorsumError("could not write the PNG", args.out)
    print(args.out)
    return 0


def cmd_geometry(args: argparse.Namespace, options: AtlasOptions) -> int:
    from .model.atlas.geojson import write_geojson

    print(write_geojson(open_atlas(options), args.out))
    return 0


def cmd_handout(args: argparse.Namespace, options: AtlasOptions) -> int:
    from .model.plans.operations import default_plan

    zone_set = open_zone_set(options)
    plan = open_plan(args.plan, zone_set) if args.plan else default_plan(zone_set)
    lang = args.lang or plan.language or "en"  # --lang, else the client's language the plan records
    if lang != options.lang:
        options = replace(options, lang=lang)
        zone_set = open_zone_set(options)
    plan = plan_with_options(plan, options)
    app = _qt_app(options.lang)  # noqa: F841
    from .render.handout import write_handout
    from .render.i18n import model_words

    atlas = open_atlas(options, plan, zone_set, tr=model_words)  # the client's areas named in the language

    print(write_handout(plan, atlas, args.out, args.paper))
    return 0


def check_path(path: Path, options: AtlasOptions | None = None, untranslated: list[DorsumError] | None = None) -> str:
    """Validate a zone file, a zones folder or a plan; returns a one-line summary, and adds to
    ``untranslated`` each text of the zones that lacks a language."""
    options = options or AtlasOptions()
    if path.suffix.lower() == ".json":
        return _check_plan(path, options)
    zone_set = _zones_to_check(path, options)
    if zone_set is None:  # techniques or screening: checked as read
        from .model.zonefiles.loader import load_document

        source, _ = load_document(path, options.lang)
        if untranslated is not None:
            untranslated += source.translation_errors()
        return f"{path}: ok"
    if untranslated is not None:
        untranslated += zone_set.translation_errors()
    bodies = _check_on_bodies(zone_set, options)
    n_lines = sum(len(z.lines) for z in zone_set.zones)
    if options.lang == "en":
        counts = f"{len(zone_set.zones)} zone(s), {n_lines} line(s), {len(zone_set.masks)} mask(s)"
        return f"{path}: ok ({counts}; checked on {bodies})"
    translate, word = _words(options.lang)
    which = (translate("check", "the {sex} body").format(sex=word(options.sex)) if options.sex
             else translate("check", "both bodies"))
    if options.stature is not None:
        which += " " + translate("check", "at {stature} cm").format(stature=f"{options.stature:g}")
    ok = translate("check", "ok ({zones} zones, {lines} lines, {masks} masks; checked on {bodies})")
    return f"{path}: " + ok.format(zones=len(zone_set.zones), lines=n_lines, masks=len(zone_set.masks), bodies=which)


def _check_plan(path: Path, options: AtlasOptions) -> str:
    """A plan against the --zones folder, laid on its client's body (or --body/--stature)."""
    from .model.plans.operations import plan_screening, total_warning

    zone_set = open_zone_set(options)
    plan = open_plan(path, zone_set)
    open_atlas(options, plan, zone_set)
    translate, _ = _words(options.lang)
    from .render.i18n import model_words

    result = plan_screening(plan, zone_set)
    verdict = (translate("check", "massage not advised: {conditions}").format(
                   conditions=", ".join(c.label for c in result.stop)) if result.stop
               else translate("check", "can go ahead"))
    warning = total_warning(plan, zone_set, model_words)
    summary = translate("check", "ok (plan, {steps} steps, {minutes} min; {verdict})").format(
        steps=len(plan.steps), minutes=f"{plan.total_minutes:g}", verdict=verdict)
    return f"{path}: {summary}" + (f"; {warning}" if warning else "")


def _zones_to_check(path: Path, options: AtlasOptions) -> ZoneSet | None:
    """The zone set ``path`` makes: a folder; a zone file under the masks beside it (else the
    --zones ones); a masks file over the --zones zones. None for a file with no geometry."""
    from .model.zonefiles.loader import MASKS_FILE, ZoneSet, load_document, load_zone_set
    from .model.zonefiles.spec import MaskFile, ZoneSpec

    if path.is_dir():
        return load_zone_set(path, options.lang)
    source, doc = load_document(path, options.lang)
    if not isinstance(doc, (MaskFile, ZoneSpec)):
        return None
    if isinstance(doc, MaskFile):
        base = open_zone_set(options)
        return replace(base, masks=tuple(doc.masks), sources={**base.sources, "masks": source})
    folder = path.parent if (path.parent / MASKS_FILE).exists() else options.zones_dir
    mask_source, masks = load_document(folder / MASKS_FILE, options.lang)
    return ZoneSet(str(path.parent), (doc,), tuple(masks.masks), {doc.id: source, "masks": mask_source},
                   lang=options.lang)


def _check_on_bodies(zone_set: ZoneSet, options: AtlasOptions) -> str:
    """Lay the zones on --body (both bodies when it is not given); says which were checked."""
    from .model.body.anatomy import SEXES

    sexes = (options.sex,) if options.sex else SEXES
    for sex in sexes:
        open_atlas(replace(options, sex=sex), zone_set=zone_set)
    which = f"the {options.sex} body" if options.sex else "both bodies"
    return which + (f" at {options.stature:g} cm" if options.stature is not None else "")


def cmd_check(args: argparse.Namespace, options: AtlasOptions) -> int:
    failed = 0
    say: Callable[[DorsumError], str] = str
    warning_word = "warning"
    if options.lang != "en":
        translate, _ = _words(options.lang)
        from .render.check_messages import check_error

        say, warning_word = check_error, translate("check", "warning")
    for path in args.paths:
        untranslated: list[DorsumError] = []
        try:
            print(check_path(path, options, untranslated))
        except DorsumError as exc:
            print(say(exc), file=sys.stderr)
            failed += 1
        for warning in untranslated:  # the texts still read, in English: a warning, not a failure
            print(f"{warning_word}: {say(warning)}", file=sys.stderr)
    return 1 if failed else 0


def cmd_bench(args: argparse.Namespace, options: AtlasOptions) -> int:
    from .bench import print_report, run_bench

    if args.repeat < 1 or args.frames < 10:
        raise DorsumError("--repeat must be at least 1 and --frames at least 10")
    _need_offscreen()
    figures = run_bench(args.repeat, args.frames, progress=lambda what: print(f"bench: {what}…", file=sys.stderr),
                        options=options)
    print_report(figures, args.json)
    return 0


#: Every command, in the order ``dorsum --help`` lists them.
COMMANDS: dict[str, Command] = {c.name: c for c in (
    Command("render", "draw the back to PNG, SVG or PDF; with --at, a moment of the session", _args_render, cmd_render,
            session=True),
    Command("protocol", "print the session's timeline", _args_protocol, cmd_protocol, session=True),
    Command("motion", "print where the hands are, with what part of the hand and how hard, sample by sample",
            _args_motion, cmd_motion, session=True),
    Command("animate", "write an animation (GIF, WebP or MP4)", _args_animate, cmd_animate, session=True),
    Command("geometry", "write the model as GeoJSON (cm, origin at C7)", _args_geometry, cmd_geometry),
    Command("bench", "measure start-up, rendering, animation frames and exports", _args_bench, cmd_bench,
            description="Measure start-up, rendering, animation frames and exports, on the atlas the shared "
                        "options describe (default: the shipped zones on the male body)."),
    Command("handout", "write the client's handout as a PDF", _args_handout, cmd_handout,
            description="Write the client's handout as a PDF. The plan records the client's body; --body and "
                        "--stature, when given, override it (the handout names the body it draws), and --avoid "
                        "adds no-go areas to the plan's own."),
    Command("check", "validate zone files or folders, and plans (*.json)", _args_check, cmd_check,
            description="Validate zone files or folders (on both bodies, or only --body, at --stature) and plans "
                        "(*.json, against the --zones folder, on the plan's client or --body/--stature). A zone "
                        "file is checked under the masks beside it, else those of --zones."),
)}


def build_parser() -> argparse.ArgumentParser:
    """The parser, built from :data:`COMMANDS`; the options of the window come first."""
    parser = argparse.ArgumentParser(
        prog="dorsum",
        description="Dorsum: the zones, stroke lines and masks of a back massage. "
                    "Without a command, opens the window.",
    )
    _common(parser, top=True)
    parser.add_argument("--version", action=_Version,
                        help="print the versions of Dorsum, Python, Qt, numpy and shapely")
    parser.add_argument("--screenshot", type=Path, metavar="OUT.png",
                        help="open the window, paint it once, save it and exit")
    parser.add_argument("--size", type=parse_size, default=None, metavar="WxH", help="window size for --screenshot")
    parser.add_argument("--zone", metavar="ID", help="open with this zone selected")
    parser.add_argument("--at", type=float, metavar="SECONDS", help="open at this moment of the session, hands showing")
    parser.add_argument("--first-paint", action="store_true", help=argparse.SUPPRESS)  # bench: exit at first paint
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS.values():
        p = sub.add_parser(command.name, help=command.help, description=command.description or command.help)
        command.add_arguments(p)
        _common(p)
        if command.session:
            _session(p)
    return parser


def cmd_window(options: WindowOptions) -> int:
    if options.screenshot is None and not options.first_paint and sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")
    ):
        this = f"{sys.executable} {sys.argv[0]}" if sys.argv[0].endswith(".py") else "dorsum"
        print(
            "dorsum: no display to open the window on (DISPLAY is not set).\n"
            f"  On a machine without a screen, run it on a virtual one:  xvfb-run -a {this}\n"
            f"  or draw pictures headless:  {this} render back.png   (see --help)",
            file=sys.stderr,
        )
        return 2
    has_display = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    if (options.screenshot is not None or options.first_paint) and not has_display:
        _need_offscreen()
    # The model before Qt: PySide6 reads the source of each module first imported after it (to
    # look for its __feature__ switches), which cost ~35 ms for numpy's, shapely's and the model's.
    from .model.atlas import build  # noqa: F401
    from .model.plans import operations  # noqa: F401
    from .model.zonefiles import cache  # noqa: F401
    from .ui.language import window_language

    # --lang, else the language chosen last in View ▸ Language, else the system's
    options = replace(options, atlas=replace(options.atlas, lang=window_language(options.lang)))
    atlas = open_atlas(options.atlas)
    from .ui.app import run_window

    return run_window(atlas, options)


def _in_language(error: DorsumError, lang: str | None) -> str:
    """``PATH:LINE: message``, the message in ``--lang`` where ``check`` words it so."""
    if lang in (None, "en"):
        return str(error)
    _words(lang)
    from .render.check_messages import check_error

    return check_error(error)


def _dispatch(args: argparse.Namespace) -> int:
    """Run the command the arguments name, or open the window."""
    if args.command is None:
        return cmd_window(window_options(args))
    return COMMANDS[args.command].run(args, atlas_options(args))


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return _dispatch(args)
    except DorsumError as exc:
        print(_in_language(exc, getattr(args, "lang", None)), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (``| head``): not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
