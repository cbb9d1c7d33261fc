"""The pain diary window: entries, chart, files and the diary report."""
