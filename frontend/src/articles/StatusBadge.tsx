import { useTranslation } from "react-i18next";

import type { ArticleStatus } from "./operations";

/** An article's editorial state as a coloured label (the colour only repeats the word). */
export function StatusBadge({ status }: { status: ArticleStatus }) {
  const { t } = useTranslation("articles");
  return <span className={`badge status-badge status-${status.toLowerCase()}`}>{t(`statuses.${status}`)}</span>;
}
