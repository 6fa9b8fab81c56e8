import { useMemo } from "react";
import { useTranslation } from "react-i18next";

import { request } from "../api/client";
import { toOutcome } from "../api/mutations";
import { type PickedPerson, PersonPicker } from "../people/PersonPicker";
import { RegulationPicker } from "../regulations/RegulationPicker";
import type { PickedRegulation } from "../regulations/regulationInput";
import { patchOf } from "../ui/drafts";
import { TextField } from "../ui/fields";
import { useRecordForm } from "../ui/useRecordForm";
import { InlineForm } from "./InlineForm";
import {
  CreateMembershipMutation,
  type Membership,
  UpdateMembershipMutation,
} from "./profileOperations";

interface Values {
  person: PickedPerson | null;
  role: string;
  startedOn: string;
  endedOn: string;
  sourceRegulation: PickedRegulation | null;
}

function valuesOf(membership: Membership | null): Values {
  if (!membership) {
    return { person: null, role: "", startedOn: "", endedOn: "", sourceRegulation: null };
  }
  const { person, sourceRegulation } = membership;
  return {
    person: person ? { id: person.id, slug: person.slug, name: person.displayName } : null,
    role: membership.role,
    startedOn: membership.startedOn ?? "",
    endedOn: membership.endedOn ?? "",
    sourceRegulation: sourceRegulation && {
      id: sourceRegulation.id,
      slug: sourceRegulation.slug,
      citation: sourceRegulation.citation,
    },
  };
}

/** Add a member, or change one membership, inline in the stakeholder's profile. */
export function MembershipForm({
  stakeholderId,
  membership,
  onDone,
}: {
  stakeholderId: string;
  membership: Membership | null;
  onDone: () => void;
}) {
  const { t } = useTranslation("stakeholders");
  const { t: tc } = useTranslation();
  const initial = useMemo(() => valuesOf(membership), [membership]);
  const form = useRecordForm<Values, { id: string }>({
    initial,
    version: membership?.version ?? null,
    draftKey: membership ? `Membership:${membership.id}` : `new:Membership:${stakeholderId}`,
    save: async (values, version) => {
      if (!values.person) {
        return { kind: "invalid", message: "", fields: { personId: tc("form.required") } };
      }
      const dates = { startedOn: values.startedOn || null, endedOn: values.endedOn || null };
      if (!membership || version === null) {
        const { createMembership } = await request(CreateMembershipMutation, {
          input: {
            stakeholderId,
            personId: values.person.id,
            role: values.role.trim(),
            ...dates,
            sourceRegulationId: values.sourceRegulation?.id ?? null,
          },
        });
        return toOutcome(createMembership, "Membership");
      }
      const patch = patchOf(values, initial);
      const { updateMembership } = await request(UpdateMembershipMutation, {
        input: {
          id: membership.id,
          version,
          ...(patch.person !== undefined && { personId: patch.person?.id ?? null }),
          ...(patch.role !== undefined && { role: patch.role.trim() }),
          ...(patch.startedOn !== undefined && { startedOn: dates.startedOn }),
          ...(patch.endedOn !== undefined && { endedOn: dates.endedOn }),
          ...(patch.sourceRegulation !== undefined && {
            sourceRegulationId: patch.sourceRegulation?.id ?? null,
          }),
        },
      });
      return toOutcome(updateMembership, "Membership");
    },
    onSaved: onDone,
  });
  const { status } = form;
  const title = membership
    ? t("members.edit", { name: membership.person?.displayName ?? "" })
    : t("members.add");
  return (
    <InlineForm
      title={title}
      status={status}
      onSubmit={(e) => void form.submit(e)}
      onCancel={onDone}
    >
      <PersonPicker
        label={t("members.person")}
        value={form.values.person}
        error={form.errors.personId}
        onChange={(person) => form.set("person", person)}
      />
      <TextField
        label={t("members.role")}
        hint={t("members.roleHint")}
        required
        value={form.values.role}
        error={form.errors.role}
        onChange={(value) => form.set("role", value)}
      />
      <TextField
        label={t("members.startedOn")}
        type="date"
        value={form.values.startedOn}
        error={form.errors.startedOn}
        onChange={(value) => form.set("startedOn", value)}
      />
      <TextField
        label={t("members.endedOn")}
        type="date"
        value={form.values.endedOn}
        error={form.errors.endedOn}
        onChange={(value) => form.set("endedOn", value)}
      />
      <RegulationPicker
        label={t("members.sourceRegulation")}
        value={form.values.sourceRegulation}
        error={form.errors.sourceRegulationId}
        onChange={(regulation) => form.set("sourceRegulation", regulation)}
      />
    </InlineForm>
  );
}
