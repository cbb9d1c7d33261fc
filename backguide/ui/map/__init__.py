"""The drawn back: the clickable view, its shapes, legend and screen-reader side."""
