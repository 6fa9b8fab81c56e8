import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { useGraphQLMutation } from "../api/hooks";
import { Empty } from "../ui/states";
import { ConfirmButton } from "./ConfirmButton";
import { MembershipForm } from "./MembershipForm";
import {
  DeleteMembershipMutation,
  type Membership,
  UpdateMembershipMutation,
} from "./profileOperations";
import { period } from "./period";
import { officeToday } from "./today";

/** The stakeholder's members with roles and dates; writers add, edit, end and remove. */
export function MembersSection({
  stakeholderId,
  members,
  total,
  writable,
}: {
  stakeholderId: string;
  members: readonly Membership[];
  total: number;
  writable: boolean;
}) {
  const { t, i18n } = useTranslation("stakeholders");
  const { t: tc } = useTranslation();
  const [editing, setEditing] = useState<Membership | "new" | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const update = useGraphQLMutation(UpdateMembershipMutation);
  const remove = useGraphQLMutation(DeleteMembershipMutation);

  async function run(action: () => Promise<{ __typename: string; message?: string }>) {
    setProblem(null);
    const result = await action().catch((error: unknown) => ({
      __typename: "Error",
      message: error instanceof Error ? error.message : "",
    }));
    if (result.__typename !== "Membership") setProblem(result.message ?? "");
  }

  const done = () => setEditing(null);

  return (
    <section className="card" aria-labelledby="members-title">
      <div className="section-header">
        <h2 id="members-title">
          {t("profile.members")} ({total})
        </h2>
        {writable && editing === null && (
          <button type="button" className="button button-small" onClick={() => setEditing("new")}>
            {t("members.add")}
          </button>
        )}
      </div>
      {problem !== null && (
        <p className="notice notice-error" role="alert">
          {problem}
        </p>
      )}
      {editing === "new" && (
        <MembershipForm stakeholderId={stakeholderId} membership={null} onDone={done} />
      )}
      {members.length === 0 ? (
        <Empty />
      ) : (
        <ul className="tie-list">
          {members.map((membership) => {
            const name = membership.person?.displayName ?? "—";
            return (
              <li key={membership.id} className={membership.isActive ? undefined : "tie-ended"}>
                {editing !== null && editing !== "new" && editing.id === membership.id ? (
                  <MembershipForm
                    stakeholderId={stakeholderId}
                    membership={membership}
                    onDone={done}
                  />
                ) : (
                  <>
                    <div className="tie-main">
                      {membership.person ? (
                        <Link to={`/people/${membership.person.slug}`}>{name}</Link>
                      ) : (
                        name
                      )}{" "}
                      <span className="badge">{membership.role}</span>{" "}
                      <span className={membership.isActive ? "badge badge-success" : "badge"}>
                        {membership.isActive ? t("members.active") : t("members.ended")}
                      </span>
                      <div className="muted">
                        {period(membership.startedOn, membership.endedOn, i18n.language, t)}
                        {membership.sourceRegulation && (
                          <>
                            {" · "}
                            <Link to={`/regulations/${membership.sourceRegulation.slug}`}>
                              {membership.sourceRegulation.citation ||
                                membership.sourceRegulation.title}
                            </Link>
                          </>
                        )}
                      </div>
                    </div>
                    {writable && (
                      <div className="actions">
                        <button
                          type="button"
                          className="button button-small"
                          onClick={() => setEditing(membership)}
                        >
                          {tc("actions.edit")}
                          <span className="visually-hidden"> {name}</span>
                        </button>
                        {membership.endedOn === null && (
                          <button
                            type="button"
                            className="button button-small"
                            aria-label={t("members.endLabel", { name })}
                            disabled={update.isPending}
                            onClick={() =>
                              void run(async () => {
                                const { updateMembership } = await update.mutateAsync({
                                  input: {
                                    id: membership.id,
                                    version: membership.version,
                                    endedOn: officeToday(),
                                  },
                                });
                                return updateMembership;
                              })
                            }
                          >
                            {t("members.end")}
                          </button>
                        )}
                        <ConfirmButton
                          question={t("members.confirmRemove", { name, role: membership.role })}
                          disabled={remove.isPending}
                          onConfirm={() =>
                            void run(async () => {
                              const { deleteMembership } = await remove.mutateAsync({
                                input: { id: membership.id, version: membership.version },
                              });
                              return deleteMembership;
                            })
                          }
                        >
                          <span aria-hidden="true">✕</span>
                          <span className="visually-hidden">{t("members.remove", { name })}</span>
                        </ConfirmButton>
                      </div>
                    )}
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
