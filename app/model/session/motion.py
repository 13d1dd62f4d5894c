"""Where the hands are at time t, with what contact and pressure: one model per technique.

Every function here is vectorised over an array of times, so a trail, an animation export or
the dose map asks for many instants in one numpy call. Within a step the hands work the step's
lines in turn, both sides at once (the left hand on the left line, the right on the right):

- ``glide`` (stroking) and ``heavy_glide`` (squeezing): even glides from the line's start to its
  end, the hand returning lifted; ``repetitions`` strokes per line.
- ``circles`` (rubbing): small circles creeping along the line; on a line that names its
  muscle, the circles stretch into strokes along the muscle's fibres (seed 003: "rubbing
  movements should be performed along the muscle fibers").
- ``kneading``: a pressing circle, then a lift while the hand shifts along.
- ``oscillation`` (vibration): a fine fast tremor creeping along the line.
- ``taps`` (percussion): rhythmic taps hopping along the line.
- ``shake`` (shaking): a side-to-side shake creeping along the line.

Pressure is the line's pressure times the technique's factor and the motion's own rhythm,
then limited by every mask under the hand's actual position (a circle may swing off its line):
zero over the spine, capped over the kidneys and the scapular edges, and the hand lifts where
a mask forbids the technique (percussion over the kidneys, vibration above C6) or in a
client's no-go area.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

import msgspec
import numpy as np
import shapely
from numpy.typing import NDArray
from shapely.geometry.base import BaseGeometry

from ..atlas.build import Atlas
from ..atlas.lines import StrokeLine
from ..atlas.masks import Mask, mask_effect
from ..zonefiles.spec import TechniqueSpec
from .placement import Placement
from .timeline import Step, Timeline

__all__ = ["Track", "HandSamples", "Motion", "with_tempo", "RETURN_SHARE"]

#: Share of a glide's cycle spent returning to the start with the hand lifted.
RETURN_SHARE = {"glide": 0.25, "heavy_glide": 0.2}
VIBRATION_AMPLITUDE = 0.25  # cm
SHAKE_AMPLITUDE = 0.9  # cm
KNEAD_PRESS_SHARE = 0.7  # of each kneading cycle; the rest lifts and shifts
TAP_DECAY = 0.12  # of a tap cycle
#: Half the chord (cm) along a line that sets the way a hand faces.
HEADING_SPAN = 3.0
#: A hand's turn away from the spine is worked out every TURN_STEP cm along a line, and begins
#: TURN_LEAD cm before the point that needs it, easing in over as much.
TURN_STEP, TURN_LEAD = 0.5, 3.0
#: Rubbing along fibres: the loop's reach along the fibres and across them, × the circle's.
ALONG_FIBRES, ACROSS_FIBRES = 1.5, 0.4


def with_tempo(spec: TechniqueSpec, tempo: float | None = None, repetitions: int | None = None) -> TechniqueSpec:
    """A copy of ``spec`` with another tempo (per minute) or number of repetitions."""
    changes = {}
    if tempo is not None:
        if not 0 < tempo <= 1200:
            raise ValueError(f"tempo {tempo:g} per minute is outside 0–1200")
        changes["tempo"] = float(tempo)
    if repetitions is not None:
        if not 1 <= repetitions <= 50:
            raise ValueError(f"repetitions {repetitions} is outside 1–50")
        changes["repetitions"] = int(repetitions)
    return msgspec.structs.replace(spec, **changes)


@dataclass(frozen=True)
class Track:
    """A laid line as arrays: its points and the distance along it to each."""

    line: StrokeLine
    xy: np.ndarray  # (n, 2)
    cum: np.ndarray  # (n,) distance from the start

    @classmethod
    def of(cls, line: StrokeLine) -> Track:
        xy = np.asarray(line.path.coords, dtype=float)
        cum = np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(xy, axis=0).T))])
        return cls(line, xy, cum)

    @property
    def length(self) -> float:
        return float(self.cum[-1])


    def point(self, d: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Positions, unit tangents and unit normals (to the left of travel) at distances ``d``."""
        d = np.clip(d, 0.0, self.length)
        x = np.interp(d, self.cum, self.xy[:, 0])
        y = np.interp(d, self.cum, self.xy[:, 1])
        # The way the hand faces: the chord from HEADING_SPAN cm behind to as far ahead, so it
        # turns smoothly through a line's bends instead of snapping at each vertex.
        ahead = np.clip(d + HEADING_SPAN, 0.0, self.length)
        behind = np.clip(d - HEADING_SPAN, 0.0, self.length)
        v = np.stack([np.interp(ahead, self.cum, self.xy[:, 0]) - np.interp(behind, self.cum, self.xy[:, 0]),
                      np.interp(ahead, self.cum, self.xy[:, 1]) - np.interp(behind, self.cum, self.xy[:, 1])], axis=1)
        tangent = v / np.maximum(np.hypot(v[:, 0], v[:, 1]), 1e-12)[:, None]
        normal = np.stack([-tangent[:, 1], tangent[:, 0]], axis=1)
        return np.stack([x, y], axis=1), tangent, normal


@dataclass(frozen=True)
class HandSamples:
    """One hand over an array of times: arrays of equal length."""

    side: str
    t: np.ndarray
    xy: np.ndarray  # (n, 2) cm
    pressure: np.ndarray  # 0–1 applied
    contact: np.ndarray  # bool: touching the skin
    angle: np.ndarray  # direction of travel along the line, radians (model frame, y up)
    line_number: np.ndarray  # int
    radius: float  # contact radius, cm
    step: Step
    hand: str = ""  # the therapist's hand, "left" or "right" (the side's own, unless a step says otherwise)
    heading: np.ndarray | None = None  # where the fingers point, radians (the travel turned by the technique)
    contact_part: str = "palm"  # the part of the hand on the skin (vocabulary.CONTACT_PARTS)
    pose: str = "flat"
    #: per sample: "works", "weights" (lies on the working hand) or "lifts" (holds the shoulder up);
    #: only a working hand presses on the back
    role: np.ndarray | None = None

    def __post_init__(self) -> None:
        if not self.hand:
            object.__setattr__(self, "hand", self.side)
        if self.heading is None:
            object.__setattr__(self, "heading", self.angle)
        if self.role is None:
            object.__setattr__(self, "role", np.full(len(self.t), "works"))

    @property
    def working(self) -> np.ndarray:
        works: np.ndarray = np.asarray(self.role) == "works"
        return works

    @property
    def lifted(self) -> np.ndarray:
        """Off the skin: between strokes and taps, gliding back, or a hand that is not working."""
        off: np.ndarray = ~self.contact | ~self.working
        return off

    def part(self, which: slice) -> HandSamples:
        """The samples ``which`` selects, every per-sample array cut alike."""
        assert self.heading is not None and self.role is not None
        return replace(self, t=self.t[which], xy=self.xy[which], pressure=self.pressure[which],
                       contact=self.contact[which], angle=self.angle[which], line_number=self.line_number[which],
                       heading=self.heading[which], role=self.role[which])


def _phase(tau: np.ndarray, period: float) -> tuple[np.ndarray, np.ndarray]:
    """Whole periods elapsed and the fraction of the current one."""
    x = tau / period
    k = np.floor(x)
    return k.astype(int), x - k


def _smoothstep(x: np.ndarray) -> np.ndarray:
    c: NDArray[np.float64] = np.clip(x, 0.0, 1.0)  # a float dtype, so numpy types the result
    return c * c * (3 - 2 * c)


#: What _schedule gives per time: line index, distance along the line, offsets along and normal
#: to it, contact (bool) and rhythm (0–1), each an array like ``tau``.
_Schedule = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]


@dataclass
class Motion:
    """Hand motion for a timeline laid on an atlas; technique specs may carry new tempos."""

    atlas: Atlas
    timeline: Timeline
    techniques: dict[str, TechniqueSpec]
    _tracks: dict[tuple[str, int, str], Track] = field(default_factory=dict, repr=False)
    _masks: list[tuple[Mask, float | None, frozenset[str]]] = field(default_factory=list, repr=False)
    _gentle: dict[str, tuple[BaseGeometry, float]] = field(default_factory=dict, repr=False)
    _profiles: dict[tuple[str | float | bool, ...], tuple[np.ndarray, np.ndarray]] = field(
        default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.placement = Placement(self.atlas)
        for line in self.atlas.lines:
            self._tracks[(line.zone, line.number, line.side)] = Track.of(line)
        for mask in self.atlas.masks:
            shapely.prepare(mask.geometry)
            cap, forbidden = mask_effect(mask)
            self._masks.append((mask, 0.0 if mask.rule == "no_go" else cap, forbidden))
        for spec in self.atlas.zone_set.techniques:
            if spec.gentle is not None:  # a zones folder may leave a gentle zone out
                area = shapely.union_all([z.area for z in self.atlas.zones if z.id in spec.gentle.zones])
                shapely.prepare(area)
                self._gentle[spec.id] = (area, spec.gentle.pressure)

    def limit(self, xy: np.ndarray, pressure: np.ndarray, technique: str) -> np.ndarray:
        """``pressure`` at points ``xy`` after every mask there has had its say, and no more than
        the technique's gentle pressure in its gentle zones (seed 001: stroking on the lower back
        and the neck), whichever step's lines pass there."""
        out = pressure.copy()
        if technique in self._gentle:
            area, gentle = self._gentle[technique]
            inside = shapely.contains_xy(area, xy[:, 0], xy[:, 1])
            out[inside] = np.minimum(out[inside], gentle)
        for mask, cap, forbidden in self._masks:
            if cap is None and technique not in forbidden:
                continue
            inside = shapely.contains_xy(mask.geometry, xy[:, 0], xy[:, 1])
            if technique in forbidden:
                out[inside] = 0.0
            elif cap is not None:
                out[inside] = np.minimum(out[inside], cap)
        return out

    @classmethod
    def of(cls, atlas: Atlas, timeline: Timeline, overrides: dict[str, TechniqueSpec] | None = None) -> Motion:
        techniques: dict[str, TechniqueSpec] = {spec.id: spec for spec in atlas.zone_set.techniques}
        techniques.update(overrides or {})
        missing = {s.technique for s in timeline.steps}.difference(techniques)
        if missing:
            raise ValueError(f"no motion defined for {', '.join(sorted(missing))} (techniques.toml)")
        return cls(atlas, timeline, techniques)

    def _fibre_frame(self, track: Track, points: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Unit vectors along the fibres of the line's muscle at ``points``, and across them."""
        fibre = self.atlas.muscles.get(str(track.line.muscle), track.line.side).directions_at(points)
        return fibre, np.stack([-fibre[:, 1], fibre[:, 0]], axis=1)

    def _turn_profile(self, track: Track, spec: TechniqueSpec, step: Step, hand: str,
                      busy: bool) -> tuple[np.ndarray, np.ndarray]:
        """How far (radians) a hand turns its fingers away from the spine at each point of the
        line, every TURN_STEP cm: the turn the placement needs there, begun TURN_LEAD cm early and
        eased in and out, so a hand turns gradually through a line's bends and ends instead of
        swinging round between two frames. One per line, technique and hand, then looked up."""
        key = (track.line.id, spec.id, spec.motion, spec.turn, step.pose, step.contact, hand, busy)
        if key not in self._profiles:
            grid = np.arange(0.0, track.length + TURN_STEP, TURN_STEP)
            p, tangent, _ = track.point(grid)
            if spec.motion == "circles" and track.line.muscle:
                tangent, _ = self._fibre_frame(track, p)
            side = track.line.side
            heading = np.arctan2(tangent[:, 1], tangent[:, 0]) - math.radians(spec.turn) * (
                1.0 if side == "right" else -1.0)
            needed = self.placement.turns(p, heading, side, hand, step.pose, step.contact, busy)
            sign = 1.0 if needed.sum() >= 0 else -1.0
            reach = int(round(TURN_LEAD / TURN_STEP))
            padded = np.pad(np.abs(needed), reach, mode="edge")
            lead = np.lib.stride_tricks.sliding_window_view(padded, 2 * reach + 1).max(axis=1)
            eased = np.convolve(np.pad(lead, reach, mode="edge"), np.ones(2 * reach + 1) / (2 * reach + 1), "valid")
            self._profiles[key] = (grid, sign * eased)
        return self._profiles[key]

    def tracks(self, step: Step, side: str) -> list[Track | None]:
        """The step's lines on one side, in order (None where the line is not on that side)."""
        return [self._tracks.get((step.zone, n, side)) for n in step.lines]

    def sides(self, step: Step) -> list[str]:
        return [side for side in ("left", "right") if any(self.tracks(step, side))]

    # -- the models ------------------------------------------------------------------------
    def _schedule(self, step: Step, spec: TechniqueSpec, tau: np.ndarray, lengths: np.ndarray,
                  tap_offset: float = 0.0) -> _Schedule:
        """(line index, distance along it, offsets along/normal, contact, rhythm) at ``tau``."""
        n = len(step.lines)
        cycle = 60.0 / spec.tempo
        zeros = np.zeros_like(tau)
        if spec.motion in ("glide", "heavy_glide"):
            k, u = _phase(tau, cycle)
            li = (k // spec.repetitions) % n
            share = 1.0 - RETURN_SHARE[spec.motion]
            forward = u < share
            progress = np.where(forward, u / share, 1.0 - (u - share) / (1.0 - share))
            rhythm = np.where(forward, np.clip(np.minimum(u / share, 1 - u / share) / 0.08, 0, 1), 0.0)
            return li, progress * lengths[li], zeros, zeros, forward, rhythm
        passes = n * spec.repetitions
        pass_s = step.duration_s / passes
        j, s = _phase(tau, pass_s)
        li = (j // spec.repetitions) % n
        d = s * lengths[li]
        r = spec.contact_radius
        if spec.motion == "circles":
            angle = 2 * np.pi * tau / cycle
            return li, d, 0.6 * r * np.cos(angle), 0.6 * r * np.sin(angle), np.ones_like(tau, bool), np.ones_like(tau)
        if spec.motion == "kneading":
            cycles = max(pass_s / cycle, 1.0)
            c, f = _phase(s * cycles, 1.0)
            pressing = f < KNEAD_PRESS_SHARE
            shift = _smoothstep((f - KNEAD_PRESS_SHARE) / (1 - KNEAD_PRESS_SHARE))
            d = (c + shift) / cycles * lengths[li]
            angle = 2 * np.pi * np.clip(f / KNEAD_PRESS_SHARE, 0, 1)
            rhythm = np.where(pressing, 0.55 + 0.45 * np.sin(np.pi * f / KNEAD_PRESS_SHARE), 0.0)
            return li, d, 0.5 * r * np.cos(angle) * pressing, 0.5 * r * np.sin(angle) * pressing, pressing, rhythm
        if spec.motion == "oscillation":
            wobble = VIBRATION_AMPLITUDE * np.sin(2 * np.pi * tau / cycle)
            return li, d, zeros, wobble, np.ones_like(tau, bool), np.ones_like(tau)
        if spec.motion == "shake":
            wobble = SHAKE_AMPLITUDE * np.sin(2 * np.pi * tau / cycle)
            return li, d, zeros, wobble, np.ones_like(tau, bool), np.ones_like(tau)
        # taps; a second hand taking turns is ``tap_offset`` seconds behind
        _, w = _phase(tau + tap_offset, cycle)
        return li, d, zeros, zeros, w < 0.35, np.exp(-w / TAP_DECAY)

    def hands(self, t: np.ndarray | float, step: Step | None = None) -> list[HandSamples]:
        """Both hands at times ``t`` (seconds into the timeline), all within one step: the step
        playing at the last time, unless ``step`` is given. Times are clamped into the step.

        ``both``: each hand works its own side's lines at once; ``alternating``: the same, the
        left hand half a beat behind; ``reinforced``: both hands on one side, one weighting the
        other, then on the other side; ``one_lifts``: on one side, one hand lifts the shoulder
        while the other works, then the other side (seed 001)."""
        t = np.atleast_1d(np.asarray(t, dtype=float))
        step = step or self.timeline.step_at(float(t[-1]))
        spec = self.techniques[step.technique]
        tau = np.clip(t - step.start_s, 0.0, np.nextafter(step.duration_s, 0))
        sides = self.sides(step)
        if step.hands in ("reinforced", "one_lifts") and sides:
            return self._one_side_at_a_time(step, spec, t, tau, sides)
        out = []
        for side in sides:
            offset = 0.5 * 60.0 / spec.tempo if step.hands == "alternating" and side == "left" else 0.0
            out.append(self._working_hand(step, spec, t, tau, side, side, offset))
        return out

    def _one_side_at_a_time(self, step: Step, spec: TechniqueSpec, t: np.ndarray, tau: np.ndarray,
                            sides: list[str]) -> list[HandSamples]:
        """Each side in turn gets an equal share of the step; the second hand weights the first
        (``reinforced``) or lifts that side's shoulder (``one_lifts``). A hand's samples come in
        one piece per side it works in the times asked for."""
        share = step.duration_s / len(sides)
        k = np.minimum((tau // share).astype(int), len(sides) - 1)
        part = replace(step, duration_s=share)
        out: list[HandSamples] = []
        for i, side in enumerate(sides):
            sel = k == i
            if not sel.any():
                continue
            worker = "right"  # reinforced: the right hand works, the left lies on it
            if step.hands == "one_lifts":  # the hand of the far side works, the near one lifts
                worker = "left" if side == "right" else "right"
            other = "left" if worker == "right" else "right"
            local = tau[sel] - i * share
            working = self._working_hand(part, spec, t[sel], local, side, worker, 0.0)
            out += [working, self._second_hand(step, working, other, side)]
        return out

    def _second_hand(self, step: Step, working: HandSamples, hand: str, side: str) -> HandSamples:
        """The hand that weights the working one (on top of it, a little back toward the wrist),
        or that lifts ``side``'s shoulder, palm under it: it adds no pressure to the back."""
        n = len(working.t)
        if step.hands == "reinforced":
            along = np.asarray(working.heading)
            back = np.stack([np.cos(along), np.sin(along)], axis=1) * -1.5
            xy, heading, role = working.xy + back, along, "weights"
        else:
            acromion = self.atlas.body.landmarks[("acromion", side)]
            xy = np.tile([acromion.x, acromion.y + 1.0 * self.atlas.body.scale], (n, 1))
            heading, role = np.full(n, math.pi / 2), "lifts"
        return HandSamples(side, working.t, xy, np.zeros(n), np.zeros(n, bool), working.angle, working.line_number,
                           working.radius, working.step, hand=hand, heading=heading, contact_part="palm",
                           pose="flat", role=np.full(n, role))

    def _working_hand(self, step: Step, spec: TechniqueSpec, t: np.ndarray, tau: np.ndarray, side: str,
                      hand: str, tap_offset: float) -> HandSamples:
        """``hand`` working ``side``'s lines of ``step`` at step times ``tau``."""
        tracks = self.tracks(step, side)
        lengths = np.array([tr.length if tr else 0.0 for tr in tracks])
        li, d, along, normal_off, contact, rhythm = self._schedule(step, spec, tau, lengths, tap_offset)
        xy = np.zeros((len(tau), 2))
        pressure = np.zeros(len(tau))
        angle = np.zeros(len(tau))
        on_line = np.zeros(len(tau), bool)
        turn = np.zeros(len(tau))
        busy = step.hands in ("both", "alternating")
        for i, track in enumerate(tracks):
            sel = li == i
            if track is None or not sel.any():
                continue
            p, tangent, normal = track.point(d[sel])
            reach, spread = along[sel], normal_off[sel]
            if spec.motion == "circles" and track.line.muscle:
                tangent, normal = self._fibre_frame(track, p)
                reach, spread = reach * ALONG_FIBRES, spread * ACROSS_FIBRES
            xy[sel] = p + reach[:, None] * tangent + spread[:, None] * normal
            pressure[sel] = track.line.pressure
            angle[sel] = np.arctan2(tangent[:, 1], tangent[:, 0])
            on_line[sel] = True
            grid, profile = self._turn_profile(track, spec, step, hand, busy)
            turn[sel] = np.interp(d[sel], grid, profile)
        # ``turn`` turns the fingers away from the spine: clockwise on the right, anticlockwise on the left
        # and then as far as the line's turn profile says at that point, to keep off the midline
        heading = angle - math.radians(spec.turn) * (1.0 if side == "right" else -1.0) + turn
        xy, heading = self.placement.place(xy, heading, side, hand, step.pose, step.contact, other_side_busy=busy)
        touching = contact & on_line
        # A plan may press harder or softer than the seeds: scale to the step's own peak.
        base = max((tr.line.pressure for tr in tracks if tr), default=0.0) * spec.pressure_factor
        scale = step.pressure / base if base > 0 else 1.0
        applied = np.where(touching, np.minimum(pressure * spec.pressure_factor * rhythm * scale, 1.0), 0.0)
        applied = self.limit(xy, applied, step.technique)
        numbers = np.array(step.lines)[li]
        return HandSamples(side, t, xy, applied, touching & (applied > 0), angle, numbers,
                           spec.contact_radius * self.atlas.body.scale, step, hand=hand, heading=heading,
                           contact_part=step.contact, pose=step.pose)

    def trail(self, t: float, seconds: float = 1.2, samples: int = 36) -> list[HandSamples]:
        """The hands over the last ``seconds`` before ``t``, not reaching back before the step."""
        return self.hands(*self.trail_times(t, seconds, samples)[::-1])

    def trail_times(self, t: float, seconds: float = 1.2, samples: int = 36) -> tuple[Step, np.ndarray]:
        """The step playing at ``t`` and the times :meth:`trail` samples in it."""
        step = self.timeline.step_at(t)
        return step, np.linspace(max(t - seconds, step.start_s), t, samples)

    def samples_apart(self, step: Step) -> bool:
        """Whether :meth:`hands` gives each hand's samples in one piece, in the order of the
        times asked for, whatever those times (not when the hands take turns at the sides), so
        that the hands at two sets of times can be had in one call and cut apart."""
        return step.hands not in ("reinforced", "one_lifts")
