import type { RouteObject } from "react-router";

/** Screens of this feature, each loaded on first visit. */
export const routes: RouteObject[] = [
  { path: "events", lazy: async () => ({ Component: (await import("./EventList")).EventList }) },
  {
    path: "events/new",
    lazy: async () => ({ Component: (await import("./EventForm")).EventCreate }),
  },
  {
    path: "events/:slug",
    lazy: async () => ({ Component: (await import("./EventDetail")).EventDetail }),
  },
  {
    path: "events/:slug/edit",
    lazy: async () => ({ Component: (await import("./EventForm")).EventEdit }),
  },
];
