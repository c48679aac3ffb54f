import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { devices } from "@/lib/db/schema";

/** The devices an account owns. */
export async function devicesOf(userId: string) {
  const db = await getDb();
  return db.select().from(devices).where(eq(devices.ownerId, userId)).orderBy(desc(devices.addedAt));
}

/** Add a device by its serial number; false if the account already has it (a double submit adds nothing). */
export async function addDevice(userId: string, serial: string, name?: string): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .insert(devices)
    .values({ ownerId: userId, serial, name: name || serial })
    .onConflictDoNothing()
    .returning({ id: devices.id });
  return rows.length > 0;
}
