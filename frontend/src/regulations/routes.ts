import type { RouteObject } from "react-router";

/** Screens of this feature, each loaded on first visit. */
export const routes: RouteObject[] = [
  {
    path: "regulations",
    lazy: async () => ({ Component: (await import("./RegulationList")).RegulationList }),
  },
  {
    path: "regulations/new",
    lazy: async () => ({ Component: (await import("./RegulationForm")).RegulationCreate }),
  },
  {
    path: "regulations/:slug",
    lazy: async () => ({ Component: (await import("./RegulationDetail")).RegulationDetail }),
  },
  {
    path: "regulations/:slug/edit",
    lazy: async () => ({ Component: (await import("./RegulationForm")).RegulationEdit }),
  },
];
