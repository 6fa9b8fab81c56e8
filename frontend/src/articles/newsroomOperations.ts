import { MutationProblem } from "../api/mutations";
import { graphql, type ResultOf } from "../graphql";

/** What every newsroom change returns: the article's new state, or why the server refused. */
export const ArticleChange = graphql(
  `
    fragment ArticleChange on ArticleChangeResult @_unmask {
      __typename
      ... on Article {
        id
        slug
        version
        status
        publishedAt
      }
      ...MutationProblem
      ... on InvalidTransitionError {
        currentStatus
        allowedMoves
      }
    }
  `,
  [MutationProblem],
);

export type ChangeResult = ResultOf<typeof ArticleChange>;
export type ArticleMove = Extract<ChangeResult, { __typename: "InvalidTransitionError" }>["allowedMoves"][number];

// Every move is aliased to `result` so that one function can run any of them.
export const SubmitArticle = graphql(
  `
    mutation SubmitArticle($input: RecordVersionInput!) {
      result: submitArticle(input: $input) {
        ...ArticleChange
      }
    }
  `,
  [ArticleChange],
);

export const ReturnArticleToDraft = graphql(
  `
    mutation ReturnArticleToDraft($input: RecordVersionInput!) {
      result: returnArticleToDraft(input: $input) {
        ...ArticleChange
      }
    }
  `,
  [ArticleChange],
);

export const PublishArticle = graphql(
  `
    mutation PublishArticle($input: RecordVersionInput!) {
      result: publishArticle(input: $input) {
        ...ArticleChange
      }
    }
  `,
  [ArticleChange],
);

export const ScheduleArticle = graphql(
  `
    mutation ScheduleArticle($input: ScheduleArticleInput!) {
      result: scheduleArticle(input: $input) {
        ...ArticleChange
      }
    }
  `,
  [ArticleChange],
);

export const UnscheduleArticle = graphql(
  `
    mutation UnscheduleArticle($input: RecordVersionInput!) {
      result: unscheduleArticle(input: $input) {
        ...ArticleChange
      }
    }
  `,
  [ArticleChange],
);

export const ArchiveArticle = graphql(
  `
    mutation ArchiveArticle($input: RecordVersionInput!) {
      result: archiveArticle(input: $input) {
        ...ArticleChange
      }
    }
  `,
  [ArticleChange],
);

export const UnarchiveArticle = graphql(
  `
    mutation UnarchiveArticle($input: RecordVersionInput!) {
      result: unarchiveArticle(input: $input) {
        ...ArticleChange
      }
    }
  `,
  [ArticleChange],
);

export const SetArticleTags = graphql(
  `
    mutation SetArticleTags($input: SetArticleTagsInput!) {
      result: setArticleTags(input: $input) {
        ...ArticleChange
      }
    }
  `,
  [ArticleChange],
);

export const AddArticleTag = graphql(
  `
    mutation AddArticleTag($input: ArticleTagInput!) {
      result: addArticleTag(input: $input) {
        ...ArticleChange
      }
    }
  `,
  [ArticleChange],
);

export const RemoveArticleTag = graphql(
  `
    mutation RemoveArticleTag($input: ArticleTagInput!) {
      result: removeArticleTag(input: $input) {
        ...ArticleChange
      }
    }
  `,
  [ArticleChange],
);

export const RestoreArticleRevision = graphql(
  `
    mutation RestoreArticleRevision($input: RestoreArticleRevisionInput!) {
      result: restoreArticleRevision(input: $input) {
        ...ArticleChange
      }
    }
  `,
  [ArticleChange],
);

export const ArticleRevisionsQuery = graphql(`
  query ArticleRevisions($slug: String!, $first: Int!, $before: Int) {
    article(slug: $slug) {
      id
      slug
      title
      version
      status
      revisions(first: $first, before: $before) {
        number
        createdAt
        note
        status
        title
        authorName
        changes {
          field
          before
          after
          diff
        }
      }
    }
  }
`);

type RevisionsOf = NonNullable<ResultOf<typeof ArticleRevisionsQuery>["article"]>["revisions"];
export type RevisionData = NonNullable<RevisionsOf>[number];
export type RevisionChangeData = RevisionData["changes"][number];

export const CreateMentionMutation = graphql(
  `
    mutation CreateMention($input: CreateMentionInput!) {
      createMention(input: $input) {
        __typename
        ... on Mention {
          id
        }
        ...MutationProblem
      }
    }
  `,
  [MutationProblem],
);

export const DeleteMentionMutation = graphql(
  `
    mutation DeleteMention($input: RecordVersionInput!) {
      deleteMention(input: $input) {
        __typename
        ... on Mention {
          id
        }
        ...MutationProblem
      }
    }
  `,
  [MutationProblem],
);
