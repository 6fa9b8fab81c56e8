import { METRICS, type Metric } from "./model";
import { CATEGORIES, type NetworkFilterInput, type StakeholderCategory } from "./operations";
import { COLOUR_BY, type ColourBy } from "./scales";

/** The explorer's state that is worth bookmarking, held in the URL. */
export interface ExplorerState {
  region: string | null;
  categories: StakeholderCategory[];
  from: string | null;
  to: string | null;
  halfLife: number | null;
  sizeBy: Metric;
  colourBy: ColourBy;
  /** The selected node's global id. */
  node: string | null;
  pathFrom: string | null;
  pathTo: string | null;
  /** Which links a path may follow (PATH_SCOPES). */
  via: PathScope;
  /** The replay's month ("2024-03"); null shows the whole window. */
  month: string | null;
}

export const PATH_SCOPES = ["network", "people", "records"] as const;
export type PathScope = (typeof PATH_SCOPES)[number];

export const DEFAULT_SIZE: Metric = "pageRank";
export const DEFAULT_COLOUR: ColourBy = "category";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function matching(value: string | null, pattern: RegExp): string | null {
  return value && pattern.test(value) ? value : null;
}

export function readExplorerState(params: URLSearchParams): ExplorerState {
  const halfLife = Number(params.get("halfLife"));
  return {
    region: params.get("region") || null,
    categories: CATEGORIES.filter((c) => (params.get("category") ?? "").split(",").includes(c)),
    from: matching(params.get("from"), DATE),
    to: matching(params.get("to"), DATE),
    halfLife: Number.isFinite(halfLife) && halfLife > 0 ? halfLife : null,
    sizeBy: oneOf(params.get("size"), METRICS, DEFAULT_SIZE),
    colourBy: oneOf(params.get("colour"), COLOUR_BY, DEFAULT_COLOUR),
    node: params.get("node") || null,
    pathFrom: params.get("pathFrom") || null,
    pathTo: params.get("pathTo") || null,
    via: oneOf(params.get("via"), PATH_SCOPES, "network"),
    month: matching(params.get("month"), MONTH),
  };
}

export type ExplorerPatch = Partial<ExplorerState>;

const NAMES: Record<keyof ExplorerState, string> = {
  region: "region",
  categories: "category",
  from: "from",
  to: "to",
  halfLife: "halfLife",
  sizeBy: "size",
  colourBy: "colour",
  node: "node",
  pathFrom: "pathFrom",
  pathTo: "pathTo",
  via: "via",
  month: "month",
};
const DEFAULTS: Partial<Record<keyof ExplorerState, string>> = {
  sizeBy: DEFAULT_SIZE,
  colourBy: DEFAULT_COLOUR,
  via: "network",
};
/** A new network: the replay month and a found path may no longer be in it. */
const FILTER_KEYS: readonly (keyof ExplorerState)[] = [
  "region",
  "categories",
  "from",
  "to",
  "halfLife",
];

function asParam(value: ExplorerState[keyof ExplorerState]): string {
  if (value === null) return "";
  if (Array.isArray(value)) return value.join(",");
  return String(value);
}

/** Apply a change to the URL; changing the filter ends the replay. */
export function writeExplorerState(params: URLSearchParams, patch: ExplorerPatch): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(patch) as [
    keyof ExplorerState,
    ExplorerState[keyof ExplorerState],
  ][]) {
    if (value === undefined) continue;
    const text = asParam(value);
    if (text === "" || text === DEFAULTS[key]) next.delete(NAMES[key]);
    else next.set(NAMES[key], text);
  }
  if (FILTER_KEYS.some((key) => key in patch) && !("month" in patch)) next.delete("month");
  return next;
}

export type FilterState = Pick<ExplorerState, "region" | "categories" | "from" | "to" | "halfLife">;

/** The network filter as the API takes it (StakeholderNetworkFilter). */
export function networkFilter(state: FilterState): NetworkFilterInput {
  return {
    region: state.region,
    category: state.categories.length > 0 ? state.categories : null,
    from: state.from,
    to: state.to,
    halfLife: state.halfLife,
  };
}

export const EXPORTS = [
  { key: "graphml", file: "network.graphml" },
  { key: "gexf", file: "network.gexf" },
  { key: "nodesCsv", file: "network-nodes.csv" },
  { key: "edgesCsv", file: "network-edges.csv" },
] as const;
export type ExportKey = (typeof EXPORTS)[number]["key"];

/** The address of an export of the current network (api/graph/http.py reads the same names). */
export function exportHref(file: string, state: FilterState): string {
  const query = new URLSearchParams();
  if (state.region) query.set("region", state.region);
  if (state.categories.length > 0) query.set("category", state.categories.join(","));
  if (state.from) query.set("from", state.from);
  if (state.to) query.set("to", state.to);
  if (state.halfLife !== null) query.set("halfLife", String(state.halfLife));
  const search = query.toString();
  return `/exports/${file}${search ? `?${search}` : ""}`;
}
