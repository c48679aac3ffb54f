import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import os from "node:os";
import path from "node:path";
import { mkdtemp, readdir } from "node:fs/promises";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { rateLimits, supportCases, users } from "@/lib/db/schema";
import { startFlow, submitStep, type ClientInfo } from "@/lib/flows/runtime";
import { hashPassword } from "@/lib/security/passwords";
import { uploadLabelPhoto } from "@/lib/cases/photo-upload";
import { purgeOrphanPhotos } from "@/lib/cases/retention";
import { readPhoto } from "@/lib/uploads/store";
import { advanceClock, resetClock } from "@/lib/clock";
import { pngBomb } from "@/tests/png-bomb";
import { useFlowDatabase, viewOf } from "./db";

const database = useFlowDatabase();
const client: ClientInfo = { address: "198.51.100.41" };
const device = { model: "DS-2CD2143G2-I", serial: "DS-2CD2143G2-I20231104AAWRJ", mac: "44-19-b6-2a-10-01", ipv4: "192.168.1.64", firmware: "V5.7.3", activated: true, passwordResetAbility: true };
let dir: string;
let n = 0;

beforeEach(async () => {
  // A folder per test, so each test sees only its own photos.
  dir = await mkdtemp(path.join(os.tmpdir(), "gatehouse-uploads-"));
  process.env.UPLOAD_DIR = dir;
});
afterEach(() => resetClock());
afterAll(() => {
  delete process.env.UPLOAD_DIR;
});

async function person() {
  const username = `up${++n}_${Date.now().toString(36)}`;
  const [u] = await database()
    .insert(users)
    .values({ username, usernameLower: username, email: `${username}@example.com`, emailLower: `${username}@example.com`, country: "US", role: "user", passwordHash: await hashPassword("Case-Passw0rd-1") })
    .returning();
  return u;
}

const storedFiles = async () => (await readdir(dir)).filter((f) => f.endsWith(".jpg"));

async function labelJpeg(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="600"><rect width="100%" height="100%" fill="white"/><text x="60" y="320" font-size="64" font-family="sans-serif">SerialNo: DS-2CD2143G2-I</text></svg>`;
  return sharp(Buffer.from(svg)).jpeg().toBuffer();
}

/** A photo whose bytes are only read if the upload gets past its checks. */
function watchedPhoto(bytes: Buffer) {
  const photo = new Blob([new Uint8Array(bytes)]);
  const read = vi.spyOn(photo, "arrayBuffer");
  return { photo, read };
}

/** A case flow for `userId` that stands on its photo step (revision 1). */
async function flowOnPhotoStep(userId: string) {
  const started = await startFlow("device-reset-case", client, {}, { subject: userId, context: { account: { id: userId }, scan: [device] } });
  if (started.kind !== "started") throw new Error("not started");
  const send = (revision: number, fields: Record<string, unknown>, intent?: string) => submitStep("device-reset-case", started.id, started.token, { revision, fields, intent }, client);
  expect(viewOf(await send(0, { device: device.mac })).step).toBe("photo");
  const upload = (photo: Blob, who = userId, token: string | undefined = started.token) => uploadLabelPhoto({ userId: who, flowId: started.id, flowToken: token, photo });
  return { id: started.id, token: started.token, send, upload };
}

describe("label photo uploads", () => {
  it("refuses a decompression bomb (a small PNG of huge dimensions) with the pixel message and stores nothing", async () => {
    const owner = await person();
    const flow = await flowOnPhotoStep(owner.id);
    for (const bomb of [pngBomb(50_000, 50_000), await sharp({ create: { width: 8000, height: 7000, channels: 3, background: "#fff" } }).png({ compressionLevel: 9 }).toBuffer()]) {
      expect(bomb.length).toBeLessThan(200_000);
      const result = await flow.upload(new Blob([new Uint8Array(bomb)]));
      expect(result).toEqual({ ok: false, code: "too_many_pixels" });
      // The page hands the refusal to the flow, which shows it on the photo field.
      const view = viewOf(await flow.send(1, { photo: `error:${(result as { code: string }).code}` }));
      expect(view.step).toBe("photo");
      const message = view.fields.find((f) => f.name === "photo")?.error?.message;
      expect(message).toBe("The photo has too many pixels (more than 40 megapixels). Take it again at a lower resolution.");
      expect(message).not.toMatch(/10 MB/);
    }
    expect(await storedFiles()).toEqual([]);
  });

  it("refuses, before reading the photo, an upload to someone else's flow, an unknown or expired flow, or a flow not on its photo step", async () => {
    const owner = await person();
    const stranger = await person();
    const flow = await flowOnPhotoStep(owner.id);
    const jpeg = await labelJpeg();
    const attempts: [string, (photo: Blob) => Promise<unknown>][] = [
      ["a stranger with the owner's flow and token", (p) => flow.upload(p, stranger.id)],
      ["the owner without the flow's token", (p) => flow.upload(p, owner.id, "not-the-token")],
      ["an unknown flow", (p) => uploadLabelPhoto({ userId: owner.id, flowId: "00000000-0000-4000-8000-000000000000", flowToken: flow.token, photo: p })],
    ];
    for (const [label, run] of attempts) {
      const { photo, read } = watchedPhoto(jpeg);
      expect(await run(photo), label).toEqual({ ok: false, code: "flow_not_found" });
      expect(read, label).not.toHaveBeenCalled();
    }

    // Back on the device step, and later on the confirm step: not the photo step.
    expect(viewOf(await flow.send(1, {}, "BACK")).step).toBe("device");
    let { photo, read } = watchedPhoto(jpeg);
    expect(await flow.upload(photo)).toEqual({ ok: false, code: "wrong_step" });
    expect(viewOf(await flow.send(2, { device: device.mac })).step).toBe("photo");
    const ok = await flow.upload(new Blob([new Uint8Array(jpeg)]));
    expect(ok.ok).toBe(true);
    expect(viewOf(await flow.send(3, { photo: (ok as { token: string }).token })).step).toBe("confirm");
    ({ photo, read } = watchedPhoto(jpeg));
    expect(await flow.upload(photo)).toEqual({ ok: false, code: "wrong_step" });
    expect(read).not.toHaveBeenCalled();

    // An expired flow takes nothing either.
    const late = await flowOnPhotoStep(owner.id);
    advanceClock(61 * 60_000);
    ({ photo, read } = watchedPhoto(jpeg));
    expect(await late.upload(photo)).toEqual({ ok: false, code: "flow_not_found" });
    expect(read).not.toHaveBeenCalled();

    // Only the one accepted upload was stored, and only it counted against the quota.
    expect(await storedFiles()).toEqual([`${(ok as { photoId: string }).photoId}.jpg`]);
    const [counter] = await database().select().from(rateLimits).where(eq(rateLimits.key, `label-photo-user:${owner.id}`));
    expect(counter.hits).toHaveLength(1);
    expect(await database().select().from(rateLimits).where(eq(rateLimits.key, `label-photo-user:${stranger.id}`))).toEqual([]);
  });

  it("allows 20 uploads an hour per person, refusing the next before reading it", async () => {
    const owner = await person();
    const other = await person();
    const flow = await flowOnPhotoStep(owner.id);
    // Refused pictures count too: each one was read and looked at.
    for (let i = 0; i < 20; i++) expect(await flow.upload(new Blob(["GIF89a not a label"]))).toEqual({ ok: false, code: "unsupported" });
    const { photo, read } = watchedPhoto(await labelJpeg());
    const limited = await flow.upload(photo);
    expect(limited).toMatchObject({ ok: false, code: "upload_limited" });
    expect(read).not.toHaveBeenCalled();
    const view = viewOf(await flow.send(1, { photo: "error:upload_limited" }));
    expect(view.fields.find((f) => f.name === "photo")?.error?.message).toMatch(/too many photos/);
    // Someone else is not held back by it.
    expect((await (await flowOnPhotoStep(other.id)).upload(new Blob([new Uint8Array(await labelJpeg())]))).ok).toBe(true);
  });

  it("deletes photos no case holds once they are old, keeps the one a case holds, and a late Confirm asks for the photo again", async () => {
    const owner = await person();
    const jpeg = await labelJpeg();
    const upload = async (flow: Awaited<ReturnType<typeof flowOnPhotoStep>>) => {
      const r = await flow.upload(new Blob([new Uint8Array(jpeg)]));
      if (!r.ok) throw new Error(r.code);
      return r;
    };
    // A case opened with its second photo: the first one was replaced and is held by nothing.
    const opened = await flowOnPhotoStep(owner.id);
    const replaced = await upload(opened);
    expect(viewOf(await opened.send(1, { photo: replaced.token })).step).toBe("confirm");
    expect(viewOf(await opened.send(2, {}, "CHANGE_PHOTO")).step).toBe("photo");
    const kept = await upload(opened);
    expect(viewOf(await opened.send(3, { photo: kept.token })).step).toBe("confirm");
    const done = await opened.send(4, { commitment: "on" });
    expect(done.kind).toBe("completed");
    const [c] = await database().select().from(supportCases).where(eq(supportCases.userId, owner.id));
    expect(c.photoId).toBe(kept.photoId);
    // A flow abandoned on its confirm step.
    const abandoned = await flowOnPhotoStep(owner.id);
    const lost = await upload(abandoned);
    expect(viewOf(await abandoned.send(1, { photo: lost.token })).step).toBe("confirm");

    // Young photos stay whoever holds them.
    expect(await purgeOrphanPhotos(database())).toBe(0);
    advanceClock(30 * 60_000);
    expect(await purgeOrphanPhotos(database())).toBe(0);
    // Within the hour, the sweep removes what no case holds.
    advanceClock(25 * 60_000);
    expect(await purgeOrphanPhotos(database())).toBe(2);
    expect(await readPhoto(replaced.photoId)).toBeNull();
    expect(await readPhoto(lost.photoId)).toBeNull();
    expect(await readPhoto(kept.photoId)).not.toBeNull();
    // The abandoned flow is still open (an hour from its start); its Confirm now asks for a new photo instead of opening a case without one.
    const late = viewOf(await abandoned.send(2, { commitment: "on" }));
    expect(late.step).toBe("confirm");
    expect(late.error?.code).toBe("photo_gone");
    expect(late.error?.message).toMatch(/Upload another photo/);
    expect(await database().select().from(supportCases).where(eq(supportCases.userId, owner.id))).toHaveLength(1);
    // Much later the case's photo is still there (only the closed-case retention deletes it).
    advanceClock(7 * 24 * 60 * 60_000);
    expect(await purgeOrphanPhotos(database())).toBe(0);
    expect(await readPhoto(kept.photoId)).not.toBeNull();
  });
});
