import { useId } from "react";
import { useTranslation } from "react-i18next";

import { useGraphQL } from "../api/hooks";
import { RegionPicker } from "../regions/RegionPicker";
import type { ExplorerPatch, ExplorerState } from "./explorerState";
import { CATEGORIES, RegionByCodeQuery, type StakeholderCategory } from "./operations";

/** Phones start with the filter folded away, so the drawing is in view. */
const wide =
  typeof window.matchMedia !== "function" || window.matchMedia("(min-width: 761px)").matches;

/** Which network to draw: a region's subtree, categories, a window of dates, a half-life. */
export function FilterBar({
  state,
  onChange,
}: {
  state: ExplorerState;
  onChange: (patch: ExplorerPatch) => void;
}) {
  const { t } = useTranslation("graph");
  const id = useId();
  const region = useGraphQL(
    RegionByCodeQuery,
    { code: state.region ?? "" },
    { enabled: state.region !== null },
  );
  const picked =
    state.region === null
      ? null
      : (region.data?.region ?? { id: state.region, code: state.region, name: "" });

  function toggle(category: StakeholderCategory, on: boolean) {
    const chosen = new Set(state.categories);
    if (on) chosen.add(category);
    else chosen.delete(category);
    onChange({ categories: CATEGORIES.filter((c) => chosen.has(c)) });
  }

  return (
    <details className="graph-filter-box" open={wide}>
      <summary>{t("filters.title")}</summary>
      <form
        className="graph-filters"
        aria-label={t("filters.title")}
        onSubmit={(e) => e.preventDefault()}
      >
        <RegionPicker
          label={t("filters.region")}
          hint={t("filters.regionHint")}
          value={picked}
          onChange={(value) => onChange({ region: value?.code ?? null })}
        />
        <fieldset className="graph-categories">
          <legend>{t("filters.categories")}</legend>
          {CATEGORIES.map((category) => (
            <label key={category} className="field-check">
              <input
                type="checkbox"
                checked={state.categories.includes(category)}
                onChange={(e) => toggle(category, e.target.checked)}
              />
              {t(`categories.${category}`)}
            </label>
          ))}
        </fieldset>
        <div className="graph-window">
          <div className="filter">
            <label htmlFor={`${id}-from`}>{t("filters.from")}</label>
            <input
              id={`${id}-from`}
              type="date"
              value={state.from ?? ""}
              max={state.to ?? undefined}
              onChange={(e) => onChange({ from: e.target.value || null })}
            />
          </div>
          <div className="filter">
            <label htmlFor={`${id}-to`}>{t("filters.to")}</label>
            <input
              id={`${id}-to`}
              type="date"
              value={state.to ?? ""}
              min={state.from ?? undefined}
              onChange={(e) => onChange({ to: e.target.value || null })}
            />
          </div>
          <div className="filter">
            <label htmlFor={`${id}-half`}>{t("filters.halfLife")}</label>
            <input
              id={`${id}-half`}
              type="number"
              min={1}
              step={1}
              inputMode="numeric"
              aria-describedby={`${id}-half-hint`}
              value={state.halfLife ?? ""}
              onChange={(e) => {
                const days = Number(e.target.value);
                onChange({ halfLife: e.target.value && days > 0 ? days : null });
              }}
            />
            <p id={`${id}-half-hint`} className="hint">
              {t("filters.halfLifeHint")}
            </p>
          </div>
        </div>
      </form>
    </details>
  );
}
