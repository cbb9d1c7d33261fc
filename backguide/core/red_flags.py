"""Which warning signs go with which part of the back, and how they are grouped.

Every sign without ``levels`` goes with every level; a level's own signs (the
neck's: a stiff neck with a fever, weakness in both arms) go with that level
only. The checklist, the urgent-signs page and the handouts all group signs
the same way: the signs for everyone first, then each level's own group, and
within a group the most urgent first.
"""

from typing import NamedTuple

from backguide.core.model import Content, Level, RedFlag, Urgency
from backguide.core.wording import Words


class SignGroup(NamedTuple):
    """Warning signs for everyone (``level`` None) or for one level of the back."""

    title: str
    level: Level | None
    flags: tuple[RedFlag, ...]  # most urgent first, content order within an urgency

    def with_urgency(self, urgency: Urgency) -> tuple[RedFlag, ...]:
        """The group's signs of one urgency."""
        return tuple(f for f in self.flags if f.urgency is urgency)

    @property
    def urgencies(self) -> tuple[Urgency, ...]:
        """The urgencies that have at least one sign in this group, most urgent first."""
        return tuple(u for u in Urgency if self.with_urgency(u))


def everyone_title(words: Words) -> str:
    """The heading of the signs for everyone: "For any back or neck pain"."""
    return words.text("signs.everyone")


def level_title(words: Words, level: Level) -> str:
    """The heading of a level's own warning signs, e.g. "If your neck hurts".

    In the words a patient would use (``signs.levels.<level id>``); a level
    the wording does not name gets a heading made from its name in the content.
    """
    key = f"signs.levels.{level.id}"
    if words.has(key):
        return words.text(key)
    return words.text("signs.level", level=level.name.lower())


def _by_urgency(flags: list[RedFlag]) -> tuple[RedFlag, ...]:
    order = list(Urgency)
    return tuple(sorted(flags, key=lambda f: order.index(f.urgency)))


def sign_groups(content: Content, level_id: str | None = None) -> tuple[SignGroup, ...]:
    """The signs that go with ``level_id``, grouped: everyone's, then the level's own.

    ``level_id`` None (no level chosen: the urgent-signs page, the general
    handout, a general checklist) gives every level's own group, top of the
    back first. A group with no signs is left out.
    """
    groups = [SignGroup(everyone_title(content.words), None,
                        _by_urgency([f for f in content.red_flags if not f.levels]))]
    for level in content.levels:
        if level_id is not None and level.id != level_id:
            continue
        own = [f for f in content.red_flags if level.id in f.levels]
        groups.append(SignGroup(level_title(content.words, level), level, _by_urgency(own)))
    return tuple(g for g in groups if g.flags)


def signs_for(content: Content, level_id: str | None = None) -> tuple[RedFlag, ...]:
    """Every sign that goes with ``level_id``, in the order the groups give them, each once."""
    seen: dict[str, RedFlag] = {}
    for group in sign_groups(content, level_id):
        for flag in group.flags:
            seen.setdefault(flag.id, flag)
    return tuple(seen.values())


def shared_action(flags: tuple[RedFlag, ...] | list[RedFlag]) -> str:
    """The action most of ``flags`` share, printed once above them ("" for no flags)."""
    counts: dict[str, int] = {}
    for flag in flags:
        counts[flag.action] = counts.get(flag.action, 0) + 1
    return max(counts, key=lambda a: counts[a], default="")


def own_action(flag: RedFlag, shared: str) -> str:
    """What ``flag``'s action says beyond the shared one ("" when the shared one says it all)."""
    if shared.startswith(flag.action):
        return ""
    return flag.action[len(shared):].strip() if flag.action.startswith(shared) else flag.action
