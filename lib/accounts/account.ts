import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema";

export type Account = typeof users.$inferSelect;

/** One account by id, for the pages that show it (My Account, About, Change email or phone). */
export async function accountById(id: string): Promise<Account | undefined> {
  const db = await getDb();
  const [user] = await db.select().from(users).where(eq(users.id, id));
  return user;
}
