"""Which steps fit a region, and which muscles can send pain to a place."""

from collections.abc import Iterable
from typing import NamedTuple

from backguide.core.artwork import Artwork
from backguide.core.model import Content, Duration, Muscle, Region, Side, Step, Surface, Zone


class ZoneArea(NamedTuple):
    """A drawn place where pain is felt: a zone on one side (or the midline).

    ``name`` is the zone's name with its side in the guide's words ("Buttock,
    left"); a midline zone's name alone.
    """

    id: str
    zone: Zone
    side: Side
    name: str


class Referral(NamedTuple):
    """One muscle in one region that can send pain to a place."""

    region: Region
    muscle: Muscle
    essential: bool


def zone_areas(content: Content) -> list[ZoneArea]:
    """Every drawn zone area: back before front, in content order, left before right."""
    words = content.words
    areas: list[ZoneArea] = []
    for zone in content.zones.values():
        if not zone.sided:
            areas.append(ZoneArea(zone.area_id(Side.MIDLINE), zone, Side.MIDLINE, zone.name))
            continue
        sides: Iterable[Side] = (Side.LEFT, Side.RIGHT)
        areas.extend(ZoneArea(zone.area_id(side), zone, side,
                              words.text("places.zone", name=zone.name,
                                         side=words.text(f"sides.{side.value}")))
                     for side in sides)
    return sorted(areas, key=lambda a: a.zone.surface is not Surface.BACK)


# The areas of the guides seen so far, by id: the panel looks areas up by the
# dozen on every click. The guide is kept beside its table, so a guide's id is
# never reused for another one while its entry is here.
_AREAS_BY_GUIDE: dict[int, tuple[Content, dict[str, ZoneArea]]] = {}


def zone_area(content: Content, area_id: str) -> ZoneArea:
    """The drawn zone area with this id (KeyError if the guide has none)."""
    known = _AREAS_BY_GUIDE.get(id(content))
    if known is None or known[0] is not content:
        if len(_AREAS_BY_GUIDE) > 8:  # a long session reloading a clinic's folder
            _AREAS_BY_GUIDE.clear()
        known = _AREAS_BY_GUIDE[id(content)] = (content, {a.id: a for a in zone_areas(content)})
    return known[1][area_id]


def region_beside(content: Content, region: Region, levels_down: int = 0,
                  side: Side | None = None) -> Region:
    """The region ``levels_down`` levels below ``region`` (negative: above) on ``side``.

    Stops at the top and bottom levels; ``side`` None keeps the region's own
    side. This is how the arrow keys move around the drawing.
    """
    levels = [level.id for level in content.levels]
    index = min(len(levels) - 1, max(0, levels.index(region.level.id) + levels_down))
    wanted_side = region.side if side is None else side
    for candidate in content.regions:
        if candidate.level.id == levels[index] and candidate.side is wanted_side:
            return candidate
    return region


def referred_areas(content: Content, region: Region,
                   muscle_id: str | None = None) -> tuple[list[str], list[str]]:
    """The drawn areas a region (or one of its muscles) can send pain to.

    Returns ``(essential, spillover)`` area ids on the region's own side; an
    area that is essential for one muscle is not repeated as spillover.
    """
    essential: list[str] = []
    spillover: list[str] = []
    for mid in region.muscles:
        if muscle_id is not None and mid != muscle_id:
            continue
        muscle = content.muscles[mid]
        for target, zone_ids in ((essential, muscle.essential_zones),
                                 (spillover, muscle.spillover_zones)):
            for zid in zone_ids:
                area = content.zones[zid].area_id(region.side)
                if area not in target:
                    target.append(area)
    return essential, [a for a in spillover if a not in essential]


def referrals_to(content: Content, area_id: str) -> list[Referral]:
    """The muscles (with their regions) that can send pain to a drawn area.

    Usual (essential) referrals come before occasional (spillover) ones, then
    top to bottom, left side before right.
    """
    area = zone_area(content, area_id)
    found = []
    for region in content.regions:
        if area.zone.sided and region.side != area.side:
            continue
        for mid in region.muscles:
            muscle = content.muscles[mid]
            if area.zone.id in muscle.essential_zones:
                found.append(Referral(region, muscle, True))
            elif area.zone.id in muscle.spillover_zones:
                found.append(Referral(region, muscle, False))
    return sorted(found, key=lambda r: (not r.essential, r.region.level.order,
                                        r.region.side != Side.LEFT))


def steps_for(content: Content, level_id: str | None,
              duration: Duration | None = None) -> list[Step]:
    """The self-care steps that fit a level of the back and how long it has hurt."""
    return [s for s in content.steps
            if s.fits_level(level_id) and (duration is None or duration in s.durations)]


def sources_for_region(content: Content, region: Region) -> list[str]:
    """Every source behind what the app says about a region, in first-cited order."""
    cited: list[str] = []
    muscles = [content.muscles[m] for m in region.muscles]
    explanations = [content.explanations[e] for e in region.level.explanations]
    steps = steps_for(content, region.level.id)
    groups = ([m.sources for m in muscles] + [e.evidence.sources for e in explanations]
              + [s.evidence.sources for s in steps] + [content.guide.map_caveat_sources]
              + [m.evidence.sources for m in content.movements_for(region.level.id)])
    for group in groups:
        cited.extend(s for s in group if s not in cited)
    return cited


def artwork_mismatches(content: Content, artwork: Artwork) -> list[str]:
    """What the content names that the drawing lacks, and the other way round."""
    problems = []
    region_ids = set(content.region_ids)
    area_ids = {a.id for a in zone_areas(content)}
    problems += [f"region '{r}' has no outline 'region-{r}' in the drawing"
                 for r in sorted(region_ids - set(artwork.regions))]
    problems += [f"the drawing's 'region-{r}' is not a region in the content"
                 for r in sorted(set(artwork.regions) - region_ids)]
    problems += [f"zone area '{z}' has no outline 'zone-{z}' in the drawing"
                 for z in sorted(area_ids - set(artwork.zones))]
    problems += [f"the drawing's 'zone-{z}' is not a zone in the content"
                 for z in sorted(set(artwork.zones) - area_ids)]
    problems += [f"muscle '{m}' has no shape 'muscle-{m}' in the drawing"
                 for m in sorted(muscle_areas(content) - set(artwork.muscles))]
    return problems


def muscle_areas(content: Content) -> set[str]:
    """Every drawn muscle shape the content needs: ``<muscle id>-<side>`` of each region."""
    return {f"{m}-{region.side.value}" for region in content.regions for m in region.muscles}
