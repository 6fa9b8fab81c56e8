import type { RouteObject } from "react-router";

/** Screens of this feature, each loaded on first visit. */
export const routes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import("./Dashboard")).Dashboard }) },
];
