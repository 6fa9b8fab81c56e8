import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { useGraphQL } from "../api/hooks";
import { formatEventDates } from "../events/eventDates";
import { QueryState } from "../ui/states";
import { UpcomingEventsQuery } from "./operations";
import { Panel } from "./Panel";

/** Planned events from now on, soonest first. */
export function UpcomingEvents() {
  const { t, i18n } = useTranslation("dashboard");
  const { t: te } = useTranslation("events");
  // Fixed for the visit (to the minute) so that the query is not asked again on every render.
  const [from] = useState(() => new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString());
  const query = useGraphQL(UpcomingEventsQuery, { from });
  return (
    <Panel
      title={t("events.title")}
      more={{ to: "/events?when=upcoming&sort=STARTS_AT&dir=ASC", label: t("events.all") }}
    >
      <QueryState query={query}>
        {({ events }) =>
          events.edges.length === 0 ? (
            <p className="state state-empty">{t("events.empty")}</p>
          ) : (
            <ul className="plain-list dash-list">
              {events.edges.map(({ node }) => (
                <li key={node.id}>
                  <Link to={`/events/${node.slug}`}>{node.title}</Link>
                  <span className="muted">
                    {formatEventDates(node.startsAt, null, node.datePrecision, i18n.language)}
                    {" · "}
                    {te(`kinds.${node.kind}`)}
                    {node.region && ` · ${node.region.name}`}
                  </span>
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </Panel>
  );
}
