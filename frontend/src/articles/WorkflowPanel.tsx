import { useState } from "react";
import { useTranslation } from "react-i18next";

import { request } from "../api/client";
import { useViewer } from "../auth/AuthProvider";
import { formatDateTime, fromOfficeInput, toOfficeInput } from "../format/dates";
import { TextField } from "../ui/fields";
import { ChangeNoticeView } from "./ChangeNoticeView";
import {
  ArchiveArticle,
  type ArticleMove,
  PublishArticle,
  ReturnArticleToDraft,
  ScheduleArticle,
  SubmitArticle,
  UnarchiveArticle,
  UnscheduleArticle,
} from "./newsroomOperations";
import type { ArticleStatus } from "./operations";
import { StatusBadge } from "./StatusBadge";
import { useArticleChange } from "./useArticleChange";
import { movesFor, movesForOthers } from "./workflow";

const SIMPLE = {
  SUBMIT: SubmitArticle,
  RETURN_TO_DRAFT: ReturnArticleToDraft,
  PUBLISH: PublishArticle,
  UNSCHEDULE: UnscheduleArticle,
  ARCHIVE: ArchiveArticle,
  UNARCHIVE: UnarchiveArticle,
} as const;

/** An hour from now, on the minute, as the schedule field's first suggestion. */
function suggestedTime(): string {
  return toOfficeInput(new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000 + 3_600_000).toISOString());
}

/**
 * The editorial moves this viewer may make from the article's state; the ones only another role
 * may make are named, and the server's refusals are shown as they come.
 */
export function WorkflowPanel({
  article,
  blockedReason,
  onReload,
}: {
  article: { id: string; version: number; status: ArticleStatus; publishedAt: string | null };
  /** Why the moves are off for now (e.g. unsaved edits), if they are. */
  blockedReason?: string | null;
  onReload: () => void;
}) {
  const { t, i18n } = useTranslation("articles");
  const viewer = useViewer();
  const change = useArticleChange();
  const [publishAt, setPublishAt] = useState(suggestedTime);
  const moves = movesFor(article.status, viewer.role);
  const others = movesForOthers(article.status, viewer.role);
  const input = { id: article.id, version: article.version };
  const done = (after: { status: ArticleStatus }) =>
    t("workflow.done", { status: t(`statuses.${after.status}`) });

  const make = (move: ArticleMove) => {
    if (move === "SCHEDULE") {
      const at = fromOfficeInput(publishAt);
      return change.run(
        () => request(ScheduleArticle, { input: { ...input, publishAt: at ?? publishAt } }),
        done,
      );
    }
    return change.run(() => request(SIMPLE[move], { input }), done);
  };

  return (
    <section className="card workflow-panel" aria-labelledby="workflow-title">
      <h2 id="workflow-title">{t("workflow.title")}</h2>
      <p>
        {t("workflow.current")}: <StatusBadge status={article.status} />
        {article.status === "SCHEDULED" && article.publishedAt && (
          <span className="muted"> {formatDateTime(article.publishedAt, i18n.language)}</span>
        )}
      </p>
      <ChangeNoticeView notice={change.notice} onReload={onReload} />
      {blockedReason && moves.length > 0 && <p className="hint">{blockedReason}</p>}
      {moves.length === 0 && others.length === 0 && <p className="muted">{t("workflow.none")}</p>}
      {moves.some((move) => move !== "SCHEDULE") && (
        <div className="actions workflow-moves">
          {moves
            .filter((move) => move !== "SCHEDULE")
            .map((move) => (
              <button
                key={move}
                type="button"
                className={move === "PUBLISH" || move === "SUBMIT" ? "button button-primary" : "button"}
                disabled={change.busy || Boolean(blockedReason)}
                onClick={() => void make(move)}
              >
                {t(`workflow.moves.${move}`)}
              </button>
            ))}
        </div>
      )}
      {moves.includes("SCHEDULE") && (
        <fieldset className="schedule">
          <legend>{t("workflow.moves.SCHEDULE")}</legend>
          <TextField
            label={t("workflow.publishAt")}
            hint={t("workflow.publishAtHint")}
            type="datetime-local"
            value={publishAt}
            error={change.notice?.kind === "refused" ? change.notice.fields.publishAt : undefined}
            onChange={setPublishAt}
          />
          <button
            type="button"
            className="button"
            disabled={change.busy || Boolean(blockedReason)}
            onClick={() => void make("SCHEDULE")}
          >
            {t("workflow.moves.SCHEDULE")}
          </button>
        </fieldset>
      )}
      {others.length > 0 && (
        <p className="hint">
          {t("workflow.othersOnly", { moves: others.map((move) => t(`workflow.moves.${move}`)).join(", ") })}
        </p>
      )}
    </section>
  );
}
