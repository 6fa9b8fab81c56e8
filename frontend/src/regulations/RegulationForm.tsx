import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";

import { request } from "../api/client";
import { useGraphQL } from "../api/hooks";
import { toOutcome } from "../api/mutations";
import { StakeholderPicker } from "../stakeholders/StakeholderPicker";
import { NumberField, SelectField, TextField } from "../ui/fields";
import { FormFrame } from "../ui/FormFrame";
import { RecordState } from "../ui/states";
import { NEW_RECORD, type RecordEditorProps, useRecordForm } from "../ui/useRecordForm";
import {
  CreateRegulationMutation,
  REGULATION_KINDS,
  REGULATION_STATUSES,
  RegulationDetailQuery,
  UpdateRegulationMutation,
} from "./operations";
import { AffairsEditor } from "./AffairsEditor";
import { RegulationPicker } from "./RegulationPicker";
import {
  createRegulationInput,
  EMPTY_REGULATION,
  missingRequired,
  type RegulationValues,
  regulationValues,
  updateRegulationInput,
} from "./regulationInput";
import "./regulations.css";

export function RegulationCreate() {
  const { t } = useTranslation("regulations");
  return (
    <div className="page">
      <h1>{t("new")}</h1>
      <RegulationEditor {...NEW_RECORD} initial={EMPTY_REGULATION} cancelTo="/regulations" />
    </div>
  );
}

export function RegulationEdit() {
  const { t } = useTranslation("regulations");
  const { slug = "" } = useParams();
  const query = useGraphQL(RegulationDetailQuery, { slug });
  return (
    <div className="page">
      <RecordState query={query} record={(data) => data.regulation}>
        {(regulation) => (
          <>
            <h1>{t("editTitle", { name: regulation.citation })}</h1>
            <RegulationEditor
              id={regulation.id}
              version={regulation.version}
              initial={regulationValues(regulation)}
              onReload={() => query.refetch()}
              cancelTo={`/regulations/${regulation.slug}`}
            />
            <div className="regulation-parts">
              <AffairsEditor
                regulationId={regulation.id}
                affairs={regulation.affairs.edges.map((edge) => edge.node)}
              />
            </div>
          </>
        )}
      </RecordState>
    </div>
  );
}

function RegulationEditor({
  id,
  version,
  initial,
  onReload,
  cancelTo,
}: RecordEditorProps<RegulationValues> & { cancelTo: string }) {
  const { t } = useTranslation("regulations");
  const navigate = useNavigate();
  // The query hands over a new object on every render; the form's base changes with the version.
  const base = useMemo(() => initial, [version]);
  const form = useRecordForm<RegulationValues, { slug: string }>({
    initial: base,
    version,
    draftKey: id ? `Regulation:${id}` : "new:Regulation",
    save: async (values, currentVersion) => {
      if (id === null || currentVersion === null) {
        const { kind, year } = values;
        const missing = missingRequired(values);
        if (kind === null || year === null || missing.length > 0) {
          const fields = missing.map((field) => [field, t("required")]);
          return { kind: "invalid", message: "", fields: Object.fromEntries(fields) };
        }
        const { createRegulation } = await request(CreateRegulationMutation, {
          input: createRegulationInput({ ...values, kind, year }),
        });
        return toOutcome(createRegulation, "Regulation");
      }
      const { updateRegulation } = await request(UpdateRegulationMutation, {
        input: updateRegulationInput(id, currentVersion, values, base),
      });
      return toOutcome(updateRegulation, "Regulation");
    },
    onSaved: (regulation) => navigate(`/regulations/${regulation.slug}`),
  });
  const labels: Record<keyof RegulationValues, string> = {
    kind: t("fields.kind"),
    number: t("fields.number"),
    year: t("fields.year"),
    title: t("fields.title"),
    slug: t("fields.slug"),
    issuer: t("fields.issuer"),
    enactedOn: t("fields.enactedOn"),
    status: t("fields.status"),
    replacedBy: t("fields.replacedBy"),
    url: t("fields.url"),
  };
  const { values, errors, set } = form;
  return (
    <FormFrame form={form} labels={labels} onReload={onReload} cancelTo={cancelTo}>
      <SelectField
        label={labels.kind}
        required
        value={values.kind}
        error={errors.kind}
        options={REGULATION_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
        onChange={(value) => set("kind", value as RegulationValues["kind"])}
      />
      <TextField
        label={labels.number}
        required
        value={values.number}
        error={errors.number}
        onChange={(value) => set("number", value)}
      />
      <NumberField
        label={labels.year}
        required
        value={values.year}
        error={errors.year}
        onChange={(value) => set("year", value)}
      />
      <div className="field-wide">
        <TextField
          label={labels.title}
          required
          value={values.title}
          error={errors.title}
          onChange={(value) => set("title", value)}
        />
      </div>
      <TextField
        label={labels.enactedOn}
        type="date"
        value={values.enactedOn}
        error={errors.enactedOn}
        onChange={(value) => set("enactedOn", value)}
      />
      <SelectField
        label={labels.status}
        value={values.status}
        error={errors.status}
        options={REGULATION_STATUSES.map((status) => ({
          value: status,
          label: t(`statuses.${status}`),
        }))}
        onChange={(value) => set("status", (value ?? "IN_FORCE") as RegulationValues["status"])}
      />
      <StakeholderPicker
        label={labels.issuer}
        hint={t("fields.issuerHint")}
        value={values.issuer}
        error={errors.issuerId}
        onChange={(value) => set("issuer", value)}
      />
      <RegulationPicker
        label={labels.replacedBy}
        hint={t("fields.replacedByHint")}
        value={values.replacedBy}
        error={errors.replacedById}
        exclude={id}
        onChange={(value) => set("replacedBy", value)}
      />
      <TextField
        label={labels.url}
        type="url"
        value={values.url}
        error={errors.url}
        onChange={(value) => set("url", value)}
      />
      <TextField
        label={labels.slug}
        hint={t("fields.slugHint")}
        value={values.slug}
        error={errors.slug}
        onChange={(value) => set("slug", value)}
      />
    </FormFrame>
  );
}
