import { useTranslation } from "react-i18next";

import { useGraphQL } from "../api/hooks";
import { type ListDefaults, pageVariables } from "../ui/listState";
import { Pager } from "../ui/Pager";
import { Empty, QueryState } from "../ui/states";
import { useListState } from "../ui/useListState";
import "./admin.css";
import { useRecordLinks } from "../dashboard/recordLinks";
import { ApiKeysQuery } from "./apiKeyOperations";
import { AuditEntryView } from "./AuditEntryView";
import { AUDIT_FILTERS, auditFilter } from "./auditFilter";
import { AuditFilters } from "./AuditFilters";
import { AuditLogQuery } from "./auditOperations";
import { UsersQuery } from "./userOperations";

// The log has one order (newest first); sort and direction only satisfy the list state.
const DEFAULTS: ListDefaults = { sort: "AT", direction: "DESC", filters: AUDIT_FILTERS };

export function AuditLog() {
  const { t } = useTranslation("admin");
  const { state, update } = useListState(DEFAULTS);
  const query = useGraphQL(
    AuditLogQuery,
    { filter: auditFilter(state.filters), ...pageVariables(state) },
    { keepPrevious: true },
  );
  const filtered = Object.keys(state.filters).length > 0;
  // Names for the accounts and keys entries touch (the users list is shared with the filter).
  const users = useGraphQL(UsersQuery, {});
  const keys = useGraphQL(ApiKeysQuery, {});
  const names = new Map<string, string>();
  for (const user of users.data?.users ?? []) names.set(user.id, user.fullName || user.email);
  for (const key of keys.data?.apiKeys ?? []) names.set(key.id, key.name);
  const links = useRecordLinks(query.data?.auditLog.edges.map(({ node }) => node) ?? []);

  return (
    <div className="page">
      <h1>{t("audit.title")}</h1>
      <p className="muted admin-intro">{t("audit.intro")}</p>
      <AuditFilters filters={state.filters} onChange={(filters) => update({ filters })} />
      <QueryState query={query}>
        {({ auditLog }) =>
          auditLog.edges.length === 0 ? (
            <Empty filtered={filtered} />
          ) : (
            <>
              <ul className="audit-entries" aria-label={t("audit.entries")}>
                {auditLog.edges.map(({ node }) => (
                  <AuditEntryView
                    key={node.id}
                    entry={node}
                    entityName={node.entityId ? names.get(node.entityId) : undefined}
                    link={node.entityId ? links.get(node.entityId) : undefined}
                    onlyThis={
                      state.filters.entity ? null : (entity) => update({ filters: { entity } })
                    }
                  />
                ))}
              </ul>
              <Pager
                pageInfo={auditLog.pageInfo}
                totalCount={auditLog.totalCount}
                onPage={update}
              />
            </>
          )
        }
      </QueryState>
    </div>
  );
}
