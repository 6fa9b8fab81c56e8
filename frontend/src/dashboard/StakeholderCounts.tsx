import { useTranslation } from "react-i18next";

import { useGraphQL } from "../api/hooks";
import { Empty, QueryState } from "../ui/states";
import { CategoryCountsQuery, ProvinceQuery, RegionCountsQuery } from "./operations";
import { BarList, Panel } from "./Panel";

function total(counts: readonly { count: number }[]): number {
  return counts.reduce((sum, item) => sum + item.count, 0);
}

export function CategoryPanel() {
  const { t, i18n } = useTranslation("dashboard");
  const { t: ts } = useTranslation("stakeholders");
  const query = useGraphQL(CategoryCountsQuery, {});
  const counts = query.data?.dashboard.stakeholdersByCategory;
  return (
    <Panel
      title={counts ? t("byCategory.titleCount", { count: total(counts) }) : t("byCategory.title")}
      more={{ to: "/stakeholders", label: t("byCategory.all") }}
    >
      <QueryState query={query}>
        {({ dashboard }) =>
          total(dashboard.stakeholdersByCategory) === 0 ? (
            <Empty />
          ) : (
            <BarList
              language={i18n.language}
              bars={dashboard.stakeholdersByCategory.map(({ category, count }) => ({
                key: category,
                label: ts(`categories.${category}`),
                value: count,
                to: `/stakeholders?category=${category}`,
              }))}
            />
          )
        }
      </QueryState>
    </Panel>
  );
}

/** Stakeholders per regency and city of the province (each counted with its sub-regions). */
export function RegionPanel() {
  const { t } = useTranslation("dashboard");
  const province = useGraphQL(ProvinceQuery, {});
  return (
    <Panel title={t("byRegion.title")}>
      <QueryState query={province}>
        {({ regions }) => {
          const top = regions.edges[0]?.node;
          return top ? <RegionBars code={top.code} name={top.name} /> : <Empty />;
        }}
      </QueryState>
    </Panel>
  );
}

function RegionBars({ code, name }: { code: string; name: string }) {
  const { t, i18n } = useTranslation("dashboard");
  const query = useGraphQL(RegionCountsQuery, { region: code });
  return (
    <>
      <p className="muted dash-note">{t("byRegion.within", { name })}</p>
      <QueryState query={query}>
        {({ dashboard }) =>
          dashboard.stakeholdersByRegion.length === 0 ? (
            <Empty />
          ) : (
            <BarList
              language={i18n.language}
              bars={[...dashboard.stakeholdersByRegion]
                .sort(
                  (a, b) =>
                    b.stakeholders - a.stakeholders || a.region.code.localeCompare(b.region.code),
                )
                .map(({ region, stakeholders }) => ({
                  key: region.code,
                  label: region.name,
                  value: stakeholders,
                  to: `/stakeholders?region=${region.code}`,
                }))}
            />
          )
        }
      </QueryState>
    </>
  );
}
