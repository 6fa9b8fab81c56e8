import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";

import { useGraphQL } from "../api/hooks";
import { canWrite, useViewer } from "../auth/AuthProvider";
import { formatDateTime } from "../format/dates";
import { ContactList } from "../stakeholders/ContactList";
import { DeletedNotice, DeleteRecord, type RecordRef } from "../stakeholders/DeleteRecord";
import { QueryState } from "../ui/states";
import { PersonQuery, type PersonRecord } from "./operations";
import { PersonTiesSections } from "./PersonTies";
import { deletePerson, restorePerson } from "./steps";
import "../stakeholders/stakeholders.css";

/** A person's page: who they are, then what they are tied to. */
export function PersonDetail() {
  const { t } = useTranslation("people");
  const { t: tc } = useTranslation();
  const { slug = "" } = useParams();
  const viewer = useViewer();
  const query = useGraphQL(PersonQuery, { slug });
  const [deleted, setDeleted] = useState<RecordRef | null>(null);

  if (deleted) {
    return (
      <div className="page">
        <DeletedNotice
          deleted={deleted}
          restore={restorePerson}
          onRestored={() => setDeleted(null)}
          back={{ to: "/people", label: t("title") }}
        />
      </div>
    );
  }
  return (
    <div className="page">
      <QueryState query={query}>
        {({ person }) =>
          !person ? (
            <h1>{tc("state.notFound")}</h1>
          ) : (
            <>
              <p className="muted">
                <Link to="/people">← {t("title")}</Link>
              </p>
              <div className="page-header">
                <h1>{person.displayName}</h1>
                {canWrite(viewer.role) && (
                  <>
                    <Link className="button" to={`/people/${person.slug}/edit`}>
                      {tc("actions.edit")}
                    </Link>
                    <DeleteRecord
                      record={{ id: person.id, version: person.version, name: person.displayName }}
                      remove={deletePerson}
                      onDeleted={setDeleted}
                    />
                  </>
                )}
              </div>
              <div className="profile-meta">
                {person.position && <span>{person.position}</span>}
                {person.isPublicFigure && <span className="badge">{t("publicFigure.yes")}</span>}
              </div>
              <PersonDetails person={person} />
              <PersonTiesSections slug={person.slug} />
            </>
          )
        }
      </QueryState>
    </div>
  );
}

function PersonDetails({ person }: { person: PersonRecord }) {
  const { t, i18n } = useTranslation("people");
  const none = "—";
  const { contact } = person;
  // The API returns the legal basis (a string, maybe empty) only to those who may see personal data.
  const mayHold = person.dataLegalBasis !== null || contact !== null;
  return (
    <section className="card" aria-labelledby="person-details">
      <h2 id="person-details">{t("sections.details")}</h2>
      <dl className="details">
        <dt>{t("fields.fullName")}</dt>
        <dd>{person.fullName}</dd>
        <dt>{t("fields.position")}</dt>
        <dd>{person.position || none}</dd>
        <dt>{t("fields.region")}</dt>
        <dd>
          {person.region ? (
            <Link to={`/regions/${person.region.code}`}>
              {person.region.name} ({person.region.code})
            </Link>
          ) : (
            none
          )}
        </dd>
        <dt>{t("fields.isPublicFigure")}</dt>
        <dd>{person.isPublicFigure ? t("publicFigure.yes") : t("publicFigure.no")}</dd>
        {mayHold && (
          <>
            <dt>{t("fields.contact")}</dt>
            <dd>
              <ContactList contact={contact} />
            </dd>
            <dt>{t("fields.dataLegalBasis")}</dt>
            <dd>
              {person.dataLegalBasis || none}
              <div className="hint">{t("fields.personalNote")}</div>
            </dd>
          </>
        )}
        {person.erasedAt && (
          <>
            <dt>{t("fields.erasedAt")}</dt>
            <dd>{formatDateTime(person.erasedAt, i18n.language)}</dd>
          </>
        )}
        <dt>{t("fields.updatedAt")}</dt>
        <dd>{formatDateTime(person.updatedAt, i18n.language)}</dd>
      </dl>
    </section>
  );
}
