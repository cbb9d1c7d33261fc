"""The diary window with a damaged data file, and with a very long diary."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from pathlib import Path

from backguide.core.diary import NewEntry
from backguide.core.store import DB_NAME, Store
from backguide.ui.diary import window as window_module
from backguide.ui.diary.window import DiaryWindow

from ui_support import close_stores, shipped

CONTENT, _, _ = shipped()
T0 = dt.datetime(2026, 3, 1, 9, tzinfo=dt.UTC)


def _window(qtbot, store: Store) -> DiaryWindow:  # type: ignore[no-untyped-def]
    window = DiaryWindow(CONTENT, store, utc_offset=0)
    qtbot.addWidget(window, before_close_func=close_stores)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_damaged_row_does_not_hide_the_diary_and_a_copy_can_be_kept(qtbot, tmp_path: Path
                                                                       ) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "data"
    with Store.open(folder) as store:
        store.add_entries([NewEntry(T0 + dt.timedelta(hours=h), h, None, f"n{h}")
                           for h in range(3)])
    with closing(sqlite3.connect(folder / DB_NAME)) as conn, conn:
        conn.execute("UPDATE diary_entry SET note = CAST(X'ff' AS TEXT) WHERE pain = 1")
    with Store.open(folder) as store:
        diary = _window(qtbot, store)
        assert [e.note for e in diary.model.entries] == ["n2", "n0"]
        assert diary.notice.isVisible() and "1 damaged row" in diary.notice.text()
        assert diary.keep_copy_button.isVisible()
        diary.keep_copy_button.click()
        assert "was kept" in diary.status.text()
        assert len(list(folder.glob(f"{DB_NAME}.copy-*"))) == 1
        diary.close()


def test_a_long_diary_shows_recent_entries_first_and_older_ones_on_scrolling(
        qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(window_module, "RECENT_ENTRIES", 50)
    with Store.in_memory() as store:
        store.add_entries([NewEntry(T0 + dt.timedelta(minutes=m), m % 11) for m in range(3000)])
        diary = _window(qtbot, store)
        assert len(diary.model.entries) == 50
        assert diary.model.entries[0].at == T0 + dt.timedelta(minutes=2999)
        assert diary.count_label.text() == "3,000 entries"
        while diary.model.canFetchMore(diary.model.index(-1, -1)):
            diary.model.fetchMore(diary.model.index(-1, -1))
        times = [e.at for e in diary.model.entries]
        assert len(times) == 3000 and times == sorted(times, reverse=True)
        diary.close()
