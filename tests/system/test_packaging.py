"""Packaging: the wheel carries its content, the desktop files are valid, the icon is complete."""

from __future__ import annotations

import configparser
import importlib.util
import os
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest

from backguide import __version__
from backguide.app import DESKTOP_ID

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
DESKTOP_FILE = PACKAGING / f"{DESKTOP_ID}.desktop"
METAINFO = PACKAGING / f"{DESKTOP_ID}.metainfo.xml"
HICOLOR = PACKAGING / "icons" / "hicolor"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

# command -> the Debian package that has it
VALIDATORS = {"desktop-file-validate": "desktop-file-utils", "appstreamcli": "appstream"}


def _packaging_module(name: str) -> ModuleType:
    """A script from packaging/, loaded by path (packaging/ is not a package)."""
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- the wheel ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[zipfile.ZipFile]:
    """The wheel built from this checkout, as pip builds it for ``pip install .``."""
    pytest.importorskip("hatchling", reason="hatchling (the build backend, in the test extra) "
                                            "is needed to build the wheel")
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(out), str(ROOT)],
        check=True, capture_output=True, text=True,
        env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"},
    )
    [built] = out.glob("backguide-*.whl")
    with zipfile.ZipFile(built) as archive:
        yield archive


def _read_at_run_time(names: set[str]) -> set[str]:
    """The files among ``names`` (paths from the checkout's top) that BackGuide reads
    while it runs: every language's content, every drawing, the compiled translations."""
    return {name for name in names
            if (name.startswith("content/") and name.endswith(".yaml"))
            or (name.startswith("assets/") and name.endswith(".svg"))
            or (name.startswith("backguide/translations/") and name.endswith(".qm"))}


def test_wheel_carries_every_shipped_content_file(wheel: zipfile.ZipFile) -> None:
    shipped = {p.relative_to(ROOT).as_posix() for p in (ROOT / "content").rglob("*.yaml")}
    inside = {name.removeprefix("backguide/") for name in wheel.namelist()
              if name.startswith("backguide/content/") and name.endswith(".yaml")}
    assert {path.split("/")[1] for path in shipped} >= {"en", "es"}
    assert inside == shipped


def test_the_bundle_ships_every_file_the_wheel_has_for_run_time(wheel: zipfile.ZipFile) -> None:
    # The wheel keeps content/ and assets/ inside the package; the bundle keeps them
    # beside it. A movement's drawing missing from the bundle made its check fail.
    from_wheel = _read_at_run_time({
        name.removeprefix("backguide/") if name.startswith(("backguide/content/",
                                                            "backguide/assets/")) else name
        for name in wheel.namelist()})
    bundled = {f"{folder}/{Path(path).name}"
               for path, folder in _packaging_module("bundle_files").data_files(ROOT)}
    assert any(name.startswith("assets/exercises/") for name in from_wheel)
    assert from_wheel <= bundled, sorted(from_wheel - bundled)


def test_wheel_carries_the_body_map_and_the_icon(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    assert "backguide/assets/back.svg" in names
    assert f"backguide/assets/{DESKTOP_ID}.svg" in names


def test_wheel_carries_the_compiled_translations_of_the_interface(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    compiled = {p.relative_to(ROOT).as_posix()
                for p in (ROOT / "backguide" / "translations").glob("*.qm")}
    assert compiled >= {"backguide/translations/backguide_es.qm",
                        "backguide/translations/backguide_en.qm"}
    assert compiled <= names
    assert not [n for n in names if n.endswith(".ts")]


def test_wheel_installs_the_backguide_command(wheel: zipfile.ZipFile) -> None:
    [entry_points] = [n for n in wheel.namelist() if n.endswith(".dist-info/entry_points.txt")]
    parser = configparser.ConfigParser()
    parser.read_string(wheel.read(entry_points).decode())
    assert parser["console_scripts"]["backguide"].strip() == "backguide.cli:main"


def test_wheel_holds_only_the_package_and_its_metadata(wheel: zipfile.ZipFile) -> None:
    tops = {name.split("/")[0] for name in wheel.namelist()}
    assert tops == {"backguide", f"backguide-{__version__}.dist-info"}


# --- desktop entry and AppStream metainfo ------------------------------------------------


@pytest.fixture(scope="session")
def validator() -> Callable[[str], str]:
    """Finds a validator command.

    Returns a function from command name to its path that skips the test, with
    the reason, when the command is not installed (.ci/system-packages installs it).
    """

    def find(tool: str) -> str:
        path = shutil.which(tool)
        if path is None:
            pytest.skip(f"{tool} is not installed (Debian package {VALIDATORS[tool]})")
        return path

    return find


def test_desktop_entry_passes_desktop_file_validate(validator: Callable[[str], str]) -> None:
    result = subprocess.run([validator("desktop-file-validate"), str(DESKTOP_FILE)],
                            capture_output=True, text=True)
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert result.returncode == 0 and errors == [], result.stdout + result.stderr


def test_metainfo_passes_appstreamcli_validate(validator: Callable[[str], str]) -> None:
    result = subprocess.run([validator("appstreamcli"), "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_installed_desktop_files_pass_appstreamcli_validate_tree(
        validator: Callable[[str], str], tmp_path: Path) -> None:
    share = tmp_path / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    (share / "metainfo").mkdir()
    shutil.copy(DESKTOP_FILE, share / "applications")
    shutil.copy(METAINFO, share / "metainfo")
    shutil.copytree(HICOLOR, share / "icons" / "hicolor")
    result = subprocess.run([validator("appstreamcli"), "validate-tree", "--no-net", str(tmp_path)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_starts_the_command_with_the_app_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP_FILE, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"] == "backguide"
    assert section["Icon"] == DESKTOP_ID
    assert section["Type"] == "Application"


def test_metainfo_names_the_app_its_desktop_entry_and_this_version() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == DESKTOP_ID
    assert root.findtext("launchable") == DESKTOP_FILE.name
    assert root.findtext("project_license") == "MIT"
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.find("content_rating").get("type") == "oars-1.1"  # type: ignore[union-attr]
    releases = root.findall("releases/release")
    assert releases and releases[0].get("version") == __version__


def test_metainfo_screenshots_are_files_in_the_repository() -> None:
    images = [image.text or "" for image in ET.parse(METAINFO).getroot().iter("image")]
    assert images
    for url in images:
        path = ROOT / url.split("/", 3)[3]  # the path after scheme and host
        assert path.is_file(), url
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


# --- the icon -----------------------------------------------------------------------------


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize("size", ICON_SIZES)
def test_icon_exists_as_a_png_of_each_hicolor_size(size: int) -> None:
    png = HICOLOR / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png"
    assert _png_size(png) == (size, size)


def test_the_app_desktop_and_drawing_script_share_one_icon() -> None:
    drawn = _packaging_module("make_icons").full_svg()
    assert (ROOT / "assets" / f"{DESKTOP_ID}.svg").read_text(encoding="utf-8") == drawn
    assert (HICOLOR / "scalable" / "apps" / f"{DESKTOP_ID}.svg").read_text(encoding="utf-8") == drawn


def test_window_icon_renders_from_the_shipped_svg(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QIcon

    from backguide.paths import asset

    icon = QIcon(str(asset(f"{DESKTOP_ID}.svg")))
    for size in (16, 256):
        image = icon.pixmap(size, size).toImage()
        assert not image.isNull()
        assert image.pixelColor(size // 2, size // 2).alpha() == 255


# --- the bundle build ---------------------------------------------------------------------


def test_bundle_build_script_is_executable_bash() -> None:
    script = PACKAGING / "build.sh"
    assert os.access(script, os.X_OK)
    subprocess.run(["bash", "-n", str(script)], check=True)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads Linux (ELF) libraries")
def test_bundle_library_pruning_reads_what_a_qt_module_needs() -> None:
    import PySide6.QtCore

    bundle_libs = _packaging_module("bundle_libs")
    assert "libQt6Core.so.6" in bundle_libs.needed_libraries(PySide6.QtCore.__file__)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads Linux (ELF) libraries")
def test_bundle_library_pruning_keeps_only_what_the_roots_need(tmp_path: Path) -> None:
    import PySide6.QtSvg

    bundle_libs = _packaging_module("bundle_libs")
    qt_lib = Path(PySide6.QtSvg.__file__).parent / "Qt" / "lib"
    entries = [
        ("PySide6/QtSvg.abi3.so", PySide6.QtSvg.__file__, "EXTENSION"),
        *[(f"PySide6/Qt/lib/{name}", str(qt_lib / name), "BINARY")
          for name in ("libQt6Svg.so.6", "libQt6Gui.so.6", "libQt6Core.so.6",
                       "libQt6Network.so.6")],
        ("libQt6Svg.so.6", "PySide6/Qt/lib/libQt6Svg.so.6", "SYMLINK"),
    ]
    kept = bundle_libs.prune(entries, lambda entry: entry[2] == "EXTENSION",
                             from_system={"libQt6Gui.so.6"})
    assert [dest for dest, _, _ in kept] == [
        "PySide6/QtSvg.abi3.so", "PySide6/Qt/lib/libQt6Svg.so.6", "PySide6/Qt/lib/libQt6Core.so.6",
        "libQt6Svg.so.6"]
