import { type KeyboardEvent, type ReactNode, useId, useState } from "react";
import { useTranslation } from "react-i18next";

type Tab = "write" | "preview";
const TABS: readonly Tab[] = ["write", "preview"];

/**
 * Write / preview as ARIA tabs (arrows switch, one tab stop). Both panels stay mounted so the
 * editor keeps its undo history while the preview shows.
 */
export function EditorTabs({ write, preview }: { write: ReactNode; preview: () => ReactNode }) {
  const { t } = useTranslation("articles");
  const id = useId();
  const [tab, setTab] = useState<Tab>("write");

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== "ArrowRight" && event.key !== "ArrowLeft") return;
    event.preventDefault();
    const next = TABS[(TABS.indexOf(tab) + 1) % TABS.length] ?? "write";
    setTab(next);
    document.getElementById(`${id}-${next}-tab`)?.focus();
  }

  return (
    <div className="editor-tabs field-wide">
      <div role="tablist" aria-label={t("editor.tabs")} className="tablist" onKeyDown={onKeyDown}>
        {TABS.map((name) => (
          <button
            key={name}
            id={`${id}-${name}-tab`}
            type="button"
            role="tab"
            aria-selected={tab === name}
            aria-controls={`${id}-${name}-panel`}
            tabIndex={tab === name ? 0 : -1}
            className="tab"
            onClick={() => setTab(name)}
          >
            {t(`editor.${name}`)}
          </button>
        ))}
      </div>
      <div
        id={`${id}-write-panel`}
        role="tabpanel"
        aria-labelledby={`${id}-write-tab`}
        hidden={tab !== "write"}
        className="form-fields"
      >
        {write}
      </div>
      <div
        id={`${id}-preview-panel`}
        role="tabpanel"
        aria-labelledby={`${id}-preview-tab`}
        hidden={tab !== "preview"}
        tabIndex={0}
        className="preview-panel"
      >
        {tab === "preview" && preview()}
      </div>
    </div>
  );
}
