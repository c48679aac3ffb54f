import { emit } from "xstate";

/**
 * The case machine's named code. Events carry who acts and the facts the service looked up;
 * effects are carried out by lib/cases/service.ts in the same transaction as the status change.
 */
export type CaseEvent = {
  type: string;
  actor: { id: string; role: "customer" | "agent" | "system" };
  facts: { fourEyes?: boolean; firstApproverId?: string | null; ownerId?: string };
  input: Record<string, unknown>;
};

export type CaseEffect =
  | { kind: "assign"; agentId: string }
  | { kind: "decision" }
  | { kind: "firstApproval"; agentId: string }
  | { kind: "issueResetCode" }
  | { kind: "codeUsed" }
  | { kind: "notify"; what: "rejected" | "approved" | "question" | "closed" }
  /** The machine said no to a decision and why; the status stays, the attempt goes on the audit trail. */
  | { kind: "refused"; reason: CaseRefusal };

export type CaseRefusal = "own_case" | "same_approver";

type Args = { event: CaseEvent };
const effect = (f: (e: CaseEvent) => CaseEffect) => emit(({ event }: Args) => ({ type: "effect", effect: f(event) }));

const isAgent = (e: CaseEvent) => e.actor.role === "agent";
/** Without the owner's id there is no way to tell, so nobody may decide. */
const ownsCase = (e: CaseEvent) => !e.facts.ownerId || e.actor.id === e.facts.ownerId;
const decides = (e: CaseEvent) => isAgent(e) && !ownsCase(e);

export const supportCaseGuards = {
  byAgent: ({ event }: Args) => isAgent(event),
  byOwner: ({ event }: Args) => event.actor.role === "customer" && event.actor.id === event.facts.ownerId,
  /** An agent (or admin) acting on a case they opened for themselves. */
  ownCaseByAgent: ({ event }: Args) => isAgent(event) && ownsCase(event),
  /** An agent who may approve or reject: never the case's owner. */
  byDecidingAgent: ({ event }: Args) => decides(event),
  fourEyesRequired: ({ event }: Args) => decides(event) && event.facts.fourEyes === true,
  /** The agent who gave the first approval, trying to give the second as well. */
  firstApprover: ({ event }: Args) => isAgent(event) && !!event.facts.firstApproverId && event.actor.id === event.facts.firstApproverId,
  /** The second approval must come from another agent than the first, and not from the owner. */
  secondApprover: ({ event }: Args) => decides(event) && !!event.facts.firstApproverId && event.actor.id !== event.facts.firstApproverId,
};

export const supportCaseActions = {
  assign: effect((e) => ({ kind: "assign", agentId: typeof e.input.agentId === "string" ? e.input.agentId : e.actor.id })),
  recordDecision: effect(() => ({ kind: "decision" })),
  recordFirstApproval: effect((e) => ({ kind: "firstApproval", agentId: e.actor.id })),
  issueResetCode: effect(() => ({ kind: "issueResetCode" })),
  markCodeUsed: effect(() => ({ kind: "codeUsed" })),
  notifyRejected: effect(() => ({ kind: "notify", what: "rejected" })),
  notifyApproved: effect(() => ({ kind: "notify", what: "approved" })),
  notifyQuestion: effect(() => ({ kind: "notify", what: "question" })),
  notifyClosed: effect(() => ({ kind: "notify", what: "closed" })),
  refuseOwnCase: effect(() => ({ kind: "refused", reason: "own_case" })),
  refuseSameApprover: effect(() => ({ kind: "refused", reason: "same_approver" })),
};
