import { useTranslation } from "react-i18next";

import { ApiError } from "../api/client";

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t("state.loading")}
    </p>
  );
}

export function Empty({ filtered = false }: { filtered?: boolean }) {
  const { t } = useTranslation();
  return <p className="state state-empty">{filtered ? t("state.noResults") : t("state.empty")}</p>;
}

export function ErrorState({ error, retry }: { error: unknown; retry?: () => void }) {
  const { t } = useTranslation();
  let message = t("state.error");
  if (error instanceof ApiError && error.code === "NETWORK") message = t("state.network");
  else if (error instanceof ApiError && error.code === "FORBIDDEN") message = t("state.forbidden");
  return (
    <div className="state state-error" role="alert">
      <p>{message}</p>
      {error instanceof ApiError && error.code !== "NETWORK" && (
        <p className="muted">{error.message}</p>
      )}
      {retry && (
        <button type="button" className="button" onClick={retry}>
          {t("actions.retry")}
        </button>
      )}
    </div>
  );
}

/** The three states of a query in one place: loading, error (with retry), then the data. */
export function QueryState<T>({
  query,
  children,
}: {
  query: { data: T | undefined; error: unknown; isPending: boolean; refetch: () => unknown };
  children: (data: T) => React.ReactNode;
}) {
  if (query.error) return <ErrorState error={query.error} retry={() => void query.refetch()} />;
  if (query.isPending || query.data === undefined) return <Loading />;
  return <>{children(query.data)}</>;
}

/** A query for one record: its loading and error states, "not found" when it finds none. */
export function RecordState<T, R>({
  query,
  record,
  children,
}: {
  query: { data: T | undefined; error: unknown; isPending: boolean; refetch: () => unknown };
  record: (data: T) => R | null;
  children: (record: R) => React.ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <QueryState query={query}>
      {(data) => {
        const found = record(data);
        return found === null ? <p className="state">{t("state.notFound")}</p> : children(found);
      }}
    </QueryState>
  );
}
