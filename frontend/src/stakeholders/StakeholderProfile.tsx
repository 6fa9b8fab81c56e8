import { lazy, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";

import { useGraphQL } from "../api/hooks";
import { canWrite, useViewer } from "../auth/AuthProvider";
import { ErrorState, Loading, QueryState } from "../ui/states";
import { DeletedNotice, DeleteRecord, type RecordRef } from "./DeleteRecord";
import { MembersSection } from "./MembersSection";
import { StakeholderQuery } from "./operations";
import { StakeholderTiesQuery } from "./profileOperations";
import { RelationsSection } from "./RelationsSection";
import { StakeholderDetails } from "./StakeholderDetails";
import { StatusBadge } from "./StatusBadge";
import { deleteStakeholder, restoreStakeholder } from "./steps";
import { Timeline } from "./Timeline";
import "./stakeholders.css";

// The drawing is its own chunk: the profile shows without waiting for it.
const Neighbourhood = lazy(async () => ({
  default: (await import("./Neighbourhood")).Neighbourhood,
}));

/** A stakeholder's profile: facts, members, relations, timeline and neighbourhood. */
export function StakeholderProfile() {
  const { t } = useTranslation("stakeholders");
  const { t: tc } = useTranslation();
  const { slug = "" } = useParams();
  const viewer = useViewer();
  const writable = canWrite(viewer.role);
  const query = useGraphQL(StakeholderQuery, { slug });
  const ties = useGraphQL(StakeholderTiesQuery, { slug });
  const [deleted, setDeleted] = useState<RecordRef | null>(null);

  if (deleted) {
    return (
      <div className="page">
        <DeletedNotice
          deleted={deleted}
          restore={restoreStakeholder}
          onRestored={() => setDeleted(null)}
          back={{ to: "/stakeholders", label: t("title") }}
        />
      </div>
    );
  }

  return (
    <div className="page">
      <QueryState query={query}>
        {({ stakeholder }) =>
          !stakeholder ? (
            <ErrorState error={new Error(tc("state.notFound"))} />
          ) : (
            <>
              <p className="muted">
                <Link to="/stakeholders">← {t("title")}</Link>
              </p>
              <div className="page-header">
                <h1>{stakeholder.name}</h1>
                {writable && (
                  <>
                    <Link className="button" to={`/stakeholders/${stakeholder.slug}/edit`}>
                      {tc("actions.edit")}
                    </Link>
                    <DeleteRecord
                      record={{
                        id: stakeholder.id,
                        version: stakeholder.version,
                        name: stakeholder.name,
                      }}
                      remove={deleteStakeholder}
                      onDeleted={setDeleted}
                    />
                  </>
                )}
              </div>
              <div className="profile-meta">
                <span className="badge">{t(`categories.${stakeholder.category}`)}</span>
                <StatusBadge status={stakeholder.status} />
                {stakeholder.region && <span className="muted">{stakeholder.region.name}</span>}
              </div>
              <div className="profile-grid">
                <div>
                  <StakeholderDetails stakeholder={stakeholder} />
                  <QueryState query={ties}>
                    {(data) =>
                      data.stakeholder && (
                        <>
                          <MembersSection
                            stakeholderId={stakeholder.id}
                            members={data.stakeholder.members.edges.map((edge) => edge.node)}
                            total={data.stakeholder.members.totalCount}
                            writable={writable}
                          />
                          <RelationsSection
                            stakeholder={stakeholder}
                            outgoing={data.stakeholder.outgoingRelations.edges.map(
                              (edge) => edge.node,
                            )}
                            incoming={data.stakeholder.incomingRelations.edges.map(
                              (edge) => edge.node,
                            )}
                            writable={writable}
                          />
                        </>
                      )
                    }
                  </QueryState>
                </div>
                <div>
                  <section className="card" aria-labelledby="timeline-title">
                    <h2 id="timeline-title">{t("profile.timeline")}</h2>
                    <Timeline slug={stakeholder.slug} />
                  </section>
                </div>
              </div>
              <section className="card neighbourhood" aria-labelledby="graph-title">
                <h2 id="graph-title">{t("profile.graph")}</h2>
                <Suspense fallback={<Loading label={t("graph.loading")} />}>
                  <Neighbourhood id={stakeholder.id} name={stakeholder.name} />
                </Suspense>
              </section>
            </>
          )
        }
      </QueryState>
    </div>
  );
}
