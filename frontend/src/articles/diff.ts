/**
 * Reading the revision API's changes: the unified line diff the server sends for the body and
 * summary, and the before/after values of the other fields.
 */
export type DiffLineKind = "added" | "removed" | "context" | "gap";

export interface DiffLine {
  kind: DiffLineKind;
  text: string;
  /** Line number in the older text (removed and context lines). */
  oldLine: number | null;
  /** Line number in the newer text (added and context lines). */
  newLine: number | null;
}

const HUNK = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/;

/** The lines of a unified diff; each hunk header becomes a "gap" line (skipped, unchanged text). */
export function parseUnifiedDiff(diff: string): DiffLine[] {
  const lines: DiffLine[] = [];
  let oldLine = 0;
  let newLine = 0;
  let started = false;
  for (const raw of diff.split("\n")) {
    const hunk = HUNK.exec(raw);
    if (!started && !hunk) continue; // the "--- revision 1" / "+++ revision 2" header
    if (hunk) {
      started = true;
      oldLine = Number(hunk[1]);
      newLine = Number(hunk[2]);
      // A hunk from line 0 is an empty side: its first real line is 1.
      if (oldLine === 0) oldLine = 1;
      if (newLine === 0) newLine = 1;
      lines.push({ kind: "gap", text: raw, oldLine: null, newLine: null });
    } else if (raw.startsWith("+")) {
      lines.push({ kind: "added", text: raw.slice(1), oldLine: null, newLine: newLine++ });
    } else if (raw.startsWith("-")) {
      lines.push({ kind: "removed", text: raw.slice(1), oldLine: oldLine++, newLine: null });
    } else if (raw.startsWith(" ")) {
      lines.push({ kind: "context", text: raw.slice(1), oldLine: oldLine++, newLine: newLine++ });
    }
  }
  return lines;
}

/** The text a reader sees in one line of HTML (tags dropped, entities decoded). */
export function readableLine(html: string): string {
  if (!html.includes("<") && !html.includes("&")) return html;
  const text = new DOMParser().parseFromString(html, "text/html").body.textContent ?? "";
  return text.trim();
}

/** Added and removed items of a list field (tags). */
export function listChange(
  before: unknown,
  after: unknown,
): { added: string[]; removed: string[] } | null {
  if (!isStringList(before ?? []) || !isStringList(after ?? [])) return null;
  const old = new Set((before ?? []) as string[]);
  const now = new Set((after ?? []) as string[]);
  return {
    added: [...now].filter((item) => !old.has(item)),
    removed: [...old].filter((item) => !now.has(item)),
  };
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

/** A before/after value as one line of text; null when the field was empty. */
export function shownValue(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/** What made a revision, from its note ("", "tags", a move's label, "restored revision 3"). */
export type RevisionCause =
  | { kind: "edit" }
  | { kind: "tags" }
  | { kind: "move"; move: string }
  | { kind: "restore"; number: number }
  | { kind: "other"; note: string };

const MOVE_NOTES = ["submit", "return to draft", "publish", "schedule", "unschedule", "archive", "unarchive"];

export function revisionCause(note: string): RevisionCause {
  if (note === "") return { kind: "edit" };
  if (note === "tags") return { kind: "tags" };
  if (MOVE_NOTES.includes(note)) return { kind: "move", move: note.toUpperCase().replaceAll(" ", "_") };
  const restored = /^restored revision (\d+)$/.exec(note);
  if (restored) return { kind: "restore", number: Number(restored[1]) };
  return { kind: "other", note };
}
