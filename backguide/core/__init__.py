"""The guide's logic in plain Python: no Qt and no pyqtgraph here, ever."""
