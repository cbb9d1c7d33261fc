"""Walks BackGuide's accessibility tree over AT-SPI, as a screen reader does.

Runs under Debian's own Python (python3-pyatspi); prints what it found as JSON.
argv[1], when given, is the heading to wait for (the region the app chooses)
before the walk, so the panel shows that region's page.
"""

import json
import sys
import time

import pyatspi


def find(node, name, depth=0):
    if node is None or depth > 14:
        return None
    if node.name == name:
        return node
    for child in node:
        found = find(child, name, depth + 1)
        if found is not None:
            return found
    return None


deadline = time.time() + 30
the_map = None
while the_map is None and time.time() < deadline:
    for application in pyatspi.Registry.getDesktop(0):
        if application is not None:
            the_map = find(application, "Map of the back")
            if the_map is not None:
                break
    else:
        time.sleep(0.3)
if the_map is None:
    print(json.dumps({"found": False}))
    sys.exit(0)
children = [the_map.getChildAtIndex(i) for i in range(the_map.childCount)]


def walk(node, trail, depth=0):
    """Every object below ``node`` with its role, name and states."""
    if node is None or depth > 25:
        return
    yield node, trail
    for index in range(node.childCount):
        child = node.getChildAtIndex(index)
        if child is not None:
            yield from walk(child, f"{trail}/{child.getRoleName()}", depth + 1)


window = the_map
while window.parent is not None and window.getRoleName() != "frame":
    window = window.parent


def look():
    unnamed, headings, links = [], [], []
    for node, trail in walk(window, "frame"):
        states = node.getState()
        if (states.contains(pyatspi.STATE_FOCUSABLE) and states.contains(pyatspi.STATE_SHOWING)
                and not (node.name or "").strip()):
            unnamed.append(trail)
        if node.getRoleName() == "heading":
            headings.append(node.name)
        elif node.getRoleName() == "link":
            links.append(node.name)
    return unnamed, headings, links


unnamed, headings, links = look()
wanted = sys.argv[1] if len(sys.argv) > 1 else None
while wanted and wanted not in headings and time.time() < deadline:
    time.sleep(0.3)
    unnamed, headings, links = look()
print(json.dumps({
    "found": True,
    "role": the_map.getRoleName(),
    "names": [child.name for child in children],
    "roles": sorted({child.getRoleName() for child in children}),
    "selectable": all(child.getState().contains(pyatspi.STATE_SELECTABLE) for child in children),
    "unnamed_focusable": unnamed,
    "headings": headings,
    "links": links,
}))
