import { describe, expect, it } from "vitest";

import { groupInOrder, participationsByRole, speakersByMode } from "./grouping";
import type { ParticipationData, SpeakerData } from "./operations";

function speaker(id: string, mode: SpeakerData["mode"]): SpeakerData {
  return { id, version: 1, mode, topic: "", person: null };
}

function participation(id: string, role: ParticipationData["role"]): ParticipationData {
  return { id, version: 1, role, stakeholder: null };
}

describe("grouping", () => {
  it("groups speakers by mode in a fixed order, keeping their order, leaving out empty modes", () => {
    const groups = speakersByMode([
      speaker("a", "ONLINE"),
      speaker("b", "IN_PERSON"),
      speaker("c", "ONLINE"),
    ]);
    expect(groups.map((group) => [group.key, group.items.map((item) => item.id)])).toEqual([
      ["IN_PERSON", ["b"]],
      ["ONLINE", ["a", "c"]],
    ]);
  });

  it("always has both organisers and participants", () => {
    expect(participationsByRole([])).toEqual({ ORGANISER: [], PARTICIPANT: [] });
    const byRole = participationsByRole([
      participation("p1", "PARTICIPANT"),
      participation("o1", "ORGANISER"),
      participation("p2", "PARTICIPANT"),
    ]);
    expect(byRole.ORGANISER.map((item) => item.id)).toEqual(["o1"]);
    expect(byRole.PARTICIPANT.map((item) => item.id)).toEqual(["p1", "p2"]);
  });

  it("drops items whose key is not in the order", () => {
    const groups = groupInOrder(["x", "y"], (item) => item as "x" | "y", ["y"] as const);
    expect(groups).toEqual([{ key: "y", items: ["y"] }]);
  });
});
