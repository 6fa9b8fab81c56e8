import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { useGraphQL } from "../api/hooks";
import { type Column, DataTable } from "../ui/DataTable";
import { Empty, QueryState } from "../ui/states";
import { RegionCoverageQuery } from "./operations";

type Tally = {
  id: string;
  code: string;
  name: string;
  stakeholders: number;
  activeKim: number;
  articles: number;
  events: number;
  categories: string;
};

/**
 * What each region one tier below holds, counted over its subtree, with the regions that have
 * no active KIM (community information group) marked: where the office has no reach yet.
 */
export function RegionCoverage({ code }: { code: string }) {
  const { t } = useTranslation("regions");
  const { t: ts } = useTranslation("stakeholders");
  const query = useGraphQL(RegionCoverageQuery, { code });

  const columns: Column<Tally>[] = [
    {
      key: "name",
      header: t("fields.name"),
      render: (row) => (
        <>
          <Link to={`/regions/${row.code}`}>{row.name}</Link>{" "}
          {row.activeKim === 0 && <span className="badge badge-danger">{t("coverage.noKim")}</span>}
        </>
      ),
    },
    {
      key: "stakeholders",
      header: t("coverage.stakeholders"),
      className: "numeric",
      render: (row) => (
        <Link to={`/stakeholders?region=${row.code}`} title={row.categories}>
          {row.stakeholders}
        </Link>
      ),
    },
    { key: "kim", header: t("coverage.activeKim"), className: "numeric", render: (r) => r.activeKim },
    { key: "articles", header: t("coverage.articles"), className: "numeric", render: (r) => r.articles },
    { key: "events", header: t("coverage.events"), className: "numeric", render: (r) => r.events },
  ];

  return (
    <section className="card" aria-labelledby="coverage-title">
      <h2 id="coverage-title">{t("coverage.title")}</h2>
      <QueryState query={query}>
        {({ coverage }) => {
          const rows: Tally[] = coverage.regions.map((tally) => ({
            id: tally.region.id,
            code: tally.region.code,
            name: tally.region.name,
            stakeholders: tally.stakeholders,
            activeKim: tally.activeKim,
            articles: tally.articles,
            events: tally.events,
            categories: tally.stakeholdersByCategory
              .map((c) => `${ts(`categories.${c.category}`)}: ${c.count}`)
              .join(", "),
          }));
          if (rows.length === 0) return <Empty />;
          const uncovered = coverage.regionsWithoutActiveKim.length;
          return (
            <>
              <p>
                {t("coverage.summary", {
                  stakeholders: coverage.total.stakeholders,
                  kim: coverage.total.activeKim,
                  articles: coverage.total.articles,
                  events: coverage.total.events,
                })}
              </p>
              <p className={uncovered ? "notice notice-warning" : "notice notice-success"}>
                {uncovered
                  ? t("coverage.uncovered", { count: uncovered, total: rows.length })
                  : t("coverage.allCovered")}
              </p>
              <DataTable caption={t("coverage.title")} columns={columns} rows={rows} />
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
