"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/guard";
import { addNote, AGENT_ROLES, caseAction, caseById, rejectReasons, saveDeskSettings, type Actor } from "@/lib/cases/service";
import { setFlash } from "@/lib/http/flash";
import { getTranslator } from "@/lib/i18n/request";
import { CONTROL_CHARACTERS, plainText } from "@/lib/validation/plain-text";

/** Every desk action checks the role again: a guessed URL or a replayed form from a customer gets nothing. */
async function agent(path: string): Promise<Actor> {
  const me = await requireUser(path, AGENT_ROLES);
  return { id: me.id, role: "agent" };
}

const caseIdOf = (formData: FormData) => z.uuid().safeParse(formData.get("caseId"));
const revisionOf = (formData: FormData) => Number.parseInt(String(formData.get("revision") ?? ""), 10);

function safeDeskPath(back: unknown): string {
  return typeof back === "string" && back.startsWith("/desk") && !back.startsWith("//") ? back : "/desk";
}

export async function claimAction(formData: FormData): Promise<void> {
  const back = safeDeskPath(formData.get("back"));
  const actor = await agent(back);
  const id = caseIdOf(formData);
  if (!id.success) redirect(back);
  const c = await caseById(id.data);
  if (c) await caseAction(actor, c.id, c.revision, "CLAIM");
  // Keep the queue's filter, so Next case on the case page continues down the same list.
  const query = back.indexOf("?") >= 0 ? back.slice(back.indexOf("?")) : "";
  redirect(`/desk/cases/${id.data}${query}`);
}

const decision = z.object({
  caseId: z.uuid(),
  intent: z.enum(["CLAIM", "ASSIGN", "APPROVE", "REJECT", "ASK_CUSTOMER", "CLOSE", "NOTE", "MESSAGE"]),
  agentId: z.uuid().optional(),
  reason: z.enum(Object.keys(rejectReasons) as [keyof typeof rejectReasons, ...(keyof typeof rejectReasons)[]]).optional(),
  text: plainText({ multiline: true }).trim().max(4000).optional(),
});

export async function caseDeskAction(formData: FormData): Promise<void> {
  const raw = Object.fromEntries([...formData.entries()].filter(([k, v]) => typeof v === "string" && v !== "" && !k.startsWith("$")));
  const parsed = decision.safeParse(raw);
  const path = parsed.success ? `/desk/cases/${parsed.data.caseId}` : "/desk";
  // The queue filter the agent came with, so Next case keeps following that list after an action.
  const queue = typeof raw.queue === "string" && /^\?[\w%.+=&-]{1,400}$/.test(raw.queue) ? raw.queue : "";
  const actor = await agent(path);
  if (!parsed.success) {
    // Text with control characters is shown as that text box's error; anything else is a forged form.
    const intent = typeof raw.intent === "string" ? raw.intent : "";
    const badText = parsed.error.issues.some((i) => i.path[0] === "text" && i.message === CONTROL_CHARACTERS.message);
    const casePath = z.uuid().safeParse(raw.caseId).success ? `/desk/cases/${raw.caseId}` : path;
    await setFlash("desk", badText ? { errors: { [intent]: (await getTranslator()).t("fields.controlCharacters") } } : { notice: "invalid" }, casePath);
    redirect(casePath);
  }
  const { caseId, intent, agentId, reason, text } = parsed.data;
  const needsText = intent === "NOTE" || intent === "MESSAGE" || intent === "ASK_CUSTOMER" || (intent === "REJECT" && reason === "other");
  if (needsText && !text) {
    await setFlash("desk", { errors: { [intent]: (await getTranslator()).t("desk.case.errors.writeText") } }, path);
    redirect(path + queue);
  }
  if (intent === "REJECT" && !reason) {
    await setFlash("desk", { errors: { REJECT: (await getTranslator()).t("desk.case.errors.chooseReason") } }, path);
    redirect(path + queue);
  }
  const result =
    intent === "NOTE" || intent === "MESSAGE"
      ? await addNote(actor, caseId, text!, intent === "NOTE" ? "internal" : "customer")
      : await caseAction(actor, caseId, revisionOf(formData), intent === "ASSIGN" ? "CLAIM" : intent, { agentId, reason, text });
  await setFlash("desk", { notice: result.ok ? `done_${intent}` : result.code }, path);
  redirect(path + queue);
}

export async function deskSettingsAction(formData: FormData): Promise<void> {
  await requireUser("/desk/settings", ["admin"]);
  await saveDeskSettings({ fourEyes: formData.get("fourEyes") === "on" });
  await setFlash("desk", { notice: "settings_saved" }, "/desk/settings");
  redirect("/desk/settings");
}
