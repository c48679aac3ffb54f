import { createActor } from "xstate";
import { machineOf } from "@/lib/flows/machine";
import type { EffectEvent, FlowEvent } from "@/lib/flows/types";
import type { AccountEffect } from "@/lib/accounts/effects";
import type { AuthEffect } from "@/lib/auth/effects";
import type { CaseOpenEffect } from "@/lib/cases/effects";
import type { MessageEffect } from "@/lib/messaging/effects";
import type { NewsletterEffect } from "@/lib/newsletter/effects";

/** Every effect the app's domains handle, so a test can read any of them. */
type KnownEffect = AccountEffect | AuthEffect | CaseOpenEffect | MessageEffect | NewsletterEffect;
import type { Implementations } from "@/lib/flows/define";

/**
 * Drives a flow machine the way the runtime does, with a clock the test controls and
 * the emitted effects collected.
 */
export function harness(definition: object, impl: Implementations, start = 1_700_000_000_000) {
  const machine = machineOf(impl, definition);
  const actor = createActor(machine);
  const effects: KnownEffect[] = [];
  actor.on("effect", (e: EffectEvent<KnownEffect>) => effects.push(e.effect));
  actor.start();
  let clock = start;
  let seq = 0;
  let nextCode = "123456";
  return {
    actor,
    effects,
    advance(ms: number) {
      clock += ms;
    },
    setNextCode(code: string) {
      nextCode = code;
    },
    now: () => clock,
    send(type: string, input: Record<string, unknown> = {}, facts: Record<string, unknown> = {}) {
      const event: FlowEvent = { type, input, facts, fresh: { code: nextCode + "000000" }, now: clock, seq: ++seq };
      actor.send(event);
      return actor.getSnapshot();
    },
    get state() {
      return actor.getSnapshot().value;
    },
    get context() {
      return actor.getSnapshot().context as Record<string, any>;
    },
    /** The error set by the most recent event, if any. */
    get error() {
      const e = (actor.getSnapshot().context as { error?: { seq: number; code: string } }).error;
      return e && e.seq === seq ? e.code : undefined;
    },
  };
}
