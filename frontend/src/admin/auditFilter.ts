import { fromOfficeInput } from "../format/dates";
import { AUDIT_ACTIONS, type AuditAction, type AuditFilter } from "./auditOperations";

/** The audit log's URL parameters that filter it. */
export const AUDIT_FILTERS = ["action", "type", "actor", "entity", "from", "to"] as const;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The first instant of a calendar day in the office's zone (WITA). */
export function officeDayStart(day: string): string | null {
  return DAY.test(day) ? fromOfficeInput(`${day}T00:00`) : null;
}

/** The last millisecond of a calendar day in the office's zone: the range's end is inclusive. */
export function officeDayEnd(day: string): string | null {
  if (!DAY.test(day)) return null;
  const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const start = fromOfficeInput(`${next}T00:00`);
  return start === null ? null : new Date(Date.parse(start) - 1).toISOString();
}

/** The auditLog filter for the URL's parameters; unknown actions are left out. */
export function auditFilter(filters: Record<string, string>): AuditFilter {
  const actions = (filters.action ?? "")
    .split(",")
    .filter((action): action is AuditAction => AUDIT_ACTIONS.includes(action as AuditAction));
  const from = filters.from ? officeDayStart(filters.from) : null;
  const to = filters.to ? officeDayEnd(filters.to) : null;
  return {
    action: actions.length ? actions : null,
    entityType: filters.type || null,
    actorId: filters.actor || null,
    entityId: filters.entity || null,
    at: from || to ? { from, to } : null,
  };
}
