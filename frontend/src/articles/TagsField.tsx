import { type KeyboardEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";

import { useGraphQL } from "../api/hooks";
import { TagOptionsQuery } from "./operations";

/** An article's tags as removable chips and a field (with the known tags suggested) to add one. */
export function TagsField({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: readonly string[];
  onChange: (tags: string[]) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation("articles");
  const id = useId();
  const [text, setText] = useState("");
  const known = useGraphQL(TagOptionsQuery, {});

  function add() {
    const tag = text.trim();
    if (tag && !value.some((existing) => existing.toLowerCase() === tag.toLowerCase())) {
      onChange([...value, tag]);
    }
    setText("");
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Enter" || event.key === ",") {
      event.preventDefault();
      add();
    }
  }

  return (
    <div className={error ? "field field-invalid field-wide" : "field field-wide"}>
      <label htmlFor={id}>{label}</label>
      {value.length > 0 && (
        <ul className="chip-list" aria-label={label}>
          {value.map((tag) => (
            <li key={tag} className="chip">
              {tag}
              <button
                type="button"
                className="chip-remove"
                aria-label={t("editor.tagRemove", { tag })}
                onClick={() => onChange(value.filter((other) => other !== tag))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="inline-form">
        <input
          id={id}
          type="text"
          list={`${id}-known`}
          value={text}
          maxLength={100}
          placeholder={t("editor.tagInput")}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
          aria-invalid={Boolean(error)}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <button type="button" className="button" onClick={add} disabled={!text.trim()}>
          {t("editor.tagAdd")}
        </button>
      </div>
      <datalist id={`${id}-known`}>
        {(known.data?.tags.edges ?? []).map(({ node }) => (
          <option key={node.id} value={node.name} />
        ))}
      </datalist>
      <p id={`${id}-hint`} className="hint">
        {t("editor.tagHint")}
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
