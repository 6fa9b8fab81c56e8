import { type KeyboardEvent, useState } from "react";
import { useTranslation } from "react-i18next";

import { useGraphQL } from "../api/hooks";
import { Field } from "../ui/fields";
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
    <div className="field-wide">
      <Field label={label} error={error} hint={t("editor.tagHint")}>
        {({ id, describedBy, invalid }) => (
          <>
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
                aria-describedby={describedBy}
                aria-invalid={invalid}
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
          </>
        )}
      </Field>
    </div>
  );
}
