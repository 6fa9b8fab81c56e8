import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useBlocker } from "react-router";

/** Asks before leaving a form with unsaved changes (in-app navigation and closing the tab). */
export function UnsavedChangesGuard({ when }: { when: boolean }) {
  const { t } = useTranslation();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      when && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!when) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [when]);

  if (blocker.state !== "blocked") return null;
  return (
    <div className="dialog-backdrop">
      <div
        className="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="unsaved-title"
      >
        <p id="unsaved-title">{t("form.unsaved")}</p>
        <div className="actions">
          <button type="button" className="button button-primary" autoFocus onClick={() => blocker.reset()}>
            {t("form.stay")}
          </button>
          <button type="button" className="button button-danger" onClick={() => blocker.proceed()}>
            {t("form.leave")}
          </button>
        </div>
      </div>
    </div>
  );
}
