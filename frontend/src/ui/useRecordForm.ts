import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useCallback, useEffect, useRef, useState } from "react";

import type { Outcome } from "../api/mutations";
import {
  changedFields,
  type Draft,
  dropDraft,
  loadDraft,
  mergeDraft,
  saveDraft,
} from "./drafts";

export interface RecordFormOptions<V extends object, T> {
  /** The record's values as the server has them (or the defaults of a new record). */
  initial: V;
  /** The server version the form edits; null for a new record. */
  version: number | null;
  /** Where the draft is kept, e.g. "Stakeholder:<id>" or "new:Stakeholder". */
  draftKey: string;
  save: (values: V, version: number | null) => Promise<Outcome<T>>;
  onSaved?: (value: T) => void;
}

/** What a create or edit screen hands its form: the record as read, and how to read it again. */
export interface RecordEditorProps<V> {
  /** The record's id; null for a new record. */
  id: string | null;
  version: number | null;
  initial: V;
  onReload: () => Promise<unknown>;
}

/** The editor props of a record not saved yet: no id, no version, nothing to reload. */
export const NEW_RECORD = { id: null, version: null, onReload: async () => undefined } as const;

export type FormStatus =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved" }
  | { kind: "invalid"; message: string }
  | { kind: "conflict"; currentVersion: number }
  | { kind: "failed"; message: string };

/**
 * Form state for one record: values, server field errors, the save status, and the draft that
 * keeps the user's input across a version conflict or a closed tab.
 */
export function useRecordForm<V extends object, T>(options: RecordFormOptions<V, T>) {
  const { initial, version, draftKey } = options;
  const [values, setValues] = useState<V>(initial);
  const [base, setBase] = useState<V>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<FormStatus>({ kind: "idle" });
  const [draft, setDraft] = useState<Draft<V> | null>(() => loadDraft<V>(draftKey));
  const queryClient = useQueryClient();
  const latest = useRef(options);
  latest.current = options;
  const baseVersion = useRef(version);

  // A new server version (after a save or a reload) becomes the form's base.
  useEffect(() => {
    if (baseVersion.current === version && base === initial) return;
    const fresh = baseVersion.current !== version;
    baseVersion.current = version;
    setBase(initial);
    if (fresh) {
      setValues(initial);
      setStatus((current) => (current.kind === "saved" ? current : { kind: "idle" }));
    }
  }, [initial, version, base]);

  const dirty = changedFields(values, base).length > 0;

  const set = useCallback(<K extends keyof V>(field: K, value: V[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => {
      if (!(field in current)) return current;
      const next = { ...current };
      delete next[field as string];
      return next;
    });
  }, []);

  const submit = useCallback(
    async (event?: FormEvent) => {
      event?.preventDefault();
      setStatus({ kind: "saving" });
      setErrors({});
      let outcome: Outcome<T>;
      try {
        outcome = await latest.current.save(values, baseVersion.current);
      } catch (error) {
        saveDraft(draftKey, values, baseVersion.current, base);
        setStatus({ kind: "failed", message: error instanceof Error ? error.message : "" });
        return;
      }
      if (outcome.kind === "ok") {
        dropDraft(draftKey);
        setDraft(null);
        setBase(values);
        setStatus({ kind: "saved" });
        // Cached reads of this record (its page, lists, profiles) are out of date now.
        void queryClient.invalidateQueries();
        latest.current.onSaved?.(outcome.value);
      } else if (outcome.kind === "invalid") {
        setErrors(outcome.fields);
        setStatus({ kind: "invalid", message: outcome.message });
      } else if (outcome.kind === "conflict") {
        saveDraft(draftKey, values, baseVersion.current, base);
        setStatus({ kind: "conflict", currentVersion: outcome.currentVersion });
      } else {
        setStatus({ kind: "failed", message: outcome.message });
      }
    },
    [values, draftKey, base, queryClient],
  );

  /** After the caller reloaded the record: show the kept draft for comparison. */
  const showDraft = useCallback(() => {
    setDraft(loadDraft<V>(draftKey));
    setStatus({ kind: "idle" });
  }, [draftKey]);

  const applyDraft = useCallback(() => {
    if (draft) setValues(mergeDraft(base, draft));
    dropDraft(draftKey);
    setDraft(null);
  }, [draft, base, draftKey]);

  const discardDraft = useCallback(() => {
    dropDraft(draftKey);
    setDraft(null);
  }, [draftKey]);

  const reset = useCallback(() => {
    setValues(base);
    setErrors({});
    setStatus({ kind: "idle" });
  }, [base]);

  return {
    values,
    base,
    set,
    setValues,
    errors,
    status,
    dirty,
    submit,
    reset,
    draft: draft && status.kind !== "conflict" ? draft : null,
    showDraft,
    applyDraft,
    discardDraft,
  };
}

export type RecordForm<V extends object> = ReturnType<typeof useRecordForm<V, unknown>>;
