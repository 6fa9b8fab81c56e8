import { useTranslation } from "react-i18next";

import { formatEventDates } from "./eventDates";
import type { DatePrecision, EventStatus } from "./operations";

/** When an event is, as exactly as known; approximate dates say so. */
export function EventWhen({
  event,
}: {
  event: { startsAt: string | null; endsAt: string | null; datePrecision: DatePrecision };
}) {
  const { t, i18n } = useTranslation("events");
  const when = formatEventDates(event.startsAt, event.endsAt, event.datePrecision, i18n.language);
  if (!when) return <span className="muted">{t("noDate")}</span>;
  return <>{event.datePrecision === "APPROXIMATE" ? t("approximately", { when }) : when}</>;
}

export function StatusBadge({ status }: { status: EventStatus }) {
  const { t } = useTranslation("events");
  const tone = { PLANNED: "badge-warning", HELD: "badge-success", CANCELLED: "badge-danger" };
  return <span className={`badge ${tone[status]}`}>{t(`statuses.${status}`)}</span>;
}
