"""What a screen reader is told about a landmark (see :mod:`backguide.ui.text_landmarks`):
a heading with its level, or a link it can press."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

import shiboken6
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QAccessibleAttributesInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget


class _HeadingLevel(QAccessibleAttributesInterface):
    def __init__(self, level: int) -> None:
        super().__init__()
        self.level = level

    def attributeKeys(self) -> list[QAccessible.Attribute]:  # noqa: N802
        return [QAccessible.Attribute.Level]

    def attributeValue(self, key: QAccessible.Attribute) -> object:  # noqa: N802
        return self.level if key == QAccessible.Attribute.Level else None


class LandmarkAccessible(QAccessibleWidget):
    """A heading (named by its words, with its level) or a link (named, and pressed to follow).

    ``press`` does what a click on the link does.
    """

    def __init__(self, landmark: QWidget, role: QAccessible.Role, name: str, level: int,
                 press: Callable[[], None]) -> None:
        super().__init__(landmark, role)
        self._role, self._name, self._press = role, name, press
        self._level = _HeadingLevel(level) if role == QAccessible.Role.Heading else None

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self._name
        return super().text(kind)

    def actionNames(self) -> list[str]:  # noqa: N802
        if self._role == QAccessible.Role.Link:
            return [QAccessibleActionInterface.pressAction()]
        return []

    def doAction(self, name: str) -> None:  # noqa: N802
        if name == QAccessibleActionInterface.pressAction() and self._role == QAccessible.Role.Link:
            self._press()

    def keyBindingsForAction(self, name: str) -> list[str]:  # noqa: N802
        return []

    def interface_cast(self, kind: QAccessible.InterfaceType  # type: ignore[override]
                       ) -> shiboken6.VoidPtr:
        # Qt asks for each interface as a raw pointer (PySide's stubs say int;
        # it is a VoidPtr). Here it is the attributes object this interface
        # keeps alive. Qt's "none" reaches Python as None and must go back as
        # a null VoidPtr: None crashes.
        if kind == QAccessible.InterfaceType.AttributesInterface and self._level is not None:
            return shiboken6.VoidPtr(shiboken6.getCppPointer(self._level)[0])
        found = cast("shiboken6.VoidPtr | None", super().interface_cast(kind))
        return shiboken6.VoidPtr(0) if found is None else found
