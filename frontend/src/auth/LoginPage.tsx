import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useSearchParams } from "react-router";

import { ApiError, request } from "../api/client";
import { toOutcome } from "../api/mutations";
import { LanguageSwitch } from "../layout/LanguageSwitch";
import { useAuth } from "./AuthProvider";
import { LoginMutation } from "./operations";

/** Only same-app paths are followed after login (no open redirect). */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/login")) {
    return "/";
  }
  return next;
}

export function LoginPage() {
  const { t } = useTranslation();
  const { state, signedIn } = useAuth();
  const [params] = useSearchParams();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const next = safeNext(params.get("next"));
  const reason = params.get("reason");

  if (state.status === "signedIn") return <Navigate to={next} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { login } = await request(LoginMutation, { input: { email, password } });
      const outcome = toOutcome(login, "Viewer");
      if (outcome.kind === "ok") signedIn(outcome.value);
      else if (login.__typename === "TooManyAttemptsError") setError(t("auth.tooMany"));
      else setError(t("auth.failed"));
    } catch (caught) {
      setError(caught instanceof ApiError && caught.code === "NETWORK" ? t("state.network") : t("auth.failed"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="login">
      <form className="login-card" onSubmit={submit} aria-labelledby="login-title">
        <h1 id="login-title">{t("auth.title")}</h1>
        {reason === "expired" && !error && (
          <p className="notice notice-warning" role="status">
            {t("auth.expired")}
          </p>
        )}
        {reason === "loggedOut" && !error && (
          <p className="notice" role="status">
            {t("auth.loggedOut")}
          </p>
        )}
        {error && (
          <p className="notice notice-error" role="alert">
            {error}
          </p>
        )}
        <label className="field">
          <span>{t("auth.email")}</span>
          <input
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t("auth.password")}</span>
          <input
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        <button className="button button-primary" type="submit" disabled={busy}>
          {busy ? t("auth.submitting") : t("auth.submit")}
        </button>
        <LanguageSwitch />
      </form>
    </main>
  );
}
