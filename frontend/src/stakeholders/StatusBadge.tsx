import { useTranslation } from "react-i18next";

import type { StakeholderStatus } from "./operations";

const TONE: Record<StakeholderStatus, string> = {
  ACTIVE: "badge badge-success",
  DORMANT: "badge badge-warning",
  DISSOLVED: "badge badge-danger",
};

export function StatusBadge({ status }: { status: StakeholderStatus }) {
  const { t } = useTranslation("stakeholders");
  return <span className={TONE[status]}>{t(`statuses.${status}`)}</span>;
}
