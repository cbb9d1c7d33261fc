"""The handout builder: a practitioner chooses what a handout shows and sees it as it will print.

Regions (both sides if wanted), steps, movements with their doses, advice,
the patient's name, the clinic (remembered in settings) and a follow-up date;
a live preview beside the choices, updated a moment after each change. The
choices can be printed, saved as a PDF, or saved as a template (YAML in the
user data folder's ``templates`` folder, read back by the same reader as
``backguide handout --template``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGraphicsView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from backguide.core.artwork import Artwork
from backguide.core.errors import ContentError
from backguide.core.handout_parts import HandoutError, HandoutOptions
from backguide.core.handout_plan import Clinic, HandoutPlan, MovementChoice, build_plan_handout, default_plan
from backguide.core.handout_template import read_template, template_text
from backguide.core.model import Content, Dose, Movement
from backguide.ui.printing.open_folder import OpenFolderButton
from backguide.ui.printing.options import paper_names
from backguide.ui.printing.render import configure_printer, render_handout
from backguide.ui.speech import say
from backguide.ui.translation import number, translate

if TYPE_CHECKING:
    from backguide.core.handout_parts import Handout

CLINIC_KEY = "handouts/clinic/"  # + name, address, phone, logo
PREVIEW_DELAY_MS = 300
WINDOW_SIZE = (1100, 760)
CHECKED = Qt.CheckState.Checked
UNCHECKED = Qt.CheckState.Unchecked


class _MovementRow:
    """A movement's check box and its dose: repetitions (or minutes), hold, times a day."""

    def __init__(self, movement: Movement, grid: QGridLayout, row: int, changed: Callable[[], None]) -> None:
        self.movement = movement
        self.check = QCheckBox(movement.title)
        self.check.setObjectName(f"movement-{movement.id}")
        self.check.setAccessibleName(translate("HandoutBuilder", "Include {movement}").format(
            movement=movement.title))
        by_minutes = bool(movement.dose.minutes)
        #: After the number of a spin box: 10 minutes, 10 times (repetitions).
        self.amount = self._spin(1, translate("HandoutBuilder", "minutes") if by_minutes
                                 else translate("HandoutBuilder", "times"))
        self.amount.setAccessibleName(
            (translate("HandoutBuilder", "{movement}: minutes") if by_minutes
             else translate("HandoutBuilder", "{movement}: repetitions")).format(movement=movement.title))
        #: After a number of seconds, in the "Hold" column: 5 s hold.
        self.hold = self._spin(0, translate("HandoutBuilder", "s hold"))
        self.hold.setAccessibleName(translate("HandoutBuilder", "{movement}: hold, in seconds").format(
            movement=movement.title))
        #: After a number: 3 × a day.
        self.daily = self._spin(1, translate("HandoutBuilder", "× a day"))
        self.daily.setAccessibleName(translate("HandoutBuilder", "{movement}: times a day").format(
            movement=movement.title))
        self.set_dose(movement.dose)
        for column, widget in enumerate((self.check, self.amount, self.hold, self.daily)):
            grid.addWidget(widget, row, column)
        self.check.toggled.connect(self._enable)
        self.check.toggled.connect(changed)
        for spin in (self.amount, self.hold, self.daily):
            spin.valueChanged.connect(changed)
        self._enable(False)

    @staticmethod
    def _spin(least: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(least, 1000)
        spin.setSuffix(f" {suffix}")
        return spin

    def _enable(self, on: bool) -> None:
        for spin in (self.amount, self.hold, self.daily):
            spin.setEnabled(on)

    def set_dose(self, dose: Dose) -> None:
        self.amount.setValue(dose.minutes or dose.reps)
        self.hold.setValue(dose.hold_seconds)
        self.daily.setValue(dose.times_a_day)

    def choice(self) -> MovementChoice:
        default = self.movement.dose
        amount = self.amount.value()
        dose = Dose(reps=0 if default.minutes else amount, hold_seconds=self.hold.value(),
                    times_a_day=self.daily.value(), minutes=amount if default.minutes else 0)
        return MovementChoice(self.movement.id, None if dose == default else dose)


class HandoutBuilder(QDialog):
    """File → New handout…: choose, preview, print, save as PDF, save and load templates."""

    def __init__(self, content: Content, artwork: Artwork, region_id: str | None,
                 templates: Path, parent: QWidget | None = None,
                 save_pdf: Callable[[Handout, str], bool] | None = None,
                 suggested_folder: Callable[[], str] | None = None,
                 print_out: Callable[[Handout, QPrinter], bool] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoutBuilder")
        self.setWindowTitle(self.tr("New handout"))
        self.content = content
        self.artwork = artwork
        self.templates = templates
        self._save_pdf = save_pdf
        self._print_out = print_out
        self._suggested_folder = suggested_folder or (lambda: str(Path.home()))
        self._loading = False
        self.preview_error = ""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.update_preview)

        choices = QWidget()
        form = QVBoxLayout(choices)
        form.addWidget(self._regions_box())
        form.addWidget(self._steps_box())
        form.addWidget(self._movements_box())
        form.addWidget(self._details_box())
        form.addWidget(self._clinic_box())
        form.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("handoutChoices")
        scroll.setWidget(choices)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(200)

        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.preview = QPrintPreviewWidget(self.printer)
        self.preview.setObjectName("handoutPreviewPages")
        self.preview.setAccessibleName(self.tr("Preview of the handout"))
        self.preview.setMinimumWidth(160)
        self.preview.paintRequested.connect(self._paint)
        self.preview.setZoomMode(QPrintPreviewWidget.ZoomMode.FitToWidth)
        # Fitting to the width while scroll bars come and go never settled at
        # some sizes (each bar's change refitted the page and flipped the other).
        view = self.preview.findChild(QGraphicsView)
        if view is not None:
            view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.status = QLabel()
        self.status.setObjectName("handoutBuilderStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        # A long file name must not widen the dialog past the screen.
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.open_folder = OpenFolderButton()
        # Across the whole dialog: under the preview alone a saved file's path
        # wrapped into a narrow column at 2x scale.
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.open_folder, 0, Qt.AlignmentFlag.AlignTop)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(self.preview)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([2 * WINDOW_SIZE[0] // 3, WINDOW_SIZE[0] // 3])  # room for the doses' columns

        buttons = QHBoxLayout()
        self.print_button = self._button(self.tr("&Print…"), self._on_print, buttons)
        self.pdf_button = self._button(self.tr("Save as P&DF…"), self._on_save_pdf, buttons)
        self.save_template_button = self._button(self.tr("Save &template…"), self._on_save_template,
                                                 buttons)
        self.load_template_button = self._button(self.tr("L&oad template…"), self._on_load_template,
                                                 buttons)
        buttons.addStretch(1)
        self.close_button = self._button(self.tr("Close"), self.reject, buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(status_row)
        layout.addLayout(buttons)

        self.set_plan(self._with_remembered_clinic(default_plan(content, region_id)))
        self._fit_screen(parent)

    def _fit_screen(self, parent: QWidget | None) -> None:
        """The usual size, or the screen's available size when that is smaller (at 2x scale a
        1280x860 screen is 640x430)."""
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        width, height = WINDOW_SIZE
        if screen is not None:
            room = screen.availableGeometry()
            # Room for the window's frame and title bar.
            width, height = min(width, room.width() - 16), min(height, room.height() - 40)
        self.resize(width, height)

    # -- the choices ------------------------------------------------------------------

    def _button(self, text: str, slot: Callable[[], object], row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def _checklist(self, name: str, rows: list[tuple[str, str]]) -> QListWidget:
        widget = QListWidget()
        widget.setObjectName(name)
        for item_id, text in rows:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, item_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(UNCHECKED)
            widget.addItem(item)
        rows_shown = min(len(rows), 6)
        widget.setMinimumHeight(widget.sizeHintForRow(0) * 3 + 6 if rows else 40)
        widget.setMaximumHeight(widget.sizeHintForRow(0) * (rows_shown + 1) + 6 if rows else 40)
        widget.itemChanged.connect(lambda _item: self.changed())
        return widget

    def _regions_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("&Regions (tick both sides for both)"))
        self.regions = self._checklist("handoutRegions", [(r.id, r.name) for r in self.content.regions])
        self.regions.setAccessibleName(self.tr("Regions on the handout"))
        QVBoxLayout(box).addWidget(self.regions)
        box.setFocusProxy(self.regions)
        return box

    def _steps_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("&Steps"))
        not_recommended = self.tr("{step} (not recommended)")
        rows = [(s.id, not_recommended.format(step=s.title) if s.tested_without_benefit else s.title)
                for s in self.content.steps]
        self.steps = self._checklist("handoutSteps", rows)
        self.steps.setAccessibleName(self.tr("Steps on the handout"))
        QVBoxLayout(box).addWidget(self.steps)
        box.setFocusProxy(self.steps)
        return box

    def _movements_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("&Movements and doses"))
        grid = QGridLayout(box)
        for column, text in enumerate((self.tr("Movement"), self.tr("Repetitions or minutes"),
                                       self.tr("Hold"), self.tr("Times a day"))):
            header = QLabel(f"<b>{text}</b>")
            header.setWordWrap(True)
            grid.addWidget(header, 0, column)
        self.movement_rows = [_MovementRow(m, grid, i + 1, self.changed)
                              for i, m in enumerate(self.content.movements)]
        if self.movement_rows:
            box.setFocusProxy(self.movement_rows[0].check)
        return box

    def _details_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("For the patient"))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.patient = QLineEdit()
        self.patient.setObjectName("handoutPatient")
        self.patient.setAccessibleName(self.tr("Patient's name"))
        self.patient.setPlaceholderText(self.tr("optional; kept only in a saved template"))
        self.note = QPlainTextEdit()
        self.note.setObjectName("handoutNote")
        self.note.setAccessibleName(self.tr("Advice"))
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(60)
        self.note.setMaximumHeight(110)
        self.follow_up_on = QCheckBox(self.tr("&Follow-up on"))
        self.follow_up_on.setAccessibleName(self.tr("Print a follow-up date"))
        self.follow_up = QDateEdit()
        self.follow_up.setObjectName("handoutFollowUp")
        self.follow_up.setAccessibleName(self.tr("Follow-up date"))
        self.follow_up.setCalendarPopup(True)
        #: The follow-up date's format, in Qt's format (d day, MMMM month name, yyyy year).
        self.follow_up.setDisplayFormat(self.tr("d MMMM yyyy"))
        self.follow_up.setDate(QDate.currentDate().addDays(14))
        self.follow_up.setEnabled(False)
        self.follow_up_on.toggled.connect(self.follow_up.setEnabled)
        follow = QHBoxLayout()
        follow.addWidget(self.follow_up_on)
        follow.addWidget(self.follow_up, 1)
        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Paper size"))
        for paper, name in paper_names().items():
            self.paper.addItem(name, paper)
        from backguide.core.handout import default_paper

        self.paper.setCurrentIndex(self.paper.findData(default_paper(QLocale().name())))
        self.large_print = QCheckBox(self.tr("&Large print"))
        self.large_print.setAccessibleName(self.tr("Large print"))
        form.addRow(self._label(self.tr("&Patient's name:"), self.patient), self.patient)
        form.addRow(self._label(self.tr("&Advice:"), self.note), self.note)
        form.addRow(follow)
        form.addRow(self._label(self.tr("Pap&er:"), self.paper), self.paper)
        form.addRow(self.large_print)
        for signal in (self.patient.textChanged, self.note.textChanged, self.follow_up_on.toggled,
                       self.follow_up.dateChanged, self.paper.currentIndexChanged,
                       self.large_print.toggled):
            signal.connect(self.changed)
        return box

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _clinic_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Clinic (remembered for the next handout)"))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.clinic_fields: dict[str, QLineEdit] = {}
        for name, label in (("name", self.tr("Clinic &name:")), ("address", self.tr("Add&ress:")),
                            ("phone", self.tr("P&hone:")), ("logo", self.tr("Lo&go image:"))):
            edit = QLineEdit()
            edit.setObjectName(f"handoutClinic-{name}")
            edit.setAccessibleName(label.replace("&", "").rstrip(":"))
            edit.textChanged.connect(self.changed)
            self.clinic_fields[name] = edit
            if name == "logo":
                row = QHBoxLayout()
                row.addWidget(edit, 1)
                choose = QPushButton(self.tr("Choose…"))
                choose.setAccessibleName(self.tr("Choose a logo image"))
                choose.setAutoDefault(False)
                choose.clicked.connect(self._on_choose_logo)
                row.addWidget(choose)
                form.addRow(self._label(label, edit), row)
            else:
                form.addRow(self._label(label, edit), edit)
        return box

    # -- the plan ---------------------------------------------------------------------

    @staticmethod
    def _checked(widget: QListWidget) -> tuple[str, ...]:
        return tuple(str(widget.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(widget.count())
                     if widget.item(i).checkState() == CHECKED)

    @staticmethod
    def _check(widget: QListWidget, ids: tuple[str, ...]) -> None:
        for i in range(widget.count()):
            item = widget.item(i)
            item.setCheckState(CHECKED if item.data(Qt.ItemDataRole.UserRole) in ids else UNCHECKED)

    def clinic(self) -> Clinic:
        return Clinic(**{name: edit.text().strip() for name, edit in self.clinic_fields.items()})

    def plan(self) -> HandoutPlan:
        """What the dialog shows, as a plan."""
        return HandoutPlan(
            regions=self._checked(self.regions), steps=self._checked(self.steps),
            movements=tuple(row.choice() for row in self.movement_rows if row.check.isChecked()),
            note=self.note.toPlainText().strip(), clinic=self.clinic(),
            patient=self.patient.text().strip(),
            follow_up=self.follow_up.date().toString(Qt.DateFormat.ISODate)
            if self.follow_up_on.isChecked() else "")

    def set_plan(self, plan: HandoutPlan) -> None:
        """Show ``plan``'s choices (a loaded template, or a region's default)."""
        self._loading = True
        try:
            self._check(self.regions, plan.regions)
            self._check(self.steps, plan.steps)
            chosen = {m.id: m for m in plan.movements}
            for row in self.movement_rows:
                choice = chosen.get(row.movement.id)
                row.check.setChecked(choice is not None)
                row.set_dose(choice.dose if choice and choice.dose else row.movement.dose)
            self.note.setPlainText(plan.note)
            self.patient.setText(plan.patient)
            for name, edit in self.clinic_fields.items():
                edit.setText(getattr(plan.clinic, name))
            self.follow_up_on.setChecked(bool(plan.follow_up))
            if plan.follow_up:
                self.follow_up.setDate(QDate.fromString(plan.follow_up, Qt.DateFormat.ISODate))
        finally:
            self._loading = False
        self.changed()

    def options(self) -> HandoutOptions:
        return HandoutOptions(paper=str(self.paper.currentData()), large_print=self.large_print.isChecked())

    def handout(self) -> Handout:
        return build_plan_handout(self.content, self.plan(), self.options(), dt.date.today(),
                                  chosen_only=True)

    @staticmethod
    def _with_remembered_clinic(plan: HandoutPlan) -> HandoutPlan:
        settings = QSettings()
        values = {}
        for name in ("name", "address", "phone", "logo"):
            value = settings.value(CLINIC_KEY + name, "")
            values[name] = value if isinstance(value, str) else ""
        return HandoutPlan(plan.regions, plan.steps, plan.movements, plan.note, Clinic(**values),
                           plan.patient, plan.follow_up)

    def remember_clinic(self) -> None:
        settings = QSettings()
        for name, value in self.clinic().__dict__.items():
            settings.setValue(CLINIC_KEY + name, value)

    # -- the preview ------------------------------------------------------------------

    def changed(self) -> None:
        """A choice changed: update the preview a moment later (once for a burst of changes)."""
        if not self._loading:
            self.timer.start()

    def update_preview(self) -> None:
        self.timer.stop()
        configure_printer(self.printer, self.options().paper)
        self.preview.updatePreview()

    def _paint(self, printer: QPrinter) -> None:
        self.open_folder.hide()  # the news it went with is replaced
        try:
            pages = render_handout(self.handout(), self.artwork, printer)
        except HandoutError as exc:
            self.preview_error = str(exc)
            self._show_status(self.tr("The preview cannot be shown: {why}.").format(why=exc))
            return
        self.preview_error = ""
        self._show_status(self.tr("{count} pages", "", pages).format(count=number(pages)))

    def _show_status(self, text: str) -> None:
        # Break opportunities after each "/" so a path wraps instead of running off.
        self.status.setText(re.sub(r"([/\\])", "\\1\u200b", text))
        self.status.setAccessibleName(text)

    def show_news(self, message: str, folder: str = "") -> None:
        """Show what became of the handout or template (saved, printed, loaded) in the status
        line, with "Open folder" when it names a ``folder``, and say it to a screen reader."""
        if self.timer.isActive():  # a pending preview would write over the news
            self.update_preview()
        self._show_status(message)
        if folder:
            self.open_folder.show_folder(folder)
        else:
            self.open_folder.hide()
        say(message)

    # -- doing ------------------------------------------------------------------------

    def _fail(self, text: str, why: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Handout"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("handoutBuilderError")
        box.setInformativeText(why[:1].upper() + why[1:])
        box.open()

    def save_pdf(self, path: str) -> bool:
        """Save the handout as a PDF (atomically); says why in a message box if it cannot."""
        from backguide.ui.printing.render import save_pdf

        self.remember_clinic()
        try:
            handout = self.handout()
            if self._save_pdf is not None:
                return self._save_pdf(handout, path)
            save_pdf(handout, self.artwork, path)
        except HandoutError as exc:
            self._fail(self.tr("The handout was not saved."), str(exc))
            return False
        return True

    def save_template(self, path: str | Path) -> bool:
        """Write the choices as a template (atomically). Returns success."""
        from backguide.core.saving import SaveError, save_bytes

        try:
            save_bytes(path, [template_text(self.plan()).encode("utf-8")], what="the template")
        except SaveError as exc:
            self._fail(self.tr("The template was not saved."), str(exc))
            return False
        self.show_news(self.tr("Saved the template to {file}").format(file=path), str(Path(path).parent))
        return True

    def load_template(self, path: str | Path) -> bool:
        """Show a template's choices; lists its mistakes, line by line, if it has any."""
        try:
            plan = read_template(path, self.content)
        except ContentError as exc:
            self._fail(self.tr("The template was not loaded."), exc.text())
            return False
        if plan.clinic.is_empty:  # a template without a clinic keeps the one remembered
            plan = HandoutPlan(plan.regions, plan.steps, plan.movements, plan.note, self.clinic(),
                               plan.patient, plan.follow_up)
        self.set_plan(plan)
        self.show_news(self.tr("Loaded {file}").format(file=Path(path).name))
        return True

    def _template_folder(self) -> str:
        try:
            self.templates.mkdir(parents=True, exist_ok=True)
        except OSError:
            return str(Path.home())
        return str(self.templates)

    def _on_save_template(self) -> None:
        name = re.sub(r"[^\w ,()-]+", "", self.regions_name()) or self.tr("handout")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save handout template"),
                                              str(Path(self._template_folder()) / f"{name}.yaml"),
                                              self.tr("Handout templates (*.yaml *.yml)"))
        if path:
            self.save_template(path if path.lower().endswith((".yaml", ".yml")) else f"{path}.yaml")

    def _on_load_template(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Load handout template"),
                                              self._template_folder(),
                                              self.tr("Handout templates (*.yaml *.yml)"))
        if path:
            self.load_template(path)

    def regions_name(self) -> str:
        from backguide.core.handout_plan import regions_heading

        return regions_heading([self.content.region(r) for r in self._checked(self.regions)],
                               self.content.words)

    def _on_save_pdf(self) -> None:
        name = re.sub(r"[^\w ,()-]+", "", self.tr("BackGuide handout - {subject}").format(
            subject=self.regions_name())) + ".pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save handout as PDF"),
                                              str(Path(self._suggested_folder()) / name),
                                              self.tr("PDF files (*.pdf)"))
        if path:
            self.save_pdf(path if path.lower().endswith(".pdf") else f"{path}.pdf")

    def print_to(self, printer: QPrinter) -> bool:
        """Print the handout on ``printer``; says why in a message box if it cannot."""
        self.remember_clinic()
        try:
            handout = self.handout()
            if self._print_out is not None:
                return self._print_out(handout, printer)
            printer.setDocName(handout.title)
            render_handout(handout, self.artwork, printer)
        except HandoutError as exc:
            self._fail(self.tr("The handout was not printed."), str(exc))
            return False
        return True

    def _on_print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        configure_printer(printer, self.options().paper)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print handout"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def _on_choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the clinic's logo"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.clinic_fields["logo"].setText(path)

    def done(self, result: int) -> None:  # noqa: D102 - remembers the clinic on closing
        self.remember_clinic()
        super().done(result)
