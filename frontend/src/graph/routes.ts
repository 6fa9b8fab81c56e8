import type { RouteObject } from "react-router";

/** Screens of this feature, each loaded on first visit (sigma and graphology come with it). */
export const routes: RouteObject[] = [
  {
    path: "graph",
    lazy: async () => ({ Component: (await import("./GraphExplorer")).GraphExplorer }),
  },
];
