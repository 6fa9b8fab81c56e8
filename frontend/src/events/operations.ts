import { PageInfo } from "../api/fragments";
import { MutationProblem } from "../api/mutations";
import { graphql, type ResultOf } from "../graphql";

export const EventRow = graphql(`
  fragment EventRow on Event @_unmask {
    id
    slug
    title
    kind
    status
    startsAt
    endsAt
    datePrecision
    venue
    region {
      id
      code
      name
    }
  }
`);

export const EventListQuery = graphql(
  `
    query EventList(
      $filter: EventFilter
      $orderBy: EventOrder
      $first: Int
      $after: String
      $last: Int
      $before: String
    ) {
      events(
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
            ...EventRow
          }
        }
      }
    }
  `,
  [EventRow, PageInfo],
);

export const EventSpeakerRow = graphql(`
  fragment EventSpeakerRow on EventSpeaker @_unmask {
    id
    version
    mode
    topic
    person {
      id
      slug
      displayName
      position
    }
  }
`);

export const EventParticipationRow = graphql(`
  fragment EventParticipationRow on EventParticipation @_unmask {
    id
    version
    role
    stakeholder {
      id
      slug
      name
      category
    }
  }
`);

/** One event with everyone involved; the lists are small, so one page of 100 holds them. */
export const EventDetailQuery = graphql(
  `
    query EventDetail($slug: String!) {
      event(slug: $slug) {
        ...EventRow
        version
        description
        updatedAt
        speakers(first: 100) {
          totalCount
          edges {
            node {
              ...EventSpeakerRow
            }
          }
        }
        participations(first: 100) {
          totalCount
          edges {
            node {
              ...EventParticipationRow
            }
          }
        }
        articles(first: 50) {
          totalCount
          edges {
            node {
              id
              slug
              title
              status
              publishedAt
            }
          }
        }
      }
    }
  `,
  [EventRow, EventSpeakerRow, EventParticipationRow],
);

const EventSaved = graphql(`
  fragment EventSaved on Event @_unmask {
    id
    slug
    version
  }
`);

export const CreateEventMutation = graphql(
  `
    mutation CreateEvent($input: CreateEventInput!) {
      createEvent(input: $input) {
        __typename
        ...EventSaved
        ...MutationProblem
      }
    }
  `,
  [EventSaved, MutationProblem],
);

export const UpdateEventMutation = graphql(
  `
    mutation UpdateEvent($input: UpdateEventInput!) {
      updateEvent(input: $input) {
        __typename
        ...EventSaved
        ...MutationProblem
      }
    }
  `,
  [EventSaved, MutationProblem],
);

const SpeakerSaved = graphql(`
  fragment SpeakerSaved on EventSpeaker @_unmask {
    id
    version
  }
`);

export const CreateEventSpeakerMutation = graphql(
  `
    mutation CreateEventSpeaker($input: CreateEventSpeakerInput!) {
      createEventSpeaker(input: $input) {
        __typename
        ...SpeakerSaved
        ...MutationProblem
      }
    }
  `,
  [SpeakerSaved, MutationProblem],
);

export const UpdateEventSpeakerMutation = graphql(
  `
    mutation UpdateEventSpeaker($input: UpdateEventSpeakerInput!) {
      updateEventSpeaker(input: $input) {
        __typename
        ...SpeakerSaved
        ...MutationProblem
      }
    }
  `,
  [SpeakerSaved, MutationProblem],
);

export const DeleteEventSpeakerMutation = graphql(
  `
    mutation DeleteEventSpeaker($input: RecordVersionInput!) {
      deleteEventSpeaker(input: $input) {
        __typename
        ...SpeakerSaved
        ...MutationProblem
      }
    }
  `,
  [SpeakerSaved, MutationProblem],
);

const ParticipationSaved = graphql(`
  fragment ParticipationSaved on EventParticipation @_unmask {
    id
    version
  }
`);

export const CreateEventParticipationMutation = graphql(
  `
    mutation CreateEventParticipation($input: CreateEventParticipationInput!) {
      createEventParticipation(input: $input) {
        __typename
        ...ParticipationSaved
        ...MutationProblem
      }
    }
  `,
  [ParticipationSaved, MutationProblem],
);

export const UpdateEventParticipationMutation = graphql(
  `
    mutation UpdateEventParticipation($input: UpdateEventParticipationInput!) {
      updateEventParticipation(input: $input) {
        __typename
        ...ParticipationSaved
        ...MutationProblem
      }
    }
  `,
  [ParticipationSaved, MutationProblem],
);

export const DeleteEventParticipationMutation = graphql(
  `
    mutation DeleteEventParticipation($input: RecordVersionInput!) {
      deleteEventParticipation(input: $input) {
        __typename
        ...ParticipationSaved
        ...MutationProblem
      }
    }
  `,
  [ParticipationSaved, MutationProblem],
);

export type EventRowData = ResultOf<typeof EventRow>;
export type EventDetailData = NonNullable<ResultOf<typeof EventDetailQuery>["event"]>;
export type SpeakerData = ResultOf<typeof EventSpeakerRow>;
export type ParticipationData = ResultOf<typeof EventParticipationRow>;

export type EventKind = EventRowData["kind"];
export type EventStatus = EventRowData["status"];
export type DatePrecision = EventRowData["datePrecision"];
export type SpeakerMode = SpeakerData["mode"];
export type ParticipationRole = ParticipationData["role"];

export const EVENT_KINDS: readonly EventKind[] = [
  "SOSIALISASI",
  "PELATIHAN",
  "RAPAT",
  "LOMBA",
  "FESTIVAL",
  "SEMINAR",
  "BIMTEK",
  "PAMERAN",
  "OTHER",
];
export const EVENT_STATUSES: readonly EventStatus[] = ["PLANNED", "HELD", "CANCELLED"];
export const DATE_PRECISIONS: readonly DatePrecision[] = ["EXACT", "DAY", "MONTH", "APPROXIMATE"];
export const SPEAKER_MODES: readonly SpeakerMode[] = ["IN_PERSON", "ONLINE", "RECORDED_VIDEO"];
export const PARTICIPATION_ROLES: readonly ParticipationRole[] = ["ORGANISER", "PARTICIPANT"];

/** The region a list is filtered by, named for the filter's label. */
export const RegionNameQuery = graphql(`
  query RegionName($code: String!) {
    region(code: $code) {
      id
      code
      name
    }
  }
`);
