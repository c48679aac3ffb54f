import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, readdir, readFile, rename, stat, unlink, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { now } from "@/lib/clock";

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
    // The file's time is the app clock's, so the sweeper of unattached photos ages it the same way.
    const savedAt = now() / 1000;
    await utimes(temp, savedAt, savedAt);
    await rename(temp, final);
  } catch (err) {
    await unlink(temp).catch(() => {});
    throw err;
  }
  return id;
}

export async function photoExists(id: string): Promise<boolean> {
  if (!isPhotoId(id)) return false;
  try {
    return (await stat(photoPath(id))).isFile();
  } catch (err) {
    if (isNotFound(err)) return false;
    throw err;
  }
}

/** Files in the folder last written before `before` (app clock, ms) whose name passes `keep`. */
async function filesBefore(before: number, keep: (name: string) => boolean): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(uploadDir());
  } catch (err) {
    if (isNotFound(err)) return [];
    throw err;
  }
  const old: string[] = [];
  for (const name of names.filter(keep)) {
    const info = await stat(path.join(uploadDir(), name)).catch((err) => (isNotFound(err) ? null : Promise.reject(err)));
    if (info && info.mtimeMs < before) old.push(name);
  }
  return old;
}

/** Ids of the photos saved before `before` (app clock, ms): for the sweeper of photos no case holds. */
export async function photosSavedBefore(before: number): Promise<string[]> {
  const names = await filesBefore(before, (name) => name.endsWith(".jpg") && isPhotoId(name.slice(0, -4)));
  return names.map((name) => name.slice(0, -4));
}

/** Temp files older than `before`, left by a process that died mid-write. */
export async function deleteTempFilesBefore(before: number): Promise<number> {
  const names = await filesBefore(before, (name) => /^\.[0-9a-f-]{36}\.[0-9a-f-]{36}\.tmp$/.test(name));
  for (const name of names) await unlink(path.join(uploadDir(), name)).catch(() => {});
  return names.length;
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
