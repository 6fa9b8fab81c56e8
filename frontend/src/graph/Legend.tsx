import { useTranslation } from "react-i18next";

import type { LegendEntry } from "./scales";

/** What each colour means, with how many nodes wear it. */
export function Legend({ entries }: { entries: readonly LegendEntry[] }) {
  const { t } = useTranslation("graph");
  const name = (key: string): string => {
    const [group, value = ""] = key.split(":");
    if (group === "type") return t(`types.${value as "PERSON"}`);
    if (group === "category") return t(`categories.${value as "KIM"}`);
    return value === "other"
      ? t("legend.otherCommunities")
      : t("legend.community", { number: value });
  };
  return (
    <section className="graph-legend" aria-labelledby="graph-legend-title">
      <h2 id="graph-legend-title" className="visually-hidden">
        {t("legend.title")}
      </h2>
      <ul>
        {entries.map((entry) => (
          <li key={entry.key}>
            <span
              className="graph-swatch"
              style={{ background: entry.colour }}
              aria-hidden="true"
            />
            {name(entry.key)} <span className="muted">({entry.count})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
