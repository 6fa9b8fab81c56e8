import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";

import { useGraphQL, useGraphQLMutation } from "../api/hooks";
import { toOutcome } from "../api/mutations";
import { formatDateTime } from "../format/dates";
import { QueryState } from "../ui/states";
import "./admin.css";
import {
  type ApiKey,
  ApiKeysQuery,
  type IssuedKey,
  RevokeApiKeyMutation,
  RotateApiKeyMutation,
} from "./apiKeyOperations";
import { ApiKeyUsage } from "./ApiKeyUsage";
import { ConfirmDialog } from "./Dialog";
import { KeyStatus } from "./KeyStatus";
import { SecretDialog } from "./SecretDialog";

/** One key: its settings, a new secret or revocation (both asked first), its recent use. */
export function ApiKeyDetail() {
  const { t } = useTranslation("admin");
  const { id = "" } = useParams();
  // There is no single-key query; the list is short and usually cached already.
  const query = useGraphQL(ApiKeysQuery, {});
  return (
    <div className="page">
      <nav className="muted">
        <Link to="/api-keys">← {t("keys.title")}</Link>
      </nav>
      <QueryState query={query}>
        {({ apiKeys }) => {
          const apiKey = apiKeys.find((key) => key.id === id);
          if (!apiKey) {
            return (
              <p className="notice notice-error" role="alert">
                {t("keys.notFound")}
              </p>
            );
          }
          return <KeyPage apiKey={apiKey} />;
        }}
      </QueryState>
    </div>
  );
}

function KeyPage({ apiKey }: { apiKey: ApiKey }) {
  const { t, i18n } = useTranslation("admin");
  const [asking, setAsking] = useState<"rotate" | "revoke" | null>(null);
  const [issued, setIssued] = useState<IssuedKey | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const rotate = useGraphQLMutation(RotateApiKeyMutation);
  const revoke = useGraphQLMutation(RevokeApiKeyMutation);
  const when = (value: string | null) => formatDateTime(value, i18n.language) || t("keys.never");
  const input = { input: { id: apiKey.id } };
  const name = apiKey.name;

  return (
    <>
      <div className="page-header">
        <h1>{name}</h1>
        {apiKey.status !== "REVOKED" && (
          <div className="actions">
            <button type="button" className="button" onClick={() => setAsking("rotate")}>
              {t("keys.rotate")}
            </button>
            <button
              type="button"
              className="button button-danger"
              onClick={() => setAsking("revoke")}
            >
              {t("keys.revoke")}
            </button>
          </div>
        )}
      </div>
      <div aria-live="polite">{notice && <p className="notice notice-success">{notice}</p>}</div>
      <section className="card" aria-labelledby="key-details">
        <h2 id="key-details">{t("keys.details")}</h2>
        <dl className="details">
          <dt>{t("keys.fields.status")}</dt>
          <dd>
            <KeyStatus apiKey={apiKey} />
          </dd>
          <dt>{t("keys.fields.prefix")}</dt>
          <dd>
            <code>{apiKey.prefix}</code>
          </dd>
          <dt>{t("keys.fields.scopes")}</dt>
          <dd>{apiKey.scopes.map((scope) => t(`keys.scopes.${scope}`)).join(", ")}</dd>
          <dt>{t("keys.fields.requestsPerMinute")}</dt>
          <dd>{apiKey.requestsPerMinute ?? t("keys.unlimited")}</dd>
          <dt>{t("keys.fields.expiresAt")}</dt>
          <dd>{when(apiKey.expiresAt)}</dd>
          {apiKey.revokedAt && (
            <>
              <dt>{t("keys.fields.revokedAt")}</dt>
              <dd>{when(apiKey.revokedAt)}</dd>
            </>
          )}
          <dt>{t("keys.fields.lastUsedAt")}</dt>
          <dd>{when(apiKey.lastUsedAt)}</dd>
          <dt>{t("keys.fields.owner")}</dt>
          <dd>{apiKey.owner?.fullName ?? "—"}</dd>
          <dt>{t("keys.fields.createdAt")}</dt>
          <dd>{when(apiKey.createdAt)}</dd>
        </dl>
      </section>
      <ApiKeyUsage keyId={apiKey.id} />
      {asking === "rotate" && (
        <ConfirmDialog
          title={t("keys.rotateTitle", { name })}
          body={<p>{t("keys.rotateBody")}</p>}
          confirmLabel={t("keys.rotate")}
          onClose={() => setAsking(null)}
          onConfirm={async () => {
            const outcome = toOutcome(
              (await rotate.mutateAsync(input)).rotateApiKey,
              "IssuedApiKey",
            );
            if (outcome.kind !== "ok") return outcome.message;
            setIssued(outcome.value);
            return null;
          }}
        />
      )}
      {asking === "revoke" && (
        <ConfirmDialog
          title={t("keys.revokeTitle", { name })}
          body={<p>{t("keys.revokeBody")}</p>}
          confirmLabel={t("keys.revoke")}
          onClose={() => setAsking(null)}
          onConfirm={async () => {
            const outcome = toOutcome((await revoke.mutateAsync(input)).revokeApiKey, "ApiKey");
            if (outcome.kind !== "ok") return outcome.message;
            setNotice(t("keys.revoked", { name }));
            return null;
          }}
        />
      )}
      {issued && <SecretDialog issued={issued} onClose={() => setIssued(null)} />}
    </>
  );
}
