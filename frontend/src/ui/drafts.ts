/**
 * Drafts keep what an editor typed when a save could not land (a version conflict, a closed
 * tab): stored per record in localStorage, compared field by field with the latest version.
 */
export interface Draft<V> {
  values: V;
  baseVersion: number | null;
  savedAt: string;
}

const PREFIX = "simpul.draft.";

export function loadDraft<V>(key: string): Draft<V> | null {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    return raw ? (JSON.parse(raw) as Draft<V>) : null;
  } catch {
    return null;
  }
}

export function saveDraft<V>(key: string, values: V, baseVersion: number | null): void {
  const draft: Draft<V> = { values, baseVersion, savedAt: new Date().toISOString() };
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the draft still lives in memory for this page.
  }
}

export function dropDraft(key: string): void {
  localStorage.removeItem(PREFIX + key);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The fields whose values differ, in the order of `current`'s keys. */
export function changedFields<V extends object>(mine: V, current: V): (keyof V & string)[] {
  const keys = new Set([...Object.keys(current), ...Object.keys(mine)]) as Set<keyof V & string>;
  return [...keys].filter((key) => !same(mine[key], current[key]));
}

/** Only the changed fields, for an update mutation's input. */
export function patchOf<V extends object>(values: V, initial: V): Partial<V> {
  const patch: Partial<V> = {};
  for (const key of changedFields(values, initial)) patch[key] = values[key];
  return patch;
}
