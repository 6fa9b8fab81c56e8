import { useTranslation } from "react-i18next";

import type { PageInfo } from "../api/fragments";
import type { ResultOf } from "../graphql";
import type { ListPatch } from "./listState";

/** Previous / next over cursor pages, with the total. */
export function Pager({
  pageInfo,
  totalCount,
  onPage,
}: {
  pageInfo: ResultOf<typeof PageInfo>;
  totalCount: number;
  onPage: (patch: ListPatch) => void;
}) {
  const { t } = useTranslation();
  return (
    <nav className="pager" aria-label={t("list.pagination")}>
      <span className="pager-total" aria-live="polite">
        {t("list.total", { count: totalCount })}
      </span>
      <button
        type="button"
        className="button"
        disabled={!pageInfo.hasPreviousPage}
        onClick={() => onPage({ before: pageInfo.startCursor, after: null })}
      >
        ← {t("actions.previous")}
      </button>
      <button
        type="button"
        className="button"
        disabled={!pageInfo.hasNextPage}
        onClick={() => onPage({ after: pageInfo.endCursor, before: null })}
      >
        {t("actions.next")} →
      </button>
    </nav>
  );
}
