"""The exercise step's gentle movements: each with its picture, marked done with pain 0-10."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QCheckBox, QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from backguide.core.checklist import Checklist
from backguide.core.model import Movement
from backguide.core.store import StepState
from backguide.ui.movement_art import movement_image
from backguide.ui.pain_scale import PainScale

PICTURE_WIDTH = 150


class MovementsBox(QFrame):
    """A list of movements for one step; every change is saved through ``save``."""

    def __init__(self, checklist: Checklist, movements: tuple[Movement, ...],
                 save: Callable[[Callable[[], object]], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistMovements")
        self.checklist = checklist
        self._save = save
        self.done: dict[str, QCheckBox] = {}
        self.pain: dict[str, tuple[PainScale, PainScale]] = {}
        layout = QVBoxLayout(self)
        heading = QLabel("<b>{}</b> &mdash; {}".format(
            escape(self.tr("Gentle movements to try")),
            escape(self.tr("tick each one you do, and say how your pain "
                           "was before and after (0 = no pain, "
                           "10 = worst)."))))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        grid = QGridLayout()
        layout.addLayout(grid)
        ratio = self.devicePixelRatioF()
        for row, movement in enumerate(movements):
            picture = QLabel()
            picture.setPixmap(QPixmap.fromImage(movement_image(movement.drawing, PICTURE_WIDTH, ratio)))
            picture.setAccessibleName(self.tr("Picture: {movement}").format(
                movement=movement.title))
            grid.addWidget(picture, row, 0, Qt.AlignmentFlag.AlignTop)
            dose = movement.dose.words(checklist.content.words)
            words = QLabel(f"<b>{escape(movement.title)}</b><br>{escape(dose)}")
            words.setWordWrap(True)
            words.setToolTip("\n".join(f"{n}. {s}" for n, s in enumerate(movement.steps, 1)))
            # The words and the controls share one column beside the picture, so a
            # row fits the checklist window (three columns ran past its edge).
            column = QVBoxLayout()
            column.addWidget(words)
            saved = checklist.movement_progress(movement.id)
            done = QCheckBox(self.tr("Done"))
            done.setAccessibleName(self.tr("Done: {movement}").format(
                movement=movement.title))
            done.setChecked(saved is not None and saved.state is StepState.DONE)
            # The same 0-10 scale as the step's own pain scores and the diary.
            before = PainScale(self.tr("Pain before {movement}").format(
                movement=movement.title), saved.pain_before if saved else None)
            after = PainScale(self.tr("Pain after {movement}").format(
                movement=movement.title), saved.pain_after if saved else None)
            controls = QGridLayout()
            controls.addWidget(done, 0, 0, 1, 2)
            before_label = QLabel(self.tr("Before:"))
            after_label = QLabel(self.tr("After:"))
            before_label.setBuddy(before.slider)
            after_label.setBuddy(after.slider)
            controls.addWidget(before_label, 1, 0)
            controls.addWidget(before, 1, 1)
            controls.addWidget(after_label, 2, 0)
            controls.addWidget(after, 2, 1)
            column.addLayout(controls)
            column.addStretch(1)
            grid.addLayout(column, row, 1)
            self.done[movement.id] = done
            self.pain[movement.id] = (before, after)
            done.toggled.connect(lambda _on, mid=movement.id: self._on_changed(mid))
            before.changed.connect(lambda mid=movement.id: self._on_changed(mid))
            after.changed.connect(lambda mid=movement.id: self._on_changed(mid))
        grid.setColumnStretch(1, 1)

    def _on_changed(self, movement_id: str) -> None:
        done = self.done[movement_id].isChecked()
        before, after = (box.value() for box in self.pain[movement_id])
        saved = self.checklist.movement_progress(movement_id)
        if not done and saved is None:
            return  # nothing to record until the person says they did it
        state = StepState.DONE if done else StepState.SKIPPED
        self._save(lambda: self.checklist.mark_movement(movement_id, state, before, after))
