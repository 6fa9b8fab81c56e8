import { useTranslation } from "react-i18next";

import { request } from "../api/client";
import { RegionSearchQuery } from "../regions/operations";
import { SelectField, TextField } from "../ui/fields";
import type { RecordForm } from "../ui/useRecordForm";
import type { ArticleValues } from "./articleValues";
import { ARTICLE_CATEGORIES, type ArticleCategory, LANGUAGES, PersonSearchQuery } from "./operations";
import { RefPicker } from "./RefPicker";
import { RichTextEditor } from "./RichTextEditor";
import { TagsField } from "./TagsField";

/** The article's fields, in the order a reporter fills them in. */
export function ArticleFields({
  form,
  labels,
  published,
}: {
  form: Pick<RecordForm<ArticleValues>, "values" | "errors" | "set">;
  labels: Record<keyof ArticleValues, string>;
  published: boolean;
}) {
  const { t } = useTranslation("articles");
  const { values, errors, set } = form;
  return (
    <>
      <div className="field-wide">
        <TextField label={labels.title} required value={values.title} error={errors.title} onChange={(v) => set("title", v)} />
      </div>
      <div className="field-wide">
        <TextField label={labels.summary} multiline value={values.summary} error={errors.summary} onChange={(v) => set("summary", v)} />
      </div>
      <div className="field-wide">
        <RichTextEditor label={labels.body} value={values.body} error={errors.body} onChange={(v) => set("body", v)} />
      </div>
      <SelectField
        label={labels.category}
        value={values.category}
        error={errors.category}
        options={ARTICLE_CATEGORIES.map((category) => ({ value: category, label: t(`categories.${category}`) }))}
        onChange={(v) => set("category", (v ?? "BERITA") as ArticleCategory)}
      />
      <SelectField
        label={labels.language}
        value={values.language}
        error={errors.language}
        options={LANGUAGES.map((language) => ({ value: language, label: t(`languages.${language}`) }))}
        onChange={(v) => set("language", v ?? "id")}
      />
      <TextField
        label={labels.dateline}
        hint={t("fields.datelineHint")}
        value={values.dateline}
        error={errors.dateline}
        onChange={(v) => set("dateline", v)}
      />
      <RefPicker
        label={labels.datelineRegion}
        value={values.datelineRegion}
        error={errors.datelineRegion}
        onChange={(v) => set("datelineRegion", v)}
        search={async (text, signal) => {
          const { regions } = await request(RegionSearchQuery, { search: text }, signal);
          return regions.edges.map(({ node }) => ({ id: node.id, label: node.name, detail: node.code }));
        }}
      />
      <RefPicker
        label={labels.author}
        hint={t("fields.authorHint")}
        value={values.author}
        error={errors.author}
        onChange={(v) => set("author", v)}
        search={async (text, signal) => {
          const { search } = await request(PersonSearchQuery, { query: text }, signal);
          return search.flatMap(({ node }) =>
            node.__typename === "Person"
              ? [{ id: node.id, label: node.displayName, detail: node.position || node.slug }]
              : [],
          );
        }}
      />
      <TextField
        label={labels.editorInitials}
        hint={t("fields.editorInitialsHint")}
        value={values.editorInitials}
        error={errors.editorInitials}
        onChange={(v) => set("editorInitials", v)}
      />
      <TagsField label={labels.tags} value={values.tags} error={errors.tags} onChange={(v) => set("tags", v)} />
      {published ? (
        <div className="field">
          <span className="field-label">{labels.slug}</span>
          <code className="break">{values.slug}</code>
          <p className="hint">{t("fields.slugHint")}</p>
        </div>
      ) : (
        <TextField
          label={labels.slug}
          hint={t("fields.slugHint")}
          value={values.slug}
          error={errors.slug}
          onChange={(v) => set("slug", v)}
        />
      )}
      <TextField label={labels.coverImageUrl} type="url" value={values.coverImageUrl} error={errors.coverImageUrl} onChange={(v) => set("coverImageUrl", v)} />
      <TextField label={labels.sourceUrl} type="url" value={values.sourceUrl} error={errors.sourceUrl} onChange={(v) => set("sourceUrl", v)} />
    </>
  );
}
