import type { RouteObject } from "react-router";

/** Screens of this feature, each loaded on first visit. */
export const routes: RouteObject[] = [
  { path: "regions", lazy: async () => ({ Component: (await import("./RegionList")).RegionList }) },
  {
    path: "regions/new",
    lazy: async () => ({ Component: (await import("./RegionForm")).RegionCreate }),
  },
  {
    path: "regions/:code",
    lazy: async () => ({ Component: (await import("./RegionDetail")).RegionDetail }),
  },
  {
    path: "regions/:code/edit",
    lazy: async () => ({ Component: (await import("./RegionForm")).RegionEdit }),
  },
];
