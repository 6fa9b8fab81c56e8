import { createBrowserRouter, type RouteObject } from "react-router";

import { routes as admin } from "./admin/routes";
import { routes as articles } from "./articles/routes";
import { LoginPage } from "./auth/LoginPage";
import { RequireAuth } from "./auth/RequireAuth";
import { routes as dashboard } from "./dashboard/routes";
import { routes as events } from "./events/routes";
import { routes as graph } from "./graph/routes";
import { Shell } from "./layout/Shell";
import { routes as people } from "./people/routes";
import { routes as regions } from "./regions/routes";
import { routes as regulations } from "./regulations/routes";
import { routes as stakeholders } from "./stakeholders/routes";
import { NotFound } from "./ui/NotFound";
import { Loading } from "./ui/states";

const screens: RouteObject[] = [
  ...dashboard,
  ...stakeholders,
  ...people,
  ...articles,
  ...events,
  ...regions,
  ...regulations,
  ...graph,
  ...admin,
  { path: "*", Component: NotFound },
];

export const router = createBrowserRouter(
  [
    { path: "/login", Component: LoginPage },
    {
      HydrateFallback: Loading,
      element: (
        <RequireAuth>
          <Shell />
        </RequireAuth>
      ),
      children: screens,
    },
  ],
  { basename: "/admin" },
);
