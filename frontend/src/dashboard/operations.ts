import { graphql, type ResultOf } from "../graphql";

// One query per panel: a failing panel must not take the others down with it.

export const CategoryCountsQuery = graphql(`
  query DashboardCategories {
    dashboard {
      stakeholdersByCategory {
        category
        count
      }
    }
  }
`);

/** The province the office serves: the top of the region tree. */
export const ProvinceQuery = graphql(`
  query DashboardProvince {
    regions(filter: { level: [PROVINCE] }, orderBy: { field: CODE }, first: 1) {
      edges {
        node {
          code
          name
        }
      }
    }
  }
`);

export const RegionCountsQuery = graphql(`
  query DashboardRegions($region: String!) {
    dashboard {
      stakeholdersByRegion(region: $region) {
        region {
          code
          name
        }
        stakeholders
      }
    }
  }
`);

export const ArticlesPerMonthQuery = graphql(`
  query DashboardArticlesPerMonth($months: Int!) {
    dashboard {
      articlesPerMonth(months: $months) {
        month
        count
      }
    }
  }
`);

export const UpcomingEventsQuery = graphql(`
  query DashboardUpcomingEvents($from: DateTime!) {
    events(
      filter: { starts: { from: $from }, status: [PLANNED] }
      orderBy: { field: STARTS_AT, direction: ASC }
      first: 5
    ) {
      totalCount
      edges {
        node {
          id
          slug
          title
          kind
          startsAt
          datePrecision
          venue
          region {
            name
          }
        }
      }
    }
  }
`);

export const RecentChangesQuery = graphql(`
  query DashboardRecentChanges {
    dashboard {
      recentChanges(first: 8) {
        at
        action
        entityType
        entityId
        label
        actorName
      }
    }
  }
`);

export const DormantStakeholdersQuery = graphql(`
  query DashboardDormant($months: Int!) {
    dormantStakeholders(
      months: $months
      filter: { status: [ACTIVE, DORMANT] }
      orderBy: { field: NAME }
      first: 8
    ) {
      totalCount
      edges {
        node {
          id
          slug
          name
          category
          region {
            name
          }
          activity {
            lastActiveAt
          }
        }
      }
    }
  }
`);

export type MonthCount = ResultOf<
  typeof ArticlesPerMonthQuery
>["dashboard"]["articlesPerMonth"][number];
export type RecentChange = ResultOf<
  typeof RecentChangesQuery
>["dashboard"]["recentChanges"][number];
