import { useTranslation } from "react-i18next";
import { Link } from "react-router";

export function NotFound() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <h1>{t("state.notFound")}</h1>
      <Link to="/">{t("nav.dashboard")}</Link>
    </div>
  );
}
