import { useQueryClient } from "@tanstack/react-query";
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { request } from "../api/client";
import { toOutcome } from "../api/mutations";
import { Combobox, type ComboOption } from "../ui/Combobox";
import { CreateMentionMutation, DeleteMentionMutation } from "./newsroomOperations";
import { entityOf, type Entity, evidenceFor, groupMentions, MENTION_KINDS, mentionedIds } from "./mentions";
import { type MentionData, type MentionKind, MentionSearchQuery } from "./operations";

type Notice = { kind: "done" | "refused"; text: string };

/**
 * Mark what an article mentions: autocomplete over stakeholders, people, regions, events and
 * regulations (by name or alias), then the current mentions by kind, each removable.
 */
export function MentionPanel({
  article,
  body,
}: {
  article: { id: string; mentions: readonly MentionData[] };
  /** The body as currently edited: the sentence naming the entity becomes the evidence. */
  body: string;
}) {
  const { t } = useTranslation("articles");
  const queryClient = useQueryClient();
  const kindId = useId();
  const [kind, setKind] = useState<MentionKind | "">("");
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const found = useRef(new Map<string, { entity: Entity; matched: string }>());
  const already = mentionedIds(article.mentions);

  async function search(text: string, signal: AbortSignal): Promise<ComboOption[]> {
    const { search: hits } = await request(
      MentionSearchQuery,
      { query: text, types: kind ? [kind] : null },
      signal,
    );
    const options: ComboOption[] = [];
    for (const hit of hits) {
      const entity = entityOf(hit.node);
      if (!entity) continue;
      found.current.set(entity.id, { entity, matched: hit.matched });
      const notes = [t(`mentions.kinds.${entity.kind}`)];
      if (hit.matched !== hit.label) notes.push(`\u201c${hit.matched}\u201d`);
      if (already.has(entity.id)) notes.push(t("mentions.already"));
      options.push({ id: entity.id, label: hit.label, detail: notes.join(" · ") });
    }
    return options;
  }

  async function change(call: () => Promise<{ __typename: string }>, done: string) {
    setBusy(true);
    setNotice(null);
    try {
      const outcome = toOutcome(await call(), "Mention");
      if (outcome.kind === "ok") {
        await queryClient.invalidateQueries();
        setNotice({ kind: "done", text: done });
      } else {
        setNotice({ kind: "refused", text: outcome.message || t("refusal.failed") });
      }
    } catch (error) {
      setNotice({ kind: "refused", text: error instanceof Error ? error.message : t("refusal.failed") });
    } finally {
      setBusy(false);
    }
  }

  function pick(option: ComboOption) {
    const hit = found.current.get(option.id);
    if (!hit) return;
    if (already.has(option.id)) {
      setNotice({ kind: "done", text: `${hit.entity.label}: ${t("mentions.already")}` });
      return;
    }
    const evidence = evidenceFor(body, [hit.entity.label, hit.matched]);
    void change(
      async () =>
        (
          await request(CreateMentionMutation, {
            input: { articleId: article.id, targetId: option.id, evidence, confirmed: true },
          })
        ).createMention,
      t("mentions.added", { name: hit.entity.label }),
    );
  }

  function remove(mention: MentionData, name: string) {
    void change(
      async () =>
        (await request(DeleteMentionMutation, { input: { id: mention.id, version: mention.version } }))
          .deleteMention,
      t("mentions.removed", { name }),
    );
  }

  const groups = groupMentions(article.mentions);
  return (
    <section className="card mention-panel" aria-labelledby="mentions-title">
      <h2 id="mentions-title">{t("mentions.title")}</h2>
      <div className="mention-search">
        <div className="filter">
          <label htmlFor={kindId}>{t("mentions.kindFilter")}</label>
          <select id={kindId} value={kind} onChange={(e) => setKind(e.target.value as MentionKind | "")}>
            <option value="">{t("list.all", { ns: "common" })}</option>
            {MENTION_KINDS.map((option) => (
              <option key={option} value={option}>
                {t(`mentions.kinds.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <Combobox key={kind} label={t("mentions.picker")} placeholder={t("mentions.pickerHint")} search={search} onSelect={pick} />
      </div>
      <div aria-live="polite">
        {notice && (
          <p className={notice.kind === "done" ? "notice notice-success" : "notice notice-error"}>{notice.text}</p>
        )}
      </div>
      {groups.length === 0 ? (
        <p className="muted">{t("mentions.none")}</p>
      ) : (
        groups.map((group) => (
          <div key={group.kind} className="mention-group">
            <h3>
              {t(`mentions.kinds.${group.kind}`)} ({group.items.length})
            </h3>
            <ul className="plain-list">
              {group.items.map(({ mention, entity }) => {
                const name = entity?.label ?? t("reader.unavailable");
                return (
                  <li key={mention.id} className="mention-item">
                    <div>
                      {entity ? <Link to={entity.href}>{name}</Link> : name}
                      {mention.evidence && <q className="mention-evidence">{mention.evidence}</q>}
                    </div>
                    <button
                      type="button"
                      className="button button-small"
                      disabled={busy}
                      aria-label={t("mentions.remove", { name })}
                      onClick={() => remove(mention, name)}
                    >
                      ×
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
