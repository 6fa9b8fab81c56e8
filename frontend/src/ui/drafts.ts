/**
 * Drafts keep what an editor typed when a save could not land (a version conflict, a closed
 * tab): stored per record in localStorage, compared field by field with the latest version.
 */
export interface Draft<V> {
  values: V;
  /** The record as the user first saw it: what they changed is what differs from this. */
  base?: V;
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

export function saveDraft<V>(
  key: string,
  values: V,
  baseVersion: number | null,
  base?: V,
): void {
  const draft: Draft<V> = { values, base, baseVersion, savedAt: new Date().toISOString() };
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

/** The fields the user changed in a draft (all of them for a draft without its base). */
export function draftChanges<V extends object>(draft: Draft<V>): (keyof V & string)[] {
  return draft.base
    ? changedFields(draft.values, draft.base)
    : (Object.keys(draft.values) as (keyof V & string)[]);
}

/**
 * Three-way: the latest version with only the user's own changes laid over it, so a field
 * someone else changed meanwhile keeps their value unless the user changed it too.
 */
export function mergeDraft<V extends object>(latest: V, draft: Draft<V>): V {
  const merged = { ...latest };
  for (const field of draftChanges(draft)) merged[field] = draft.values[field];
  return merged;
}
