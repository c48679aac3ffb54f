import os from "node:os";
import path from "node:path";
import { mkdtemp } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { caseEvents } from "@/lib/db/schema";
import { caseAction, caseById, resetCodeFor } from "@/lib/cases/service";
import { applyDeviceReset } from "@/lib/cases/device-reset";
import { translator } from "@/lib/messages";
import { demoDevices, startSimulator } from "@/lib/devices/simulator";
import { useFlowDatabase } from "../integration/db";
import { openCase, person } from "../support/cases";
import { startSadpRelay } from "../support/sadp-relay";

/**
 * The device a customer resets over SADP misbehaves: it never answers, answers junk, acts but its
 * answer is lost, or answers twice. The customer gets a clear message, the approved case and its
 * reset code stay as they were (so the reset can be tried again), and a doubled answer applies the
 * reset once.
 */

const database = useFlowDatabase();
const client = { address: "198.51.100.90" };
let sim: Awaited<ReturnType<typeof startSimulator>>;
let relay: Awaited<ReturnType<typeof startSadpRelay>>;

beforeAll(async () => {
  process.env.UPLOAD_DIR = await mkdtemp(path.join(os.tmpdir(), "gatehouse-uploads-"));
  sim = await startSimulator({ port: 0, devices: demoDevices(), vendorKey: "gatehouse-demo-vendor-key" });
  relay = await startSadpRelay({ host: "127.0.0.1", port: sim.port });
  process.env.SADP_TARGET = `127.0.0.1:${relay.port}`;
});
afterAll(async () => {
  await relay.close();
  await sim.close();
  delete process.env.SADP_TARGET;
});

/** An approved case, its reset code ready for the customer. */
async function approvedCase() {
  const owner = await person(database());
  const agent = await person(database(), "support_agent");
  relay.mode = "relay";
  const { caseId, device } = await openCase(owner.id, relay.port, client);
  let c = (await caseById(caseId))!;
  await caseAction({ id: agent.id, role: "agent" }, caseId, c.revision, "CLAIM");
  c = (await caseById(caseId))!;
  await caseAction({ id: agent.id, role: "agent" }, caseId, c.revision, "APPROVE");
  return { owner, caseId, device };
}

const NO_ANSWER = "The device did not answer. Make sure it is switched on and on the same network, then try again.";

describe("a device that misbehaves over SADP", () => {
  for (const mode of ["silent", "garbage"] as const) {
    it(`${mode}: the customer is told the device did not answer; the case and its code are intact, and a retry works`, async () => {
      const { owner, caseId, device } = await approvedCase();
      const before = (await caseById(caseId))!;
      const devicePassword = sim.passwordOf(device.serial);
      const newPassword = mode === "silent" ? "Camera-Silent7" : "Camera-Garbage7";
      relay.mode = mode;
      expect(await applyDeviceReset(owner.id, caseId, newPassword, newPassword)).toEqual({ ok: false, message: NO_ANSWER });
      const after = (await caseById(caseId))!;
      expect(after.status).toBe("approved");
      expect(resetCodeFor(after)).toEqual(resetCodeFor(before));
      expect(sim.passwordOf(device.serial)).toBe(devicePassword);
      relay.mode = "relay";
      expect(await applyDeviceReset(owner.id, caseId, newPassword, newPassword)).toEqual({ ok: true });
      expect(sim.passwordOf(device.serial)).toBe(newPassword);
      expect((await caseById(caseId))!.status).toBe("closed");
    });
  }

  it("acting but its answer lost: told it did not answer; a retry is told its last try most likely worked, the case still open", async () => {
    const { owner, caseId, device } = await approvedCase();
    relay.mode = "answer-lost";
    expect(await applyDeviceReset(owner.id, caseId, "Camera-Pass7", "Camera-Pass7")).toEqual({ ok: false, message: NO_ANSWER });
    expect(sim.passwordOf(device.serial)).toBe("Camera-Pass7");
    relay.mode = "relay";
    expect(await applyDeviceReset(owner.id, caseId, "Camera-Pass7", "Camera-Pass7")).toEqual({ ok: false, message: translator("en").t("deviceReset.usedAfterNoAnswer") });
    expect(await applyDeviceReset(owner.id, caseId, "Camera-Pass7", "Camera-Pass7", translator("de"))).toEqual({ ok: false, message: expect.stringMatching(/^Das Gerät hatte diesen Rücksetzcode bereits angenommen/) });
    // The case waits for the desk, who can see both refusals in its history.
    expect((await caseById(caseId))!.status).toBe("approved");
  });

  it("answering twice: the reset is applied and recorded once", async () => {
    const { owner, caseId, device } = await approvedCase();
    relay.mode = "twice";
    expect(await applyDeviceReset(owner.id, caseId, "Camera-Pass7", "Camera-Pass7")).toEqual({ ok: true });
    expect(sim.passwordOf(device.serial)).toBe("Camera-Pass7");
    const c = (await caseById(caseId))!;
    expect(c.status).toBe("closed");
    expect(resetCodeFor(c)).toBeNull();
    const events = await database().select().from(caseEvents).where(eq(caseEvents.caseId, caseId));
    expect(events.filter((e) => e.type === "RESET_APPLIED" || e.type === "reset_applied")).toHaveLength(1);
  });
});
