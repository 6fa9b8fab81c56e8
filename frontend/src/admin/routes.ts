import type { RouteObject } from "react-router";

/** Screens of this feature, each loaded on first visit; all behind the admins-only frame. */
export const routes: RouteObject[] = [
  {
    // A layout route without a path: the screens sit at /users, /api-keys and /audit.
    lazy: async () => ({ Component: (await import("./AdminFrame")).AdminFrame }),
    children: [
      { path: "users", lazy: async () => ({ Component: (await import("./UserList")).UserList }) },
      {
        path: "users/new",
        lazy: async () => ({ Component: (await import("./UserCreate")).UserCreate }),
      },
      {
        path: "api-keys",
        lazy: async () => ({ Component: (await import("./ApiKeyList")).ApiKeyList }),
      },
      {
        path: "api-keys/new",
        lazy: async () => ({ Component: (await import("./ApiKeyCreate")).ApiKeyCreate }),
      },
      {
        path: "api-keys/:id",
        lazy: async () => ({ Component: (await import("./ApiKeyDetail")).ApiKeyDetail }),
      },
      { path: "audit", lazy: async () => ({ Component: (await import("./AuditLog")).AuditLog }) },
    ],
  },
];
