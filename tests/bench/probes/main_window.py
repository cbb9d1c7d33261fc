"""BackGuide's main window on the shipped guide, at 1280x860, for the benchmarks."""

from backguide.core.artwork import load_artwork
from backguide.core.content import load_guide
from backguide.paths import asset, content_dir
from backguide.ui.main_window import MainWindow


def shown_main_window(app):
    svg = str(asset("back.svg"))
    artwork = load_artwork(svg)
    window = MainWindow(load_guide(content_dir(), artwork), artwork, svg)
    window.resize(1280, 860)
    window.show()
    app.processEvents()
    return window
