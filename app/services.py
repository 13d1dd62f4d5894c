"""Opening the atlas, the one way the window and every command do it.

The command line and the window describe the same things (whose back, which zones, where the
hands must not go) with :class:`AtlasOptions`; the functions here turn those options, and a
client's plan when there is one, into a zone set, a body and an :class:`~app.model.atlas.build.Atlas`.
No Qt here, and the model is imported only when something is opened, so ``dorsum --help``
stays fast.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal, NamedTuple

from .model.errors import DorsumError
from .model.phrasing import Tr, english

if TYPE_CHECKING:
    from .model.atlas.build import Atlas
    from .model.atlas.masks import Mask
    from .model.body.anatomy import Body
    from .model.plans.format import Plan
    from .model.zonefiles.loader import ZoneSet

__all__ = ["AvoidCircle", "AtlasOptions", "WindowOptions", "open_zone_set", "user_cache_dir", "open_body",
           "avoid_masks", "open_plan", "plan_with_options", "open_atlas"]

Sex = Literal["male", "female"]


class AvoidCircle(NamedTuple):
    """A client's no-go area given on the command line: a circle in cm (origin at C7, x to the
    patient's right, y up)."""

    x: float
    y: float
    radius: float
    name: str = "no_go"


@dataclass(frozen=True)
class AtlasOptions:
    """Whose back, which zones and where not to touch: what every command and the window share.

    ``sex`` and ``stature`` left at None mean "not chosen": a plan's client decides, else the
    mean male body. ``zones`` None is the shipped zones folder.
    """

    sex: Sex | None = None
    stature: float | None = None
    zones: Path | None = None
    avoid: tuple[AvoidCircle, ...] = field(default=())
    lang: str = "en"  # the language of the zones' texts and of what is drawn and printed (en, uk, ru)

    @property
    def zones_dir(self) -> Path:
        """The folder to read: ``zones``, or the shipped one."""
        from .model.zonefiles.loader import default_zones_dir

        return self.zones if self.zones is not None else default_zones_dir()

    def argv(self) -> list[str]:
        """The command-line options that give these options back, for a child ``dorsum``."""
        out: list[str] = []
        if self.sex is not None:
            out += ["--body", self.sex]
        if self.stature is not None:
            out += ["--stature", f"{self.stature:g}"]
        if self.zones is not None:
            out += ["--zones", str(self.zones)]
        for c in self.avoid:
            out.append(f"--avoid={c.x:g},{c.y:g},{c.radius:g},{c.name}")  # "=": X may be negative
        if self.lang != "en":
            out += ["--lang", self.lang]
        return out


@dataclass(frozen=True)
class WindowOptions:
    """What the window opens with; typed so the window does not read argparse's namespace."""

    atlas: AtlasOptions = field(default_factory=AtlasOptions)
    focus: str | None = None  # the zone selected at start
    at: float | None = None  # seconds into the session, hands showing
    screenshot: Path | None = None  # paint once, save here and exit
    size: tuple[int, int] | None = None  # window size for the screenshot
    first_paint: bool = False  # the benchmark: exit at the first paint
    lang: str | None = None  # --lang; None: the remembered or the system's language


def open_zone_set(options: AtlasOptions) -> ZoneSet:
    """The zones folder the options name; raises DorsumError naming a bad file and line. Read
    through the cache in :func:`user_cache_dir` (used only while every file is as it was)."""
    from .model.zonefiles.cache import load_zone_set_cached

    return load_zone_set_cached(options.zones_dir, options.lang, user_cache_dir())


def user_cache_dir() -> Path:
    """Where Dorsum keeps what it can always rebuild (the zone sets it has read): the user's
    cache folder (``$XDG_CACHE_HOME`` or ``~/.cache``; ``~/Library/Caches`` on macOS;
    ``%LOCALAPPDATA%`` on Windows), in ``dorsum``. Deleting it is always safe."""
    import os
    import sys

    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = str(Path.home() / "Library" / "Caches")
    else:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dorsum"


def open_body(options: AtlasOptions, plan: Plan | None = None) -> Body:
    """The body the options ask for; what they leave open comes from the plan's client."""
    from .model.body.anatomy import build_body

    sex, stature = _body_of(options, plan)
    try:
        return build_body(sex, stature)
    except ValueError as exc:
        raise DorsumError(f"--stature: {exc}" if "stature" in str(exc) else f"--body: {exc}") from None


def _body_of(options: AtlasOptions, plan: Plan | None) -> tuple[str, float | None]:
    """An explicit option wins over the plan's record of the client; male by default."""
    client = plan.client if plan is not None else None
    sex = options.sex or (client.sex if client else "male")
    stature = options.stature if options.stature is not None else (client.stature if client else None)
    return sex, stature


def avoid_masks(circles: tuple[AvoidCircle, ...], body: Body) -> tuple[Mask, ...]:
    """The ``--avoid`` circles as client no-go masks; refuses one that lies off the back."""
    from shapely.geometry import Point

    from .model.atlas.masks import client_no_go

    masks = []
    for i, (x, y, r, name) in enumerate(circles):
        if not body.outline.buffer(r).contains(Point(x, y)):
            raise DorsumError(f"--avoid {x:g},{y:g},{r:g}: the area lies off the back")
        mask_id = name if len(circles) == 1 else f"{name}_{i + 1}"
        masks.append(client_no_go(mask_id, Point(x, y).buffer(r), "client no-go area"))
    return tuple(masks)


def open_plan(path: Path, zone_set: ZoneSet) -> Plan:
    """A plan file, checked against the zones; raises DorsumError with the file and line."""
    from .model.plans.format import load_plan
    from .model.plans.operations import check_plan

    plan = load_plan(path)
    check_plan(plan, zone_set, path, path.read_bytes())
    return plan


def plan_with_options(plan: Plan, options: AtlasOptions) -> Plan:
    """The plan with the client's body as the options set it, so what a handout says about
    the client matches the body it draws."""
    import msgspec

    sex, stature = _body_of(options, plan)
    client = msgspec.structs.replace(plan.client, sex=sex, stature=stature)
    return msgspec.structs.replace(plan, client=client)


def open_atlas(options: AtlasOptions, plan: Plan | None = None, zone_set: ZoneSet | None = None,
               direction: str | None = None, tr: Tr = english) -> Atlas:
    """The atlas to draw: the zones on the body, with the plan's no-go areas (named in ``tr``'s
    words) and ``--avoid``'s, its lines running the session's way (``direction``, else the
    plan's, else bottom-up).

    ``zone_set`` saves reading the folder again when the caller already has it (to check the
    plan against it).
    """
    from .model.atlas.build import build_atlas
    from .model.plans.operations import plan_masks

    zone_set = zone_set if zone_set is not None else open_zone_set(options)
    body = open_body(options, plan)
    planned = plan_masks(plan, body, tr) if plan is not None else ()
    extra = avoid_masks(options.avoid, body)
    taken = {m.id for m in planned} | {spec.id for spec in zone_set.masks}
    for mask in extra:
        if mask.id in taken:
            raise DorsumError(f"--avoid: an area named {mask.id!r} is already there; "
                              "give this one another NAME (X,Y,R,NAME)")
    direction = direction or (plan.direction if plan is not None else "bottom-up")
    return build_atlas(body, zone_set, planned + extra, direction)
