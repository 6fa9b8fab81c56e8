import { PageInfo } from "../api/fragments";
import { MutationProblem } from "../api/mutations";
import { graphql, type ResultOf } from "../graphql";

export const ArticleRow = graphql(`
  fragment ArticleRow on Article @_unmask {
    id
    slug
    title
    status
    category
    dateline
    language
    publishedAt
    updatedAt
    viewCount
    author {
      id
      displayName
    }
  }
`);

export const ArticleListQuery = graphql(
  `
    query ArticleList(
      $filter: ArticleFilter
      $orderBy: ArticleOrder
      $first: Int
      $after: String
      $last: Int
      $before: String
    ) {
      articles(
        filter: $filter
        orderBy: $orderBy
        first: $first
        after: $after
        last: $last
        before: $before
      ) {
        totalCount
        pageInfo {
          ...PageInfo
        }
        edges {
          node {
            ...ArticleRow
          }
        }
      }
    }
  `,
  [ArticleRow, PageInfo],
);

/** The tags a list can be filtered by (a newsroom has tens, not thousands). */
export const TagOptionsQuery = graphql(`
  query ArticleTagOptions {
    tags(first: 100, orderBy: { field: NAME, direction: ASC }) {
      edges {
        node {
          id
          name
          slug
        }
      }
    }
  }
`);

/** Whatever a mention points at, with what a link to its screen needs. */
export const MentionTarget = graphql(`
  fragment MentionTarget on MentionedEntity @_unmask {
    __typename
    ... on Stakeholder {
      id
      name
      slug
    }
    ... on Person {
      id
      displayName
      slug
    }
    ... on Region {
      id
      name
      code
    }
    ... on Event {
      id
      title
      slug
    }
    ... on Regulation {
      id
      citation
      slug
    }
  }
`);

export const ArticleMention = graphql(
  `
    fragment ArticleMention on Mention @_unmask {
      id
      version
      targetType
      evidence
      confirmed
      target {
        ...MentionTarget
      }
    }
  `,
  [MentionTarget],
);

export const ArticleFull = graphql(
  `
    fragment ArticleFull on Article @_unmask {
      ...ArticleRow
      version
      createdAt
      editorInitials
      summary
      body
      coverImageUrl
      sourceUrl
      author {
        id
        slug
        displayName
      }
      datelineRegion {
        id
        code
        name
      }
      tags {
        id
        name
        slug
      }
      mentions(first: 100) {
        totalCount
        edges {
          node {
            ...ArticleMention
          }
        }
      }
    }
  `,
  [ArticleRow, ArticleMention],
);

export const ArticleDetailQuery = graphql(
  `
    query ArticleDetail($slug: String!) {
      article(slug: $slug) {
        ...ArticleFull
      }
    }
  `,
  [ArticleFull],
);

const ArticleSaved = graphql(
  `
    fragment ArticleSaved on ArticleResult @_unmask {
      __typename
      ... on Article {
        id
        slug
        version
      }
      ...MutationProblem
    }
  `,
  [MutationProblem],
);

export const CreateArticleMutation = graphql(
  `
    mutation CreateArticle($input: CreateArticleInput!) {
      createArticle(input: $input) {
        ...ArticleSaved
      }
    }
  `,
  [ArticleSaved],
);

export const UpdateArticleMutation = graphql(
  `
    mutation UpdateArticle($input: UpdateArticleInput!) {
      updateArticle(input: $input) {
        ...ArticleSaved
      }
    }
  `,
  [ArticleSaved],
);

export type ArticleRowData = ResultOf<typeof ArticleRow>;
export type ArticleData = ResultOf<typeof ArticleFull>;
export type ArticleStatus = ArticleRowData["status"];
export type ArticleCategory = ArticleRowData["category"];
export type MentionData = ResultOf<typeof ArticleMention>;
export type MentionKind = MentionData["targetType"];

export const ARTICLE_STATUSES: readonly ArticleStatus[] = [
  "DRAFT",
  "IN_REVIEW",
  "SCHEDULED",
  "PUBLISHED",
  "ARCHIVED",
];

export const ARTICLE_CATEGORIES: readonly ArticleCategory[] = [
  "BERITA",
  "PENGUMUMAN",
  "ARTIKEL",
  "OPINI",
  "SIARAN_PERS",
  "GALERI",
];

/** Languages an article is written in (the office publishes in Indonesian, some in English). */
export const LANGUAGES = ["id", "en"] as const;

/** Mention autocomplete: anything an article can mention, by name, alias, code or number. */
export const MentionSearchQuery = graphql(
  `
    query MentionSearch($query: String!, $types: [SearchType!]) {
      search(query: $query, types: $types, first: 12) {
        label
        matched
        node {
          ...MentionTarget
        }
      }
    }
  `,
  [MentionTarget],
);

/** Author autocomplete: people by name. */
export const PersonSearchQuery = graphql(`
  query ArticleAuthorSearch($query: String!) {
    search(query: $query, types: [PERSON], first: 10) {
      label
      node {
        __typename
        ... on Person {
          id
          slug
          displayName
          position
        }
      }
    }
  }
`);
