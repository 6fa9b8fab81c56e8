import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";

import { request } from "../api/client";
import { useGraphQL } from "../api/hooks";
import { toOutcome } from "../api/mutations";
import { canWrite, useViewer } from "../auth/AuthProvider";
import { RegionPicker } from "../regions/RegionPicker";
import { RegulationPicker } from "../regulations/RegulationPicker";
import { LinesField, NumberField, SelectField, TextField } from "../ui/fields";
import { FormFrame } from "../ui/FormFrame";
import { QueryState } from "../ui/states";
import { NEW_RECORD, type RecordEditorProps, useRecordForm } from "../ui/useRecordForm";
import {
  createInput,
  EMPTY_VALUES,
  type StakeholderValues,
  updateInput,
  valuesOf,
} from "./formValues";
import { ContactFields } from "./ContactFields";
import { MediaChannelsField } from "./MediaChannelsField";
import {
  CATEGORIES,
  CreateStakeholderMutation,
  STATUSES,
  type StakeholderCategory,
  StakeholderQuery,
  type StakeholderStatus,
  UpdateStakeholderMutation,
} from "./operations";
import "./stakeholders.css";

export function StakeholderCreate() {
  const { t } = useTranslation("stakeholders");
  return (
    <div className="page">
      <h1>{t("new")}</h1>
      <StakeholderEditor {...NEW_RECORD} initial={EMPTY_VALUES} />
    </div>
  );
}

export function StakeholderEdit() {
  const { t } = useTranslation("stakeholders");
  const { t: tc } = useTranslation();
  const { slug = "" } = useParams();
  const query = useGraphQL(StakeholderQuery, { slug });
  return (
    <div className="page">
      <QueryState query={query}>
        {({ stakeholder }) =>
          !stakeholder ? (
            <h1>{tc("state.notFound")}</h1>
          ) : (
            <>
              <h1>{t("editTitle", { name: stakeholder.name })}</h1>
              <StakeholderEditor
                id={stakeholder.id}
                version={stakeholder.version}
                initial={valuesOf(stakeholder)}
                onReload={() => query.refetch()}
              />
            </>
          )
        }
      </QueryState>
    </div>
  );
}

function StakeholderEditor({ id, version, initial, onReload }: RecordEditorProps<StakeholderValues>) {
  const { t } = useTranslation("stakeholders");
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const viewer = useViewer();
  // Contact details are personal data: only those who may read them get the fields.
  const withContact = canWrite(viewer.role);
  // The query hands over a new object on every render; the form's base changes with the version.
  const base = useMemo(() => initial, [version]);
  const form = useRecordForm<StakeholderValues, { slug: string }>({
    initial: base,
    version,
    draftKey: id ? `Stakeholder:${id}` : "new:Stakeholder",
    save: async (values, currentVersion) => {
      if (id === null || currentVersion === null) {
        const { category } = values;
        if (!category)
          return { kind: "invalid", message: "", fields: { category: tc("form.required") } };
        const input = createInput({ ...values, category }, withContact);
        const { createStakeholder } = await request(CreateStakeholderMutation, { input });
        return toOutcome(createStakeholder, "Stakeholder");
      }
      const input = updateInput(id, currentVersion, values, form.base);
      const { updateStakeholder } = await request(UpdateStakeholderMutation, { input });
      return toOutcome(updateStakeholder, "Stakeholder");
    },
    onSaved: (stakeholder) => navigate(`/stakeholders/${stakeholder.slug}`),
  });
  const { values, errors } = form;
  const labels: Partial<Record<keyof StakeholderValues, string>> = {
    name: t("fields.name"),
    slug: t("fields.slug"),
    aliases: t("fields.aliases"),
    category: t("fields.category"),
    status: t("fields.status"),
    region: t("fields.region"),
    foundedOn: t("fields.foundedOn"),
    legalBasis: t("fields.legalBasis"),
    legalBasisRegulation: t("fields.legalBasisRegulation"),
    classification: t("fields.classification"),
    description: t("fields.description"),
    mediaChannels: t("fields.mediaChannels"),
    potentials: t("fields.potentials"),
    memberCount: t("fields.memberCount"),
    contact: t("fields.contact"),
  };
  return (
    <FormFrame
      form={form}
      labels={labels}
      onReload={onReload}
      cancelTo={id ? `/stakeholders/${initial.slug}` : "/stakeholders"}
    >
      <TextField
        label={labels.name ?? ""}
        required
        value={values.name}
        error={errors.name}
        onChange={(v) => form.set("name", v)}
      />
      <TextField
        label={labels.slug ?? ""}
        hint={t("fields.slugHint")}
        value={values.slug}
        error={errors.slug}
        onChange={(v) => form.set("slug", v)}
      />
      <SelectField
        label={labels.category ?? ""}
        required
        value={values.category}
        error={errors.category}
        options={CATEGORIES.map((value) => ({ value, label: t(`categories.${value}`) }))}
        onChange={(v) => form.set("category", v as StakeholderCategory | null)}
      />
      <SelectField
        label={labels.status ?? ""}
        value={values.status}
        error={errors.status}
        options={STATUSES.map((value) => ({ value, label: t(`statuses.${value}`) }))}
        onChange={(v) => form.set("status", v as StakeholderStatus | null)}
      />
      <RegionPicker
        label={labels.region ?? ""}
        hint={t("fields.regionHint")}
        value={values.region}
        error={errors.regionId}
        onChange={(v) => form.set("region", v)}
      />
      <TextField
        label={labels.foundedOn ?? ""}
        type="date"
        value={values.foundedOn}
        error={errors.foundedOn}
        onChange={(v) => form.set("foundedOn", v)}
      />
      <TextField
        label={labels.legalBasis ?? ""}
        value={values.legalBasis}
        error={errors.legalBasis}
        onChange={(v) => form.set("legalBasis", v)}
      />
      <RegulationPicker
        label={labels.legalBasisRegulation ?? ""}
        value={values.legalBasisRegulation}
        error={errors.legalBasisRegulationId}
        onChange={(v) => form.set("legalBasisRegulation", v)}
      />
      <TextField
        label={labels.classification ?? ""}
        value={values.classification}
        error={errors.classification}
        onChange={(v) => form.set("classification", v)}
      />
      <NumberField
        label={labels.memberCount ?? ""}
        value={values.memberCount}
        error={errors.memberCount}
        onChange={(v) => form.set("memberCount", v)}
      />
      <LinesField
        label={labels.aliases ?? ""}
        hint={t("fields.aliasesHint")}
        value={values.aliases}
        error={errors.aliases}
        onChange={(v) => form.set("aliases", v)}
      />
      <LinesField
        label={labels.potentials ?? ""}
        hint={t("fields.potentialsHint")}
        value={values.potentials}
        error={errors.potentials}
        onChange={(v) => form.set("potentials", v)}
      />
      <div className="field-wide">
        <TextField
          label={labels.description ?? ""}
          multiline
          value={values.description}
          error={errors.description}
          onChange={(v) => form.set("description", v)}
        />
      </div>
      <MediaChannelsField
        value={values.mediaChannels}
        error={errors.mediaChannels}
        onChange={(v) => form.set("mediaChannels", v)}
      />
      {withContact && (
        <ContactFields
          value={values.contact}
          errors={errors}
          onChange={(contact) => form.set("contact", contact)}
        />
      )}
    </FormFrame>
  );
}
