"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/guard";
import { flowEntry } from "@/lib/flows/registry";
import { addBranch, branchPalette, COPY_LANGUAGE_COOKIE, editPasswordPolicy, editSettings, editStep, editTranslations, removeBranch, SETTINGS, swapSteps, type CopyPatch } from "@/lib/studio/edit";
import { isTranslatedLocale } from "@/lib/flows/localize";
import { audit, discardDraft, draftOf, EDITOR_ROLES, openDraft, problemsOf, publishDraft, published, rollBack, saveDraft, type PublishResult } from "@/lib/studio/service";
import { parseOutcomes, startSimulation, stepSimulation } from "@/lib/studio/simulate";
import { chosenOutcomes, keepOutcomes } from "@/lib/studio/try-outcomes";
import { undecidableBranches } from "@/lib/studio/conditions";
import { setFlash } from "@/lib/http/flash";
import { getTranslator } from "@/lib/i18n/request";
import { hasControlCharacters, plainText } from "@/lib/validation/plain-text";

/** Every studio action checks the role and the flow name again; the form only says what to change. */
async function editor(formData: FormData) {
  const flow = String(formData.get("flow") ?? "");
  if (!flowEntry(flow)) redirect("/studio");
  const path = `/studio/${flow}`;
  const me = await requireUser(path, EDITOR_ROLES);
  return { flow, path, actor: me.name ?? me.id };
}

const back = (path: string, step?: string) => (step ? `${path}?step=${encodeURIComponent(step)}` : path);

export async function openDraftAction(formData: FormData) {
  const { flow, path, actor } = await editor(formData);
  await openDraft(flow, actor);
  redirect(back(path, String(formData.get("step") ?? "") || undefined));
}

export async function editStepAction(formData: FormData) {
  const { flow, path, actor } = await editor(formData);
  const step = String(formData.get("step") ?? "");
  // Copy is shown to everyone who runs the flow: no control characters (line breaks only in longer text).
  const garbled = [...formData.entries()].some(
    ([k, v]) => typeof v === "string" && !k.startsWith("$") && hasControlCharacters(v, { multiline: k === "description" || k.endsWith(":hint") }),
  );
  if (garbled) {
    await setFlash("studio", { notice: "refused", values: { problems: JSON.stringify([{ path: step, message: (await getTranslator()).t("fields.controlCharacters") }]) } }, path);
    redirect(back(path, step));
  }
  const draft = await openDraft(flow, actor);
  const patch: CopyPatch = { fields: {} };
  for (const [k, v] of formData.entries()) {
    if (typeof v !== "string") continue;
    if (k === "title") patch.title = v;
    else if (k === "description") patch.description = v;
    else if (k === "submitLabel") patch.submitLabel = v;
    const m = /^field:([\w-]+):(label|hint)$/.exec(k);
    if (m) patch.fields![m[1]] = { ...patch.fields![m[1]], [m[2]]: v };
  }
  for (const name of formData.getAll("fieldNames").map(String)) {
    patch.fields![name] = { ...patch.fields![name], required: formData.get(`field:${name}:required`) === "on" };
    if (formData.get(`field:${name}:switchable`) === "1") patch.fields![name].on = formData.get(`field:${name}:on`) === "on";
  }
  // The German or Spanish of the step's English texts (the translation form sends no field switches).
  const lang = formData.get("lang");
  const result = isTranslatedLocale(lang) ? editTranslations(draft.definition, step, lang, patch) : editStep(draft.definition, step, patch);
  if (result.problems.length) {
    await setFlash("studio", { notice: "refused", values: { problems: JSON.stringify(result.problems) } }, path);
  } else {
    await saveDraft(flow, result.definition, actor, "step_edited", { step, patch: JSON.parse(JSON.stringify(patch)), ...(isTranslatedLocale(lang) ? { lang } : {}) });
    await setFlash("studio", { notice: "saved" }, path);
  }
  redirect(back(path, step));
}

/** Which language the step editor shows: kept for the studio in a cookie, then back to the step. */
export async function copyLanguageAction(formData: FormData) {
  const { path } = await editor(formData);
  const lang = formData.get("lang");
  (await cookies()).set(COPY_LANGUAGE_COOKIE, isTranslatedLocale(lang) ? lang : "en", { httpOnly: true, sameSite: "lax", path: "/studio", maxAge: 30 * 24 * 60 * 60 });
  redirect(back(path, String(formData.get("step") ?? "") || undefined));
}

export async function editSettingsAction(formData: FormData) {
  const { flow, path, actor } = await editor(formData);
  const draft = await openDraft(flow, actor);
  const values: Record<string, number> = {};
  for (const key of Object.keys(SETTINGS)) {
    const raw = formData.get(`setting:${key}`);
    if (typeof raw === "string" && raw.trim() !== "") values[key] = Number(raw);
  }
  const result = editSettings(draft.definition, values);
  if (result.problems.length) {
    await setFlash("studio", { notice: "refused", values: { problems: JSON.stringify(result.problems) } }, path);
  } else {
    await saveDraft(flow, result.definition, actor, "settings_edited", values);
    await setFlash("studio", { notice: "saved" }, path);
  }
  redirect(path);
}

export async function publishAction(formData: FormData) {
  const { flow, path, actor } = await editor(formData);
  const note = plainText().trim().max(200, "use at most 200 characters.").safeParse(formData.get("note") ?? "");
  if (!note.success) {
    await setFlash("studio", { notice: "refused", values: { problems: JSON.stringify([{ path: "", message: `Note: ${note.error.issues[0].message}` }]) } }, path);
    redirect(path);
  }
  await showPublished(await publishDraft(flow, note.data, actor), path);
}

export async function discardAction(formData: FormData) {
  const { flow, path, actor } = await editor(formData);
  await discardDraft(flow, actor);
  await setFlash("studio", { notice: "discarded" }, path);
  redirect(path);
}

export async function rollbackAction(formData: FormData) {
  const { flow, path, actor } = await editor(formData);
  const versionId = z.uuid().safeParse(formData.get("versionId"));
  // Publishing an old version again is asked first (the confirmation page's box); without it nothing happens.
  if (versionId.success && formData.get("confirm") !== "yes") redirect(`${path}/rollback?version=${versionId.data}&unconfirmed=1`);
  const result = versionId.success ? await rollBack(flow, versionId.data, actor) : { ok: false as const, problems: [{ path: "", message: (await getTranslator()).t("studio.errors.chooseVersion") }] };
  await showPublished(result, path);
}

/** Back to the flow's page after a publish or a rollback: the version now live, or the problems that stopped it. */
async function showPublished(result: PublishResult, path: string): Promise<never> {
  await setFlash(
    "studio",
    result.ok ? { notice: "published", values: { version: String(result.version) } } : { notice: "refused", values: { problems: JSON.stringify(result.problems) } },
    path,
  );
  redirect(path);
}

export async function startTryAction(formData: FormData) {
  const { flow, path, actor } = await editor(formData);
  const draft = await draftOf(flow);
  const definition = draft?.definition ?? (await published(flow)).definition;
  const problems = problemsOf(flow, definition);
  if (problems.length) {
    await setFlash("studio", { notice: "refused", values: { problems: JSON.stringify(problems) } }, path);
    redirect(path);
  }
  const id = await startSimulation(flow, definition, actor);
  await audit(flow, actor, "tried", { simulation: id, draft: !!draft });
  redirect(`${path}/try/${id}`);
}

export async function trySimAction(formData: FormData) {
  const { flow, path, actor } = await editor(formData);
  const fields = Object.fromEntries([...formData.entries()].filter(([k, v]) => typeof v === "string" && !k.startsWith("$"))) as Record<string, string>;
  const id = fields.flowId ?? "";
  const found = await stepSimulation(id, actor, fields.intent, fields, await chosenOutcomes(flow, id), await getTranslator());
  redirect(found ? `${path}/try/${id}` : path);
}

export async function tryOutcomesAction(formData: FormData) {
  const { flow, path } = await editor(formData);
  const id = z.uuid().safeParse(formData.get("flowId"));
  if (!id.success) redirect(path);
  const outcomes = parseOutcomes(flow, Object.fromEntries(formData.entries()));
  await keepOutcomes(id.data, outcomes);
  redirect(`${path}/try/${id.data}`);
}

export async function addBranchAction(formData: FormData) {
  const { flow, path, actor } = await editor(formData);
  const step = String(formData.get("step") ?? "");
  const draft = await openDraft(flow, actor);
  const branch = { event: String(formData.get("event") ?? ""), guard: String(formData.get("guard") ?? ""), target: String(formData.get("target") ?? "") };
  const entry = flowEntry(flow)!;
  let result = addBranch(draft.definition, step, branch, branchPalette(entry.implementations.guards));
  // A condition the step cannot decide (its facts are not looked up there) is refused at once, not only at publishing.
  const undecided = result.problems.length ? [] : undecidableBranches(entry, result.definition).filter((p) => p.path === step);
  if (undecided.length) result = { definition: draft.definition, problems: undecided };
  await finishEdit(flow, path, actor, step, result, "branch_added", branch);
}

export async function removeBranchAction(formData: FormData) {
  const { flow, path, actor } = await editor(formData);
  const step = String(formData.get("step") ?? "");
  const draft = await openDraft(flow, actor);
  const event = String(formData.get("event") ?? "");
  const index = Number(formData.get("index"));
  const result = removeBranch(draft.definition, step, event, Number.isInteger(index) ? index : -1);
  await finishEdit(flow, path, actor, step, result, "branch_removed", { event, index });
}

async function finishEdit(
  flow: string,
  path: string,
  actor: string,
  step: string,
  result: { definition: Record<string, unknown>; problems: { path: string; message: string }[] },
  what: string,
  detail: Record<string, unknown>,
): Promise<never> {
  if (result.problems.length) {
    await setFlash("studio", { notice: "refused", values: { problems: JSON.stringify(result.problems) } }, path);
  } else {
    await saveDraft(flow, result.definition, actor, what, { step, ...detail });
    await setFlash("studio", { notice: "saved" }, path);
  }
  redirect(back(path, step));
}

export async function swapStepsAction(formData: FormData) {
  const { flow, path, actor } = await editor(formData);
  const step = String(formData.get("step") ?? "");
  const other = String(formData.get("other") ?? "");
  const draft = await openDraft(flow, actor);
  const result = swapSteps(draft.definition, step, other, flowEntry(flow)!.reorderable ?? []);
  await finishEdit(flow, path, actor, step, result, "steps_swapped", { other });
}

export async function passwordPolicyAction(formData: FormData) {
  const { flow, path, actor } = await editor(formData);
  const draft = await openDraft(flow, actor);
  const policy = String(formData.get("passwordPolicy") ?? "");
  const result = editPasswordPolicy(draft.definition, policy);
  await finishEdit(flow, path, actor, "", result, "password_rule_changed", { policy });
}
