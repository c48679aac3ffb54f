import { availableEvents, machineOf, step } from "@/lib/flows/machine";
import { supportCaseDefinition, type CaseStatus } from "./definition";
import { supportCaseActions, supportCaseGuards, type CaseEffect, type CaseEvent, type CaseRefusal } from "./implementations";

const machine = machineOf({ guards: supportCaseGuards, actions: supportCaseActions, actors: {} }, supportCaseDefinition);

/** A case's status as a snapshot of its machine (the case keeps no other machine state). */
const snapshotAt = (status: CaseStatus) => machine.resolveState({ value: status, context: {} });

/**
 * One step of a case: from `status`, what `event` leads to, and the effects to carry out.
 * `null` when the event is not allowed in that status (or its guard says no).
 */
export function stepCase(status: CaseStatus, event: CaseEvent): { status: CaseStatus; effects: CaseEffect[] } | null {
  const next = step<CaseEffect>(machine, snapshotAt(status), { type: event.type, input: event.input }, { actor: event.actor, facts: event.facts });
  return next.allowed ? { status: next.snapshot.value as CaseStatus, effects: next.effects } : null;
}

/** Every event the case machine knows. */
export const caseEventTypes = ["CLAIM", "ASK_CUSTOMER", "APPROVE", "REJECT", "CLOSE", "CUSTOMER_REPLY", "RESET_APPLIED"] as const;
export type CaseEventType = (typeof caseEventTypes)[number];

/**
 * What `actor` can do on a case in `status`, as the machine decides it: the events it would carry
 * out, and those it would refuse with a reason (an agent's own case, a second approval by the first
 * approver). Pages offer exactly these instead of re-encoding the statuses.
 */
export function caseOptions(status: CaseStatus, actor: CaseEvent["actor"], facts: CaseEvent["facts"]): { can: Set<CaseEventType>; refused: Map<CaseEventType, CaseRefusal> } {
  const can = new Set<CaseEventType>();
  const refused = new Map<CaseEventType, CaseRefusal>();
  for (const type of availableEvents(snapshotAt(status), caseEventTypes, { actor, facts }) as CaseEventType[]) {
    const outcome = stepCase(status, { type, actor, facts, input: {} });
    const refusal = outcome?.effects.find((e): e is Extract<CaseEffect, { kind: "refused" }> => e.kind === "refused");
    if (refusal) refused.set(type, refusal.reason);
    else if (outcome) can.add(type);
  }
  return { can, refused };
}
