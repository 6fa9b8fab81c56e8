import i18n from "i18next";
import { initReactI18next } from "react-i18next";

import { admin } from "../admin/i18n";
import { articles } from "../articles/i18n";
import { dashboard } from "../dashboard/i18n";
import { events } from "../events/i18n";
import { graph } from "../graph/i18n";
import { people } from "../people/i18n";
import { regions } from "../regions/i18n";
import { regulations } from "../regulations/i18n";
import { stakeholders } from "../stakeholders/i18n";
import { common } from "./common";

/** Every feature keeps its words in its own folder; they meet here as i18next namespaces. */
export const namespaces = {
  common,
  dashboard,
  stakeholders,
  people,
  articles,
  events,
  regions,
  regulations,
  admin,
  graph,
};

export type Language = "id" | "en";
export const LANGUAGES: readonly Language[] = ["id", "en"];
const STORAGE_KEY = "simpul.language";

function storedLanguage(): Language {
  const stored = typeof localStorage === "undefined" ? null : localStorage.getItem(STORAGE_KEY);
  return stored === "en" ? "en" : "id";
}

function resources(language: Language): Record<string, object> {
  return Object.fromEntries(
    Object.entries(namespaces).map(([name, value]) => [name, value[language]]),
  );
}

void i18n.use(initReactI18next).init({
  lng: storedLanguage(),
  fallbackLng: "id",
  defaultNS: "common",
  ns: Object.keys(namespaces),
  resources: { id: resources("id"), en: resources("en") },
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});

export function setLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  void i18n.changeLanguage(language);
}

export function currentLanguage(): Language {
  return i18n.language === "en" ? "en" : "id";
}

if (typeof document !== "undefined") document.documentElement.lang = storedLanguage();

export default i18n;
