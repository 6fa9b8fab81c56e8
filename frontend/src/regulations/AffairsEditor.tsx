import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

import { request } from "../api/client";
import { toOutcome } from "../api/mutations";
import { NumberField, TextField } from "../ui/fields";
import { RowButtons, RowNoticeText, useRowMutation } from "../ui/rows";
import {
  type AffairData,
  CreateAffairMutation,
  DeleteAffairMutation,
  UpdateAffairMutation,
} from "./operations";
import { type AffairValues, affairChanges } from "./regulationInput";

const SHOWN = ["name", "position", "description"] as const;

/** The affairs (urusan) a regulation defines, each changed or removed on its own. */
export function AffairsEditor({
  regulationId,
  affairs,
}: {
  regulationId: string;
  affairs: readonly AffairData[];
}) {
  const { t } = useTranslation("regulations");
  return (
    <section className="card affairs-editor" aria-labelledby="affairs-edit-title">
      <h2 id="affairs-edit-title">
        {t("affairs.title")} ({affairs.length})
      </h2>
      {affairs.length === 0 ? (
        <p className="muted">{t("affairs.none")}</p>
      ) : (
        <ul className="plain-list">
          {affairs.map((affair) => (
            <li key={affair.id}>
              <AffairRow affair={affair} />
            </li>
          ))}
        </ul>
      )}
      <AddAffair
        regulationId={regulationId}
        next={Math.max(0, ...affairs.map((affair) => affair.position + 1))}
      />
    </section>
  );
}

function AffairFields({
  values,
  errors,
  onChange,
}: {
  values: AffairValues;
  errors: Record<string, string>;
  onChange: (values: AffairValues) => void;
}) {
  const { t } = useTranslation("regulations");
  return (
    <>
      <NumberField
        label={t("affairs.position")}
        value={values.position}
        error={errors.position}
        onChange={(position) => onChange({ ...values, position })}
      />
      <TextField
        label={t("affairs.name")}
        required
        value={values.name}
        error={errors.name}
        onChange={(name) => onChange({ ...values, name })}
      />
      <TextField
        label={t("affairs.description")}
        multiline
        value={values.description}
        error={errors.description}
        onChange={(description) => onChange({ ...values, description })}
      />
    </>
  );
}

function AffairRow({ affair }: { affair: AffairData }) {
  const { t } = useTranslation("regulations");
  const [values, setValues] = useState<AffairValues>(affair);
  const row = useRowMutation(SHOWN);
  // A newer version from the server (after a save or a conflict) replaces what the row shows.
  const { name, position, description } = affair;
  useEffect(
    () => setValues({ name, position, description }),
    [affair.version, name, position, description],
  );
  const changes = affairChanges(values, affair);

  const save = (event: FormEvent) => {
    event.preventDefault();
    void row.run(async () => {
      const { updateAffair } = await request(UpdateAffairMutation, {
        input: { id: affair.id, version: affair.version, ...changes },
      });
      return toOutcome(updateAffair, "Affair");
    }, t("affairs.saved"));
  };
  const remove = () =>
    void row.run(async () => {
      const { deleteAffair } = await request(DeleteAffairMutation, {
        input: { id: affair.id, version: affair.version },
      });
      return toOutcome(deleteAffair, "Affair");
    }, t("affairs.removed"));

  return (
    <form onSubmit={save} noValidate>
      <fieldset className="sub-row">
        <legend>{affair.name}</legend>
        <AffairFields values={values} errors={row.errors} onChange={setValues} />
        <RowButtons
          name={affair.name}
          changed={Object.keys(changes).length > 0}
          busy={row.busy}
          onRemove={remove}
        />
        <RowNoticeText notice={row.notice} />
      </fieldset>
    </form>
  );
}

function AddAffair({ regulationId, next }: { regulationId: string; next: number }) {
  const { t } = useTranslation("regulations");
  const empty: AffairValues = { name: "", position: null, description: "" };
  const [values, setValues] = useState(empty);
  const row = useRowMutation(SHOWN);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!values.name.trim()) return row.fail("name", t("required"));
    const added = await row.run(async () => {
      const { createAffair } = await request(CreateAffairMutation, {
        input: {
          regulationId,
          name: values.name,
          // Without a position the new affair goes last.
          position: values.position ?? next,
          description: values.description,
        },
      });
      return toOutcome(createAffair, "Affair");
    }, t("affairs.added", { name: values.name }));
    if (added) setValues(empty);
  };

  return (
    <form onSubmit={(event) => void add(event)} noValidate>
      <fieldset className="sub-row sub-row-new">
        <legend>{t("affairs.add")}</legend>
        <AffairFields values={values} errors={row.errors} onChange={setValues} />
        <div className="actions sub-row-actions">
          <button type="submit" className="button button-primary" disabled={row.busy}>
            {t("affairs.add")}
          </button>
        </div>
        <RowNoticeText notice={row.notice} />
      </fieldset>
    </form>
  );
}
