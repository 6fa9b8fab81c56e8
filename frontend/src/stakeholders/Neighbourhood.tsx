import { useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { useGraphQL } from "../api/hooks";
import { graphql, type ResultOf } from "../graphql";
import { Empty, QueryState } from "../ui/states";
import { fanLayout, shortLabel } from "./fanLayout";

const LIMIT = 40;

/** One step around the stakeholder: members, related stakeholders and its events. */
const NeighbourhoodQuery = graphql(`
  query StakeholderNeighbourhood($id: ID!, $limit: Int!) {
    neighbourhood(
      id: $id
      depth: 1
      limit: $limit
      edgeKinds: [MEMBERSHIP, RELATION, ORGANISER, EVENT_PARTICIPATION]
    ) {
      truncated
      nodes {
        id
        type
        label
        distance
        node {
          __typename
          ... on Stakeholder {
            slug
          }
          ... on Person {
            slug
          }
          ... on Event {
            slug
          }
        }
      }
    }
  }
`);

type GraphNode = NonNullable<ResultOf<typeof NeighbourhoodQuery>["neighbourhood"]>["nodes"][number];

const COLOURS: Record<GraphNode["type"], string> = {
  STAKEHOLDER: "#1f6feb",
  PERSON: "#2da44e",
  EVENT: "#d4a72c",
  ARTICLE: "#8250df",
  REGION: "#6e7781",
  REGULATION: "#cf222e",
};

const ORDER: GraphNode["type"][] = [
  "STAKEHOLDER",
  "PERSON",
  "EVENT",
  "ARTICLE",
  "REGULATION",
  "REGION",
];

function pathOf(node: GraphNode): string | null {
  const record = node.node;
  if (!record || !("slug" in record)) return null;
  if (record.__typename === "Stakeholder") return `/stakeholders/${record.slug}`;
  if (record.__typename === "Person") return `/people/${record.slug}`;
  if (record.__typename === "Event") return `/events/${record.slug}`;
  return null;
}

const PHONE = "(max-width: 600px)";

function usePhone(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const query = window.matchMedia(PHONE);
      query.addEventListener("change", onChange);
      return () => query.removeEventListener("change", onChange);
    },
    () => window.matchMedia(PHONE).matches,
  );
}

/** A small drawing of the stakeholder's neighbourhood (loaded as its own chunk). */
export function Neighbourhood({ id, name }: { id: string; name: string }) {
  const { t } = useTranslation("stakeholders");
  const query = useGraphQL(NeighbourhoodQuery, { id, limit: LIMIT });
  const phone = usePhone();
  return (
    <QueryState query={query}>
      {({ neighbourhood }) => {
        const others = (neighbourhood?.nodes ?? [])
          .filter((node) => node.id !== id)
          .sort(
            (a, b) =>
              ORDER.indexOf(a.type) - ORDER.indexOf(b.type) || a.label.localeCompare(b.label),
          );
        if (!neighbourhood || others.length === 0) return <Empty />;
        const { width, height, centre, placed } = fanLayout(others, phone ? 1 : 2);
        return (
          <>
            <svg
              viewBox={`0 0 ${width} ${height}`}
              role="group"
              aria-label={t("graph.legend", { name })}
            >
              {placed.map(({ item, x, y }) => (
                <line key={`l:${item.id}`} x1={centre.x} y1={centre.y} x2={x} y2={y} />
              ))}
              <circle
                cx={centre.x}
                cy={centre.y}
                r={16}
                fill={COLOURS.STAKEHOLDER}
                stroke="#fff"
                strokeWidth={3}
              />
              {/* On phones the centre sits at the edge: the page's heading names it. */}
              {!phone && (
                <text
                  className="node-label"
                  x={centre.x}
                  y={centre.y + 36}
                  textAnchor="middle"
                  fontWeight={600}
                >
                  {shortLabel(name, 30)}
                </text>
              )}
              {placed.map(({ item, x, y, anchor }) => {
                const to = pathOf(item);
                const dx = anchor === "start" ? 13 : -13;
                const shape = (
                  <>
                    <title>{`${item.label} (${t(`graph.types.${item.type}`)})`}</title>
                    <circle cx={x} cy={y} r={9} fill={COLOURS[item.type]} />
                    <text className="node-label" x={x + dx} y={y + 6} textAnchor={anchor}>
                      {shortLabel(item.label)}
                    </text>
                  </>
                );
                return to ? (
                  <Link
                    key={item.id}
                    to={to}
                    aria-label={`${item.label} (${t(`graph.types.${item.type}`)})`}
                  >
                    {shape}
                  </Link>
                ) : (
                  <g key={item.id}>{shape}</g>
                );
              })}
            </svg>
            <ul className="chips graph-legend" aria-hidden="true">
              {ORDER.filter((type) => others.some((node) => node.type === type)).map((type) => (
                <li key={type}>
                  <span className="legend-dot" style={{ background: COLOURS[type] }} />{" "}
                  {t(`graph.types.${type}`)}
                </li>
              ))}
            </ul>
            {neighbourhood.truncated && (
              <p className="hint">{t("graph.truncated", { count: LIMIT })}</p>
            )}
            <p>
              <Link to={`/graph?node=${encodeURIComponent(id)}`}>{t("graph.open")}</Link>
            </p>
          </>
        );
      }}
    </QueryState>
  );
}
