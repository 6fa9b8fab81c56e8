import { useTranslation } from "react-i18next";

import { request } from "../api/client";
import { toOutcome } from "../api/mutations";
import { SelectField, TextField } from "../ui/fields";
import { useRecordForm } from "../ui/useRecordForm";
import { InlineForm } from "./InlineForm";
import { CreateRelationMutation, RELATION_KINDS, type RelationKind } from "./profileOperations";
import { type PickedStakeholder, StakeholderPicker } from "./StakeholderPicker";

interface Values {
  other: PickedStakeholder | null;
  kind: RelationKind | null;
  outgoing: boolean;
  startedOn: string;
  endedOn: string;
  note: string;
}

const EMPTY: Values = {
  other: null,
  kind: null,
  outgoing: true,
  startedOn: "",
  endedOn: "",
  note: "",
};

/** Add a relation between this stakeholder and another, in either direction. */
export function RelationForm({
  stakeholder,
  onDone,
}: {
  stakeholder: { id: string; name: string };
  onDone: () => void;
}) {
  const { t } = useTranslation("stakeholders");
  const { t: tc } = useTranslation();
  const form = useRecordForm<Values, { id: string }>({
    initial: EMPTY,
    version: null,
    draftKey: `new:Relation:${stakeholder.id}`,
    save: async (values) => {
      const missing: Record<string, string> = {};
      if (!values.other) missing[values.outgoing ? "targetId" : "sourceId"] = tc("form.required");
      if (!values.kind) missing.kind = tc("form.required");
      if (!values.other || !values.kind) return { kind: "invalid", message: "", fields: missing };
      const [sourceId, targetId] = values.outgoing
        ? [stakeholder.id, values.other.id]
        : [values.other.id, stakeholder.id];
      const { createRelation } = await request(CreateRelationMutation, {
        input: {
          sourceId,
          targetId,
          kind: values.kind,
          startedOn: values.startedOn || null,
          endedOn: values.endedOn || null,
          note: values.note.trim() || null,
        },
      });
      return toOutcome(createRelation, "Relation");
    },
    onSaved: onDone,
  });
  const { status, errors } = form;
  return (
    <InlineForm
      title={t("relations.add")}
      status={status}
      onSubmit={(e) => void form.submit(e)}
      onCancel={onDone}
    >
      <StakeholderPicker
        label={t("relations.other")}
        hint={t("pickerHint")}
        value={form.values.other}
        exclude={[stakeholder.id]}
        error={errors.targetId ?? errors.sourceId}
        onChange={(other) => form.set("other", other)}
      />
      <SelectField
        label={t("relations.kind")}
        required
        value={form.values.kind}
        error={errors.kind}
        options={RELATION_KINDS.map((kind) => ({
          value: kind,
          label: t(`relations.kinds.${kind}`),
        }))}
        onChange={(kind) => form.set("kind", kind as RelationKind | null)}
      />
      <SelectField
        label={t("relations.direction")}
        value={form.values.outgoing ? "out" : "in"}
        options={[
          { value: "out", label: t("relations.outgoing", { name: stakeholder.name }) },
          { value: "in", label: t("relations.incoming", { name: stakeholder.name }) },
        ]}
        onChange={(value) => form.set("outgoing", value !== "in")}
      />
      <TextField
        label={t("members.startedOn")}
        type="date"
        value={form.values.startedOn}
        error={errors.startedOn}
        onChange={(value) => form.set("startedOn", value)}
      />
      <TextField
        label={t("members.endedOn")}
        type="date"
        value={form.values.endedOn}
        error={errors.endedOn}
        onChange={(value) => form.set("endedOn", value)}
      />
      <TextField
        label={t("relations.note")}
        value={form.values.note}
        error={errors.note}
        onChange={(value) => form.set("note", value)}
      />
    </InlineForm>
  );
}
