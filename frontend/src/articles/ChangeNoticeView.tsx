import { useTranslation } from "react-i18next";

import type { ChangeNotice } from "./useArticleChange";

/** The outcome of a newsroom change: a quiet status when done, an alert when refused. */
export function ChangeNoticeView({
  notice,
  onReload,
}: {
  notice: ChangeNotice | null;
  onReload?: () => void;
}) {
  const { t } = useTranslation("articles");
  const { t: tc } = useTranslation();
  if (!notice) return null;
  if (notice.kind === "done") {
    return (
      <p className="notice notice-success" role="status">
        {notice.text}
      </p>
    );
  }
  return (
    <div className="notice notice-error" role="alert">
      <p>{notice.text}</p>
      {/* Field errors show beside their fields; the server's words are only needed otherwise. */}
      {notice.detail && Object.keys(notice.fields).length === 0 && (
        <p className="refusal-detail">{t("refusal.server", { message: notice.detail })}</p>
      )}
      {notice.conflict && onReload && (
        <button type="button" className="button" onClick={onReload}>
          {tc("actions.reload")}
        </button>
      )}
    </div>
  );
}
