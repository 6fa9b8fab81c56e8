import type { Editor } from "@tiptap/react";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";

const ALLOWED = /^(https?:\/\/|mailto:)\S+$/i;

/** Set or remove the link on the selected text (or insert the address as a link). */
export function LinkForm({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const { t } = useTranslation("articles");
  const { t: tc } = useTranslation();
  const id = useId();
  const current = (editor.getAttributes("link").href as string | undefined) ?? "";
  const [href, setHref] = useState(current || "https://");
  const [invalid, setInvalid] = useState(false);

  function close() {
    onClose();
    editor.commands.focus();
  }

  function apply(event: FormEvent) {
    event.preventDefault();
    const url = href.trim();
    if (!ALLOWED.test(url)) {
      setInvalid(true);
      return;
    }
    const chain = editor.chain().focus().extendMarkRange("link");
    if (editor.state.selection.empty && !editor.isActive("link")) {
      chain.insertContent({ type: "text", text: url, marks: [{ type: "link", attrs: { href: url } }] }).run();
    } else {
      chain.setLink({ href: url }).run();
    }
    onClose();
  }

  return (
    // Not a <form>: it sits inside the article form, and forms cannot nest.
    <div
      className="link-form"
      role="group"
      aria-label={t("editor.link")}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.preventDefault();
          close();
        } else if (e.key === "Enter") apply(e);
      }}
    >
      <label htmlFor={id}>{t("editor.linkUrl")}</label>
      <input
        id={id}
        type="url"
        autoFocus
        value={href}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(e) => {
          setHref(e.target.value);
          setInvalid(false);
        }}
      />
      {invalid && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {t("editor.linkInvalid")}
        </p>
      )}
      <div className="actions">
        <button type="button" className="button button-small button-primary" onClick={apply}>
          {t("editor.linkApply")}
        </button>
        {current && (
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              editor.chain().focus().extendMarkRange("link").unsetLink().run();
              onClose();
            }}
          >
            {t("editor.linkRemove")}
          </button>
        )}
        <button type="button" className="button button-small" onClick={close}>
          {tc("actions.cancel")}
        </button>
      </div>
    </div>
  );
}
