import type { Role } from "../auth/operations";
import type { ArticleMove } from "./newsroomOperations";
import type { ArticleStatus } from "./operations";

interface Rule {
  from: ArticleStatus;
  to: ArticleStatus;
  roles: readonly Role[];
}

const EDITORS: readonly Role[] = ["ADMIN", "EDITOR"];
const ADMINS: readonly Role[] = ["ADMIN"];

/**
 * The newsroom's policy as the server has it (MOVES in api/services/articles/workflow.py). The
 * server decides; this table only keeps the screen from offering moves it would refuse.
 */
export const MOVES: Readonly<Record<ArticleMove, Rule>> = {
  SUBMIT: { from: "DRAFT", to: "IN_REVIEW", roles: EDITORS },
  RETURN_TO_DRAFT: { from: "IN_REVIEW", to: "DRAFT", roles: EDITORS },
  PUBLISH: { from: "IN_REVIEW", to: "PUBLISHED", roles: EDITORS },
  SCHEDULE: { from: "IN_REVIEW", to: "SCHEDULED", roles: EDITORS },
  UNSCHEDULE: { from: "SCHEDULED", to: "IN_REVIEW", roles: EDITORS },
  ARCHIVE: { from: "PUBLISHED", to: "ARCHIVED", roles: ADMINS },
  UNARCHIVE: { from: "ARCHIVED", to: "PUBLISHED", roles: ADMINS },
};

const ORDER = Object.keys(MOVES) as ArticleMove[];

/** The moves this role may make from this state, in the table's order. */
export function movesFor(status: ArticleStatus, role: Role): ArticleMove[] {
  return ORDER.filter((move) => MOVES[move].from === status && MOVES[move].roles.includes(role));
}

/** Moves that start from this state but need another role (to say who can make them). */
export function movesForOthers(status: ArticleStatus, role: Role): ArticleMove[] {
  return ORDER.filter((move) => MOVES[move].from === status && !MOVES[move].roles.includes(role));
}
