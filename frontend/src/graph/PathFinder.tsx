import { useId } from "react";
import { useTranslation } from "react-i18next";

import { ErrorState, Loading } from "../ui/states";
import { EvidenceList } from "./EvidenceList";
import { PATH_SCOPES, type PathScope } from "./explorerState";
import type { ExplorerGraph, Metric } from "./model";
import { NodePicker } from "./NodePicker";
import type { usePath } from "./usePath";

/** Two node pickers and the shortest path between them, hop by hop with its evidence. */
export function PathFinder({
  graph,
  metric,
  from,
  to,
  via,
  found,
  onChange,
}: {
  graph: ExplorerGraph;
  metric: Metric;
  from: string | null;
  to: string | null;
  via: PathScope;
  found: ReturnType<typeof usePath>;
  onChange: (patch: { pathFrom?: string | null; pathTo?: string | null; via?: PathScope }) => void;
}) {
  const { t } = useTranslation("graph");
  const id = useId();
  const { query, path } = found;
  const labels = new Map(path?.nodes.map((node) => [node.id, node.label]));

  return (
    <section className="card graph-path" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("path.title")}</h2>
      <NodePicker
        label={t("path.from")}
        graph={graph}
        metric={metric}
        value={from}
        onChange={(pathFrom) => onChange({ pathFrom })}
      />
      <NodePicker
        label={t("path.to")}
        graph={graph}
        metric={metric}
        value={to}
        onChange={(pathTo) => onChange({ pathTo })}
      />
      <div className="filter">
        <label htmlFor={`${id}-via`}>{t("path.via")}</label>
        <select
          id={`${id}-via`}
          value={via}
          onChange={(e) => onChange({ via: e.target.value as PathScope })}
        >
          {PATH_SCOPES.map((scope) => (
            <option key={scope} value={scope}>
              {t(`path.scopes.${scope}`)}
            </option>
          ))}
        </select>
      </div>
      {from && to && (
        <div aria-live="polite">
          {query.error ? (
            <ErrorState error={query.error} retry={() => void query.refetch()} />
          ) : query.isPending ? (
            <Loading label={t("path.searching")} />
          ) : !path ? (
            <p className="state state-empty">{t("path.none")}</p>
          ) : (
            <>
              <p>{t("path.length", { count: path.hops.length })}</p>
              <ol className="graph-hops">
                {path.hops.map((hop) => (
                  <li key={`${hop.source}-${hop.target}`}>
                    <p>
                      <strong>{labels.get(hop.source)}</strong> →{" "}
                      <strong>{labels.get(hop.target)}</strong>
                    </p>
                    {hop.edges.map((edge) => (
                      <div key={`${edge.kind}-${edge.role ?? ""}`} className="graph-hop-edge">
                        <p className="muted">
                          {t(`edgeKinds.${edge.kind}`)}
                          {edge.role ? ` (${edge.role})` : ""}
                          {edge.kind === "COAPPEARANCE" &&
                            ` · ${t("details.shared", { count: edge.count })}`}
                        </p>
                        <EvidenceList evidence={edge.evidence} />
                      </div>
                    ))}
                  </li>
                ))}
              </ol>
            </>
          )}
        </div>
      )}
    </section>
  );
}
