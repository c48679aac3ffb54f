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
  | { kind: "notify"; what: "rejected" | "approved" | "question" | "closed" };

type Args = { event: CaseEvent };
const effect = (f: (e: CaseEvent) => CaseEffect) => emit(({ event }: Args) => ({ type: "effect", effect: f(event) }));

export const supportCaseGuards = {
  byAgent: ({ event }: Args) => event.actor.role === "agent",
  byOwner: ({ event }: Args) => event.actor.role === "customer" && event.actor.id === event.facts.ownerId,
  fourEyesRequired: ({ event }: Args) => event.actor.role === "agent" && event.facts.fourEyes === true,
  /** The second approval must come from another agent than the first. */
  secondApprover: ({ event }: Args) => event.actor.role === "agent" && !!event.facts.firstApproverId && event.actor.id !== event.facts.firstApproverId,
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
};
