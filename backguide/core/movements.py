"""The gentle movements as rich text: a list for a level, and one movement in full.

Pictures are named, not embedded: an ``<img>`` whose source is
``movement:<drawing>`` (:data:`IMAGE_SCHEME`); the Qt side supplies the
picture drawn from ``assets/exercises/<drawing>.svg`` at the screen's
resolution. Links ``backguide:movement/<id>`` open a movement in full.
"""

from __future__ import annotations

from collections.abc import Iterable

from backguide.core.model import Content, Movement
from backguide.core.pages import LINK, badge, escape
from backguide.core.wording import Words, english

IMAGE_SCHEME = "movement:"
LIST_IMAGE_WIDTH = 150  # CSS pixels: readable, and leaves the title room beside it
FULL_IMAGE_WIDTH = 460


def image_src(movement: Movement) -> str:
    """The image name the Qt side draws for ``movement``."""
    return f"{IMAGE_SCHEME}{movement.drawing}"


def movements_for_levels(content: Content, level_ids: Iterable[str]) -> list[Movement]:
    """The movements that suit any of ``level_ids``, in the content's order."""
    wanted = set(level_ids)
    return [m for m in content.movements if wanted & set(m.levels)]


def stop_if_run(movement: Movement, words: Words) -> str:
    """Every "stop if" line of a movement in one run, for print: "The pain gets sharp;
    or you get pins and needles; or you feel dizzy" (no closing full stop)."""
    return words.series((s.rstrip(".") if i == 0 else s[:1].lower() + s[1:].rstrip(".")
                         for i, s in enumerate(movement.stop_if)), "handout.stop_if_join")


def movement_list_html(movements: list[Movement], intro: str = "",
                       words: Words | None = None) -> str:
    """Each movement as its picture, title and dose; the picture and title open it in full.

    ``words`` are the guide's (``content.words``; None: the app's English).
    """
    words = words or english()
    if not movements:
        return f"<p>{words.html('movements.none_here')}</p>"
    parts = [f"<p>{escape(intro)}</p>"] if intro else []
    parts.append('<table cellspacing="0" cellpadding="6">')
    for movement in movements:
        link = f"{LINK}movement/{movement.id}"
        parts.append(
            f'<tr><td valign="middle"><a href="{link}"><img src="{image_src(movement)}" '
            f'width="{LIST_IMAGE_WIDTH}" alt="{escape(movement.title)}"></a></td>'
            f'<td valign="middle"><a href="{link}"><b>{escape(movement.title)}</b></a><br>'
            f"{escape(movement.purpose)}<br><i>{escape(movement.dose.words(words))}</i></td></tr>")
    parts.append("</table>")
    parts.append(f"<p>{words.html('movements.choose')}</p>")
    return "".join(parts)


def movement_html(movement: Movement, heading: str = "h2", image_width: int = FULL_IMAGE_WIDTH,
                  picture: bool = True, words: Words | None = None) -> str:
    """One movement in full: picture, purpose, numbered steps, dose, when to stop, evidence."""
    words = words or english()
    parts = [f"<{heading}>{escape(movement.title)}</{heading}>"]
    if picture:
        # In a division, not a paragraph: the page style's line height would add a gap below.
        parts.append(f'<div><img src="{image_src(movement)}" width="{image_width}" '
                     f'alt="{escape(movement.title)}"></div>')
    parts += [f"<p>{escape(movement.purpose)}</p>",
              "<ol>" + "".join(f"<li>{escape(s)}</li>" for s in movement.steps) + "</ol>",
              f"<p><b>{words.html('movements.how_much')}</b> {escape(movement.dose.words(words))}.</p>",
              f"<p><b>{words.html('movements.stop_if')}</b></p>",
              "<ul>" + "".join(f"<li>{escape(s)}</li>" for s in movement.stop_if) + "</ul>"]
    if movement.take_care:
        parts += [f"<p><b>{words.html('movements.take_care')}</b></p>",
                  "<ul>" + "".join(f"<li>{escape(s)}</li>" for s in movement.take_care) + "</ul>"]
    parts.append(f"<p>{badge(movement.evidence.grade)}&nbsp; "
                 f"{escape(movement.evidence.summary)}</p>")
    return "".join(parts)
