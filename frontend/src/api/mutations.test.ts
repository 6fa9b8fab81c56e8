import { beforeEach, describe, expect, it } from "vitest";

import i18n, { setLanguage } from "../i18n";
import { toOutcome } from "./mutations";

beforeEach(() => setLanguage("id"));

describe("mutation outcomes", () => {
  it("passes the object through", () => {
    const outcome = toOutcome({ __typename: "Region" as const, id: "1" }, "Region");
    expect(outcome).toEqual({ kind: "ok", value: { __typename: "Region", id: "1" } });
  });

  it("translates field problems by code, first problem per field", () => {
    const outcome = toOutcome(
      {
        __typename: "ValidationError",
        message: "Some input fields were refused.",
        errors: [
          { field: "name", code: "REQUIRED", message: "`name` is required." },
          { field: "name", code: "TOO_LONG", message: "`name` is too long." },
          { field: "code", code: "SOMETHING_NEW", message: "`code` is odd." },
        ],
      },
      "Region",
    );
    expect(outcome).toEqual({
      kind: "invalid",
      message: "Some input fields were refused.",
      fields: { name: "Wajib diisi.", code: "`code` is odd." },
    });
  });

  it("speaks English when asked", async () => {
    setLanguage("en");
    await i18n.changeLanguage("en");
    const outcome = toOutcome(
      { __typename: "ValidationError", message: "", errors: [{ field: "endsAt", code: "END_BEFORE_START", message: "x" }] },
      "Event",
    );
    expect(outcome.kind === "invalid" && outcome.fields.endsAt).toBe("The end may not be before the start.");
  });

  it("reports a conflict with the current version", () => {
    expect(toOutcome({ __typename: "ConflictError", message: "changed", currentVersion: 4 }, "Region")).toEqual({
      kind: "conflict",
      message: "changed",
      currentVersion: 4,
    });
  });
});
