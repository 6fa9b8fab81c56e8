import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { request } from "../api/client";
import { ChangeNoticeView } from "./ChangeNoticeView";
import { AddArticleTag, RemoveArticleTag } from "./newsroomOperations";
import { useArticleChange } from "./useArticleChange";

/** An article's tags; writers add and remove them one at a time, each a new version. */
export function TagPanel({
  article,
  writable,
  onReload,
}: {
  article: { id: string; version: number; tags: readonly { id: string; name: string; slug: string }[] };
  writable: boolean;
  onReload: () => void;
}) {
  const { t } = useTranslation("articles");
  const change = useArticleChange();
  const [text, setText] = useState("");
  const inputId = useId();
  const base = { articleId: article.id, version: article.version };

  async function add(event: FormEvent) {
    event.preventDefault();
    const tag = text.trim();
    if (!tag) return;
    const done = await change.run(() => request(AddArticleTag, { input: { ...base, tag } }), () => tag);
    if (done) {
      setText("");
      change.clear();
    }
  }

  return (
    <section className="card" aria-labelledby="tags-title">
      <h2 id="tags-title">{t("tags.title")}</h2>
      <ChangeNoticeView notice={change.notice?.kind === "refused" ? change.notice : null} onReload={onReload} />
      {article.tags.length === 0 ? (
        <p className="muted">{t("tags.none")}</p>
      ) : (
        <ul className="chip-list">
          {article.tags.map((tag) => (
            <li key={tag.id} className="chip">
              <Link to={`/articles?tag=${tag.slug}`}>{tag.name}</Link>
              {writable && (
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={t("tags.remove", { tag: tag.name })}
                  disabled={change.busy}
                  onClick={() =>
                    void change.run(
                      () => request(RemoveArticleTag, { input: { ...base, tag: tag.name } }),
                      () => tag.name,
                    )
                  }
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {writable && (
        <form className="inline-form" onSubmit={(e) => void add(e)}>
          <label htmlFor={inputId} className="visually-hidden">
            {t("tags.input")}
          </label>
          <input
            id={inputId}
            type="text"
            value={text}
            placeholder={t("tags.input")}
            maxLength={100}
            onChange={(e) => setText(e.target.value)}
          />
          <button type="submit" className="button" disabled={change.busy || !text.trim()}>
            {t("tags.add")}
          </button>
        </form>
      )}
    </section>
  );
}
