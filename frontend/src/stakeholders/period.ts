import type { TFunction } from "i18next";

import { formatDate } from "../format/dates";

/** "1 Mar 2019 – 31 Des 2024", "sejak 1 Mar 2019", "s.d. 31 Des 2024", or "" when undated. */
export function period(
  from: string | null,
  to: string | null,
  language: string,
  t: TFunction<"stakeholders">,
): string {
  const start = formatDate(from, language);
  const end = formatDate(to, language);
  if (start && end) return `${start} – ${end}`;
  if (start) return t("members.since", { date: start });
  if (end) return t("members.until", { date: end });
  return "";
}
