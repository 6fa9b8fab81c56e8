import { describe, expect, it } from "vitest";

import { formatCount, formatMetric } from "./numbers";

describe("numbers", () => {
  it("formats metrics in Indonesian and English", () => {
    expect(formatMetric("pageRank", 0.0123456, "id")).toBe("0,01235");
    expect(formatMetric("pageRank", 0.0123456, "en")).toBe("0.01235");
    expect(formatMetric("betweenness", 1234.567, "id")).toBe("1.234,57");
    expect(formatMetric("degree", 12, "en")).toBe("12");
    expect(formatCount(20000, "id")).toBe("20.000");
  });
});
