import "server-only";
import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import { getDb, queryRows, type Queryable } from "@/lib/db/client";
import { networkOf } from "./networks";
import { trustedDevices } from "@/lib/db/schema";
import { now } from "@/lib/clock";
import { hashSecret, randomToken, secretMatches } from "@/lib/security/secrets";

/**
 * Trusted devices. Every browser that signs in gets a random device token in a signed cookie
 * (see lib/http/device-cookie.ts); trusting is a row per account holding only the token's hash,
 * so a stolen database does not yield cookies and removing the row revokes the trust at once.
 */

const TOKEN_PURPOSE = "device-token";
const SIGNATURE_PURPOSE = "device-cookie";
const SIGNATURE_LENGTH = 22;

export type TrustedDevice = typeof trustedDevices.$inferSelect;

export function newDeviceToken(): string {
  return randomToken(24);
}

/** The cookie value: the token and a keyed signature, so forged or garbled cookies cost no database work. */
export function signDeviceToken(token: string): string {
  return `${token}.${hashSecret(SIGNATURE_PURPOSE, token).slice(0, SIGNATURE_LENGTH)}`;
}

/** The token from a cookie value, or null if the signature does not match. */
export function deviceTokenFrom(cookie: string | undefined): string | null {
  if (!cookie || cookie.length > 200) return null;
  const dot = cookie.lastIndexOf(".");
  if (dot <= 0) return null;
  const token = cookie.slice(0, dot);
  const signature = cookie.slice(dot + 1);
  const expected = hashSecret(SIGNATURE_PURPOSE, token).slice(0, SIGNATURE_LENGTH);
  // Compare as full keyed hashes so the comparison takes constant time.
  return secretMatches(SIGNATURE_PURPOSE, signature, hashSecret(SIGNATURE_PURPOSE, expected)) ? token : null;
}

export function deviceTokenHash(token: string): string {
  return hashSecret(TOKEN_PURPOSE, token);
}

/**
 * Whether this account trusts the browser holding `token`, and whether it has signed in from this
 * address's network before (sessions and trusted devices): one round trip on every sign-in.
 * A trusted hit refreshes "last used" (minute precision).
 */
export async function deviceStanding(userId: string, token: string | null, address: string): Promise<{ trusted: boolean; placeSeen: boolean }> {
  const db = await getDb();
  const at = new Date(now());
  const tokenHash = token ? deviceTokenHash(token) : "";
  const rows = await queryRows<{ kind: string; value: string | null; last_used_at: Date | string | null }>(
    db,
    sql`(select 'trusted' as kind, id::text as value, last_used_at from trusted_devices
          where user_id = ${userId} and token_hash = ${tokenHash} and revoked_at is null and expires_at > ${at.toISOString()})
        union all
        (select 'address', client_address, null from auth_sessions where user_id = ${userId} order by created_at desc limit 200)
        union all
        (select 'address', client_address, null from trusted_devices where user_id = ${userId} and revoked_at is null)`,
  );
  const here = networkOf(address) ?? address;
  const trustedRow = rows.find((r) => r.kind === "trusted");
  const placeSeen = rows.some((r) => r.kind === "address" && r.value && (networkOf(r.value) ?? r.value) === here);
  if (trustedRow && at.getTime() - new Date(trustedRow.last_used_at!).getTime() > 60_000) {
    await db.update(trustedDevices).set({ lastUsedAt: at }).where(eq(trustedDevices.id, trustedRow.value!));
  }
  return { trusted: !!trustedRow, placeSeen };
}

/** Trust a browser for an account (again, if it was trusted before and removed). */
export async function trustDevice(
  db: Queryable,
  device: { userId: string; tokenHash: string; userAgent?: string; clientAddress?: string; days: number },
): Promise<void> {
  const at = new Date(now());
  const expiresAt = new Date(at.getTime() + device.days * 24 * 60 * 60_000);
  await db
    .insert(trustedDevices)
    .values({
      userId: device.userId,
      tokenHash: device.tokenHash,
      userAgent: device.userAgent?.slice(0, 300),
      clientAddress: device.clientAddress,
      createdAt: at,
      lastUsedAt: at,
      expiresAt,
    })
    .onConflictDoUpdate({
      target: [trustedDevices.userId, trustedDevices.tokenHash],
      set: { revokedAt: null, expiresAt, lastUsedAt: at, createdAt: at, userAgent: device.userAgent?.slice(0, 300), clientAddress: device.clientAddress },
    });
}

/** The account's trusted browsers that are still valid, most recently used first. */
export async function listTrustedDevices(userId: string): Promise<TrustedDevice[]> {
  const db = await getDb();
  return db
    .select()
    .from(trustedDevices)
    .where(and(eq(trustedDevices.userId, userId), isNull(trustedDevices.revokedAt), gt(trustedDevices.expiresAt, new Date(now()))))
    .orderBy(desc(trustedDevices.lastUsedAt));
}

/** Stop trusting one browser (only one of the account's own). */
export async function forgetDevice(userId: string, deviceId: string): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .update(trustedDevices)
    .set({ revokedAt: new Date(now()) })
    .where(and(eq(trustedDevices.id, deviceId), eq(trustedDevices.userId, userId), isNull(trustedDevices.revokedAt)))
    .returning({ id: trustedDevices.id });
  return rows.length > 0;
}

/** Stop trusting every browser of the account (password reset). */
export async function forgetAllDevices(db: Queryable, userId: string): Promise<void> {
  await db.update(trustedDevices).set({ revokedAt: new Date(now()) }).where(and(eq(trustedDevices.userId, userId), isNull(trustedDevices.revokedAt)));
}

/** Whether a row is the browser making the request. */
export function isThisDevice(device: TrustedDevice, token: string | null): boolean {
  return !!token && device.tokenHash === deviceTokenHash(token);
}

