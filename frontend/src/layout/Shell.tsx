import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { NavLink, Outlet, useLocation } from "react-router";

import { useAuth, useViewer } from "../auth/AuthProvider";
import type { Role } from "../auth/operations";
import { LanguageSwitch } from "./LanguageSwitch";

interface NavItem {
  to: string;
  label: "dashboard" | "stakeholders" | "people" | "articles" | "events" | "regions" | "regulations" | "graph" | "users" | "apiKeys" | "audit";
  roles?: readonly Role[];
}

const MAIN: readonly NavItem[] = [
  { to: "/", label: "dashboard" },
  { to: "/stakeholders", label: "stakeholders" },
  { to: "/people", label: "people" },
  { to: "/articles", label: "articles" },
  { to: "/events", label: "events" },
  { to: "/regions", label: "regions" },
  { to: "/regulations", label: "regulations" },
  { to: "/graph", label: "graph" },
];

const ADMIN: readonly NavItem[] = [
  { to: "/users", label: "users", roles: ["ADMIN"] },
  { to: "/api-keys", label: "apiKeys", roles: ["ADMIN"] },
  { to: "/audit", label: "audit", roles: ["ADMIN"] },
];

/** The signed-in frame: skip link, navigation (a drawer on phones), header and the page. */
export function Shell() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { logout } = useAuth();
  const location = useLocation();
  const [open, setOpen] = useState(false);
  useEffect(() => setOpen(false), [location.pathname]);

  const link = (item: NavItem) => (
    <li key={item.to}>
      <NavLink to={item.to} end={item.to === "/"}>
        {t(`nav.${item.label}`)}
      </NavLink>
    </li>
  );
  const admin = ADMIN.filter((item) => !item.roles || item.roles.includes(viewer.role));

  return (
    <div className="shell">
      <a className="skip-link" href="#content">
        {t("nav.skip")}
      </a>
      <header className="topbar">
        <button
          type="button"
          className="menu-button"
          aria-expanded={open}
          aria-controls="main-nav"
          onClick={() => setOpen((value) => !value)}
        >
          ☰ <span className="visually-hidden">{t("nav.menu")}</span>
        </button>
        <span className="brand">{t("appName")}</span>
        <span className="who" title={viewer.email}>
          {t("auth.signedInAs", { name: viewer.fullName })} · {t(`roles.${viewer.role}`)}
        </span>
        <LanguageSwitch />
        <button type="button" className="button" onClick={() => void logout()}>
          {t("actions.logout")}
        </button>
      </header>
      <nav id="main-nav" className={open ? "sidebar open" : "sidebar"} aria-label={t("nav.main")}>
        <ul>{MAIN.map(link)}</ul>
        {admin.length > 0 && (
          <>
            <h2 className="nav-heading">{t("nav.admin")}</h2>
            <ul>{admin.map(link)}</ul>
          </>
        )}
      </nav>
      <main id="content" className="content" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
