"""Handout templates: a practitioner's choices saved as YAML, read back as a :class:`HandoutPlan`.

The format (documented in README)::

    regions: [lumbar-left, lumbar-right]
    steps: [keep-moving, heat]
    exercises: {knee-to-chest: {reps: 10, times_a_day: 2}, walking: {}}
    note: "Walk for ten minutes twice a day."
    clinic: {name: "Riverside Physiotherapy", address: "...", phone: "01234 567890", logo: logo.png}
    patient: "Alex Example"
    follow_up: 2026-12-14

Every field is optional. ``exercises`` is a set of movement ids, each with
any of ``reps``, ``hold`` (seconds), ``times_a_day`` and ``minutes`` to
override the guide's dose (a list of ids takes the guide's doses). A
relative logo path is read from the template's folder. Templates are read
with the same strict YAML reader as the content, so every mistake is
reported as ``FILE:LINE:COLUMN: message`` in one :class:`ContentError`.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from pathlib import Path

import yaml

from backguide.core.errors import ContentError, Problem
from backguide.core.fields import FieldReader
from backguide.core.handout_plan import Clinic, HandoutPlan, MovementChoice
from backguide.core.model import Content, Dose
from backguide.core.yamlread import MAPPING, SCALAR, SEQUENCE, Node, read_yaml

TEMPLATE_FIELDS = ("regions", "steps", "exercises", "note", "clinic", "patient", "follow_up")
CLINIC_FIELDS = ("name", "address", "phone", "logo")
DOSE_FIELDS = ("reps", "hold", "times_a_day", "minutes")
_INT = "tag:yaml.org,2002:int"
_STR = "tag:yaml.org,2002:str"
_MAX_NUMBER = 1000
_MAX_NOTE = 2000


def read_template(path: str | Path, content: Content) -> HandoutPlan:
    """The plan a template file describes; raises :class:`ContentError` with every mistake."""
    path = Path(path)
    root, problems = read_yaml(str(path), str(path))
    if root is None:
        raise ContentError(problems)
    plan = _plan(root, FieldReader(str(path), problems), content, path.parent)
    if problems or plan is None:
        raise ContentError(problems)
    return plan


def _plan(root: Node, reader: FieldReader, content: Content, folder: Path) -> HandoutPlan | None:
    fields = reader.fields(root, "the template", (), TEMPLATE_FIELDS)
    if fields is None:
        return None
    regions = _ids(reader, fields.get("regions"), "region", content.region_ids)
    steps = _ids(reader, fields.get("steps"), "step", [s.id for s in content.steps])
    movements = _movements(reader, fields.get("exercises"), content)
    clinic = _clinic(reader, fields.get("clinic"), folder)
    follow_up = ""
    if "follow_up" in fields:
        day = reader.date(fields["follow_up"], "follow_up")
        follow_up = day.isoformat() if day else ""
    return HandoutPlan(
        regions=tuple(dict.fromkeys(regions)), steps=tuple(dict.fromkeys(steps)),
        movements=movements, note=_free_text(reader, fields.get("note"), "note", _MAX_NOTE),
        clinic=clinic, patient=_free_text(reader, fields.get("patient"), "patient", 200),
        follow_up=follow_up)


def _unknown(what: str, value: str, known: Iterable[str]) -> str:
    known = list(known)
    close = difflib.get_close_matches(value, known, n=1)
    hint = f"; did you mean '{close[0]}'?" if close else f"; known {what}s: {', '.join(known)}"
    return f"unknown {what} '{value}'{hint}"


def _ids(reader: FieldReader, node: Node | None, what: str, known: Iterable[str]) -> list[str]:
    if node is None:
        return []
    known = list(known)
    found = []
    for item in reader.items(node, f"{what}s"):
        value = reader.text(item, f"a {what} id")
        if value is None:
            continue
        if value not in known:
            reader.problem(item, _unknown(what, value, known))
            continue
        found.append(value)
    return found


def _movements(reader: FieldReader, node: Node | None, content: Content) -> tuple[MovementChoice, ...]:
    if node is None:
        return ()
    known = {m.id: m for m in content.movements}
    pairs: list[tuple[Node, Node | None]]
    if node.kind == SEQUENCE:  # a list of ids: the guide's doses
        pairs = [(item, None) for item in node.items]
    elif node.kind == MAPPING:
        pairs = [(key, value) for key, value in node.pairs.values()]
    else:
        reader.problem(node, f"exercises should be a set of movement ids with their doses "
                             f"(or a list of ids), not {node.type_name}")
        return ()
    chosen: dict[str, MovementChoice] = {}
    for key, value in pairs:
        movement_id = reader.text(key, "a movement id")
        if movement_id is None:
            continue
        if movement_id not in known:
            reader.problem(key, _unknown("movement", movement_id, known))
            continue
        default = known[movement_id].dose
        dose = _dose(reader, value, movement_id, default) if value is not None else default
        if dose is not None:
            chosen[movement_id] = MovementChoice(movement_id, None if dose == default else dose)
    return tuple(chosen.values())


def _dose(reader: FieldReader, node: Node, movement_id: str, default: Dose) -> Dose | None:
    if node.kind == SCALAR and node.tag == "tag:yaml.org,2002:null":
        return default
    fields = reader.fields(node, f"the dose of '{movement_id}'", (), DOSE_FIELDS)
    if fields is None:
        return None
    values = {"reps": default.reps, "hold": default.hold_seconds,
              "times_a_day": default.times_a_day, "minutes": default.minutes}
    ok = True
    for name, value_node in fields.items():
        least = 0 if name == "hold" else 1
        number = _number(reader, value_node, f"{name} of '{movement_id}'", least)
        if number is None:
            ok = False
        else:
            values[name] = number
    if not ok:
        return None
    if "reps" in fields and "minutes" not in fields:
        values["minutes"] = 0
    elif "minutes" in fields and "reps" not in fields:
        values["reps"] = 0
    return Dose(reps=values["reps"], hold_seconds=values["hold"],
                times_a_day=values["times_a_day"], minutes=values["minutes"])


def _number(reader: FieldReader, node: Node, what: str, least: int) -> int | None:
    if node.kind != SCALAR or node.tag != _INT:
        reader.problem(node, f"{what} should be a whole number, not {node.type_name}")
        return None
    try:
        value = int(node.text.replace("_", ""), 0)
    except ValueError:
        reader.problem(node, f"{what} should be a whole number")
        return None
    if not least <= value <= _MAX_NUMBER:
        reader.problem(node, f"{what} should be between {least} and {_MAX_NUMBER}, not {value}")
        return None
    return value


def _free_text(reader: FieldReader, node: Node | None, what: str, limit: int) -> str:
    """Text as written, line breaks kept (a note is printed line by line)."""
    if node is None:
        return ""
    if node.kind != SCALAR or node.tag != _STR:
        hint = " (put it in quotes)" if node.kind == SCALAR else ""
        reader.problem(node, f"{what} should be text, not {node.type_name}{hint}")
        return ""
    value = node.text.strip()
    if len(value) > limit:
        reader.problem(node, f"{what} is {len(value)} characters long; the limit is {limit}")
        return ""
    return value


def _clinic(reader: FieldReader, node: Node | None, folder: Path) -> Clinic:
    if node is None:
        return Clinic()
    fields = reader.fields(node, "clinic", (), CLINIC_FIELDS)
    if fields is None:
        return Clinic()
    values = {name: _free_text(reader, fields.get(name), f"the clinic's {name}", 300)
              for name in CLINIC_FIELDS}
    logo = values["logo"]
    if logo:
        path = Path(logo).expanduser()
        path = path if path.is_absolute() else folder / path
        if not path.is_file():
            reader.problem(fields["logo"], f"the logo '{logo}' is not a file "
                                           f"(looked for {path})")
            logo = ""
        else:
            logo = str(path.resolve())
    return Clinic(name=values["name"], address=values["address"], phone=values["phone"], logo=logo)


def template_text(plan: HandoutPlan) -> str:
    """The plan as template YAML (what :func:`read_template` reads back as the same plan)."""
    data: dict[str, object] = {}
    if plan.regions:
        data["regions"] = list(plan.regions)
    if plan.steps:
        data["steps"] = list(plan.steps)
    if plan.movements:
        data["exercises"] = {m.id: _dose_fields(m.dose) for m in plan.movements}
    if plan.note:
        data["note"] = plan.note
    clinic = {name: getattr(plan.clinic, name) for name in CLINIC_FIELDS if getattr(plan.clinic, name)}
    if clinic:
        data["clinic"] = clinic
    if plan.patient:
        data["patient"] = plan.patient
    if plan.follow_up:
        data["follow_up"] = plan.follow_up
    if not data:
        return "{}\n"
    text: str = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
    return "# A BackGuide handout template (see README, 'Handout templates')\n" + text


def _dose_fields(dose: Dose | None) -> dict[str, int]:
    if dose is None:
        return {}
    fields = {"minutes": dose.minutes} if dose.minutes else {"reps": dose.reps}
    fields["hold"] = dose.hold_seconds
    fields["times_a_day"] = dose.times_a_day
    return fields


__all__ = ["ContentError", "Problem", "read_template", "template_text"]
