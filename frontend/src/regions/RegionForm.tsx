import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";

import { request } from "../api/client";
import { useGraphQL } from "../api/hooks";
import { toOutcome } from "../api/mutations";
import { patchOf } from "../ui/drafts";
import { SelectField, TextField } from "../ui/fields";
import { FormFrame } from "../ui/FormFrame";
import { QueryState } from "../ui/states";
import { NEW_RECORD, type RecordEditorProps, useRecordForm } from "../ui/useRecordForm";
import {
  CreateRegionMutation,
  REGION_LEVELS,
  RegionDetailQuery,
  type RegionLevel,
  UpdateRegionMutation,
} from "./operations";
import { type PickedRegion, RegionPicker } from "./RegionPicker";

interface Values {
  code: string;
  name: string;
  level: RegionLevel | null;
  parent: PickedRegion | null;
}

const EMPTY: Values = { code: "", name: "", level: null, parent: null };

export function RegionCreate() {
  const { t } = useTranslation("regions");
  return (
    <div className="page">
      <h1>{t("new")}</h1>
      <RegionEditor {...NEW_RECORD} initial={EMPTY} />
    </div>
  );
}

export function RegionEdit() {
  const { t } = useTranslation("regions");
  const { code = "" } = useParams();
  const query = useGraphQL(RegionDetailQuery, { code });
  return (
    <div className="page">
      <QueryState query={query}>
        {({ region }) => (
          <>
            <h1>{t("editTitle", { name: region.name })}</h1>
            <RegionEditor
              id={region.id}
              version={region.version}
              initial={{
                code: region.code,
                name: region.name,
                level: region.level,
                parent: region.parent,
              }}
              onReload={() => query.refetch()}
            />
          </>
        )}
      </QueryState>
    </div>
  );
}

function RegionEditor({ id, version, initial, onReload }: RecordEditorProps<Values>) {
  const { t } = useTranslation("regions");
  const navigate = useNavigate();
  // The query hands over a new object on every render; the form's base changes with the version.
  const base = useMemo(() => initial, [version]);
  const form = useRecordForm<Values, { code: string }>({
    initial: base,
    version,
    draftKey: id ? `Region:${id}` : "new:Region",
    save: async (values, currentVersion) => {
      if (id === null || currentVersion === null) {
        const { createRegion } = await request(CreateRegionMutation, {
          input: {
            code: values.code,
            name: values.name,
            level: values.level ?? "VILLAGE",
            parentId: values.parent?.id ?? null,
          },
        });
        return toOutcome(createRegion, "Region");
      }
      const patch = patchOf(values, base);
      const { updateRegion } = await request(UpdateRegionMutation, {
        input: {
          id,
          version: currentVersion,
          ...(patch.code !== undefined && { code: patch.code }),
          ...(patch.name !== undefined && { name: patch.name }),
          ...(patch.level !== undefined && { level: patch.level }),
          ...(patch.parent !== undefined && { parentId: patch.parent?.id ?? null }),
        },
      });
      return toOutcome(updateRegion, "Region");
    },
    onSaved: (region) => navigate(`/regions/${region.code}`),
  });
  const labels = {
    code: t("fields.code"),
    name: t("fields.name"),
    level: t("fields.level"),
    parent: t("fields.parent"),
  };
  return (
    <FormFrame form={form} labels={labels} onReload={onReload} cancelTo="/regions">
      <TextField
        label={labels.code}
        required
        value={form.values.code}
        error={form.errors.code}
        onChange={(value) => form.set("code", value)}
      />
      <TextField
        label={labels.name}
        required
        value={form.values.name}
        error={form.errors.name}
        onChange={(value) => form.set("name", value)}
      />
      <SelectField
        label={labels.level}
        required
        value={form.values.level}
        error={form.errors.level}
        options={REGION_LEVELS.map((level) => ({ value: level, label: t(`levels.${level}`) }))}
        onChange={(value) => form.set("level", value as RegionLevel | null)}
      />
      <RegionPicker
        label={labels.parent}
        hint={t("fields.parentHint")}
        value={form.values.parent}
        error={form.errors.parentId}
        onChange={(value) => form.set("parent", value)}
      />
    </FormFrame>
  );
}
