import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { caseEvents, mailbox, notifications, supportCases } from "@/lib/db/schema";
import { showFlow, type ClientInfo } from "@/lib/flows/runtime";
import { dispatchDue } from "@/lib/messaging/dispatcher";
import { scanLan } from "@/lib/devices/sadp-client";
import { demoDevices } from "@/lib/devices/simulator";
import { readPhoto } from "@/lib/uploads/store";
import { addNote, caseAction, caseById, caseForOwner, caseHistory, customerReply, resetCodeFor, saveDeskSettings } from "@/lib/cases/service";
import { applyDeviceReset } from "@/lib/cases/device-reset";
import { listQueue } from "@/lib/cases/queue";
import { purgeClosedCasePhotos } from "@/lib/cases/retention";
import { advanceClock, resetClock } from "@/lib/clock";
import { useFlowDatabase } from "./db";
import { openCase as openCaseWith, person as sharedPerson, useCaseSimulator } from "../support/cases";

const database = useFlowDatabase();
const client: ClientInfo = { address: "198.51.100.40" };
const sim = useCaseSimulator();

const person = (role = "user") => sharedPerson(database(), role);
const openCase = (ownerId: string) => openCaseWith(ownerId, sim().port, client);

describe("device password reset cases", () => {
  it("finds the simulator's devices with a real LAN scan on loopback", async () => {
    const scan = await scanLan({ target: { host: "127.0.0.1", port: sim().port }, timeoutMs: 300 });
    expect(scan.map((d) => d.serial).sort()).toEqual(demoDevices().map((d) => d.serial).sort());
  });

  it("goes from the flow through an agent's approval to a new device password applied with the code", async () => {
    const owner = await person();
    const agent = await person("support_agent");
    const { caseId, device } = await openCase(owner.id);
    let c = (await caseById(caseId))!;
    expect(c).toMatchObject({ status: "new", userId: owner.id, serial: device.serial });

    expect(await caseAction({ id: agent.id, role: "agent" }, caseId, c.revision, "CLAIM")).toEqual({ ok: true, status: "in_review" });
    c = (await caseById(caseId))!;
    // A second agent acting on the same (now old) view is refused.
    expect(await caseAction({ id: agent.id, role: "agent" }, caseId, c.revision - 1, "APPROVE")).toMatchObject({ ok: false, code: "stale" });
    expect(await caseAction({ id: agent.id, role: "agent" }, caseId, c.revision, "APPROVE")).toEqual({ ok: true, status: "approved" });
    c = (await caseById(caseId))!;
    const code = resetCodeFor(c)!;
    expect(code.code).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    // The code is stored sealed, never in the clear, and not in the audit trail.
    const trail = await caseHistory(caseId, "agent");
    expect(JSON.stringify(trail)).not.toContain(code.code);
    expect(JSON.stringify(c)).not.toContain(code.code);

    expect(await applyDeviceReset(owner.id, caseId, "short", "short")).toMatchObject({ ok: false, field: "password" });
    expect(await applyDeviceReset(owner.id, caseId, "Camera-Pass7", "Camera-Pass8")).toMatchObject({ ok: false, field: "confirmPassword" });
    expect(await applyDeviceReset(owner.id, caseId, "Camera-Pass7", "Camera-Pass7")).toEqual({ ok: true });
    expect(sim().passwordOf(device.serial)).toBe("Camera-Pass7");
    c = (await caseById(caseId))!;
    expect(c.status).toBe("closed");
    expect(resetCodeFor(c)).toBeNull();
    // Single use: the device itself refuses the code again as well.
    expect(await applyDeviceReset(owner.id, caseId, "Camera-Pass9", "Camera-Pass9")).toMatchObject({ ok: false });

    await dispatchDue(database());
    const mails = await database().select().from(mailbox).where(eq(mailbox.recipient, owner.email!)).orderBy(sql`id`);
    const texts = mails.map((m) => m.text).join("\n");
    for (const news of ["was submitted", "was approved", "is closed"]) expect(texts).toContain(news);
    const bell = await database().select().from(notifications).where(eq(notifications.userId, owner.id));
    expect(bell.length).toBe(3);
  });

  it("keeps another account away from the case, its photo and its code", async () => {
    const owner = await person();
    const stranger = await person();
    const agent = await person("support_agent");
    const { caseId, flow } = await openCase(owner.id);
    const c = (await caseById(caseId))!;
    await caseAction({ id: agent.id, role: "agent" }, caseId, c.revision, "CLAIM");
    await caseAction({ id: agent.id, role: "agent" }, caseId, c.revision + 1, "APPROVE");
    expect(await caseForOwner(stranger.id, caseId)).toBeNull();
    expect(await customerReply(stranger.id, caseId, "let me in")).toMatchObject({ ok: false, code: "not_found" });
    expect(await applyDeviceReset(stranger.id, caseId, "Camera-Pass7", "Camera-Pass7")).toMatchObject({ ok: false });
    // A customer cannot act as the desk, even on their own case.
    const fresh = (await caseById(caseId))!;
    expect(await caseAction({ id: owner.id, role: "customer" }, caseId, fresh.revision, "CLOSE")).toMatchObject({ ok: false, code: "not_allowed" });
    // The flow that opened it is finished: its token cannot open another case.
    expect((await showFlow("device-reset-case", flow.id, flow.token)).kind).toBe("completed");
  });

  it("rejects with a reason the customer sees; internal notes stay internal", async () => {
    const owner = await person();
    const agent = await person("support_agent");
    const { caseId } = await openCase(owner.id);
    await addNote({ id: agent.id, role: "agent" }, caseId, "Serial ends in 78, label says 87", "internal");
    const c = (await caseById(caseId))!;
    expect(await caseAction({ id: agent.id, role: "agent" }, caseId, c.revision, "REJECT", { reason: "mismatch" })).toEqual({ ok: true, status: "rejected" });
    const seen = await caseHistory(caseId, "customer");
    expect(seen.map((e) => e.type)).toEqual(["created", "reject"]);
    expect(seen[1].body).toMatch(/does not match/);
    expect(JSON.stringify(seen)).not.toContain("label says 87");
    expect((await caseHistory(caseId, "agent")).some((e) => e.type === "note")).toBe(true);
  });

  it("with four eyes, the same agent cannot approve twice", async () => {
    await saveDeskSettings({ fourEyes: true });
    try {
      const owner = await person();
      const a1 = await person("support_agent");
      const a2 = await person("support_agent");
      const { caseId } = await openCase(owner.id);
      let c = (await caseById(caseId))!;
      await caseAction({ id: a1.id, role: "agent" }, caseId, c.revision, "CLAIM");
      c = (await caseById(caseId))!;
      expect(await caseAction({ id: a1.id, role: "agent" }, caseId, c.revision, "APPROVE")).toEqual({ ok: true, status: "awaiting_second_approval" });
      c = (await caseById(caseId))!;
      expect(resetCodeFor(c)).toBeNull();
      expect(await caseAction({ id: a1.id, role: "agent" }, caseId, c.revision, "APPROVE")).toMatchObject({ ok: false, code: "same_approver" });
      expect(await caseAction({ id: a2.id, role: "agent" }, caseId, c.revision, "APPROVE")).toEqual({ ok: true, status: "approved" });
    } finally {
      await saveDeskSettings({ fourEyes: false });
    }
  });

  it("an agent who opened a case for themselves can neither approve nor reject it; the attempts are on the trail", async () => {
    const self = await person("support_agent");
    const admin = await person("admin");
    const { caseId } = await openCase(self.id);
    const me = { id: self.id, role: "agent" } as const;
    let c = (await caseById(caseId))!;
    // Claiming is not deciding.
    expect(await caseAction(me, caseId, c.revision, "CLAIM")).toEqual({ ok: true, status: "in_review" });
    c = (await caseById(caseId))!;
    const approve = await caseAction(me, caseId, c.revision, "APPROVE");
    expect(approve).toMatchObject({ ok: false, code: "own_case" });
    expect((approve as { message: string }).message).toMatch(/another agent/);
    expect(await caseAction(me, caseId, c.revision, "REJECT", { reason: "blurry" })).toMatchObject({ ok: false, code: "own_case" });
    const after = (await caseById(caseId))!;
    expect(after).toMatchObject({ status: "in_review", revision: c.revision, resetCodeSealed: null, firstDecisionAt: null });
    // An admin owning a case is refused the same way.
    const adminCase = await openCase(admin.id);
    const ac = (await caseById(adminCase.caseId))!;
    await caseAction({ id: admin.id, role: "agent" }, ac.id, ac.revision, "CLAIM");
    expect(await caseAction({ id: admin.id, role: "agent" }, ac.id, ac.revision + 1, "APPROVE")).toMatchObject({ ok: false, code: "own_case" });

    const trail = await caseHistory(caseId, "agent");
    const refused = trail.filter((e) => e.type === "refused");
    expect(refused.map((e) => [e.actorId, (e.detail as { tried: string }).tried, (e.detail as { reason: string }).reason])).toEqual([
      [self.id, "APPROVE", "own_case"],
      [self.id, "REJECT", "own_case"],
    ]);
    expect(refused.every((e) => e.visibility === "internal")).toBe(true);
    expect((await caseHistory(caseId, "customer")).map((e) => e.type)).toEqual(["created"]);
    // Another agent decides it.
    const other = await person("support_agent");
    expect(await caseAction({ id: other.id, role: "agent" }, caseId, after.revision, "APPROVE")).toEqual({ ok: true, status: "approved" });
  });

  it("with four eyes, the owner is never one of the two approvers; two distinct other agents approve", async () => {
    await saveDeskSettings({ fourEyes: true });
    try {
      const self = await person("support_agent");
      const a1 = await person("support_agent");
      const a2 = await person("support_agent");
      const { caseId } = await openCase(self.id);
      let c = (await caseById(caseId))!;
      await caseAction({ id: a1.id, role: "agent" }, caseId, c.revision, "CLAIM");
      c = (await caseById(caseId))!;
      // The owner cannot give the first approval...
      expect(await caseAction({ id: self.id, role: "agent" }, caseId, c.revision, "APPROVE")).toMatchObject({ ok: false, code: "own_case" });
      expect(await caseAction({ id: a1.id, role: "agent" }, caseId, c.revision, "APPROVE")).toEqual({ ok: true, status: "awaiting_second_approval" });
      c = (await caseById(caseId))!;
      // ...nor the second, and the first approver cannot give both.
      expect(await caseAction({ id: self.id, role: "agent" }, caseId, c.revision, "APPROVE")).toMatchObject({ ok: false, code: "own_case" });
      expect(await caseAction({ id: a1.id, role: "agent" }, caseId, c.revision, "APPROVE")).toMatchObject({ ok: false, code: "same_approver" });
      expect(resetCodeFor((await caseById(caseId))!)).toBeNull();
      expect(await caseAction({ id: a2.id, role: "agent" }, caseId, c.revision, "APPROVE")).toEqual({ ok: true, status: "approved" });
      expect(resetCodeFor((await caseById(caseId))!)).not.toBeNull();

      const trail = await caseHistory(caseId, "agent");
      expect(trail.filter((e) => e.type === "refused").map((e) => [e.actorId, (e.detail as { reason: string }).reason, (e.detail as { status: string }).status])).toEqual([
        [self.id, "own_case", "in_review"],
        [self.id, "own_case", "awaiting_second_approval"],
        [a1.id, "same_approver", "awaiting_second_approval"],
      ]);
      expect(trail.filter((e) => e.type === "approve").map((e) => e.actorId)).toEqual([a1.id, a2.id]);
    } finally {
      await saveDeskSettings({ fourEyes: false });
    }
  });

  it("the audit trail cannot be edited or deleted", async () => {
    const owner = await person();
    const { caseId } = await openCase(owner.id);
    await expect(database().update(caseEvents).set({ body: "rewritten" }).where(eq(caseEvents.caseId, caseId))).rejects.toThrow();
    await expect(database().delete(caseEvents).where(eq(caseEvents.caseId, caseId))).rejects.toThrow();
  });

  it("deletes label photos after the retention period, keeping the case and its trail", async () => {
    const owner = await person();
    const agent = await person("support_agent");
    const { caseId, photoId } = await openCase(owner.id);
    const c = (await caseById(caseId))!;
    await caseAction({ id: agent.id, role: "agent" }, caseId, c.revision, "REJECT", { reason: "blurry" });
    await caseAction({ id: agent.id, role: "agent" }, caseId, c.revision + 1, "CLOSE");
    expect(await purgeClosedCasePhotos(database(), 30)).toBe(0);
    advanceClock(31 * 24 * 60 * 60_000);
    expect(await purgeClosedCasePhotos(database(), 30)).toBeGreaterThanOrEqual(1);
    expect(await readPhoto(photoId)).toBeNull();
    const after = (await caseById(caseId))!;
    expect(after.photoId).toBeNull();
    expect(after.photoDeletedAt).not.toBeNull();
    expect((await caseHistory(caseId, "agent")).map((e) => e.type)).toContain("photo_deleted");
    resetClock();
  });

  it("pages the queue by keyset and finds cases by number, serial and email", async () => {
    const agent = await person("support_agent");
    const owner = await person();
    for (let i = 0; i < 3; i++) await openCase(owner.id);
    const first = await listQueue(agent.id, { status: "all", sort: "oldest", limit: 2 });
    expect(first.rows).toHaveLength(2);
    expect(first.next).not.toBeNull();
    const second = await listQueue(agent.id, { status: "all", sort: "oldest", limit: 2, after: first.next! });
    expect(second.rows.map((r) => r.id)).not.toContain(first.rows[0].id);
    const [some] = await database().select().from(supportCases).where(eq(supportCases.userId, owner.id)).limit(1);
    expect((await listQueue(agent.id, { status: "all", sort: "newest", q: `C-${some.number}` })).rows.map((r) => r.id)).toEqual([some.id]);
    expect((await listQueue(agent.id, { status: "all", sort: "newest", q: owner.email!.toUpperCase() })).rows.length).toBe(3);
    expect((await listQueue(agent.id, { status: "all", sort: "newest", q: some.serial.slice(0, 8).toLowerCase() })).rows.length).toBeGreaterThan(0);
    expect((await listQueue(agent.id, { status: "all", sort: "newest", q: "%" })).rows).toEqual([]);
  });
});
