import { useTranslation } from "react-i18next";

import { useGraphQL } from "../api/hooks";
import { QueryState } from "../ui/states";
import { MonthChart } from "./MonthChart";
import { ArticlesPerMonthQuery } from "./operations";
import { Panel } from "./Panel";

const MONTHS = 12;

export function ArticlesPanel() {
  const { t } = useTranslation("dashboard");
  const query = useGraphQL(ArticlesPerMonthQuery, { months: MONTHS });
  return (
    <Panel
      title={t("articles.title")}
      className="dash-wide"
      more={{ to: "/articles", label: t("articles.all") }}
    >
      <QueryState query={query}>
        {({ dashboard }) => <MonthChart months={dashboard.articlesPerMonth} />}
      </QueryState>
    </Panel>
  );
}
