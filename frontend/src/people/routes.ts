import type { RouteObject } from "react-router";

/** Screens of this feature, each loaded on first visit. */
export const routes: RouteObject[] = [
  { path: "people", lazy: async () => ({ Component: (await import("./PersonList")).PersonList }) },
  {
    path: "people/new",
    lazy: async () => ({ Component: (await import("./PersonForm")).PersonCreate }),
  },
  {
    path: "people/:slug",
    lazy: async () => ({ Component: (await import("./PersonDetail")).PersonDetail }),
  },
  {
    path: "people/:slug/edit",
    lazy: async () => ({ Component: (await import("./PersonForm")).PersonEdit }),
  },
];
