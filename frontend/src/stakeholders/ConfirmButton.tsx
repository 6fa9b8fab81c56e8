import { type ReactNode, useId, useState } from "react";
import { useTranslation } from "react-i18next";

/** A button that asks first, in a modal dialog, before running a destructive action. */
export function ConfirmButton({
  children,
  question,
  onConfirm,
  className = "button button-small",
  disabled = false,
}: {
  children: ReactNode;
  question: string;
  onConfirm: () => void;
  className?: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className} disabled={disabled} onClick={() => setOpen(true)}>
        {children}
      </button>
      {open && (
        <div className="dialog-backdrop">
          <div
            className="dialog"
            role="alertdialog"
            aria-modal="true"
            aria-labelledby={id}
            onKeyDown={(e) => e.key === "Escape" && setOpen(false)}
          >
            <p id={id}>{question}</p>
            <div className="actions">
              <button type="button" className="button" autoFocus onClick={() => setOpen(false)}>
                {t("actions.cancel")}
              </button>
              <button
                type="button"
                className="button button-danger"
                onClick={() => {
                  setOpen(false);
                  onConfirm();
                }}
              >
                {t("actions.delete")}
              </button>
            </div>
          </div>
        </div>
      )}
    </>
  );
}
