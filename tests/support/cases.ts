import { afterAll, beforeAll, expect } from "vitest";
import os from "node:os";
import path from "node:path";
import { mkdtemp } from "node:fs/promises";
import sharp from "sharp";
import type { Db } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { startFlow, submitStep, type ClientInfo } from "@/lib/flows/runtime";
import { hashPassword } from "@/lib/security/passwords";
import { scanLan } from "@/lib/devices/sadp-client";
import { demoDevices, startSimulator } from "@/lib/devices/simulator";
import { resetClock } from "@/lib/clock";
import { processLabelPhoto } from "@/lib/uploads/label-photo";
import { savePhoto } from "@/lib/uploads/store";
import { photoToken } from "@/lib/cases/photo-token";
import { viewOf } from "../integration/db";

/** Accounts, label photos and device reset cases for the case tests (integration and faults). */

let n = 0;

type Simulator = Awaited<ReturnType<typeof startSimulator>>;

/**
 * For the file's tests: a fresh upload folder and a SADP simulator with the demo devices that
 * SADP_TARGET points at, started before the tests and closed after them (the clock reset too).
 * Returns a getter for the simulator (its port, the passwords its devices hold).
 */
export function useCaseSimulator(): () => Simulator {
  let sim: Simulator | undefined;
  beforeAll(async () => {
    process.env.UPLOAD_DIR = await mkdtemp(path.join(os.tmpdir(), "gatehouse-uploads-"));
    sim = await startSimulator({ port: 0, devices: demoDevices(), vendorKey: "gatehouse-demo-vendor-key" });
    process.env.SADP_TARGET = `127.0.0.1:${sim.port}`;
  });
  afterAll(async () => {
    await sim?.close();
    delete process.env.SADP_TARGET;
    resetClock();
  });
  return () => {
    if (!sim) throw new Error("the case simulator starts in beforeAll");
    return sim;
  };
}

export async function person(db: Db, role = "user") {
  const username = `p${++n}_${role}`;
  const [u] = await db
    .insert(users)
    .values({ username, usernameLower: username, email: `${username}@example.com`, emailLower: `${username}@example.com`, country: "US", role, passwordHash: await hashPassword("Case-Passw0rd-1") })
    .returning();
  return u;
}

export async function labelPhoto(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="600"><rect width="100%" height="100%" fill="white"/><text x="60" y="320" font-size="64" font-family="sans-serif">SerialNo: DS-2CD2143G2-I</text></svg>`;
  return sharp(Buffer.from(svg)).jpeg().toBuffer();
}

/** Open a case as `ownerId` through the case flow, with the first device a LAN scan of `simPort` finds. */
export async function openCase(ownerId: string, simPort: number, client: ClientInfo) {
  const scan = await scanLan({ target: { host: "127.0.0.1", port: simPort }, timeoutMs: 300 });
  const started = await startFlow("device-reset-case", client, {}, { subject: ownerId, context: { account: { id: ownerId }, scan } });
  if (started.kind !== "started") throw new Error("not started");
  const send = (revision: number, fields: Record<string, unknown>, intent?: string) => submitStep("device-reset-case", started.id, started.token, { revision, fields, intent }, client);
  const device = scan[0];
  expect(viewOf(await send(0, { device: device.mac })).step).toBe("photo");
  const processed = await processLabelPhoto(await labelPhoto());
  if (!processed.ok) throw new Error(processed.message);
  const photoId = await savePhoto(processed.jpeg);
  expect(viewOf(await send(1, { photo: photoToken(photoId, processed.blurry, ownerId) })).step).toBe("confirm");
  const done = await send(2, { commitment: "on" });
  if (done.kind !== "completed" || !done.caseId) throw new Error(`case not opened: ${JSON.stringify(done)}`);
  return { caseId: done.caseId, device, photoId, flow: started };
}
