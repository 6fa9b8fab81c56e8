import type { RouteObject } from "react-router";

/** Screens of this feature, each loaded on first visit. */
export const routes: RouteObject[] = [];
