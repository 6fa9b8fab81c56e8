import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

import { Dialog } from "./Dialog";
import type { IssuedKey } from "./apiKeyOperations";

/** The whole key, shown once right after it was issued; closing the dialog forgets it. */
export function SecretDialog({ issued, onClose }: { issued: IssuedKey; onClose: () => void }) {
  const { t } = useTranslation("admin");
  const inputId = useId();
  const input = useRef<HTMLTextAreaElement>(null);
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");

  async function copyKey() {
    try {
      await navigator.clipboard.writeText(issued.key);
      setCopy("copied");
    } catch {
      input.current?.select();
      setCopy("failed");
    }
  }

  return (
    <Dialog title={t("keys.secretTitle", { name: issued.apiKey.name })} onClose={onClose} alert>
      <p className="notice notice-warning">
        <strong>{t("keys.secretOnce")}</strong>
      </p>
      <div className="field">
        <label htmlFor={inputId}>{t("keys.secretLabel")}</label>
        <div className="secret">
          <textarea
            id={inputId}
            ref={input}
            readOnly
            rows={3}
            value={issued.key}
            spellCheck={false}
            onFocus={(event) => event.target.select()}
          />
          <button type="button" className="button" onClick={() => void copyKey()}>
            {t("keys.copy")}
          </button>
        </div>
        <p className="hint">{t("keys.secretUse")}</p>
        <p className="hint" role="status">
          {copy === "copied" && t("keys.copied")}
          {copy === "failed" && t("keys.copyFailed")}
        </p>
      </div>
      <div className="actions dialog-actions">
        <button type="button" className="button button-primary" onClick={onClose}>
          {t("keys.done")}
        </button>
      </div>
    </Dialog>
  );
}
