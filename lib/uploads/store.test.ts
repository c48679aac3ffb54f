import { mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { deletePhoto, isPhotoId, readPhoto, savePhoto, uploadDir } from "@/lib/uploads/store";

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 0xff, 0xd9]);

let tmp: string;
let savedEnv: string | undefined;

beforeEach(async () => {
  savedEnv = process.env.UPLOAD_DIR;
  tmp = await mkdtemp(path.join(os.tmpdir(), "uploads-test-"));
  // A folder that does not exist yet, to check savePhoto creates it.
  process.env.UPLOAD_DIR = path.join(tmp, "photos");
});

afterEach(async () => {
  if (savedEnv === undefined) delete process.env.UPLOAD_DIR;
  else process.env.UPLOAD_DIR = savedEnv;
  await rm(tmp, { recursive: true, force: true });
});

describe("uploadDir", () => {
  it("uses UPLOAD_DIR when set", () => {
    expect(uploadDir()).toBe(path.join(tmp, "photos"));
  });

  it("defaults to .data/uploads under the working directory", () => {
    delete process.env.UPLOAD_DIR;
    expect(uploadDir()).toBe(path.join(process.cwd(), ".data", "uploads"));
    expect(uploadDir()).not.toContain(`${path.sep}public${path.sep}`);
  });
});

describe("photo store", () => {
  it("saves, reads back and deletes a photo", async () => {
    const id = await savePhoto(JPEG);
    expect(isPhotoId(id)).toBe(true);

    const file = path.join(tmp, "photos", `${id}.jpg`);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await stat(path.join(tmp, "photos"))).mode & 0o777).toBe(0o700);
    // No temp files left behind after the rename.
    expect(await readdir(path.join(tmp, "photos"))).toEqual([`${id}.jpg`]);

    expect(await readPhoto(id)).toEqual(JPEG);

    expect(await deletePhoto(id)).toBe(true);
    expect(await readPhoto(id)).toBeNull();
    expect(await deletePhoto(id)).toBe(false);
  });

  it("gives each photo its own id", async () => {
    const [a, b] = await Promise.all([savePhoto(JPEG), savePhoto(Buffer.from("other"))]);
    expect(a).not.toBe(b);
    expect(await readPhoto(a)).toEqual(JPEG);
    expect((await readPhoto(b))?.toString()).toBe("other");
  });

  it("returns null for a well-formed id with no file", async () => {
    expect(await readPhoto("00000000-0000-4000-8000-000000000000")).toBeNull();
  });

  it("refuses ids that are not UUIDs, so no path can escape the folder", async () => {
    // A file that a traversal attempt might aim at.
    await writeFile(path.join(tmp, "secret.jpg"), "secret");
    const id = await savePhoto(JPEG);

    for (const bad of [
      "../../etc/passwd",
      "../secret",
      "..%2Fsecret",
      `${id}/../../secret`,
      `${id}.jpg`,
      id.toUpperCase(),
      ` ${id}`,
      "",
      "not-a-uuid",
    ]) {
      expect(await readPhoto(bad)).toBeNull();
      expect(await deletePhoto(bad)).toBe(false);
    }
    // The real photo was untouched by the delete attempts above.
    expect(await readPhoto(id)).toEqual(JPEG);
  });
});
