"""A Qt-only stand-in for BackGuide's main window, for the start-up benchmark.

It builds what any window like BackGuide's must build (toolbar, menus, a
styled button, a status line, a list, the back drawing with its clickable
shapes, a summary of labels and a button in a scroll area, tabs holding a
page of rich text, a splitter; at nine tenths of the screen) with Qt alone:
none of BackGuide's own code, and none of its guide. Its start-up, next to a bare QMainWindow's
and BackGuide's, shows how much of the start-up budget the widgets take
before BackGuide does anything of its own.

Run as ``python qt_only_window.py BACK.SVG PAGE.html``; like ``backguide
--smoke`` it prints the monotonic clock once the first frame is painted.
"""

import sys
import time

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QAction, QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsView,
    QLabel,
    QListWidget,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

SHAPES = 94  # BackGuide's map: 12 regions, 48 places where pain is felt, 34 muscles


class DrawingView(QGraphicsView):
    """A view whose background is the drawing, kept as a picture (as BackGuide's map)."""

    def __init__(self, renderer: QSvgRenderer) -> None:
        super().__init__()
        self.renderer = renderer
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)

    def drawBackground(self, painter, rect):  # noqa: N802
        self.renderer.render(painter, self.sceneRect())


class FirstFrame(QObject):
    def eventFilter(self, watched, event):  # noqa: N802
        if event.type() == QEvent.Type.Paint and not self.property("seen"):
            self.setProperty("seen", True)
            QTimer.singleShot(0, self.report)
        return False

    def report(self):
        print(f"first paint at monotonic {time.monotonic():.6f}", flush=True)
        QApplication.quit()


def main() -> int:
    svg_path, page_path = sys.argv[1], sys.argv[2]
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Qt-only window")
    toolbar = window.addToolBar("Main")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for text in ("Muscles", "Where does it hurt?", "Zoom out", "Reset zoom", "Zoom in"):
        toolbar.addAction(QAction(text, window))
    urgent = QToolButton()
    urgent.setText("Urgent signs")
    urgent.setStyleSheet("QToolButton { background-color: #b3261e; color: white; "
                         "font-weight: bold; border-radius: 4px; padding: 5px 12px; }")
    toolbar.addWidget(urgent)
    for title in ("&File", "&View", "&Checklist", "&Diary", "&Help"):
        menu = window.menuBar().addMenu(title)
        for n in range(3):
            menu.addAction(QAction(f"Item {n}", window))
    window.statusBar().showMessage("Content version 1, reviewed 1 January 2026.")

    areas = QListWidget()
    areas.addItems([f"Level {n // 2 + 1}, {'left' if n % 2 == 0 else 'right'}"
                    for n in range(12)])
    renderer = QSvgRenderer(svg_path)
    view = DrawingView(renderer)
    view.setRenderHints(QPainter.RenderHint.Antialiasing)
    scene = QGraphicsScene(view)
    view.setScene(scene)
    scene.setSceneRect(renderer.viewBoxF())
    for n in range(SHAPES):
        path = QPainterPath()
        path.addEllipse(QRectF(20 + 15 * n, 200 + 10 * n, 60, 40))
        shape = QGraphicsPathItem(path)
        shape.setPen(QPen(Qt.PenStyle.NoPen))
        shape.setBrush(QBrush(QColor(0, 0, 0, 0)))
        scene.addItem(shape)
    view.fitInView(scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
    map_pane = QWidget()
    map_layout = QVBoxLayout(map_pane)
    map_layout.addWidget(view, 1)
    map_layout.addWidget(QPushButton("Clear choice"))
    summary = QWidget()
    summary_layout = QVBoxLayout(summary)
    for text in ("BackGuide", "How to start: click the part of the back that hurts.", ""):
        label = QLabel(text)
        label.setWordWrap(True)
        summary_layout.addWidget(label)
    summary_layout.addWidget(QPushButton("Urgent signs"))
    summary_area = QScrollArea()
    summary_area.setWidget(summary)
    summary_area.setWidgetResizable(True)
    page = QTextBrowser()
    with open(page_path, encoding="utf-8") as stream:
        page.setHtml(stream.read())
    tabs = QTabWidget()
    tabs.setTabBarAutoHide(True)
    tabs.addTab(page, "About back pain")
    pane = QWidget()
    layout = QVBoxLayout(pane)
    layout.addWidget(summary_area)
    layout.addWidget(tabs, 1)
    layout.addWidget(QPushButton("Start relief checklist"))
    splitter = QSplitter(Qt.Orientation.Horizontal)
    for widget in (areas, map_pane, pane):
        splitter.addWidget(widget)
    window.setCentralWidget(splitter)
    screen = window.screen().availableGeometry()
    window.resize(round(screen.width() * 0.9), round(screen.height() * 0.9))
    watcher = FirstFrame()
    window.installEventFilter(watcher)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
