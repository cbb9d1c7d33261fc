"""Arbitrary text in a diary file or in the guide gives a clear error or a valid result."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from backguide.core.diary_csv import DiaryFileError, parse_csv
from backguide.core.handout import HandoutOptions, build_handout

from ui_support import shipped

CONTENT, ARTWORK, _ = shipped()

# Right-to-left scripts, combining marks, emoji, and very long words.
_hard_text = st.one_of(
    st.text(min_size=1, max_size=60),
    st.sampled_from(["ظهر يؤلم", "כאב גב", "e\u0301\u0301\u0301", "🦴💊🔥", "Rücken\u200bschmerz",
                     "x" * 400, "a\u202ebackwards", "<b>&amp;</b>", "ＷＩＤＥ"]),
)


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=600) | st.text(max_size=600))
def test_any_diary_file_gives_rows_problems_or_a_file_error(data: bytes | str) -> None:
    try:
        result = parse_csv(data, CONTENT.region_ids)
    except DiaryFileError as exc:
        assert str(exc)
        return
    for problem in result.problems:
        assert problem.line >= 1 and problem.message
    for row in result.rows:
        assert 0 <= row.pain <= 10 and row.at.tzinfo is not None


@settings(max_examples=120, deadline=None)
@given(rows=st.lists(st.tuples(_hard_text, st.integers(-3, 14), _hard_text), max_size=6))
def test_diary_rows_with_odd_text_are_checked_one_by_one(
        rows: list[tuple[str, int, str]]) -> None:
    lines = ["time,pain,region,note"]
    for note, pain, region in rows:
        quoted = '"' + note.replace('"', '""') + '"'
        region = re.sub(r'[\s,"]', '', region)
        lines.append(f"2026-11-20T08:00:00+00:00,{pain},{region},{quoted}")
    try:
        result = parse_csv("\n".join(lines), CONTENT.region_ids)
    except DiaryFileError as exc:
        assert str(exc)
        return
    assert len(result.rows) + len({p.line for p in result.problems}) == len(rows)


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=_hard_text, step_title=_hard_text, note=_hard_text)
def test_handouts_with_odd_text_are_valid_pdfs(qapp, tmp_path: Path, title: str, step_title: str,
                                               note: str) -> None:
    from backguide.ui.printing.render import save_pdf

    steps = (CONTENT.steps[0]._replace(title=step_title),) + CONTENT.steps[1:]
    guide = CONTENT.guide._replace(title=title)
    content = CONTENT._replace(guide=guide, steps=steps)
    handout = build_handout(content, "lumbar-left", HandoutOptions(paper="a4"),
                            dt.date(2026, 11, 26), checklist_html=f"<p>{note}</p>")
    path = tmp_path / "odd.pdf"
    pages = save_pdf(handout, ARTWORK, path)
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    assert len(reader.pages) == pages >= 1
