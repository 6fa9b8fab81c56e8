"""Create, update, delete and restore mutations for every entity, made from its EntitySpec.

Each entity gets `Create<Name>Input`, `Update<Name>Input` (id, the version read, and only the
fields to change) and one result union `<Name>Result` of the object and the typed errors.
References are global ids; field errors name the input field as the schema spells it.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Union
from uuid import UUID

import strawberry
from strawberry.types.field import StrawberryField
from strawberry.utils.str_converters import to_camel_case

from api.models import MentionTarget
from api.services import records
from api.services.errors import FieldError, ServiceError, ValidationFailed
from api.services.fields import EntitySpec, FieldSpec
from api.services.validation import soft_deletable
from schema.context import Info
from schema.errors import InputError
from schema.mutations.errors import ERROR_TYPES, to_payload
from schema.node import parse_global_id

UNSET: Any = strawberry.UNSET


@strawberry.input(description="A channel through which a stakeholder publishes.")
class MediaChannelInput:
    kind: str = strawberry.field(description="website, instagram, facebook, radio, bulletin, ...")
    value: str = strawberry.field(description="Address, handle or frequency.")


@strawberry.input(description="Contact details (personal data, UU 27/2022).")
class ContactInput:
    email: str | None = strawberry.field(default=None, description="E-mail address.")
    phone: str | None = strawberry.field(default=None, description="Telephone number.")
    whatsapp: str | None = strawberry.field(default=None, description="WhatsApp number.")
    address: str | None = strawberry.field(default=None, description="Postal address.")


@strawberry.input(description="Which record, at which version (as last read).")
class RecordVersionInput:
    id: strawberry.ID = strawberry.field(description="Global id of the record.")
    version: int = strawberry.field(description="The version you read.")


_PYTHON_TYPES: dict[str, Any] = {
    "str": str,
    "text": str,
    "html": str,
    "url": str,
    "image": str,
    "int": int,
    "bool": bool,
    "date": dt.date,
    "datetime": dt.datetime,
    "strings": list[str],
    "ref": strawberry.ID,
    "target": strawberry.ID,
    "channels": list[MediaChannelInput],
    "contact": ContactInput,
}


def attribute(field: FieldSpec) -> str:
    if field.kind in ("ref", "target") and not field.name.endswith("_id"):
        return f"{field.name}_id"
    return field.name


def schema_names(spec: EntitySpec) -> dict[str, str]:
    return {field.name: to_camel_case(attribute(field)) for field in spec.fields}


def _python_type(field: FieldSpec) -> Any:
    return field.enum if field.kind == "enum" else _PYTHON_TYPES[field.kind]


def _input_type(spec: EntitySpec, *, update: bool) -> type[Any]:
    annotations: dict[str, Any] = {}
    namespace: dict[str, Any] = {}
    if update:
        annotations |= {"id": strawberry.ID, "version": int}
        namespace |= {
            "id": strawberry.field(description=f"Global id of the {spec.name}."),
            "version": strawberry.field(description="The version you read."),
        }
    for field in spec.fields:
        python_type = _python_type(field)
        name = attribute(field)
        if field.required and not update:
            annotations[name] = python_type
            namespace[name] = strawberry.field(description=field.description)
        else:
            annotations[name] = python_type | None
            namespace[name] = strawberry.field(default=UNSET, description=field.description)
    namespace["__annotations__"] = annotations
    verb = "Update" if update else "Create"
    cls = type(f"{verb}{spec.name}Input", (), namespace)
    return strawberry.input(cls, description=f"Fields of a {spec.name} to {verb.lower()}.")


def _target(value: str, name: str) -> tuple[MentionTarget, UUID]:
    model, key = parse_global_id(value, name)
    try:
        return MentionTarget(model.__name__.lower()), key
    except ValueError:
        raise InputError(
            f"`{name}` must be a stakeholder, person, region, event or regulation.", field=name
        ) from None


def _reference(field: FieldSpec, value: str, name: str) -> UUID:
    model, key = parse_global_id(value, name)
    if model is not field.ref:
        assert field.ref is not None
        raise InputError(f"`{name}` must be the id of a {field.ref.__name__}.", field=name)
    return key


def read_input(spec: EntitySpec, data: Any) -> dict[str, Any]:
    """The given input fields as service values; a malformed id is a field error."""
    values: dict[str, Any] = {}
    errors: list[FieldError] = []
    for field in spec.fields:
        value = getattr(data, attribute(field), UNSET)
        if value is UNSET:
            continue
        name = to_camel_case(attribute(field))
        try:
            if value is not None and field.kind == "ref":
                value = _reference(field, value, name)
            elif value is not None and field.kind == "target":
                value = _target(value, name)
        except InputError as exc:
            errors.append(FieldError(field.name, "INVALID", exc.message))
            continue
        if value is not None and field.kind == "channels":
            value = [{"kind": c.kind, "value": c.value} for c in value]
        elif value is not None and field.kind == "contact":
            value = {k: v for k, v in vars(value).items() if v}
        values[field.name] = value
    if errors:
        raise ValidationFailed(errors)
    return values


def _record_id(spec: EntitySpec, value: str) -> UUID:
    model, key = parse_global_id(value)
    if model is not spec.model:
        raise InputError(f"`id` must be the id of a {spec.name}.", field="id")
    return key


def mutations_for(spec: EntitySpec, node: Any) -> dict[str, StrawberryField]:
    """The mutation fields of one entity, keyed by their Python names."""
    result = Annotated[
        Union[(node, *ERROR_TYPES)],  # type: ignore[valid-type]  # built at run time
        strawberry.union(f"{spec.name}Result", description=f"A {spec.name} or why not."),
    ]
    names = schema_names(spec)
    create_input = _input_type(spec, update=False)
    update_input = _input_type(spec, update=True)
    snake = "".join(f"_{c.lower()}" if c.isupper() else c for c in spec.name).lstrip("_")

    async def create(info: Info, input: Any) -> Any:
        try:
            return await records.create(spec, read_input(spec, input), actor=info.context.viewer)
        except ServiceError as error:
            return to_payload(error, names)

    async def update(info: Info, input: Any) -> Any:
        try:
            return await records.update(
                spec,
                _record_id(spec, input.id),
                input.version,
                read_input(spec, input),
                actor=info.context.viewer,
            )
        except ServiceError as error:
            return to_payload(error, names)

    async def delete(info: Info, input: RecordVersionInput) -> Any:
        try:
            return await records.delete(
                spec, _record_id(spec, input.id), input.version, actor=info.context.viewer
            )
        except ServiceError as error:
            return to_payload(error, names)

    async def restore(info: Info, input: RecordVersionInput) -> Any:
        try:
            return await records.restore(
                spec, _record_id(spec, input.id), input.version, actor=info.context.viewer
            )
        except ServiceError as error:
            return to_payload(error, names)

    create.__annotations__ = {"info": Info, "input": create_input, "return": result}
    update.__annotations__ = {"info": Info, "input": update_input, "return": result}
    delete.__annotations__ = {"info": Info, "input": RecordVersionInput, "return": result}
    restore.__annotations__ = {"info": Info, "input": RecordVersionInput, "return": result}
    fields = {
        f"create_{snake}": strawberry.mutation(
            resolver=create, description=f"Create a {spec.name}."
        ),
        f"update_{snake}": strawberry.mutation(
            resolver=update, description=f"Change a {spec.name} at the version you read."
        ),
    }
    if spec.deletable:
        fields[f"delete_{snake}"] = strawberry.mutation(
            resolver=delete, description=f"Delete a {spec.name} at the version you read."
        )
        if soft_deletable(spec.model):
            fields[f"restore_{snake}"] = strawberry.mutation(
                resolver=restore, description=f"Undo the deletion of a {spec.name}."
            )
    return fields


def generated_mutations(specs: tuple[EntitySpec, ...], types: dict[str, Any]) -> type[Any]:
    namespace: dict[str, Any] = {}
    for spec in specs:
        namespace |= mutations_for(spec, types[spec.name])
    return strawberry.type(type("RecordMutations", (), namespace))
