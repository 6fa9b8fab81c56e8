import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { useGraphQLMutation } from "../api/hooks";
import { Empty } from "../ui/states";
import { ConfirmButton } from "./ConfirmButton";
import { period } from "./period";
import { DeleteRelationMutation, type Relation } from "./profileOperations";
import { RelationForm } from "./RelationForm";

/** Relations from and to the stakeholder; writers add and remove them. */
export function RelationsSection({
  stakeholder,
  outgoing,
  incoming,
  writable,
}: {
  stakeholder: { id: string; name: string };
  outgoing: readonly Relation[];
  incoming: readonly Relation[];
  writable: boolean;
}) {
  const { t, i18n } = useTranslation("stakeholders");
  const [adding, setAdding] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const remove = useGraphQLMutation(DeleteRelationMutation);
  const items = [
    ...outgoing.map((relation) => ({ relation, other: relation.target, out: true })),
    ...incoming.map((relation) => ({ relation, other: relation.source, out: false })),
  ];

  async function removeRelation(relation: Relation) {
    setProblem(null);
    try {
      const { deleteRelation } = await remove.mutateAsync({
        input: { id: relation.id, version: relation.version },
      });
      if (deleteRelation.__typename !== "Relation") setProblem(deleteRelation.message);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : "");
    }
  }

  return (
    <section className="card" aria-labelledby="relations-title">
      <div className="section-header">
        <h2 id="relations-title">
          {t("profile.relations")} ({items.length})
        </h2>
        {writable && !adding && (
          <button type="button" className="button button-small" onClick={() => setAdding(true)}>
            {t("relations.add")}
          </button>
        )}
      </div>
      {problem !== null && (
        <p className="notice notice-error" role="alert">
          {problem}
        </p>
      )}
      {adding && (
        <RelationForm
          stakeholder={stakeholder}
          onDone={() => setAdding(false)}
        />
      )}
      {items.length === 0 ? (
        <Empty />
      ) : (
        <ul className="tie-list">
          {items.map(({ relation, other, out }) => {
            const name = other?.name ?? "—";
            const kind = t(`relations.kinds.${relation.kind}`);
            return (
              <li key={relation.id}>
                <div className="tie-main">
                  <span className="badge">{kind}</span>{" "}
                  <span className="muted">
                    {out ? t("relations.outgoingShort") : t("relations.incomingShort")}
                  </span>{" "}
                  {other ? <Link to={`/stakeholders/${other.slug}`}>{name}</Link> : name}
                  <div className="muted">
                    {[
                      period(relation.startedOn, relation.endedOn, i18n.language, t),
                      relation.evidence.length > 0 &&
                        t("relations.evidence", { count: relation.evidence.length }),
                      relation.note,
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </div>
                </div>
                {writable && (
                  <ConfirmButton
                    question={t("relations.confirmRemove", { kind, name })}
                    disabled={remove.isPending}
                    onConfirm={() => void removeRelation(relation)}
                  >
                    <span aria-hidden="true">✕</span>
                    <span className="visually-hidden">{t("relations.remove", { name })}</span>
                  </ConfirmButton>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
