import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation } from "react-router";

import { Loading } from "../ui/states";
import { useAuth } from "./AuthProvider";
import type { Role } from "./operations";

/** Sends anonymous visitors to the login page, remembering where they were going. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { state } = useAuth();
  const location = useLocation();
  if (state.status === "loading") return <Loading />;
  if (state.status === "anonymous") {
    const next = `${location.pathname}${location.search}`;
    const params = new URLSearchParams({ next });
    if (state.reason) params.set("reason", state.reason);
    return <Navigate to={`/login?${params.toString()}`} replace />;
  }
  return children;
}

/** Screens for some roles only (the server refuses the data anyway). */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { state } = useAuth();
  const { t } = useTranslation();
  if (state.status !== "signedIn" || !roles.includes(state.viewer.role)) {
    return (
      <div className="page">
        <p role="alert" className="notice notice-error">
          {t("state.forbidden")}
        </p>
      </div>
    );
  }
  return children;
}
