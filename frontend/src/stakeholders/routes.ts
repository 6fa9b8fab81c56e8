import type { RouteObject } from "react-router";

/** Screens of this feature, each loaded on first visit. */
export const routes: RouteObject[] = [
  {
    path: "stakeholders",
    lazy: async () => ({ Component: (await import("./StakeholderList")).StakeholderList }),
  },
  {
    path: "stakeholders/new",
    lazy: async () => ({ Component: (await import("./StakeholderForm")).StakeholderCreate }),
  },
  {
    path: "stakeholders/:slug",
    lazy: async () => ({ Component: (await import("./StakeholderProfile")).StakeholderProfile }),
  },
  {
    path: "stakeholders/:slug/edit",
    lazy: async () => ({ Component: (await import("./StakeholderForm")).StakeholderEdit }),
  },
];
