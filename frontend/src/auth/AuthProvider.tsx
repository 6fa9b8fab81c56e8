import { useQueryClient } from "@tanstack/react-query";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from "react";

import { request, session } from "../api/client";
import { setOfficeTimeZone } from "../format/dates";
import { LogoutMutation, type Role, type Viewer, ViewerQuery } from "./operations";

export type AuthState =
  | { status: "loading" }
  | { status: "anonymous"; reason: "expired" | "loggedOut" | null }
  | { status: "signedIn"; viewer: Viewer };

interface AuthContextValue {
  state: AuthState;
  signedIn(viewer: Viewer): void;
  logout(): Promise<void>;
}

const AuthContext = createContext<AuthContextValue | null>(null);

/** Who is signed in; the CSRF token lives in the transport's session state. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: "loading" });
  const queryClient = useQueryClient();

  const signedIn = useCallback((viewer: Viewer) => {
    session.csrfToken = viewer.csrfToken;
    setOfficeTimeZone(viewer.timeZone);
    setState({ status: "signedIn", viewer });
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    request(ViewerQuery, {}, controller.signal)
      .then(({ viewer }) =>
        viewer ? signedIn(viewer) : setState({ status: "anonymous", reason: null }),
      )
      .catch(() => {
        if (!controller.signal.aborted) setState({ status: "anonymous", reason: null });
      });
    return () => controller.abort();
  }, [signedIn]);

  useEffect(
    () =>
      session.onExpired(() => {
        queryClient.clear();
        setState({ status: "anonymous", reason: "expired" });
      }),
    [queryClient],
  );

  const logout = useCallback(async () => {
    try {
      await request(LogoutMutation, {});
    } finally {
      session.csrfToken = null;
      queryClient.clear();
      setState({ status: "anonymous", reason: "loggedOut" });
    }
  }, [queryClient]);

  return <AuthContext value={{ state, signedIn, logout }}>{children}</AuthContext>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error("useAuth outside AuthProvider");
  return value;
}

/** The signed-in viewer; only for screens behind RequireAuth. */
export function useViewer(): Viewer {
  const { state } = useAuth();
  if (state.status !== "signedIn") throw new Error("useViewer without a session");
  return state.viewer;
}

const WRITERS: readonly Role[] = ["ADMIN", "EDITOR"];

export function canWrite(role: Role): boolean {
  return WRITERS.includes(role);
}
