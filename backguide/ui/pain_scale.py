"""A 0-10 pain score that may be left out: the diary's slider, with "not given".

Like the diary's: a slider from 0 to 10 with a tick at each step, the arrow
keys move it one step, a digit key sets it (1 then 0 within a second gives
10). Unlike the diary's, a score is optional: until the person moves it, it
reads "not given", and "Clear" (or Delete) takes a score back.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QWidget

from backguide.ui.translation import translate

TEN_WINDOW_MS = 1000  # "1" then "0" within this time gives 10


def pain_word(pain: int) -> str:
    """The usual words for a 0-10 score: no pain, mild (1-3), moderate (4-6), severe (7-10)."""
    if pain == 0:
        return translate("PainScale", "no pain")
    if pain <= 3:
        return translate("PainScale", "mild")
    if pain <= 6:
        return translate("PainScale", "moderate")
    return translate("PainScale", "severe")


def pain_text(pain: int, rich: bool = False) -> str:
    """``5 out of 10, moderate`` (the number in bold when ``rich``)."""
    return translate("PainScale", "{score} out of 10, {word}").format(
        score=f"<b>{pain}</b>" if rich else pain, word=pain_word(pain))


class PainDigits:
    """Number keys as a 0-10 score: a digit sets it, "1" then "0" within a second gives 10.

    Shared by the diary's slider and the checklist's, so both answer the same keys.
    """

    _BLOCKED = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                | Qt.KeyboardModifier.MetaModifier)

    def __init__(self) -> None:
        self._last = ""
        self._clock = QElapsedTimer()

    def score(self, event: QKeyEvent) -> int | None:
        """The score a key press gives, or None when it is not a plain digit."""
        text = event.text()
        if len(text) != 1 or text not in "0123456789" or event.modifiers() & self._BLOCKED:
            return None
        value = int(text)
        if text == "0" and self._last == "1" and self._clock.isValid() \
                and self._clock.elapsed() < TEN_WINDOW_MS:
            value = 10
        self._last = text
        self._clock.start()
        return value


class PainScale(QWidget):
    """A pain score from 0 to 10, or None for "not given"."""

    changed = Signal()

    def __init__(self, name: str, value: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: int | None = None
        self._digits = PainDigits()
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 10)
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(1)
        self.slider.setMinimumWidth(160)
        self.slider.setAccessibleName(self.tr("{name}, from 0 to 10").format(name=name))
        self.slider.setToolTip(self.tr("Pain from 0 (none) to 10 (worst imaginable). "
                                       "Keys 0-9 set it; 1 then 0 gives 10. "
                                       "Delete clears it."))
        self.slider.installEventFilter(self)
        self.value_label = QLabel()
        self.value_label.setMinimumWidth(120)
        self.value_label.setWordWrap(True)  # "7 out of 10, severe" may take two lines
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setAutoDefault(False)
        self.clear_button.setAccessibleName(self.tr("Clear {name}").format(
            name=name.lower()))
        self.clear_button.clicked.connect(self.clear)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.slider, 1)
        row.addWidget(self.value_label)
        row.addWidget(self.clear_button)
        self.setFocusProxy(self.slider)
        self.slider.valueChanged.connect(self._on_slider_moved)
        self._show(value)

    def value(self) -> int | None:
        """The score, or None when it was not given."""
        return self._value

    def set_value(self, value: int | None) -> None:
        """Set the score (None: not given); says ``changed`` only when it changes."""
        if value != self._value:
            self._show(value)
            self.changed.emit()

    def clear(self) -> None:
        self.set_value(None)
        self.slider.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show(self, value: int | None) -> None:
        self._value = value
        self.slider.blockSignals(True)  # the slider shows the value; it does not set it here
        self.slider.setValue(0 if value is None else value)
        self.slider.blockSignals(False)
        words = self.tr("not given") if value is None else pain_text(value)
        self.value_label.setText(words if value is None else pain_text(value, rich=True))
        self.slider.setAccessibleDescription(words)
        self.clear_button.setEnabled(value is not None)

    def _on_slider_moved(self, value: int) -> None:
        self.set_value(value)

    def _digit(self, event: QKeyEvent) -> bool:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_value(None)
            return True
        value = self._digits.score(event)
        if value is None:
            return False
        self.set_value(value)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.slider and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent):
            if self._value is None and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Down,
                                                       Qt.Key.Key_Home):
                self.set_value(0)  # the slider rests at 0 while "not given": make it a score
                return True
            return self._digit(event)
        return super().eventFilter(watched, event)
