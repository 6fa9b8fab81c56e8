import { useTranslation } from "react-i18next";

import { useGraphQL } from "../api/hooks";
import { DateFilter } from "../ui/DateFilter";
import { FilterSelect } from "../ui/FilterSelect";
import { AUDIT_FILTERS } from "./auditFilter";
import { AUDIT_ACTIONS, AUDITED_TYPES } from "./auditOperations";
import { UsersQuery } from "./userOperations";

type Patch = Record<string, string | null>;

/** Action, kind of record, actor, period and one record: all kept in the URL. */
export function AuditFilters({
  filters,
  onChange,
}: {
  filters: Record<string, string>;
  onChange: (patch: Patch) => void;
}) {
  const { t } = useTranslation("admin");
  // The actor list is a convenience: without it the other filters still work.
  const users = useGraphQL(UsersQuery, {});
  const actors = (users.data?.users ?? []).map((user) => ({
    value: user.id,
    label: user.fullName || user.email,
  }));
  const clearAll = Object.fromEntries(AUDIT_FILTERS.map((name) => [name, null]));

  return (
    <div className="toolbar" role="group" aria-label={t("list.filters", { ns: "common" })}>
      <FilterSelect
        label={t("audit.filters.action")}
        value={filters.action}
        options={AUDIT_ACTIONS.map((action) => ({
          value: action,
          label: t(`audit.actions.${action}`),
        }))}
        onChange={(action) => onChange({ action })}
      />
      <FilterSelect
        label={t("audit.filters.entityType")}
        value={filters.type}
        options={AUDITED_TYPES.map((type) => ({
          value: type,
          label: t(`audit.types.${type}`, type),
        }))}
        onChange={(type) => onChange({ type })}
      />
      <FilterSelect
        label={t("audit.filters.actor")}
        value={filters.actor}
        options={actors}
        onChange={(actor) => onChange({ actor })}
      />
      <DateFilter
        label={t("audit.filters.from")}
        value={filters.from}
        onChange={(from) => onChange({ from })}
      />
      <DateFilter
        label={t("audit.filters.to")}
        value={filters.to}
        onChange={(to) => onChange({ to })}
      />
      {filters.entity && (
        <p className="picked">
          <span className="badge">
            {t("audit.filters.entity")}: <code>{filters.entity}</code>
          </span>{" "}
          <button
            type="button"
            className="button button-small"
            onClick={() => onChange({ entity: null })}
          >
            {t("actions.reset", { ns: "common" })}
            <span className="visually-hidden"> {t("audit.filters.entity")}</span>
          </button>
        </p>
      )}
      {Object.keys(filters).length > 0 && (
        <button type="button" className="button" onClick={() => onChange(clearAll)}>
          {t("audit.filters.clear")}
        </button>
      )}
    </div>
  );
}
