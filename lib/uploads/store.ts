import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, unlink, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * Stores processed label photos on disk, outside the public web root, so they
 * are only reachable through an authorised route that calls readPhoto().
 * Files are named by server-generated UUIDs; user input never becomes a path.
 */

const ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Read on every call so tests (and deployments) can point it elsewhere. */
export function uploadDir(): string {
  return process.env.UPLOAD_DIR || path.join(process.cwd(), ".data", "uploads");
}

/** Only lower-case UUIDs, as randomUUID() makes; rules out "../" and friends. */
export function isPhotoId(id: string): boolean {
  return ID_PATTERN.test(id);
}

function photoPath(id: string): string {
  return path.join(uploadDir(), `${id}.jpg`);
}

function isNotFound(err: unknown): boolean {
  return (err as NodeJS.ErrnoException)?.code === "ENOENT";
}

export async function savePhoto(jpeg: Buffer): Promise<string> {
  const dir = uploadDir();
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const id = randomUUID();
  const final = photoPath(id);
  // Write then rename, so a reader never sees a half-written file. The temp
  // name is in the same folder so the rename stays on one filesystem.
  const temp = path.join(dir, `.${id}.${randomUUID()}.tmp`);
  try {
    await writeFile(temp, jpeg, { mode: 0o600, flag: "wx" });
    await rename(temp, final);
  } catch (err) {
    await unlink(temp).catch(() => {});
    throw err;
  }
  return id;
}

export async function readPhoto(id: string): Promise<Buffer | null> {
  if (!isPhotoId(id)) return null;
  try {
    return await readFile(photoPath(id));
  } catch (err) {
    if (isNotFound(err)) return null;
    throw err;
  }
}

/** True if a photo was deleted; false if the id is invalid or already gone. */
export async function deletePhoto(id: string): Promise<boolean> {
  if (!isPhotoId(id)) return false;
  try {
    await unlink(photoPath(id));
    return true;
  } catch (err) {
    if (isNotFound(err)) return false;
    throw err;
  }
}
