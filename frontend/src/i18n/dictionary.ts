/** The English dictionary must have exactly the Indonesian one's keys, with string leaves. */
export type Dictionary<T> = {
  [K in keyof T]: T[K] extends string ? string : Dictionary<T[K]>;
};

/** One namespace: Indonesian (the default) and English. */
export interface Namespace<T> {
  id: T;
  en: Dictionary<T>;
}

export function namespace<T>(id: T, en: Dictionary<T>): Namespace<T> {
  return { id, en };
}
