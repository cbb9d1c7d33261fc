"""What the person has chosen: the view, and the region, place and muscle in it.

This is the one home of the choice. The map, the region list, the detail
panel, the window title, the handout actions, the checklist and the diary all
read it or follow its ``changed`` signal; none of them keeps a copy. Every
setter works out the whole new choice first and emits ``changed`` once, and
only when something really changed, so one action of the person renders each
view once and no view needs to block signals while it updates.
"""

from collections.abc import Container
from enum import Enum
from typing import NamedTuple

from PySide6.QtCore import QObject, Signal


class ViewMode(Enum):
    """What a click on the map chooses."""

    MUSCLES = "muscles"  # regions of the back, and the muscles in them
    PAIN = "pain"  # places where pain is felt ("Where does it hurt?")


class Choice(NamedTuple):
    """A whole choice at one moment. ``None`` means nothing is chosen."""

    mode: ViewMode = ViewMode.MUSCLES
    region: str | None = None
    place: str | None = None
    muscle: str | None = None  # one muscle of ``region``; None shows them all

    @property
    def area(self) -> str | None:
        """The chosen area of the current view: a region, or a place in the pain view."""
        return self.place if self.mode is ViewMode.PAIN else self.region


class Selection(QObject):
    """The chosen view, region, place and muscle, with one ``changed`` signal."""

    changed = Signal(object)  # the Choice before the change

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choice = Choice()

    @property
    def choice(self) -> Choice:
        return self._choice

    @property
    def mode(self) -> ViewMode:
        return self._choice.mode

    @property
    def region(self) -> str | None:
        return self._choice.region

    @property
    def place(self) -> str | None:
        return self._choice.place

    @property
    def muscle(self) -> str | None:
        return self._choice.muscle

    def _become(self, choice: Choice) -> None:
        if choice.muscle is not None and choice.region is None:
            choice = choice._replace(muscle=None)
        if choice != self._choice:
            before, self._choice = self._choice, choice
            self.changed.emit(before)

    def set_mode(self, mode: ViewMode) -> None:
        """Switch views; each view keeps its own choice for when the person comes back."""
        self._become(self._choice._replace(mode=mode))

    def choose_region(self, region_id: str | None, muscle_id: str | None = None) -> None:
        """Choose a region of the back (and optionally one of its muscles)."""
        self._become(self._choice._replace(region=region_id or None, muscle=muscle_id or None))

    def choose_place(self, place_id: str | None) -> None:
        """Choose a place where pain is felt."""
        self._become(self._choice._replace(place=place_id or None))

    def choose_muscle(self, muscle_id: str | None) -> None:
        """Show one muscle of the chosen region (None: all of them)."""
        if self._choice.region is not None:
            self._become(self._choice._replace(muscle=muscle_id or None))

    def choose_area(self, area_id: str | None) -> None:
        """Choose an area of the current view: a region, or a place in the pain view."""
        if self._choice.mode is ViewMode.PAIN:
            self.choose_place(area_id)
        else:
            self.choose_region(area_id)

    def show_muscle_of(self, region_id: str, muscle_id: str | None) -> None:
        """Go to the muscles view with a region and one of its muscles chosen."""
        self._become(self._choice._replace(mode=ViewMode.MUSCLES, region=region_id,
                                           muscle=muscle_id or None))

    def keep_only(self, region_ids: Container[str], place_ids: Container[str]) -> None:
        """Forget a region or place that the current guide no longer has."""
        region = self.region if self.region in region_ids else None
        place = self.place if self.place in place_ids else None
        self._become(self._choice._replace(region=region, place=place,
                                           muscle=self.muscle if region else None))
