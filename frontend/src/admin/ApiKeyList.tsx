import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { useGraphQL } from "../api/hooks";
import { formatDateTime } from "../format/dates";
import { type Column, DataTable } from "../ui/DataTable";
import { Empty, QueryState } from "../ui/states";
import "./admin.css";
import { type ApiKey, ApiKeysQuery } from "./apiKeyOperations";
import { KeyStatus } from "./KeyStatus";

export function ApiKeyList() {
  const { t, i18n } = useTranslation("admin");
  const query = useGraphQL(ApiKeysQuery, {});
  const when = (value: string | null) => formatDateTime(value, i18n.language) || t("keys.never");

  const columns: Column<ApiKey>[] = [
    {
      key: "name",
      header: t("keys.fields.name"),
      render: (key) => <Link to={`/api-keys/${encodeURIComponent(key.id)}`}>{key.name}</Link>,
    },
    { key: "prefix", header: t("keys.fields.prefix"), render: (key) => <code>{key.prefix}</code> },
    { key: "status", header: t("keys.fields.status"), render: (key) => <KeyStatus apiKey={key} /> },
    {
      key: "scopes",
      header: t("keys.fields.scopes"),
      render: (key) => key.scopes.map((scope) => t(`keys.scopes.${scope}`)).join(", "),
    },
    { key: "expiresAt", header: t("keys.fields.expiresAt"), render: (key) => when(key.expiresAt) },
    {
      key: "lastUsedAt",
      header: t("keys.fields.lastUsedAt"),
      render: (key) => when(key.lastUsedAt),
    },
  ];

  return (
    <div className="page">
      <div className="page-header">
        <h1>{t("keys.title")}</h1>
        <Link className="button button-primary" to="/api-keys/new">
          {t("keys.new")}
        </Link>
      </div>
      <p className="muted admin-intro">{t("keys.intro")}</p>
      <QueryState query={query}>
        {({ apiKeys }) =>
          apiKeys.length === 0 ? (
            <Empty />
          ) : (
            <DataTable caption={t("keys.title")} columns={columns} rows={apiKeys} />
          )
        }
      </QueryState>
    </div>
  );
}
