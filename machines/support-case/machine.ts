import { createActor, setup, type AnyStateMachine } from "xstate";
import { supportCaseDefinition, type CaseStatus } from "./definition";
import { supportCaseActions, supportCaseGuards, type CaseEffect, type CaseEvent } from "./implementations";

const machine = setup({ guards: supportCaseGuards as never, actions: supportCaseActions as never }).createMachine(
  supportCaseDefinition as never,
) as unknown as AnyStateMachine;

/**
 * One step of a case: from `status`, what `event` leads to, and the effects to carry out.
 * `null` when the event is not allowed in that status (or its guard says no).
 */
export function stepCase(status: CaseStatus, event: CaseEvent): { status: CaseStatus; effects: CaseEffect[] } | null {
  const effects: CaseEffect[] = [];
  const actor = createActor(machine, { snapshot: machine.resolveState({ value: status, context: {} }) });
  actor.on("effect", (e: { effect: CaseEffect }) => effects.push(e.effect));
  actor.start();
  const before = actor.getSnapshot();
  if (!before.can(event)) {
    actor.stop();
    return null;
  }
  actor.send(event);
  const after = actor.getSnapshot();
  actor.stop();
  return { status: after.value as CaseStatus, effects };
}
