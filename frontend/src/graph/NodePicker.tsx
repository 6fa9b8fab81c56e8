import { useTranslation } from "react-i18next";

import { type ComboOption, Combobox } from "../ui/Combobox";
import type { ExplorerGraph, Metric } from "./model";

/** Nodes on screen whose name contains the text, the most central first. */
export function findNodes(
  graph: ExplorerGraph,
  text: string,
  metric: Metric,
  limit = 10,
): ComboOption[] {
  const needle = text.trim().toLocaleLowerCase();
  const found: { id: string; label: string; score: number; detail: string }[] = [];
  graph.forEachNode((id, attributes) => {
    if (!attributes.label.toLocaleLowerCase().includes(needle)) return;
    found.push({
      id,
      label: attributes.label,
      score: attributes.metrics?.[metric] ?? -1,
      detail: attributes.regionCode ?? "",
    });
  });
  found.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label));
  return found.slice(0, limit).map(({ id, label, detail }) => ({ id, label, detail }));
}

/** Choose a node of the drawn graph by name; shows the current choice with a way to clear it. */
export function NodePicker({
  label,
  graph,
  metric,
  value,
  onChange,
}: {
  label: string;
  graph: ExplorerGraph;
  metric: Metric;
  value: string | null;
  onChange: (node: string | null) => void;
}) {
  const { t } = useTranslation();
  const { t: tg } = useTranslation("graph");
  const chosen = !value
    ? null
    : graph.hasNode(value)
      ? graph.getNodeAttribute(value, "label")
      : tg("path.notDrawn");
  return (
    <div className="field">
      <Combobox
        label={label}
        search={async (text) => findNodes(graph, text, metric)}
        onSelect={(option) => onChange(option.id)}
      />
      {chosen && (
        <p className="picked">
          <span className="badge">{chosen}</span>{" "}
          <button type="button" className="button button-small" onClick={() => onChange(null)}>
            {t("actions.reset")}
            <span className="visually-hidden"> {label}</span>
          </button>
        </p>
      )}
    </div>
  );
}
