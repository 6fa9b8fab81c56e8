import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";

import { useGraphQL } from "../api/hooks";
import { canWrite, useViewer } from "../auth/AuthProvider";
import { formatDate, formatDateTime } from "../format/dates";
import { RecordState } from "../ui/states";
import { EventWhen, StatusBadge } from "./EventParts";
import { participationsByRole, speakersByMode } from "./grouping";
import {
  EventDetailQuery,
  type EventDetailData,
  PARTICIPATION_ROLES,
  type ParticipationData,
  type SpeakerData,
} from "./operations";
import "./events.css";

export function EventDetail() {
  const { t, i18n } = useTranslation("events");
  const { t: tc } = useTranslation();
  const { slug = "" } = useParams();
  const viewer = useViewer();
  const query = useGraphQL(EventDetailQuery, { slug });

  return (
    <div className="page">
      <RecordState query={query} record={(data) => data.event}>
        {(event) => (
          <>
            <p className="muted">
              <Link to="/events">← {t("title")}</Link>
            </p>
            <div className="page-header">
              <h1>{event.title}</h1>
              {canWrite(viewer.role) && (
                <Link className="button" to={`/events/${event.slug}/edit`}>
                  {tc("actions.edit")}
                </Link>
              )}
            </div>
            <div className="card">
              <dl className="details">
                <dt>{t("fields.kind")}</dt>
                <dd>{t(`kinds.${event.kind}`)}</dd>
                <dt>{t("fields.status")}</dt>
                <dd>
                  <StatusBadge status={event.status} />
                </dd>
                <dt>{t("fields.when")}</dt>
                <dd>
                  <EventWhen event={event} />
                  {event.datePrecision !== "EXACT" && (
                    <span className="muted"> ({t(`precisions.${event.datePrecision}`)})</span>
                  )}
                </dd>
                <dt>{t("fields.venue")}</dt>
                <dd>{event.venue || "—"}</dd>
                <dt>{t("fields.region")}</dt>
                <dd>
                  {event.region ? (
                    <Link to={`/regions/${event.region.code}`}>{event.region.name}</Link>
                  ) : (
                    "—"
                  )}
                </dd>
                <dt>{t("fields.updatedAt")}</dt>
                <dd>{formatDateTime(event.updatedAt, i18n.language)}</dd>
              </dl>
              {event.description && <p className="event-description">{event.description}</p>}
            </div>
            <div className="grid-2">
              <Speakers speakers={event.speakers.edges.map((edge) => edge.node)} />
              <Participations
                participations={event.participations.edges.map((edge) => edge.node)}
              />
            </div>
            <Coverage articles={event.articles} />
          </>
        )}
      </RecordState>
    </div>
  );
}

function Speakers({ speakers }: { speakers: SpeakerData[] }) {
  const { t } = useTranslation("events");
  return (
    <section className="card" aria-labelledby="speakers-title">
      <h2 id="speakers-title">
        {t("speakers.title")} ({speakers.length})
      </h2>
      {speakers.length === 0 && <p className="muted">{t("speakers.none")}</p>}
      {speakersByMode(speakers).map((group) => (
        <div key={group.key} className="event-group">
          <h3>{t(`modes.${group.key}`)}</h3>
          <ul className="plain-list">
            {group.items.map((speaker) => (
              <li key={speaker.id}>
                <PersonLink person={speaker.person} />
                {speaker.person?.position && (
                  <span className="muted"> · {speaker.person.position}</span>
                )}
                {speaker.topic && <div className="event-topic">{speaker.topic}</div>}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function PersonLink({ person }: { person: SpeakerData["person"] }) {
  if (!person) return <>—</>;
  return <Link to={`/people/${person.slug}`}>{person.displayName}</Link>;
}

function Participations({ participations }: { participations: ParticipationData[] }) {
  const { t } = useTranslation("events");
  const byRole = participationsByRole(participations);
  return (
    <section className="card" aria-labelledby="involved-title">
      <h2 id="involved-title">{t("involvement")}</h2>
      {PARTICIPATION_ROLES.map((role) => (
        <div key={role} className="event-group">
          <h3>
            {t(`participations.${role}`)} ({byRole[role].length})
          </h3>
          {byRole[role].length === 0 ? (
            <p className="muted">{t(`participations.none${role}`)}</p>
          ) : (
            <ul className="plain-list">
              {byRole[role].map(({ id, stakeholder }) => (
                <li key={id}>
                  {stakeholder ? (
                    <Link to={`/stakeholders/${stakeholder.slug}`}>{stakeholder.name}</Link>
                  ) : (
                    "—"
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}

function Coverage({ articles }: { articles: EventDetailData["articles"] }) {
  const { t, i18n } = useTranslation("events");
  return (
    <section className="card" aria-labelledby="coverage-title">
      <h2 id="coverage-title">
        {t("coverage.title")} ({articles.totalCount})
      </h2>
      {articles.edges.length === 0 ? (
        <p className="muted">{t("coverage.none")}</p>
      ) : (
        <ul className="plain-list">
          {articles.edges.map(({ node }) => (
            <li key={node.id}>
              <Link to={`/articles/${node.slug}`}>{node.title}</Link>{" "}
              <span className="muted">
                {node.publishedAt
                  ? formatDate(node.publishedAt, i18n.language)
                  : t("coverage.unpublished")}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
