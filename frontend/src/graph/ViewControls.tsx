import { useId } from "react";
import { useTranslation } from "react-i18next";

import { Combobox } from "../ui/Combobox";
import type { ExplorerPatch } from "./explorerState";
import { type ExplorerGraph, METRICS, type Metric } from "./model";
import { findNodes } from "./NodePicker";
import { COLOUR_BY, type ColourBy } from "./scales";

/** How the network is drawn: size and colour, a node to find, the layout to run or stop. */
export function ViewControls({
  graph,
  sizeBy,
  colourBy,
  layoutRunning,
  onChange,
  onFind,
  onLayout,
}: {
  graph: ExplorerGraph;
  sizeBy: Metric;
  colourBy: ColourBy;
  layoutRunning: boolean;
  onChange: (patch: ExplorerPatch) => void;
  onFind: (node: string) => void;
  onLayout: (run: boolean) => void;
}) {
  const { t } = useTranslation("graph");
  const id = useId();
  return (
    <div className="toolbar graph-view">
      <div className="graph-find">
        <Combobox
          label={t("view.find")}
          placeholder={t("view.findHint")}
          search={async (text) => findNodes(graph, text, sizeBy)}
          onSelect={(option) => onFind(option.id)}
        />
      </div>
      <div className="filter">
        <label htmlFor={`${id}-size`}>{t("view.sizeBy")}</label>
        <select
          id={`${id}-size`}
          value={sizeBy}
          onChange={(e) => onChange({ sizeBy: e.target.value as Metric })}
        >
          {METRICS.map((metric) => (
            <option key={metric} value={metric}>
              {t(`metrics.${metric}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <label htmlFor={`${id}-colour`}>{t("view.colourBy")}</label>
        <select
          id={`${id}-colour`}
          value={colourBy}
          onChange={(e) => onChange({ colourBy: e.target.value as ColourBy })}
        >
          {COLOUR_BY.map((value) => (
            <option key={value} value={value}>
              {t(`view.colours.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="button" onClick={() => onLayout(!layoutRunning)}>
        {layoutRunning ? t("view.stopLayout") : t("view.runLayout")}
      </button>
    </div>
  );
}
