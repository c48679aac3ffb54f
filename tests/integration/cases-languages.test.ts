import { describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import { notifications } from "@/lib/db/schema";
import type { ClientInfo } from "@/lib/flows/runtime";
import { caseAction, caseById, caseHistory, caseLabel, eventBodyFor, notificationText } from "@/lib/cases/service";
import { latestNotifications } from "@/lib/cases/notifications";
import { translator } from "@/lib/messages";
import { useFlowDatabase } from "./db";
import { openCase as openCaseWith, person as sharedPerson, useCaseSimulator } from "../support/cases";

const database = useFlowDatabase();
const client: ClientInfo = { address: "198.51.100.41" };
const sim = useCaseSimulator();

const de = translator("de");
const en = translator("en");

describe("what a case tells its customer, in the reader's language", () => {
  it("stores notifications and rejection reasons as codes: a German reader reads German, English stays as it was", async () => {
    const owner = await sharedPerson(database(), "user");
    const agent = await sharedPerson(database(), "support_agent");
    const { caseId } = await openCaseWith(owner.id, sim().port, client);
    const c = (await caseById(caseId))!;
    const label = caseLabel(c.number);
    await caseAction({ id: agent.id, role: "agent" }, caseId, c.revision, "CLAIM");
    expect(await caseAction({ id: agent.id, role: "agent" }, caseId, c.revision + 1, "REJECT", { reason: "mismatch" })).toEqual({ ok: true, status: "rejected" });

    const bell = await database().select().from(notifications).where(eq(notifications.userId, owner.id)).orderBy(asc(notifications.id));
    expect(bell.map((n) => [n.kind, n.params])).toEqual([
      ["submitted", { label }],
      ["rejected", { label }],
    ]);
    // The English words are kept on the row, byte for byte as before.
    expect(bell[0].text).toBe(`Case ${label} was submitted. Support will review your label photo.`);
    expect(bell[1].text).toBe(`Case ${label} was rejected. The case page says why; you can open a new case.`);
    expect(bell.map((n) => notificationText(en, n))).toEqual(bell.map((n) => n.text));
    expect(notificationText(de, bell[0])).toBe(`Fall ${label} wurde eingereicht. Der Support prüft Ihr Foto des Typenschilds.`);
    expect(notificationText(translator("es"), bell[1])).toBe(`Se rechazó el caso ${label}. La página del caso indica el motivo; puede abrir un caso nuevo.`);

    // The rejection: its reason's code is in the event, its English words in the body (the audit trail).
    const reject = (await caseHistory(caseId, "customer")).find((e) => e.type === "reject")!;
    expect(reject.body).toBe("The serial number on the label does not match the device.");
    expect(eventBodyFor(en, reject)).toBe("The serial number on the label does not match the device.");
    expect(eventBodyFor(de, reject)).toBe("Die Seriennummer auf dem Typenschild passt nicht zum Gerät.");
    expect(de.t("account.caseStatus.rejected")).toBe("Abgelehnt");
  });

  it("the desk's audit trail words its own refusal notes in the agent's language; the stored body keeps the English", async () => {
    const self = await sharedPerson(database(), "support_agent");
    const { caseId } = await openCaseWith(self.id, sim().port, client);
    const me = { id: self.id, role: "agent" } as const;
    const c = (await caseById(caseId))!;
    await caseAction(me, caseId, c.revision, "CLAIM");
    await caseAction(me, caseId, c.revision + 1, "APPROVE");
    await caseAction(me, caseId, c.revision + 1, "REJECT", { reason: "blurry" });
    const refused = (await caseHistory(caseId, "agent")).filter((e) => e.type === "refused");
    expect(refused.map((e) => e.body)).toEqual(["Approval refused: the agent owns this case.", "Rejection refused: the agent owns this case."]);
    expect(refused.map((e) => eventBodyFor(en, e))).toEqual(refused.map((e) => e.body));
    expect(refused.map((e) => eventBodyFor(de, e))).toEqual([
      "Freigabe verweigert: Der Bearbeiter hat diesen Fall selbst eröffnet.",
      "Ablehnung verweigert: Der Bearbeiter hat diesen Fall selbst eröffnet.",
    ]);
  });

  it("an agent's own words stay as written; rows stored before codes show their English as is", async () => {
    const owner = await sharedPerson(database(), "user");
    const agent = await sharedPerson(database(), "support_agent");
    const { caseId } = await openCaseWith(owner.id, sim().port, client);
    const c = (await caseById(caseId))!;
    await caseAction({ id: agent.id, role: "agent" }, caseId, c.revision, "CLAIM");
    await caseAction({ id: agent.id, role: "agent" }, caseId, c.revision + 1, "REJECT", { reason: "other", text: "Bitte ein schärferes Foto." });
    const reject = (await caseHistory(caseId, "customer")).find((e) => e.type === "reject")!;
    expect(eventBodyFor(de, reject)).toBe("Bitte ein schärferes Foto.");

    await database().insert(notifications).values({ userId: owner.id, caseId, text: "Case C-000001 is closed.", href: `/cases/${caseId}` });
    const [old] = await latestNotifications(owner.id);
    expect(old.kind).toBeNull();
    expect(notificationText(de, old)).toBe("Case C-000001 is closed.");
  });
});
