import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";

import { request } from "../api/client";
import { useGraphQL } from "../api/hooks";
import { toOutcome } from "../api/mutations";
import { canWrite, useViewer } from "../auth/AuthProvider";
import { RegionPicker } from "../regions/RegionPicker";
import { ContactFields } from "../stakeholders/ContactFields";
import { CheckboxField, TextField } from "../ui/fields";
import { FormFrame } from "../ui/FormFrame";
import { QueryState } from "../ui/states";
import { NEW_RECORD, type RecordEditorProps, useRecordForm } from "../ui/useRecordForm";
import {
  createPersonInput,
  EMPTY_PERSON,
  type PersonValues,
  personValuesOf,
  updatePersonInput,
} from "./formValues";
import { CreatePersonMutation, PersonQuery, UpdatePersonMutation } from "./operations";
import "../stakeholders/stakeholders.css";

export function PersonCreate() {
  const { t } = useTranslation("people");
  return (
    <div className="page">
      <h1>{t("new")}</h1>
      <PersonEditor {...NEW_RECORD} initial={EMPTY_PERSON} />
    </div>
  );
}

export function PersonEdit() {
  const { t } = useTranslation("people");
  const { t: tc } = useTranslation();
  const { slug = "" } = useParams();
  const query = useGraphQL(PersonQuery, { slug });
  return (
    <div className="page">
      <QueryState query={query}>
        {({ person }) =>
          !person ? (
            <h1>{tc("state.notFound")}</h1>
          ) : (
            <>
              <h1>{t("editTitle", { name: person.displayName })}</h1>
              <PersonEditor
                id={person.id}
                version={person.version}
                initial={personValuesOf(person)}
                onReload={() => query.refetch()}
              />
            </>
          )
        }
      </QueryState>
    </div>
  );
}

function PersonEditor({ id, version, initial, onReload }: RecordEditorProps<PersonValues>) {
  const { t } = useTranslation("people");
  const navigate = useNavigate();
  const viewer = useViewer();
  // Contact details and their legal basis are personal data: admins and editors only.
  const personal = canWrite(viewer.role);
  // The query hands over a new object on every render; the form's base changes with the version.
  const base = useMemo(() => initial, [version]);
  const form = useRecordForm<PersonValues, { slug: string }>({
    initial: base,
    version,
    draftKey: id ? `Person:${id}` : "new:Person",
    save: async (values, currentVersion) => {
      if (id === null || currentVersion === null) {
        const input = createPersonInput(values, personal);
        const { createPerson } = await request(CreatePersonMutation, { input });
        return toOutcome(createPerson, "Person");
      }
      const input = updatePersonInput(id, currentVersion, values, form.base, personal);
      const { updatePerson } = await request(UpdatePersonMutation, { input });
      return toOutcome(updatePerson, "Person");
    },
    onSaved: (person) => navigate(`/people/${person.slug}`),
  });
  const { values, errors } = form;
  const labels: Partial<Record<keyof PersonValues, string>> = {
    fullName: t("fields.fullName"),
    slug: t("fields.slug"),
    honorificPrefix: t("fields.honorificPrefix"),
    honorificSuffix: t("fields.honorificSuffix"),
    position: t("fields.position"),
    isPublicFigure: t("fields.isPublicFigure"),
    region: t("fields.region"),
    contact: t("fields.contact"),
    dataLegalBasis: t("fields.dataLegalBasis"),
  };
  const text = (
    key: "fullName" | "slug" | "honorificPrefix" | "honorificSuffix" | "position",
    extra: { hint?: string; required?: boolean } = {},
  ) => (
    <TextField
      label={labels[key] ?? key}
      {...extra}
      value={values[key]}
      error={errors[key]}
      onChange={(value) => form.set(key, value)}
    />
  );
  return (
    <FormFrame
      form={form}
      labels={labels}
      onReload={onReload}
      cancelTo={id ? `/people/${initial.slug}` : "/people"}
    >
      {text("fullName", { hint: t("fields.fullNameHint"), required: true })}
      {text("slug", { hint: t("fields.slugHint") })}
      {text("honorificPrefix", { hint: t("fields.honorificPrefixHint") })}
      {text("honorificSuffix", { hint: t("fields.honorificSuffixHint") })}
      {text("position")}
      <RegionPicker
        label={labels.region ?? ""}
        hint={t("fields.regionHint")}
        value={values.region}
        error={errors.regionId}
        onChange={(region) => form.set("region", region)}
      />
      <CheckboxField
        label={labels.isPublicFigure ?? ""}
        checked={values.isPublicFigure}
        error={errors.isPublicFigure}
        onChange={(checked) => form.set("isPublicFigure", checked)}
      />
      {personal && (
        <ContactFields
          value={values.contact}
          errors={errors}
          onChange={(contact) => form.set("contact", contact)}
        >
          <div className="field-wide">
            <TextField
              label={labels.dataLegalBasis ?? ""}
              hint={t("fields.dataLegalBasisHint")}
              value={values.dataLegalBasis}
              error={errors.dataLegalBasis}
              onChange={(value) => form.set("dataLegalBasis", value)}
            />
          </div>
        </ContactFields>
      )}
    </FormFrame>
  );
}
