"""The pain diary in CSV and in numbers: export, checked import, rolling mean, summary."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from backguide.core import diary_csv
from backguide.core.diary import DiaryEntry, NewEntry
from backguide.core.diary_csv import (
    COLUMNS,
    DiaryFileError,
    RowProblem,
    entries_csv,
    parse_csv,
    read_csv,
    write_csv,
)
from backguide.core.diary_stats import (
    Trend,
    area_line,
    area_summaries,
    diary_summary,
    diary_summary_html,
    diary_summary_text,
    period_summary,
    rolling_mean,
)
from backguide.core.store import Store

DATA = Path(__file__).parents[1] / "data" / "diary"
REGIONS = ("lumbar-left", "lumbar-right", "sacral-left", "sacral-right")
PLUS_ONE = dt.timezone(dt.timedelta(hours=1))
PLUS_TWO = dt.timezone(dt.timedelta(hours=2))


def _entry(at: dt.datetime, pain: int, region: str | None = None, note: str = "") -> DiaryEntry:
    return DiaryEntry(0, at, pain, region, note, at)


@pytest.fixture
def store(memory_store: Store) -> Store:
    return memory_store


def _values(entries: list[DiaryEntry]) -> list[tuple[dt.datetime, str, int, str | None, str]]:
    """What a person logged, with the UTC offset (equal datetimes may differ in offset)."""
    return [(e.at, e.at.isoformat(), e.pain, e.region_id, e.note) for e in entries]


# -- round trips ---------------------------------------------------------------------


def test_entries_round_trip_through_the_store(tmp_path: Path) -> None:
    logged = [NewEntry(dt.datetime(2026, 3, 1, 8, 30, tzinfo=PLUS_ONE), 6, "lumbar-left", "stiff"),
              NewEntry(dt.datetime(2026, 3, 29, 9, 0, tzinfo=PLUS_TWO), 0, None, "")]
    with Store.open(tmp_path) as first:
        assert first.add_entries(logged) == (2, 0)
    with Store.open(tmp_path) as again:
        stored = again.entries()
    assert [NewEntry(e.at, e.pain, e.region_id, e.note) for e in stored] == logged
    assert [e.at.utcoffset() for e in stored] == [dt.timedelta(hours=1), dt.timedelta(hours=2)]


def test_entries_round_trip_through_csv(store: Store, tmp_path: Path) -> None:
    first = read_csv(DATA / "good.csv", REGIONS)
    assert first.ok and len(first.rows) == 4
    store.add_entries(first.rows)
    path = tmp_path / "out.csv"
    assert write_csv(store.entries(), path, zone=PLUS_TWO) == 4
    with Store.in_memory() as again:
        again.add_entries(read_csv(path, REGIONS).rows)
        assert [v[:1] + v[2:] for v in _values(again.entries())] == \
            [v[:1] + v[2:] for v in _values(store.entries())]
        assert {e.at.utcoffset() for e in again.entries()} == {dt.timedelta(hours=2)}
        notes = [e.note for e in again.entries()]
    assert 'she said "rest", I walked' in notes and "two lines:\nmorning and evening" in notes


def test_export_has_the_header_and_iso_times_with_their_offset() -> None:
    text = entries_csv([_entry(dt.datetime(2026, 3, 1, 8, 30, tzinfo=PLUS_ONE), 6, "lumbar-left",
                               "ok, fine"),
                        _entry(dt.datetime(2026, 3, 2, 7, 45, 12, 5000, tzinfo=dt.UTC), 3)],
                       zone=PLUS_ONE)
    lines = text.splitlines()
    assert lines[0] == ",".join(COLUMNS) == "time,pain,region,note"
    assert lines[1] == '2026-03-01T08:30:00+01:00,6,lumbar-left,"ok, fine"'
    assert lines[2] == "2026-03-02T08:45:12.005000+01:00,3,,"


def test_export_is_in_the_computers_local_time_summer_time_included(berlin_clock: str) -> None:
    winter = _entry(dt.datetime(2026, 1, 10, 7, 30, tzinfo=dt.UTC), 4)
    summer = _entry(dt.datetime(2026, 7, 10, 6, 30, tzinfo=dt.UTC), 5)
    lines = entries_csv([winter, summer]).splitlines()
    assert lines[1:] == ["2026-01-10T08:30:00+01:00,4,,", "2026-07-10T08:30:00+02:00,5,,"]


def test_import_takes_utc_and_offset_times_alike() -> None:
    result = parse_csv("time,pain\n2026-03-01T07:30:00Z,4\n2026-03-01T08:30:00+01:00,4\n"
                       "2026-03-01T07:30:00+00:00,4\n")
    assert result.ok
    assert {row.at.timestamp() for row in result.rows} == {
        dt.datetime(2026, 3, 1, 7, 30, tzinfo=dt.UTC).timestamp()}


def test_a_time_typed_without_an_offset_is_on_the_computers_clock(berlin_clock: str) -> None:
    assert diary_csv.parse_local_time("2026-07-01T08:30").isoformat() == \
        "2026-07-01T08:30:00+02:00"
    assert diary_csv.parse_local_time("2026-01-01T08:30").isoformat() == \
        "2026-01-01T08:30:00+01:00"
    assert diary_csv.parse_local_time("2026-01-01T08:30Z").isoformat() == \
        "2026-01-01T08:30:00+00:00"
    with pytest.raises(ValueError, match="out of range"):
        diary_csv.parse_local_time("0001-01-01T08:30")


def test_an_exported_file_is_utf8(tmp_path: Path) -> None:
    path = tmp_path / "diary.csv"
    write_csv([_entry(dt.datetime(2026, 3, 1, tzinfo=dt.UTC), 2, None, "mal au dos, été")], path)
    assert "été" in path.read_bytes().decode("utf-8")
    assert not list(tmp_path.glob(".*partial"))


# -- checking an import ----------------------------------------------------------------


def test_import_names_every_bad_row_by_its_line_number() -> None:
    result = read_csv(DATA / "bad-rows.csv", REGIONS)
    assert [p.line for p in result.problems] == [3, 4, 6, 7, 8, 9, 12, 13]
    messages = dict((p.line, p.message) for p in result.problems)
    assert "'yesterday' is not a time" in messages[3]
    assert "no UTC offset" in messages[4]
    assert "from 0 to 10, not '11'" in messages[6]
    assert "not '7.5'" in messages[7]
    assert "unknown region 'lumbar-lft'; did you mean 'lumbar-left'?" in messages[8]
    assert "expected 4 values" in messages[9] and "found 2" in messages[9]
    assert "pain score is empty" in messages[12]
    assert "found 5" in messages[13]
    assert [r.note for r in result.rows] == ["fine", "a note\nover two lines"]


def test_a_row_with_several_problems_names_them_all() -> None:
    result = parse_csv("time,pain,region,note\n2026-03-01T08:00,12,nowhere,\n", REGIONS)
    assert len(result.problems) == 1
    message = result.problems[0].message
    assert "no UTC offset" in message and "not '12'" in message and "'nowhere'" in message


def test_regions_are_not_checked_without_a_list_of_them() -> None:
    result = parse_csv("time,pain,region\n2026-03-01T08:00Z,2,anywhere\n")
    assert result.ok and result.rows[0].region_id == "anywhere"


def test_columns_are_found_by_name_and_blank_lines_skipped() -> None:
    result = parse_csv("\ufeffPain,Time\n\n3,2026-03-01T08:00:00-05:00\n\n", REGIONS)
    assert result.problems == []
    assert result.rows == [NewEntry(dt.datetime(2026, 3, 1, 13, 0, tzinfo=dt.UTC), 3, None, "")]


@pytest.mark.parametrize(("text", "line", "words"), [
    ("", None, "empty"),
    ("date,score\n2026-03-01T08:30:00+01:00,6\n", 1, "Unknown column 'date'"),
    ("\n\ntime,note\n", 3, "no 'pain' column"),
    ("time,pain,pain\n", 1, "'pain' appears twice"),
    ('time,pain\n"2026-03-01T08:30:00+01:00,6\n', 2, "not valid CSV"),
])
def test_a_file_without_a_proper_header_is_refused(text: str, line: int | None, words: str) -> None:
    with pytest.raises(DiaryFileError) as refused:
        parse_csv(text)
    assert refused.value.line == line
    assert words in refused.value.message


def test_a_wrong_header_fixture_names_line_1() -> None:
    with pytest.raises(DiaryFileError) as refused:
        read_csv(DATA / "wrong-header.csv")
    assert refused.value.where("wrong-header.csv").startswith("wrong-header.csv:1: ")
    assert "time,pain,region,note" in str(refused.value)


def test_a_file_that_is_not_utf8_is_refused_naming_the_line() -> None:
    with pytest.raises(DiaryFileError) as refused:
        read_csv(DATA / "latin1.csv")
    assert refused.value.line == 2 and "not UTF-8" in refused.value.message


def test_a_file_over_20_mb_is_refused_without_reading_it(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.csv"
    with big.open("wb") as out:
        out.truncate(diary_csv.MAX_BYTES + 1)  # sparse: no disk space used
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("the file was read"))
    with pytest.raises(DiaryFileError, match="up to 20 MB"):
        read_csv(big)


def test_more_than_100000_rows_are_refused_before_the_rest_is_checked(
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert diary_csv.MAX_ROWS == 100_000
    monkeypatch.setattr(diary_csv, "MAX_ROWS", 3)
    checked: list[str] = []
    real = diary_csv.parse_time
    monkeypatch.setattr(diary_csv, "parse_time", lambda text: checked.append(text) or real(text))
    rows = "".join(f"2026-03-{day:02d}T08:00Z,3\n" for day in range(1, 29))
    with pytest.raises(DiaryFileError, match="more than 3 rows") as refused:
        parse_csv("time,pain\n" + rows)
    assert refused.value.line == 5 and len(checked) == 3


def test_a_missing_file_is_a_plain_message(tmp_path: Path) -> None:
    with pytest.raises(DiaryFileError, match="no such file"):
        read_csv(tmp_path / "nope.csv")


# -- adding -----------------------------------------------------------------------------


def test_importing_the_same_file_twice_adds_nothing_the_second_time(store: Store) -> None:
    rows = read_csv(DATA / "good.csv", REGIONS).rows
    assert store.add_entries(rows) == (4, 0)
    assert store.add_entries(rows) == (0, 4)
    assert len(store.entries()) == 4


def test_duplicates_within_one_file_are_added_once(store: Store) -> None:
    row = "2026-03-01T08:30:00+01:00,6,lumbar-left,same\n"
    same_moment = "2026-03-01T07:30:00Z,6,lumbar-left,same\n"
    result = parse_csv("time,pain,region,note\n" + row + row + same_moment, REGIONS)
    assert store.add_entries(result.rows) == (1, 2)


# -- numbers ------------------------------------------------------------------------------


def test_rolling_mean_covers_the_last_seven_days() -> None:
    day = 86400.0
    times = [0.0, day, 2 * day, 7 * day, 7 * day + 1, 20 * day]
    values = [2.0, 4.0, 6.0, 8.0, 10.0, 1.0]
    # At day 7 the first point (day 0) has just left the window (t - 7 days, t].
    assert rolling_mean(times, values) == pytest.approx([2.0, 3.0, 4.0, 6.0, 7.0, 1.0])


def test_rolling_mean_counts_every_point_at_the_same_moment() -> None:
    assert rolling_mean([5.0, 5.0, 6.0], [1.0, 3.0, 5.0]) == pytest.approx([2.0, 2.0, 3.0])


def _fortnight(first_week: list[int], second_week: list[int]) -> list[DiaryEntry]:
    start = dt.datetime(2026, 3, 2, 9, 0, tzinfo=PLUS_ONE)
    return ([_entry(start + dt.timedelta(days=i), p) for i, p in enumerate(first_week)]
            + [_entry(start + dt.timedelta(days=7 + i), p) for i, p in enumerate(second_week)])


@pytest.mark.parametrize(("first", "second", "trend"), [
    ([7, 6, 7, 6], [4, 3, 4], Trend.EASING),
    ([5, 5, 4], [5, 4, 5, 5], Trend.SAME),
    ([2, 3], [5, 6], Trend.WORSE),
    ([], [5, 6], None),
])
def test_summary_trend_compares_the_two_weeks(first: list[int], second: list[int],
                                              trend: Trend | None) -> None:
    summary = diary_summary(_fortnight(first, second), dt.date(2026, 3, 15))
    assert summary.trend is trend
    assert summary.entries == len(first) + len(second)


def test_summary_counts_only_the_last_14_days() -> None:
    entries = [_entry(dt.datetime(2026, 3, 1, 23, 0, tzinfo=PLUS_ONE), 9),  # the day before
               *_fortnight([6, 4], [3, 2, 5])]
    summary = diary_summary(entries, dt.date(2026, 3, 15))
    assert (summary.first_day, summary.last_day) == (dt.date(2026, 3, 2), dt.date(2026, 3, 15))
    assert (summary.entries, summary.lowest, summary.highest) == (5, 2, 6)
    assert summary.average == pytest.approx(4.0)
    assert summary.days_with_entries == 5


def test_summary_text_and_html_for_a_handout() -> None:
    summary = diary_summary(_fortnight([7, 6, 7, 6], [4, 3, 4]), dt.date(2026, 3, 15))
    text = " ".join(diary_summary_text(summary))
    assert "Last 14 days (2 to 15 March 2026): 7 entries on 7 days." in text
    assert "Average pain 5.3 out of 10; lowest 3, highest 7." in text
    assert "Trend: easing (average 6.5 in the first week, 3.7 in the second)." in text
    html = diary_summary_html(summary)
    assert "<b>easing</b>" in html and "<b>Last 14 days" in html
    assert not re.search(r"\d\s*px", html)


def test_a_period_summary_names_its_dates_and_halves() -> None:
    entries = _fortnight([7, 6, 7, 6], [4, 3, 4])
    summary = period_summary(entries, dt.date(2026, 3, 1), dt.date(2026, 3, 16))
    text = " ".join(diary_summary_text(summary, last=False))
    assert text.startswith("1 to 16 March 2026 (16 days): 7 entries on 7 days.")
    assert "easing (average 6.5 in the first half, 3.7 in the second)" in text


def test_each_area_gets_its_own_line() -> None:
    start = dt.datetime(2026, 3, 2, 9, 0, tzinfo=PLUS_ONE)
    entries = [_entry(start + dt.timedelta(days=i), p, "lumbar-left") for i, p in enumerate([6, 6, 5])]
    entries += [_entry(start + dt.timedelta(days=10 + i), p, "sacral-right") for i, p in enumerate([2, 3])]
    areas = area_summaries(entries, dt.date(2026, 3, 2), dt.date(2026, 3, 15))
    assert list(areas) == ["lumbar-left", "sacral-right"]
    assert area_line("Lower back, left", areas["lumbar-left"]) == \
        "Lower back, left: 3 entries, average 5.7 (range 5 to 6)."
    assert area_line("Sacrum, right", areas["sacral-right"]).startswith(
        "Sacrum, right: 2 entries, average 2.5 (range 2 to 3)")


def test_summary_of_an_empty_fortnight_says_so() -> None:
    summary = diary_summary([], dt.date(2026, 3, 15))
    assert summary.average is None and summary.trend is None
    assert diary_summary_text(summary) == [
        "Last 14 days (2 to 15 March 2026): no pain scores were logged."]


def test_row_problem_is_a_line_and_a_message() -> None:
    assert RowProblem(3, "bad") == RowProblem(line=3, message="bad")
