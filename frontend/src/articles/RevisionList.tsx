import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";

import { request } from "../api/client";
import { useGraphQL } from "../api/hooks";
import { canWrite, useViewer } from "../auth/AuthProvider";
import { formatDateTime } from "../format/dates";
import { NotFound } from "../ui/NotFound";
import { Empty, QueryState } from "../ui/states";
import "./articles.css";
import { ChangeNoticeView } from "./ChangeNoticeView";
import { revisionCause } from "./diff";
import { ArticleRevisionsQuery, RestoreArticleRevision, type RevisionData } from "./newsroomOperations";
import { RevisionChanges } from "./RevisionChanges";
import { StatusBadge } from "./StatusBadge";
import { useArticleChange } from "./useArticleChange";

const PAGE = 20;
const MAX = 100;

/** An article's saved states, newest first, each with what it changed; writers restore one. */
export function RevisionList() {
  const { t } = useTranslation("articles");
  const { slug = "" } = useParams();
  const [first, setFirst] = useState(PAGE);
  const query = useGraphQL(ArticleRevisionsQuery, { slug, first, before: null }, { keepPrevious: true });
  const writable = canWrite(useViewer().role);
  const restore = useArticleChange();

  return (
    <div className="page revisions-page">
      <QueryState query={query}>
        {({ article }) => {
          if (!article) return <NotFound />;
          const revisions = article.revisions ?? [];
          const newest = revisions[0]?.number;
          const restoreTo = (number: number) =>
            restore.run(
              () => request(RestoreArticleRevision, { input: { articleId: article.id, version: article.version, number } }),
              () => t("revisions.restored", { number }),
            );
          return (
            <>
              <p className="breadcrumb">
                <Link to="/articles">{t("title")}</Link> › <Link to={`/articles/${article.slug}`}>{article.title}</Link>
              </p>
              <div className="page-header">
                <h1>{t("revisions.title", { title: article.title })}</h1>
                <StatusBadge status={article.status} />
              </div>
              <ChangeNoticeView notice={restore.notice} onReload={() => void query.refetch()} />
              {revisions.length === 0 ? (
                <Empty />
              ) : (
                <ol className="revision-list">
                  {revisions.map((revision) => (
                    <RevisionItem
                      key={revision.number}
                      revision={revision}
                      current={revision.number === newest}
                      onRestore={writable && revision.number !== newest ? () => restoreTo(revision.number) : null}
                      busy={restore.busy}
                    />
                  ))}
                </ol>
              )}
              {revisions.length === first && first < MAX && (
                <button type="button" className="button" onClick={() => setFirst(first + PAGE)}>
                  {t("revisions.more")}
                </button>
              )}
            </>
          );
        }}
      </QueryState>
    </div>
  );
}

function RevisionItem({
  revision,
  current,
  onRestore,
  busy,
}: {
  revision: RevisionData;
  current: boolean;
  onRestore: (() => Promise<unknown>) | null;
  busy: boolean;
}) {
  const { t, i18n } = useTranslation("articles");
  const [open, setOpen] = useState(current);
  const [confirming, setConfirming] = useState(false);
  const cause = revisionCause(revision.note);
  const panelId = `revision-${revision.number}-changes`;
  let note: string = revision.note;
  if (cause.kind === "edit" || cause.kind === "tags") note = t(`revisions.note.${cause.kind}`);
  else if (cause.kind === "move") note = t("revisions.note.move", { move: t(`workflow.moves.${cause.move as "SUBMIT"}`) });
  else if (cause.kind === "restore") note = t("revisions.note.restore", { number: cause.number });

  return (
    <li className="card revision">
      <div className="revision-header">
        <h2>
          {t("revisions.number", { number: revision.number })}
          {current && <span className="badge">{t("revisions.current")}</span>}
        </h2>
        <StatusBadge status={revision.status} />
        <p className="muted revision-meta">
          {note} · <time dateTime={revision.createdAt}>{formatDateTime(revision.createdAt, i18n.language)}</time> ·{" "}
          {t("revisions.by", { name: revision.authorName ?? t("revisions.unknownAuthor") })}
        </p>
      </div>
      <div className="actions">
        <button type="button" className="button button-small" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
          {open ? t("revisions.hide") : t("revisions.show")}
        </button>
        {onRestore && !confirming && (
          <button type="button" className="button button-small" onClick={() => setConfirming(true)}>
            {t("revisions.restore")}
          </button>
        )}
      </div>
      {onRestore && confirming && (
        <div className="notice notice-warning" role="group" aria-label={t("revisions.restore")}>
          <p>{t("revisions.restoreConfirm", { number: revision.number })}</p>
          <div className="actions">
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              autoFocus
              onClick={() => void onRestore().then(() => setConfirming(false))}
            >
              {t("revisions.restoreYes")}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t("actions.cancel", { ns: "common" })}
            </button>
          </div>
        </div>
      )}
      <div id={panelId} hidden={!open}>
        {open && <RevisionChanges changes={revision.changes} />}
      </div>
    </li>
  );
}
