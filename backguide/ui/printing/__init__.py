"""Handouts: the menu actions, print options, page layout and rendering to paper or PDF."""
