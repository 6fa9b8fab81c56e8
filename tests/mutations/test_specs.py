"""The specs agree with the models they write."""

from __future__ import annotations

import pytest

from api.services.fields import EntitySpec
from api.services.specs import SPECS


@pytest.mark.parametrize("spec", SPECS, ids=[s.name for s in SPECS])
def test_no_field_accepts_more_than_its_column_holds(spec: EntitySpec) -> None:
    columns = spec.model._meta.fields_map
    too_long = {
        f.name: (f.max_length, getattr(columns[f.name], "max_length", None))
        for f in spec.fields
        if f.kind != "enum"
        and getattr(columns.get(f.name), "max_length", None) is not None
        and (f.max_length is None or f.max_length > getattr(columns[f.name], "max_length", 0))
    }
    assert too_long == {}


@pytest.mark.parametrize("spec", SPECS, ids=[s.name for s in SPECS])
def test_required_fields_are_not_nullable(spec: EntitySpec) -> None:
    columns = spec.model._meta.fields_map
    assert [
        f.name for f in spec.fields if f.required and f.kind != "target" and columns[f.name].null
    ] == []


@pytest.mark.parametrize("spec", SPECS, ids=[s.name for s in SPECS])
def test_every_field_names_a_model_field(spec: EntitySpec) -> None:
    columns = spec.model._meta.fields_map
    assert [f.name for f in spec.fields if f.kind != "target" and f.name not in columns] == []
