import { useTranslation } from "react-i18next";

import type { Metric, NodeAttributes } from "./model";
import { formatMetric } from "./numbers";

/** A glance at the node under the pointer; the details panel has the rest after a click. */
export function HoverCard({ node, metric }: { node: NodeAttributes; metric: Metric }) {
  const { t, i18n } = useTranslation("graph");
  const kind = node.category
    ? t(`categories.${node.category as "KIM"}`)
    : t(`types.${node.nodeType}`);
  return (
    <div className="graph-hover" aria-hidden="true">
      <strong>{node.label}</strong>
      <span>
        {kind}
        {node.regionCode ? ` · ${node.regionCode}` : ""}
      </span>
      {node.metrics && (
        <span>
          {t(`metrics.${metric}`)}: {formatMetric(metric, node.metrics[metric], i18n.language)}
          {node.community !== null && ` · ${t("legend.community", { number: node.community })}`}
        </span>
      )}
      <span className="muted">{t("hover.click")}</span>
    </div>
  );
}
