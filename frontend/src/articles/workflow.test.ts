import { describe, expect, it } from "vitest";

import { movesFor, movesForOthers } from "./workflow";

describe("movesFor", () => {
  it("lets editors and admins take an article through review", () => {
    for (const role of ["EDITOR", "ADMIN"] as const) {
      expect(movesFor("DRAFT", role)).toEqual(["SUBMIT"]);
      expect(movesFor("IN_REVIEW", role)).toEqual(["RETURN_TO_DRAFT", "PUBLISH", "SCHEDULE"]);
      expect(movesFor("SCHEDULED", role)).toEqual(["UNSCHEDULE"]);
    }
  });

  it("keeps archiving for admins", () => {
    expect(movesFor("PUBLISHED", "ADMIN")).toEqual(["ARCHIVE"]);
    expect(movesFor("ARCHIVED", "ADMIN")).toEqual(["UNARCHIVE"]);
    expect(movesFor("PUBLISHED", "EDITOR")).toEqual([]);
    expect(movesForOthers("PUBLISHED", "EDITOR")).toEqual(["ARCHIVE"]);
    expect(movesForOthers("ARCHIVED", "EDITOR")).toEqual(["UNARCHIVE"]);
  });

  it("offers readers nothing", () => {
    for (const status of ["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "ARCHIVED"] as const) {
      expect(movesFor(status, "ANALYST")).toEqual([]);
      expect(movesFor(status, "VIEWER")).toEqual([]);
    }
    expect(movesForOthers("IN_REVIEW", "ANALYST")).toEqual(["RETURN_TO_DRAFT", "PUBLISH", "SCHEDULE"]);
  });

  it("has nothing for editors or admins beyond the table", () => {
    expect(movesForOthers("DRAFT", "ADMIN")).toEqual([]);
    expect(movesForOthers("SCHEDULED", "EDITOR")).toEqual([]);
  });
});
