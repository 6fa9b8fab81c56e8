import { PageInfo } from "../api/fragments";
import { graphql, type ResultOf, type VariablesOf } from "../graphql";

export const AuditLogQuery = graphql(
  `
    query AuditLog($filter: AuditFilter, $first: Int, $after: String, $last: Int, $before: String) {
      auditLog(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
        totalCount
        pageInfo {
          ...PageInfo
        }
        edges {
          node {
            id
            at
            action
            entityType
            entityId
            ipAddress
            actorKeyId
            actor {
              id
              fullName
              email
            }
            changes
          }
        }
      }
    }
  `,
  [PageInfo],
);

export type AuditEntry = ResultOf<typeof AuditLogQuery>["auditLog"]["edges"][number]["node"];
export type AuditFilter = NonNullable<VariablesOf<typeof AuditLogQuery>["filter"]>;
export type AuditAction = AuditEntry["action"];
export const AUDIT_ACTIONS: readonly AuditAction[] = [
  "CREATE",
  "UPDATE",
  "DELETE",
  "RESTORE",
  "TRANSITION",
  "ERASE",
  "LOGIN",
  "LOGOUT",
];

/** The kinds of record the write path logs (api/services/specs.py names, plus accounts). */
export const AUDITED_TYPES: readonly string[] = [
  "Affair",
  "ApiKey",
  "Article",
  "Event",
  "EventCoverage",
  "EventParticipation",
  "EventSpeaker",
  "Membership",
  "Mention",
  "Person",
  "Quote",
  "Region",
  "Regulation",
  "Relation",
  "RelationEvidence",
  "Stakeholder",
  "Tag",
  "User",
];
