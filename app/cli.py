"""``dorsum``: the window, and headless commands that draw the same scene.

Bad input exits 1 with ``PATH:LINE: what is wrong``; usage errors exit 2.
"""

from __future__ import annotations

import argparse
import os
from dataclasses import replace
import sys
from pathlib import Path

from .model.errors import DorsumError
from .model.vocabulary import TECHNIQUES

__all__ = ["main", "build_parser", "parse_size", "parse_avoid"]

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


def parse_avoid(text: str) -> tuple[float, float, float, str]:
    """``"X,Y,R[,NAME]"`` (cm) → a circular no-go area for one client."""
    parts = text.split(",")
    try:
        x, y, r = (float(v) for v in parts[:3])
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not X,Y,R[,NAME] in centimetres") from None
    if len(parts) not in (3, 4) or not 0.2 <= r <= 20:
        raise argparse.ArgumentTypeError(f"{text!r}: give X,Y,R[,NAME] with a radius of 0.2–20 cm")
    name = parts[3].strip() if len(parts) == 4 and parts[3].strip() else "no_go"
    return x, y, r, name


def _common(p: argparse.ArgumentParser, top: bool = False) -> None:
    """Options every command takes, before or after its name. Only the top parser sets
    defaults, so a command's parser never overwrites what was given before the command."""
    d = (lambda v: v) if top else (lambda v: argparse.SUPPRESS)
    p.add_argument("--body", choices=("male", "female"), default=d("male"), help="body proportions (default: male)")
    p.add_argument("--stature", type=float, default=d(None), metavar="CM", help="scale the body to this height in cm")
    p.add_argument("--zones", type=Path, default=d(None), metavar="DIR", help="folder of zone files (default: the shipped zones/)")
    p.add_argument("--avoid", type=parse_avoid, action="append", default=d([]), metavar="X,Y,R[,NAME]",
                   help="a client's no-go area: a circle at X,Y cm (origin at C7, x to the patient's right, "
                        "y up) of radius R cm; may be repeated")


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
    p.add_argument("--variant", choices=("general", "therapeutic"), default="general", help="session durations (default general)")
    p.add_argument("--direction", choices=("bottom-up", "top-down"), default="bottom-up",
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dorsum",
        description="Dorsum: the zones, stroke lines and masks of a back massage. "
                    "Without a command, opens the window.",
    )
    _common(parser, top=True)
    parser.add_argument("--version", action=_Version, help="print the versions of Dorsum, Python, Qt, numpy and shapely")
    parser.add_argument("--screenshot", type=Path, metavar="OUT.png", help="open the window, paint it once, save it and exit")
    parser.add_argument("--size", type=parse_size, default=None, metavar="WxH", help="window size for --screenshot")
    parser.add_argument("--zone", metavar="ID", help="open with this zone selected")
    parser.add_argument("--at", type=float, metavar="SECONDS", help="open at this moment of the session, hands showing")
    parser.add_argument("--first-paint", action="store_true", help=argparse.SUPPRESS)  # bench: exit at first paint
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    render = sub.add_parser("render", help="draw the back to PNG, SVG or PDF; with --at, a moment of the session")
    render.add_argument("out", type=Path, metavar="OUT.png|OUT.svg|OUT.pdf")
    render.add_argument("--zone", metavar="ID", help="only this zone's lines, zoomed to it")
    render.add_argument("--technique", choices=TECHNIQUE_CHOICES, metavar="ID",
                        help="with --zone: that zone's step for this technique")
    render.add_argument("--at", type=float, metavar="SECONDS",
                        help="draw the hands, their trail and the dose map this many seconds into the step "
                             "(--zone and --technique), the zone (--zone) or the whole session")
    render.add_argument("--size", type=parse_size, default=DEFAULT_SIZE, metavar="WxH", help="pixels (default 1920x1080)")
    _common(render)
    _session(render)

    protocol = sub.add_parser("protocol", help="print the session's timeline")
    protocol.add_argument("--json", action="store_true", help="a JSON list of steps")
    _common(protocol)
    _session(protocol)

    animate = sub.add_parser("animate", help="write an animation (GIF, WebP or MP4)")
    animate.add_argument("out", type=Path, metavar="OUT.gif|OUT.webp|OUT.mp4")
    animate.add_argument("--zone", metavar="ID", help="only this zone (zoomed to it)")
    animate.add_argument("--technique", choices=TECHNIQUE_CHOICES, metavar="ID", help="only this technique's step")
    animate.add_argument("--fps", type=float, default=15.0, metavar="N", help="frames per second (default 15)")
    animate.add_argument("--speed", type=float, metavar="X",
                         help="session seconds per video second (default: 1 for one step, 60 otherwise)")
    animate.add_argument("--duration", type=float, metavar="S", help="video length in seconds (default: the whole part, at most 60 s)")
    animate.add_argument("--size", type=parse_size, default=(960, 540), metavar="WxH", help="pixels (default 960x540)")
    _common(animate)
    _session(animate)

    geometry = sub.add_parser("geometry", help="write the model as GeoJSON (cm, origin at C7)")
    geometry.add_argument("out", type=Path, metavar="OUT.geojson")
    _common(geometry)

    bench = sub.add_parser("bench", help="measure start-up, rendering, animation frames and exports")
    bench.add_argument("--json", action="store_true", help="one JSON object, in milliseconds")
    bench.add_argument("--repeat", type=int, default=7, metavar="N", help="runs per median (default 7)")
    bench.add_argument("--frames", type=int, default=600, metavar="N", help="animation frames timed (default 600)")

    handout = sub.add_parser("handout", help="write the client's handout as a PDF")
    handout.add_argument("out", type=Path, metavar="OUT.pdf")
    handout.add_argument("--plan", type=Path, metavar="PLAN.json", help="the plan (default: the seeds' session)")
    handout.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size (default a4)")
    handout.add_argument("--zones", type=Path, metavar="DIR", help="folder of zone files (default: the shipped zones/)")

    check = sub.add_parser("check", help="validate zone files or folders, and plans (*.json)")
    check.add_argument("paths", type=Path, nargs="+", metavar="PATH")
    return parser


# -- commands ----------------------------------------------------------------------------


def load_atlas(args):
    """The atlas the arguments ask for; raises DorsumError on bad input."""
    from shapely.geometry import Point

    from .model.body.anatomy import build_body
    from .model.atlas.build import build_atlas
    from .model.zonefiles.loader import default_zones_dir, load_zone_set
    from .model.atlas.masks import client_no_go

    zone_set = load_zone_set(args.zones or default_zones_dir())
    try:
        body = build_body(args.body, args.stature)
    except ValueError as exc:
        raise DorsumError(f"--stature: {exc}") from None
    masks = []
    for i, (x, y, r, name) in enumerate(args.avoid):
        if not body.outline.buffer(r).contains(Point(x, y)):
            raise DorsumError(f"--avoid {x:g},{y:g},{r:g}: the area lies off the back")
        masks.append(client_no_go(f"{name}" if len(args.avoid) == 1 else f"{name}_{i + 1}", Point(x, y).buffer(r), "client no-go area"))
    return build_atlas(body, zone_set, tuple(masks))


def _need_offscreen() -> None:
    """Headless commands draw without a display."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")


def load_motion(args, atlas):
    """The session timeline and its motion, with any --tempo applied."""
    from .model.session.motion import Motion, with_tempo
    from .model.session.timeline import build_timeline

    timeline = build_timeline(atlas.zone_set, args.variant, args.direction)
    overrides = {name: with_tempo(atlas.zone_set.technique(name), tempo) for name, tempo in args.tempo}
    return Motion.of(atlas, timeline, overrides)


def segment(args, timeline) -> tuple[float, float]:
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


def _scenes(args, atlas, size):
    """The back scene (focused on --zone) and the motion scene over it."""
    _need_offscreen()
    from PySide6.QtWidgets import QApplication

    from .render.motion_scene import MotionScene
    from .render.scene import BackScene
    from .render.style import Style

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 (QGraphicsScene needs it)
    style = Style.for_output(*size)
    scene = BackScene(atlas, style)
    if args.zone:
        scene.set_focus(args.zone)
    motion = load_motion(args, atlas)
    return scene, MotionScene(motion, style)


def cmd_protocol(args) -> int:
    import json

    from .model.zonefiles.loader import default_zones_dir, load_zone_set
    from .model.vocabulary import pressure_word
    from .model.session.timeline import build_timeline

    zone_set = load_zone_set(args.zones or default_zones_dir())
    timeline = build_timeline(zone_set, args.variant, args.direction)
    if args.json:
        print(json.dumps(timeline.to_json(), indent=1))
        return 0
    names = {z.id: z.name for z in zone_set.zones}
    total = timeline.total_s
    print(f"{args.variant.capitalize()} session, {args.direction}: {int(total // 60)} min {int(total % 60):02d} s"
          + ("   (top-down is for a client with high blood pressure, seed 003)" if args.direction == "top-down" else ""))
    print(f"{'#':>3}  {'start':>6}  {'min':>5}  {'zone':<36}{'technique':<12}{'lines':<16}pressure")
    for s in timeline.steps:
        start = f"{int(s.start_s // 60)}:{int(s.start_s % 60):02d}"
        lines = ", ".join(map(str, s.lines))
        print(f"{s.index + 1:>3}  {start:>6}  {s.duration_s / 60:>5.2f}  {names[s.zone][:35]:<36}{s.technique:<12}{lines:<16}"
              f"{pressure_word(s.pressure)}")
    return 0


def cmd_animate(args) -> int:
    atlas = load_atlas(args)
    if args.fps <= 0 or args.fps > 120:
        raise DorsumError(f"--fps {args.fps:g}: give 1–120 frames a second")
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
    out = write_animation(renderer, times, args.out, args.fps, bar.update)
    bar.done()
    print(out)
    return 0


class _ProgressBar:
    """A progress bar on stderr: redrawn in place on a terminal, every 10 % otherwise."""

    def __init__(self, total: int, what: str):
        self.total, self.what = total, what
        self.tty = sys.stderr.isatty()
        self._last = -1

    def update(self, i: int) -> None:
        pct = int(100 * i / max(self.total, 1))
        if self.tty:
            filled = pct * 30 // 100
            sys.stderr.write(f"\r{self.what} [{'#' * filled}{'.' * (30 - filled)}] {pct:3d}%  frame {i}/{self.total}")
            sys.stderr.flush()
        elif pct // 10 != self._last // 10:
            sys.stderr.write(f"{self.what}: {pct}% ({i}/{self.total} frames)\n")
        self._last = pct

    def done(self) -> None:
        if self.tty:
            sys.stderr.write("\n")


def cmd_render(args) -> int:
    atlas = load_atlas(args)
    if args.at is not None or args.technique:
        return _render_moment(args, atlas)
    _need_offscreen()
    from PySide6.QtWidgets import QApplication

    from .render.export import export
    from .render.scene import BackScene
    from .render.style import Style

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 (QGraphicsScene needs it)
    scene = BackScene(atlas, Style.for_output(*args.size))
    if args.zone:
        scene.set_focus(args.zone)
    out = export(scene, args.out, *args.size)
    print(out)
    return 0


def _render_moment(args, atlas) -> int:
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


def cmd_geometry(args) -> int:
    from .model.atlas.geojson import write_geojson

    print(write_geojson(load_atlas(args), args.out))
    return 0


def load_plan_checked(path: Path, zone_set):
    """A plan file, checked against the zones; raises DorsumError with file and line."""
    from .model.plans.format import load_plan
    from .model.plans.operations import check_plan

    plan = load_plan(path)
    check_plan(plan, zone_set, path, path.read_bytes())
    return plan


def cmd_handout(args) -> int:
    from .model.body.anatomy import build_body
    from .model.atlas.build import build_atlas
    from .model.zonefiles.loader import default_zones_dir, load_zone_set
    from .model.plans.operations import default_plan, plan_masks

    zone_set = load_zone_set(args.zones or default_zones_dir())
    plan = load_plan_checked(args.plan, zone_set) if args.plan else default_plan(zone_set)
    atlas = build_atlas(build_body(plan.client.sex, plan.client.stature), zone_set, plan_masks(plan, zone_set))
    _need_offscreen()
    from PySide6.QtWidgets import QApplication

    from .render.handout import write_handout

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841
    print(write_handout(plan, atlas, args.out, args.paper))
    return 0


def check_path(path: Path) -> str:
    """Validate a zone file or a zones folder (on both bodies); returns a one-line summary."""
    from .model.body.anatomy import SEXES, build_body
    from .model.atlas.build import build_atlas
    from .model.zonefiles.loader import MASKS_FILE, ZoneSet, default_zones_dir, load_document, load_zone_set
    from .model.zonefiles.spec import MaskFile, ZoneSpec

    if path.suffix.lower() == ".json":
        from .model.plans.operations import plan_screening, total_warning

        zone_set = load_zone_set(default_zones_dir())
        plan = load_plan_checked(path, zone_set)
        result = plan_screening(plan, zone_set)
        verdict = "massage not advised: " + ", ".join(c.label for c in result.stop) if result.stop else "can go ahead"
        warning = total_warning(plan, zone_set)
        return f"{path}: ok (plan, {len(plan.steps)} steps, {plan.total_minutes:g} min; {verdict})" + (f"; {warning}" if warning else "")
    if path.is_dir():
        zone_set = load_zone_set(path)
    else:
        source, doc = load_document(path)
        if not isinstance(doc, (MaskFile, ZoneSpec)):  # techniques or screening: checked as read
            return f"{path}: ok"
        if isinstance(doc, MaskFile):  # the shipped zones under these masks
            shipped = load_zone_set(default_zones_dir())
            zone_set = replace(shipped, masks=tuple(doc.masks), sources={**shipped.sources, "masks": source})
        else:  # this zone under the masks beside it, or the shipped ones
            folder = path.parent if (path.parent / MASKS_FILE).exists() else default_zones_dir()
            mask_source, masks = load_document(folder / MASKS_FILE)
            zone_set = ZoneSet(str(path.parent), (doc,), tuple(masks.masks), {doc.id: source, "masks": mask_source})
    for sex in SEXES:
        build_atlas(build_body(sex), zone_set)
    n_lines = sum(len(z.lines) for z in zone_set.zones)
    return f"{path}: ok ({len(zone_set.zones)} zone(s), {n_lines} line(s), {len(zone_set.masks)} mask(s); checked on both bodies)"


def cmd_bench(args) -> int:
    from .bench import print_report, run_bench

    if args.repeat < 1 or args.frames < 10:
        raise DorsumError("--repeat must be at least 1 and --frames at least 10")
    _need_offscreen()
    figures = run_bench(args.repeat, args.frames, progress=lambda what: print(f"bench: {what}…", file=sys.stderr))
    print_report(figures, args.json)
    return 0


def cmd_check(args) -> int:
    failed = 0
    for path in args.paths:
        try:
            print(check_path(path))
        except DorsumError as exc:
            print(exc, file=sys.stderr)
            failed += 1
    return 1 if failed else 0


def cmd_window(args) -> int:
    if args.screenshot is None and not args.first_paint and sys.platform.startswith("linux") and not (
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
    if (args.screenshot is not None or args.first_paint) and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        _need_offscreen()
    atlas = load_atlas(args)
    from .ui.app import run_window

    return run_window(atlas, args)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    commands = {"render": cmd_render, "geometry": cmd_geometry, "check": cmd_check, "protocol": cmd_protocol,
                "animate": cmd_animate, "bench": cmd_bench, "handout": cmd_handout, None: cmd_window}
    try:
        return commands[args.command](args)
    except DorsumError as exc:
        print(exc, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (``| head``): not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
