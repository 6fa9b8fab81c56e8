import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { formatDate, formatDateTime } from "../format/dates";
import { ContactList } from "./ContactList";
import type { StakeholderRecord } from "./operations";

/** A channel's value as a link when it is a web address. */
function ChannelValue({ value }: { value: string }) {
  if (/^https?:\/\//i.test(value)) {
    return (
      <a href={value} rel="noreferrer noopener" target="_blank">
        {value}
      </a>
    );
  }
  return <>{value}</>;
}

/** The profile's facts; contact details only when the API gives them to the viewer. */
export function StakeholderDetails({ stakeholder }: { stakeholder: StakeholderRecord }) {
  const { t, i18n } = useTranslation("stakeholders");
  const none = "—";
  const { contact } = stakeholder;
  return (
    <section className="card" aria-labelledby="details-title">
      <h2 id="details-title">{t("profile.details")}</h2>
      <dl className="details">
        <dt>{t("fields.category")}</dt>
        <dd>{t(`categories.${stakeholder.category}`)}</dd>
        <dt>{t("fields.region")}</dt>
        <dd>
          {stakeholder.region ? (
            <Link to={`/regions/${stakeholder.region.code}`}>
              {stakeholder.region.name} ({stakeholder.region.code})
            </Link>
          ) : (
            none
          )}
        </dd>
        <dt>{t("fields.foundedOn")}</dt>
        <dd>{formatDate(stakeholder.foundedOn, i18n.language) || none}</dd>
        <dt>{t("fields.legalBasis")}</dt>
        <dd>
          {stakeholder.legalBasisRegulation ? (
            <Link to={`/regulations/${stakeholder.legalBasisRegulation.slug}`}>
              {stakeholder.legalBasisRegulation.citation || stakeholder.legalBasisRegulation.title}
            </Link>
          ) : (
            (stakeholder.legalBasis ?? none)
          )}
          {stakeholder.legalBasisRegulation && stakeholder.legalBasis && (
            <div className="muted">{stakeholder.legalBasis}</div>
          )}
        </dd>
        {stakeholder.classification && (
          <>
            <dt>{t("fields.classification")}</dt>
            <dd>{stakeholder.classification}</dd>
          </>
        )}
        <dt>{t("fields.memberCount")}</dt>
        <dd>{stakeholder.memberCount ?? none}</dd>
        {stakeholder.aliases.length > 0 && (
          <>
            <dt>{t("fields.aliases")}</dt>
            <dd>{stakeholder.aliases.join(", ")}</dd>
          </>
        )}
        <dt>{t("fields.potentials")}</dt>
        <dd>
          {stakeholder.potentials.length === 0 ? (
            none
          ) : (
            <ul className="chips">
              {stakeholder.potentials.map((potential) => (
                <li key={potential} className="badge">
                  {potential}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t("fields.mediaChannels")}</dt>
        <dd>
          {stakeholder.mediaChannels.length === 0 ? (
            none
          ) : (
            <ul className="plain-list">
              {stakeholder.mediaChannels.map((channel) => (
                <li key={`${channel.kind}:${channel.value}`}>
                  <span className="muted">{channel.kind}:</span>{" "}
                  <ChannelValue value={channel.value} />
                </li>
              ))}
            </ul>
          )}
        </dd>
        {contact && (
          <>
            <dt>{t("fields.contact")}</dt>
            <dd>
              <ContactList contact={contact} />
              <div className="hint">{t("fields.contactNote")}</div>
            </dd>
          </>
        )}
        <dt>{t("fields.updatedAt")}</dt>
        <dd>{formatDateTime(stakeholder.updatedAt, i18n.language)}</dd>
      </dl>
      {stakeholder.description && <p className="description">{stakeholder.description}</p>}
    </section>
  );
}
