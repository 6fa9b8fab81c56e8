import { useTranslation } from "react-i18next";

import type { ApiKey } from "./apiKeyOperations";

const TONE = { ACTIVE: "badge-success", EXPIRED: "badge-warning", REVOKED: "badge-danger" };

export function KeyStatus({ apiKey }: { apiKey: Pick<ApiKey, "status"> }) {
  const { t } = useTranslation("admin");
  return (
    <span className={`badge ${TONE[apiKey.status]}`}>{t(`keys.status.${apiKey.status}`)}</span>
  );
}
