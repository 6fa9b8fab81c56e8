import { describe, expect, it } from "vitest";

import { entityOf, evidenceFor, groupMentions, linkMentions, mentionedIds } from "./mentions";
import type { MentionData } from "./operations";

function mention(id: string, target: MentionData["target"], targetType: MentionData["targetType"]): MentionData {
  return { id, version: 1, targetType, evidence: "", confirmed: false, target };
}

const KIM = mention("m1", { __typename: "Stakeholder", id: "s1", name: "KIM Sepakat", slug: "kim-sepakat" }, "STAKEHOLDER");
const DISKOMINFO = mention(
  "m2",
  { __typename: "Stakeholder", id: "s2", name: "Diskominfo Paser", slug: "diskominfo-paser" },
  "STAKEHOLDER",
);
const PALARAN = mention("m3", { __typename: "Region", id: "r1", name: "Palaran", code: "64.72.01" }, "REGION");
const PERSON = mention(
  "m4",
  { __typename: "Person", id: "p1", displayName: "Drs. H. Junaidi, M.Si", slug: "junaidi" },
  "PERSON",
);
const GONE = mention("m5", null, "EVENT");

describe("entityOf", () => {
  it("links each kind to its screen", () => {
    expect(entityOf(PALARAN.target)).toEqual({
      kind: "REGION",
      id: "r1",
      label: "Palaran",
      href: "/regions/64.72.01",
    });
    expect(entityOf(PERSON.target)?.href).toBe("/people/junaidi");
    expect(
      entityOf({ __typename: "Regulation", id: "g1", citation: "Permenkominfo 8/2019", slug: "pm-8" }),
    ).toEqual({ kind: "REGULATION", id: "g1", label: "Permenkominfo 8/2019", href: "/regulations/pm-8" });
    expect(entityOf(null)).toBeNull();
  });
});

describe("groupMentions", () => {
  it("groups by kind in a fixed order, names sorted, empty kinds left out", () => {
    const groups = groupMentions([PALARAN, KIM, GONE, PERSON, DISKOMINFO]);
    expect(groups.map((group) => group.kind)).toEqual(["STAKEHOLDER", "PERSON", "REGION", "EVENT"]);
    expect(groups[0]?.items.map((item) => item.entity?.label)).toEqual(["Diskominfo Paser", "KIM Sepakat"]);
    expect(groups[3]?.items).toEqual([{ mention: GONE, entity: null }]);
  });

  it("collects the mentioned ids", () => {
    expect(mentionedIds([KIM, GONE, PALARAN])).toEqual(new Set(["s1", "r1"]));
  });
});

describe("evidenceFor", () => {
  const body =
    "<p>Samarinda - Lomba video digelar. KIM <strong>Sepakat</strong> dari Palaran meraih juara 2!</p>" +
    "<ul><li>Diskominfo Paser hadir.</li></ul>";

  it("finds the first sentence naming the entity by any of its names", () => {
    expect(evidenceFor(body, ["KIM Sepakat"])).toBe("KIM Sepakat dari Palaran meraih juara 2!");
    expect(evidenceFor(body, ["Dinas Kominfo", "diskominfo paser"])).toBe("Diskominfo Paser hadir.");
  });

  it("is empty when the body does not name it", () => {
    expect(evidenceFor(body, ["KIM Bina Warga"])).toBe("");
    expect(evidenceFor("", ["KIM"])).toBe("");
    expect(evidenceFor(body, [" "])).toBe("");
  });
});

describe("linkMentions", () => {
  const kim = { kind: "STAKEHOLDER" as const, id: "s1", label: "KIM Sepakat", href: "/stakeholders/kim-sepakat" };
  const jaya = { kind: "STAKEHOLDER" as const, id: "s3", label: "KIM Sepakat Jaya", href: "/stakeholders/jaya" };
  const palaran = { kind: "REGION" as const, id: "r1", label: "Palaran", href: "/regions/64.72.01" };

  it("links the first naming of each entity", () => {
    const html = linkMentions("<p>KIM Sepakat dari Palaran. Lagi: KIM Sepakat.</p>", [kim, palaran], "/admin");
    expect(html).toBe(
      '<p><a href="/admin/stakeholders/kim-sepakat" class="mention-link" data-to="/stakeholders/kim-sepakat">KIM Sepakat</a>' +
        ' dari <a href="/admin/regions/64.72.01" class="mention-link" data-to="/regions/64.72.01">Palaran</a>. Lagi: KIM Sepakat.</p>',
    );
  });

  it("prefers the longer name and leaves existing links alone", () => {
    const html = linkMentions(
      '<p><a href="https://x.test">Palaran</a> dan KIM Sepakat Jaya</p>',
      [kim, jaya, palaran],
      "/admin",
    );
    expect(html).toContain('data-to="/stakeholders/jaya">KIM Sepakat Jaya</a>');
    expect(html).not.toContain("kim-sepakat");
    expect(html).toContain('<a href="https://x.test">Palaran</a>');
  });

  it("keeps the case as written", () => {
    expect(linkMentions("<p>kim sepakat</p>", [kim], "")).toContain(">kim sepakat</a>");
  });
});
