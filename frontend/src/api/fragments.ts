import { graphql } from "../graphql";

/** Spread into every paged list's connection: what the Pager needs to move between pages. */
export const PageInfo = graphql(`
  fragment PageInfo on PageInfo @_unmask {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
`);
