import { request } from "../api/client";
import { type Outcome, toOutcome } from "../api/mutations";
import type { VariablesOf } from "../graphql";
import { patchOf } from "../ui/drafts";
import { SetArticleTags } from "./newsroomOperations";
import {
  type ArticleCategory,
  type ArticleData,
  CreateArticleMutation,
  UpdateArticleMutation,
} from "./operations";

export interface PickedRef {
  id: string;
  name: string;
  /** A region's code or a person's slug: what the chosen item is shown with. */
  detail: string;
}

/** What the article form edits. Tags are saved with setArticleTags after the fields. */
export interface ArticleValues {
  title: string;
  slug: string;
  category: ArticleCategory;
  dateline: string;
  datelineRegion: PickedRef | null;
  author: PickedRef | null;
  editorInitials: string;
  summary: string;
  body: string;
  coverImageUrl: string;
  sourceUrl: string;
  language: string;
  tags: string[];
}

export const EMPTY_ARTICLE: ArticleValues = {
  title: "",
  slug: "",
  category: "BERITA",
  dateline: "",
  datelineRegion: null,
  author: null,
  editorInitials: "",
  summary: "",
  body: "",
  coverImageUrl: "",
  sourceUrl: "",
  language: "id",
  tags: [],
};

export function valuesOf(article: ArticleData): ArticleValues {
  const region = article.datelineRegion;
  const author = article.author;
  return {
    title: article.title,
    slug: article.slug,
    category: article.category,
    dateline: article.dateline,
    datelineRegion: region ? { id: region.id, name: region.name, detail: region.code } : null,
    author: author ? { id: author.id, name: author.displayName, detail: author.slug } : null,
    editorInitials: article.editorInitials,
    summary: article.summary,
    body: article.body,
    coverImageUrl: article.coverImageUrl ?? "",
    sourceUrl: article.sourceUrl ?? "",
    language: article.language,
    tags: article.tags.map((tag) => tag.name),
  };
}

type CreateInput = VariablesOf<typeof CreateArticleMutation>["input"];
type UpdateFields = Omit<VariablesOf<typeof UpdateArticleMutation>["input"], "id" | "version">;

/** The fields of an update input for what changed (tags aside); empty addresses clear them. */
export function articlePatch(values: ArticleValues, base: ArticleValues): UpdateFields {
  const patch = patchOf(values, base);
  const input: UpdateFields = {};
  if (patch.title !== undefined) input.title = patch.title;
  // An emptied slug keeps the current one rather than failing.
  if (patch.slug) input.slug = patch.slug;
  if (patch.category !== undefined) input.category = patch.category;
  if (patch.dateline !== undefined) input.dateline = patch.dateline;
  if (patch.datelineRegion !== undefined) input.datelineRegionId = patch.datelineRegion?.id ?? null;
  if (patch.author !== undefined) input.authorId = patch.author?.id ?? null;
  if (patch.editorInitials !== undefined) input.editorInitials = patch.editorInitials;
  if (patch.summary !== undefined) input.summary = patch.summary;
  if (patch.body !== undefined) input.body = patch.body;
  if (patch.coverImageUrl !== undefined) input.coverImageUrl = patch.coverImageUrl.trim() || null;
  if (patch.sourceUrl !== undefined) input.sourceUrl = patch.sourceUrl.trim() || null;
  if (patch.language !== undefined) input.language = patch.language;
  return input;
}

export function createInput(values: ArticleValues): CreateInput {
  return { ...articlePatch(values, { ...EMPTY_ARTICLE, title: values.title }), title: values.title };
}

/** Server field names (`datelineRegionId`) as the form's (`datelineRegion`). */
const FORM_FIELDS: Record<string, keyof ArticleValues> = {
  datelineRegionId: "datelineRegion",
  authorId: "author",
};

function withFormFields<T>(outcome: Outcome<T>): Outcome<T> {
  if (outcome.kind !== "invalid") return outcome;
  const fields: Record<string, string> = {};
  for (const [field, message] of Object.entries(outcome.fields)) fields[FORM_FIELDS[field] ?? field] = message;
  return { ...outcome, fields };
}

export interface SavedArticle {
  id: string;
  slug: string;
  version: number;
}

/**
 * Create or update the article, then set its tags if they changed, each step at the version
 * the one before returned.
 */
export async function saveArticle(
  id: string | null,
  version: number | null,
  values: ArticleValues,
  base: ArticleValues,
): Promise<Outcome<SavedArticle>> {
  let saved: SavedArticle;
  const fields = articlePatch(values, base);
  if (id === null || version === null) {
    const { createArticle } = await request(CreateArticleMutation, { input: createInput(values) });
    const outcome = toOutcome(createArticle, "Article");
    if (outcome.kind !== "ok") return withFormFields(outcome);
    saved = outcome.value;
  } else if (Object.keys(fields).length > 0) {
    const { updateArticle } = await request(UpdateArticleMutation, { input: { id, version, ...fields } });
    const outcome = toOutcome(updateArticle, "Article");
    if (outcome.kind !== "ok") return withFormFields(outcome);
    saved = outcome.value;
  } else {
    saved = { id, slug: values.slug, version };
  }
  if (JSON.stringify(values.tags) === JSON.stringify(base.tags)) {
    return { kind: "ok", value: saved };
  }
  const { result } = await request(SetArticleTags, {
    input: { articleId: saved.id, version: saved.version, tags: values.tags },
  });
  const outcome = toOutcome(result, "Article");
  return outcome.kind === "ok" ? { kind: "ok", value: outcome.value } : withFormFields(outcome);
}
