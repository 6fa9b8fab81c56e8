import { describe, expect, it } from "vitest";

import { exportHref, networkFilter, readExplorerState, writeExplorerState } from "./explorerState";

describe("explorer state in the URL", () => {
  it("reads defaults from an empty URL", () => {
    expect(readExplorerState(new URLSearchParams())).toEqual({
      region: null,
      categories: [],
      from: null,
      to: null,
      halfLife: null,
      sizeBy: "pageRank",
      colourBy: "category",
      node: null,
      pathFrom: null,
      pathTo: null,
      via: "network",
      month: null,
    });
  });

  it("reads a filter and ignores malformed values", () => {
    const params = new URLSearchParams(
      "region=64.01&category=KIM,OTHER,NOPE&from=2022-01-01&to=bad&halfLife=-3" +
        "&size=degree&colour=x&month=2022-5",
    );
    expect(readExplorerState(params)).toMatchObject({
      region: "64.01",
      categories: ["KIM", "OTHER"],
      from: "2022-01-01",
      to: null,
      halfLife: null,
      sizeBy: "degree",
      colourBy: "category",
      month: null,
    });
  });

  it("writes changes, drops defaults and ends the replay when the filter changes", () => {
    const start = new URLSearchParams("month=2022-05&size=degree&node=abc");
    const sized = writeExplorerState(start, { sizeBy: "pageRank", colourBy: "community" });
    expect(sized.toString()).toBe("month=2022-05&node=abc&colour=community");
    const filtered = writeExplorerState(start, { region: "64", categories: ["KIM", "OTHER"] });
    expect(filtered.toString()).toBe("size=degree&node=abc&region=64&category=KIM%2COTHER");
    const cleared = writeExplorerState(filtered, { region: null, categories: [], node: null });
    expect(cleared.toString()).toBe("size=degree");
  });

  it("turns the state into the API's filter and the export address", () => {
    const state = readExplorerState(
      new URLSearchParams("region=64&category=KIM&from=2022-01-01&halfLife=90&size=degree"),
    );
    expect(networkFilter(state)).toEqual({
      region: "64",
      category: ["KIM"],
      from: "2022-01-01",
      to: null,
      halfLife: 90,
    });
    expect(exportHref("network.gexf", state)).toBe(
      "/exports/network.gexf?region=64&category=KIM&from=2022-01-01&halfLife=90",
    );
    expect(exportHref("network-nodes.csv", readExplorerState(new URLSearchParams()))).toBe(
      "/exports/network-nodes.csv",
    );
  });
});
