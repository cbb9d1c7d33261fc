"""Whatever a content file holds, the loader answers with ContentError or content."""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backguide.core.content import load_content
from backguide.core.errors import ContentError
from backguide.core.yamlread import parse_yaml

_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
    st.text(max_size=30), st.dates(),
)
_trees = st.recursive(
    _scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.sampled_from(
            ["id", "name", "sided", "surface", "description", "referral", "sources",
             "essential", "x", "title", "evidence", "grade"]) | st.text(max_size=8),
            inner, max_size=5),
    ),
    max_leaves=20,
)
_files = st.sampled_from(["guide.yaml", "zones.yaml", "muscles.yaml", "steps.yaml",
                          "regions.yaml", "sources.yaml", "red_flags.yaml"])
_settings = settings(max_examples=150, deadline=None,
                     suppress_health_check=[HealthCheck.function_scoped_fixture])


def _load_or_content_error(folder: Path) -> None:
    try:
        load_content(folder)
    except ContentError as exc:
        assert exc.problems, "a ContentError must name at least one problem"
        for problem in exc.problems:
            assert problem.line >= 1 and problem.column >= 1 and problem.message


@_settings
@given(raw=st.binary(max_size=300) | st.text(max_size=300).map(lambda t: t.encode()))
def test_random_bytes_never_escape_as_anything_but_problems(raw: bytes) -> None:
    root, problems = parse_yaml(raw, "random.yaml")
    assert (root is None) == bool(problems)


@_settings
@given(name=_files, tree=_trees)
def test_random_yaml_structures_give_only_content_errors(
        minimal_content: Path, name: str, tree: object) -> None:
    (minimal_content / name).write_text(
        yaml.safe_dump(tree, allow_unicode=True), encoding="utf-8")
    _load_or_content_error(minimal_content)


@_settings
@given(name=_files, text=st.text(max_size=400))
def test_random_text_files_give_only_content_errors(
        minimal_content: Path, name: str, text: str) -> None:
    # surrogatepass lets lone surrogates through as bytes that are not valid UTF-8
    (minimal_content / name).write_bytes(text.encode("utf-8", errors="surrogatepass"))
    _load_or_content_error(minimal_content)
