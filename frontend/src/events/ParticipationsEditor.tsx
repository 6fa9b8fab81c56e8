import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

import { request } from "../api/client";
import { toOutcome } from "../api/mutations";
import { type PickedStakeholder, StakeholderPicker } from "../stakeholders/StakeholderPicker";
import { SelectField } from "../ui/fields";
import { RowButtons, RowNoticeText, useRowMutation } from "../ui/rows";
import { participationsByRole } from "./grouping";
import {
  CreateEventParticipationMutation,
  DeleteEventParticipationMutation,
  PARTICIPATION_ROLES,
  type ParticipationData,
  type ParticipationRole,
  UpdateEventParticipationMutation,
} from "./operations";

const SHOWN = ["stakeholderId", "role"] as const;

/** Organisers and participants, one section each; a row's role moves it between them. */
export function ParticipationsEditor({
  eventId,
  participations,
}: {
  eventId: string;
  participations: readonly ParticipationData[];
}) {
  const byRole = participationsByRole(participations);
  return (
    <>
      {PARTICIPATION_ROLES.map((role) => (
        <RoleSection key={role} eventId={eventId} role={role} items={byRole[role]} />
      ))}
    </>
  );
}

function RoleSection({
  eventId,
  role,
  items,
}: {
  eventId: string;
  role: ParticipationRole;
  items: readonly ParticipationData[];
}) {
  const { t } = useTranslation("events");
  const titleId = `participations-${role}-title`;
  return (
    <section className="card" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {t(`participations.${role}`)} ({items.length})
      </h3>
      {items.length === 0 ? (
        <p className="muted">{t(`participations.none${role}`)}</p>
      ) : (
        <ul className="plain-list">
          {items.map((item) => (
            <li key={item.id}>
              <ParticipationRow participation={item} />
            </li>
          ))}
        </ul>
      )}
      <AddParticipation
        eventId={eventId}
        role={role}
        taken={items.map((item) => item.stakeholder?.id ?? "")}
      />
    </section>
  );
}

function RoleField({
  value,
  error,
  onChange,
}: {
  value: ParticipationRole;
  error: string | undefined;
  onChange: (role: ParticipationRole) => void;
}) {
  const { t } = useTranslation("events");
  return (
    <SelectField
      label={t("participations.role")}
      value={value}
      error={error}
      options={PARTICIPATION_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
      onChange={(role) => onChange((role ?? value) as ParticipationRole)}
    />
  );
}

function ParticipationRow({ participation }: { participation: ParticipationData }) {
  const { t } = useTranslation("events");
  const [role, setRole] = useState(participation.role);
  const row = useRowMutation(SHOWN);
  // A newer version from the server (after a save or a conflict) replaces what the row shows.
  useEffect(() => setRole(participation.role), [participation.version, participation.role]);
  const name = participation.stakeholder?.name ?? "—";

  const save = (event: FormEvent) => {
    event.preventDefault();
    void row.run(async () => {
      const { updateEventParticipation } = await request(UpdateEventParticipationMutation, {
        input: { id: participation.id, version: participation.version, role },
      });
      return toOutcome(updateEventParticipation, "EventParticipation");
    }, t("rows.saved"));
  };
  const remove = () =>
    void row.run(async () => {
      const { deleteEventParticipation } = await request(DeleteEventParticipationMutation, {
        input: { id: participation.id, version: participation.version },
      });
      return toOutcome(deleteEventParticipation, "EventParticipation");
    }, t("rows.removed"));

  return (
    <form onSubmit={save} noValidate>
      <fieldset className="sub-row">
        <legend>{name}</legend>
        <RoleField value={role} error={row.errors.role} onChange={setRole} />
        <RowButtons
          name={name}
          changed={role !== participation.role}
          busy={row.busy}
          onRemove={remove}
        />
        <RowNoticeText notice={row.notice} />
      </fieldset>
    </form>
  );
}

function AddParticipation({
  eventId,
  role,
  taken,
}: {
  eventId: string;
  role: ParticipationRole;
  taken: readonly string[];
}) {
  const { t } = useTranslation("events");
  const [stakeholder, setStakeholder] = useState<PickedStakeholder | null>(null);
  const row = useRowMutation(SHOWN);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!stakeholder) return row.fail("stakeholderId", t("rows.pickFirst"));
    const added = await row.run(async () => {
      const { createEventParticipation } = await request(CreateEventParticipationMutation, {
        input: { eventId, stakeholderId: stakeholder.id, role },
      });
      return toOutcome(createEventParticipation, "EventParticipation");
    }, t("rows.added", { name: stakeholder.name }));
    if (added) setStakeholder(null);
  };

  return (
    <form onSubmit={(event) => void add(event)} noValidate>
      <fieldset className="sub-row sub-row-new">
        <legend>{t(`participations.add${role}`)}</legend>
        <StakeholderPicker
          label={t("participations.stakeholder")}
          hint={t("participations.stakeholderHint")}
          value={stakeholder}
          error={row.errors.stakeholderId}
          exclude={taken}
          onChange={setStakeholder}
        />
        <div className="actions sub-row-actions">
          <button type="submit" className="button button-primary" disabled={row.busy}>
            {t(`participations.add${role}`)}
          </button>
        </div>
        <RowNoticeText notice={row.notice} />
      </fieldset>
    </form>
  );
}
