import { useTranslation } from "react-i18next";

import { useGraphQL } from "../api/hooks";
import { formatDate } from "../format/dates";
import { type Column, DataTable } from "../ui/DataTable";
import { QueryState } from "../ui/states";
import { ApiKeyUsageQuery, type UsageDay } from "./apiKeyOperations";

const DAYS = 30;

/** Requests per day with errors, refusals and the most frequent operations. */
export function ApiKeyUsage({ keyId }: { keyId: string }) {
  const { t, i18n } = useTranslation("admin");
  const query = useGraphQL(ApiKeyUsageQuery, { keyId, days: DAYS });
  const number = new Intl.NumberFormat(i18n.language === "en" ? "en-GB" : "id-ID");
  const columns: Column<UsageDay & { id: string }>[] = [
    {
      key: "day",
      header: t("keys.usageFields.day"),
      render: (row) => formatDate(row.day, i18n.language),
    },
    {
      key: "requests",
      header: t("keys.usageFields.requests"),
      className: "numeric",
      render: (row) => number.format(row.requests),
    },
    {
      key: "errors",
      header: t("keys.usageFields.errors"),
      className: "numeric",
      render: (row) => number.format(row.errors),
    },
    {
      key: "refused",
      header: t("keys.usageFields.refused"),
      className: "numeric",
      render: (row) => number.format(row.refused),
    },
    {
      key: "operations",
      header: t("keys.usageFields.operations"),
      render: (row) =>
        row.operations
          .slice(0, 3)
          .map((operation) => `${operation.name} (${number.format(operation.count)})`)
          .join(", ") || "—",
    },
  ];
  return (
    <section className="card key-usage" aria-labelledby="key-usage">
      <h2 id="key-usage">{t("keys.usage")}</h2>
      <QueryState query={query}>
        {({ apiKeyUsage }) =>
          apiKeyUsage.length === 0 ? (
            <p className="state state-empty">{t("keys.usageEmpty")}</p>
          ) : (
            <DataTable
              caption={t("keys.usage")}
              columns={columns}
              rows={apiKeyUsage.map((day) => ({ ...day, id: day.day }))}
            />
          )
        }
      </QueryState>
    </section>
  );
}
