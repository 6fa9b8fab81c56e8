import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";

import { ApiError } from "../api/client";
import type { ChangeResult } from "./newsroomOperations";

/** What the last newsroom change did: done, or refused (with the server's own words). */
export type ChangeNotice =
  | { kind: "done"; text: string }
  | { kind: "refused"; text: string; detail: string; conflict: boolean; fields: Record<string, string> };

type Changed = Extract<ChangeResult, { __typename: "Article" }>;

/**
 * Run one newsroom change (a move, a tag, a restore) and turn its result into a notice; on
 * success every cached query is refreshed so the screen shows the new version.
 */
export function useArticleChange() {
  const { t } = useTranslation("articles");
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<ChangeNotice | null>(null);

  const run = useCallback(
    async (
      call: () => Promise<{ result: ChangeResult }>,
      done: (article: Changed) => string,
    ): Promise<Changed | null> => {
      setBusy(true);
      setNotice(null);
      try {
        const { result } = await call();
        if (result.__typename === "Article") {
          await queryClient.invalidateQueries();
          setNotice({ kind: "done", text: done(result) });
          return result;
        }
        setNotice(refusal(result, t));
      } catch (error) {
        const detail = error instanceof ApiError ? error.message : "";
        setNotice({ kind: "refused", text: t("refusal.failed"), detail, conflict: false, fields: {} });
      } finally {
        setBusy(false);
      }
      return null;
    },
    [queryClient, t],
  );

  return { run, busy, notice, clear: () => setNotice(null) };
}

type Translate = ReturnType<typeof useTranslation<"articles">>["t"];

function refusal(result: Exclude<ChangeResult, { __typename: "Article" }>, t: Translate): ChangeNotice {
  const base = { kind: "refused" as const, detail: result.message, conflict: false, fields: {} };
  switch (result.__typename) {
    case "InvalidTransitionError":
      return {
        ...base,
        text: t("refusal.invalidTransition", { status: t(`statuses.${result.currentStatus}`) }),
      };
    case "PermissionDeniedError":
      return { ...base, text: t("refusal.forbidden") };
    case "ConflictError":
      return { ...base, text: t("refusal.conflict"), conflict: true };
    case "NotFoundError":
      return { ...base, text: t("refusal.notFound") };
    case "ValidationError": {
      const fields: Record<string, string> = {};
      for (const error of result.errors) fields[error.field] ??= error.message;
      return { ...base, text: t("refusal.invalid"), fields };
    }
    default:
      return { ...base, text: t("refusal.failed") };
  }
}
