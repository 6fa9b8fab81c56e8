/**
 * Reading an audit entry's `changes` JSON for people: one row per field with its value before
 * and after, or the erasure's list of fields and reason. Anything else is shown as JSON.
 */
export type AuditValue =
  | { kind: "empty" }
  | { kind: "bool"; value: boolean }
  /** `full` holds the whole text when `text` was shortened. */
  | { kind: "text"; text: string; full: string | null };

export interface FieldChange {
  field: string;
  before: AuditValue;
  after: AuditValue;
  /** The values are withheld: personal data the viewer may not see, or erased since. */
  withheld: "hidden" | "erased" | null;
}

export type AuditChanges =
  | { kind: "none" }
  | { kind: "fields"; fields: FieldChange[] }
  | { kind: "erasure"; erased: string[]; reason: string }
  | { kind: "other"; json: string };

export const TEXT_LIMIT = 160;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Column names are stored as in the database; the API (and this app) say them in camelCase. */
export function fieldName(column: string): string {
  return column.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

export function auditValue(value: unknown, limit = TEXT_LIMIT): AuditValue {
  if (value === null || value === undefined || value === "") return { kind: "empty" };
  if (Array.isArray(value) && value.length === 0) return { kind: "empty" };
  if (typeof value === "boolean") return { kind: "bool", value };
  let text: string;
  if (typeof value === "string") text = value;
  else if (typeof value === "number") text = String(value);
  else if (Array.isArray(value) && value.every((item) => typeof item === "string")) {
    text = value.join(", ");
  } else text = JSON.stringify(value);
  if (text.length <= limit) return { kind: "text", text, full: null };
  return { kind: "text", text: `${text.slice(0, limit).trimEnd()}…`, full: text };
}

function isFieldChange(value: unknown): value is Record<string, unknown> {
  return isObject(value) && ("before" in value || "after" in value);
}

export function readChanges(changes: unknown, limit = TEXT_LIMIT): AuditChanges {
  if (!isObject(changes) || Object.keys(changes).length === 0) return { kind: "none" };
  const { erased, reason } = changes;
  if (
    Array.isArray(erased) &&
    Object.keys(changes).every((key) => key === "erased" || key === "reason")
  ) {
    return {
      kind: "erasure",
      erased: erased.map((name) => fieldName(String(name))),
      reason: typeof reason === "string" ? reason : "",
    };
  }
  const entries = Object.entries(changes);
  if (!entries.every(([, change]) => isFieldChange(change))) {
    return { kind: "other", json: JSON.stringify(changes, null, 2) };
  }
  return {
    kind: "fields",
    fields: entries.map(([column, change]) => {
      const { before, after, hidden, erased: gone } = change as Record<string, unknown>;
      return {
        field: fieldName(column),
        before: auditValue(before, limit),
        after: auditValue(after, limit),
        withheld: hidden === true ? "hidden" : gone === true ? "erased" : null,
      };
    }),
  };
}
