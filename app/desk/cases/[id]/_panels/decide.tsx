import { rejectReasons, type CaseRow } from "@/lib/cases/service";
import type { Translator } from "@/lib/messages";
import type { Flash } from "@/lib/http/flash";
import type { CaseStatus } from "@/machines/support-case/definition";
import type { CaseEventType } from "@/machines/support-case/machine";
import { caseDeskAction } from "../../../actions";
import { panel } from "../../../ui";
import { CaseFormFields } from "./case-form";

export type DecideProps = {
  c: CaseRow;
  queue: string;
  me: { id: string };
  status: CaseStatus;
  open: boolean;
  ownCase: boolean;
  firstApprover: boolean;
  mayDecide: boolean;
  /** What the case machine would carry out for this agent now: no button it would refuse. */
  can: ReadonlySet<CaseEventType>;
  team: { id: string; username: string }[];
  flash: Flash;
  i18n: Translator;
};

/** Claim, approve, reject with a reason, close and assign: each a form posting to the desk action. */
export function DecidePanel({ c, queue, me, status, open, ownCase, firstApprover, mayDecide, can, team, flash, i18n }: DecideProps) {
  return (
    <section className={`${panel} lg:col-start-1 lg:row-start-2`} aria-labelledby="decide-title">
      <h2 id="decide-title" className="text-lg font-bold">
        {i18n.t("desk.decide.title")}
      </h2>
      <div className="mt-3 flex flex-wrap gap-2">
        {open && c.assigneeId !== me.id && (
          <form action={caseDeskAction}>
            <CaseFormFields c={c} queue={queue} />
            <button type="submit" name="intent" value="CLAIM" className="btn-secondary" data-shortcut="c">
              {i18n.t("desk.decide.claim")}
            </button>
          </form>
        )}
        {can.has("APPROVE") && (
          <form action={caseDeskAction}>
            <CaseFormFields c={c} queue={queue} />
            <button type="submit" name="intent" value="APPROVE" className="btn-primary" data-shortcut="a">
              {status === "awaiting_second_approval" ? i18n.t("desk.decide.approveSecond") : i18n.t("desk.decide.approve")}
            </button>
          </form>
        )}
        {can.has("CLOSE") && (
          <form action={caseDeskAction}>
            <CaseFormFields c={c} queue={queue} />
            <button type="submit" name="intent" value="CLOSE" className="btn-secondary">
              {i18n.t("desk.decide.close")}
            </button>
          </form>
        )}
      </div>
      {status === "new" && <p className="mt-2 text-xs text-zinc-600">{i18n.t("desk.decide.claimHint")}</p>}
      {open && ownCase && (
        <p className="mt-2 text-sm font-medium text-amber-800" role="note">
          {/* Shown instead of Approve and Reject to the agent who opened the case (the case machine refuses them too). */}
          {i18n.t("desk.decide.ownCase")}
        </p>
      )}
      {!ownCase && firstApprover && <p className="mt-2 text-xs text-zinc-600">{i18n.t("desk.decide.youApprovedFirst")}</p>}
      {!ownCase && !firstApprover && status === "awaiting_second_approval" && <p className="mt-2 text-xs text-zinc-600">{i18n.t("desk.decide.otherApprovedFirst")}</p>}
      {mayDecide && (
        <form action={caseDeskAction} className="mt-4 flex flex-col gap-2 border-t border-zinc-100 pt-4">
          <CaseFormFields c={c} queue={queue} />
          <label htmlFor="reject-reason" className="text-sm font-medium">
            {i18n.t("desk.decide.rejectReason")}
          </label>
          <select id="reject-reason" name="reason" className="input" defaultValue="" data-shortcut="x">
            <option value="" disabled>
              {i18n.t("desk.decide.chooseReason")}
            </option>
            {(Object.keys(rejectReasons) as (keyof typeof rejectReasons)[]).map((value) => (
              <option key={value} value={value}>
                {i18n.t(`desk.decide.reasons.${value}`)}
              </option>
            ))}
          </select>
          <label htmlFor="reject-text" className="text-sm font-medium">
            {i18n.t("desk.decide.details")}
          </label>
          <textarea id="reject-text" name="text" rows={2} maxLength={4000} className="input" />
          {flash.errors?.REJECT && <p className="text-sm text-red-700">{flash.errors.REJECT}</p>}
          <button type="submit" name="intent" value="REJECT" className="btn-secondary self-start">
            {i18n.t("desk.decide.reject")}
          </button>
        </form>
      )}
      {open && (
        <form action={caseDeskAction} className="mt-4 flex flex-wrap items-end gap-2 border-t border-zinc-100 pt-4">
          <CaseFormFields c={c} queue={queue} />
          <div>
            <label htmlFor="assign-agent" className="block text-sm font-medium">
              {i18n.t("desk.decide.assignTo")}
            </label>
            <select id="assign-agent" name="agentId" className="input mt-1" defaultValue={c.assigneeId ?? ""}>
              {team.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.username}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" name="intent" value="ASSIGN" className="btn-secondary">
            {i18n.t("desk.decide.assign")}
          </button>
        </form>
      )}
    </section>
  );
}
