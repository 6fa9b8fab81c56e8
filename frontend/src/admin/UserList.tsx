import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";

import { useGraphQL } from "../api/hooks";
import { useViewer } from "../auth/AuthProvider";
import { formatDateTime } from "../format/dates";
import { type Column, DataTable } from "../ui/DataTable";
import { Empty, QueryState } from "../ui/states";
import "./admin.css";
import { UserActions } from "./UserActions";
import { type User, UsersQuery } from "./userOperations";

export function UserList() {
  const { t, i18n } = useTranslation("admin");
  const { t: tc } = useTranslation();
  const viewer = useViewer();
  const query = useGraphQL(UsersQuery, {});
  const location = useLocation();
  const [notice, setNotice] = useState<string | null>(() => noticeOf(location.state));

  const columns: Column<User>[] = [
    {
      key: "fullName",
      header: t("users.fields.fullName"),
      render: (user) => (
        <>
          {user.fullName || "—"}{" "}
          {user.id === viewer.id && <span className="badge">{t("users.you")}</span>}
        </>
      ),
    },
    { key: "email", header: t("users.fields.email"), render: (user) => user.email },
    { key: "role", header: t("users.fields.role"), render: (user) => tc(`roles.${user.role}`) },
    {
      key: "status",
      header: t("users.fields.status"),
      render: (user) =>
        user.isActive ? (
          <span className="badge badge-success">{t("users.active")}</span>
        ) : (
          <span className="badge badge-danger">{t("users.inactive")}</span>
        ),
    },
    {
      key: "lastLoginAt",
      header: t("users.fields.lastLoginAt"),
      render: (user) => formatDateTime(user.lastLoginAt, i18n.language) || t("users.never"),
    },
    {
      key: "actions",
      header: t("users.fields.actions"),
      render: (user) => <UserActions user={user} self={user.id === viewer.id} onDone={setNotice} />,
    },
  ];

  return (
    <div className="page">
      <div className="page-header">
        <h1>{t("users.title")}</h1>
        <Link className="button button-primary" to="/users/new">
          {t("users.new")}
        </Link>
      </div>
      <div aria-live="polite">{notice && <p className="notice notice-success">{notice}</p>}</div>
      <QueryState query={query}>
        {({ users }) =>
          users.length === 0 ? (
            <Empty />
          ) : (
            <DataTable caption={t("users.title")} columns={columns} rows={users} />
          )
        }
      </QueryState>
    </div>
  );
}

/** A message the previous screen handed over (e.g. "user created"). */
function noticeOf(state: unknown): string | null {
  if (typeof state === "object" && state !== null && "notice" in state) {
    return typeof state.notice === "string" ? state.notice : null;
  }
  return null;
}
