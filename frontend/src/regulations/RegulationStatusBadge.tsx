import { useTranslation } from "react-i18next";

import type { RegulationStatus } from "./operations";

export function RegulationStatusBadge({ status }: { status: RegulationStatus }) {
  const { t } = useTranslation("regulations");
  return (
    <span className={status === "IN_FORCE" ? "badge badge-success" : "badge badge-danger"}>
      {t(`statuses.${status}`)}
    </span>
  );
}
