import type { RouteObject } from "react-router";

/** Screens of this feature, each loaded on first visit (the editor brings TipTap with it). */
export const routes: RouteObject[] = [
  { path: "articles", lazy: async () => ({ Component: (await import("./ArticleList")).ArticleList }) },
  {
    path: "articles/new",
    lazy: async () => ({ Component: (await import("./ArticleForm")).ArticleCreate }),
  },
  {
    path: "articles/:slug",
    lazy: async () => ({ Component: (await import("./ArticleDetail")).ArticleDetail }),
  },
  {
    path: "articles/:slug/edit",
    lazy: async () => ({ Component: (await import("./ArticleForm")).ArticleEdit }),
  },
  {
    path: "articles/:slug/revisions",
    lazy: async () => ({ Component: (await import("./RevisionList")).RevisionList }),
  },
];
