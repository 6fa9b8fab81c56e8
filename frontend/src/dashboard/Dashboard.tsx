import { useTranslation } from "react-i18next";

import { canWrite, useViewer } from "../auth/AuthProvider";
import { ArticlesPanel } from "./ArticlesPanel";
import "./dashboard.css";
import { DormantStakeholders } from "./DormantStakeholders";
import { RecentChanges } from "./RecentChanges";
import { CategoryPanel, RegionPanel } from "./StakeholderCounts";
import { UpcomingEvents } from "./UpcomingEvents";

/** The start page: every panel loads (and may fail) on its own. */
export function Dashboard() {
  const { t } = useTranslation("dashboard");
  const viewer = useViewer();
  return (
    <div className="page dashboard">
      <h1>{t("title")}</h1>
      <div className="dash-grid">
        <CategoryPanel />
        <RegionPanel />
        <ArticlesPanel />
        <UpcomingEvents />
        {canWrite(viewer.role) && <RecentChanges />}
        <DormantStakeholders />
      </div>
    </div>
  );
}
