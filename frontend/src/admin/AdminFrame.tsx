import { Outlet } from "react-router";

import { RequireRole } from "../auth/RequireAuth";

/** Every admin screen: admins only (the server refuses the data to others anyway). */
export function AdminFrame() {
  return (
    <RequireRole roles={["ADMIN"]}>
      <Outlet />
    </RequireRole>
  );
}
