import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import {
  accountDeletions,
  accountEvents,
  authSessions,
  caseEvents,
  companies,
  devices,
  newsletterSubscriptions,
  passkeys,
  supportCases,
  termsAcceptances,
  termsVersions,
  trustedDevices,
  users,
} from "@/lib/db/schema";
import { now } from "@/lib/clock";
import { caseLabel } from "@/lib/cases/service";
import { isLocale } from "@/lib/messages/locales";

/**
 * "Download my data": everything Gatehouse holds about one account, as plain JSON. Columns are
 * picked one by one (never `select *`), so a secret added to a table later does not leak in here:
 * no password hash, token or code hash, sealed reset code, passkey public key, or internal desk note.
 */
export async function exportAccountData(userId: string) {
  const db = await getDb();
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) return null;
  const [sessions, trusted, owned, company, newsletter, terms, events, cases, keys, deletions] = await Promise.all([
    db
      .select({ userAgent: authSessions.userAgent, clientAddress: authSessions.clientAddress, createdAt: authSessions.createdAt, lastSeenAt: authSessions.lastSeenAt, revokedAt: authSessions.revokedAt })
      .from(authSessions)
      .where(eq(authSessions.userId, userId))
      .orderBy(asc(authSessions.createdAt)),
    db
      .select({ userAgent: trustedDevices.userAgent, clientAddress: trustedDevices.clientAddress, createdAt: trustedDevices.createdAt, lastUsedAt: trustedDevices.lastUsedAt, expiresAt: trustedDevices.expiresAt, revokedAt: trustedDevices.revokedAt })
      .from(trustedDevices)
      .where(eq(trustedDevices.userId, userId))
      .orderBy(asc(trustedDevices.createdAt)),
    db
      .select({ serial: devices.serial, model: devices.model, mac: devices.mac, firmware: devices.firmware, name: devices.name, addedAt: devices.addedAt })
      .from(devices)
      .where(eq(devices.ownerId, userId))
      .orderBy(asc(devices.addedAt)),
    db
      .select({ name: companies.name, country: companies.country, authenticatedAt: companies.authenticatedAt, address: companies.address, city: companies.city, region: companies.region, postalCode: companies.postalCode, phone: companies.phone, website: companies.website, createdAt: companies.createdAt })
      .from(companies)
      .where(eq(companies.ownerId, userId)),
    db
      .select({ email: newsletterSubscriptions.email, status: newsletterSubscriptions.status, wording: newsletterSubscriptions.consentWording, language: newsletterSubscriptions.consentLocale, consentAt: newsletterSubscriptions.consentAt, confirmedAt: newsletterSubscriptions.confirmedAt, unsubscribedAt: newsletterSubscriptions.unsubscribedAt })
      .from(newsletterSubscriptions)
      .where(eq(newsletterSubscriptions.userId, userId)),
    db
      .select({ version: termsAcceptances.version, wording: termsVersions.summary, acceptedAt: termsAcceptances.acceptedAt })
      .from(termsAcceptances)
      .leftJoin(termsVersions, eq(termsVersions.version, termsAcceptances.version))
      .where(eq(termsAcceptances.userId, userId))
      .orderBy(asc(termsAcceptances.acceptedAt)),
    db.select({ type: accountEvents.type, detail: accountEvents.detail, at: accountEvents.createdAt }).from(accountEvents).where(eq(accountEvents.userId, userId)).orderBy(asc(accountEvents.id)),
    db
      .select({ id: supportCases.id, number: supportCases.number, kind: supportCases.kind, status: supportCases.status, device: supportCases.device, serial: supportCases.serial, photoDeletedAt: supportCases.photoDeletedAt, rejectText: supportCases.rejectText, createdAt: supportCases.createdAt, closedAt: supportCases.closedAt })
      .from(supportCases)
      .where(eq(supportCases.userId, userId))
      .orderBy(asc(supportCases.createdAt)),
    db.select({ name: passkeys.name, createdAt: passkeys.createdAt, lastUsedAt: passkeys.lastUsedAt }).from(passkeys).where(eq(passkeys.userId, userId)).orderBy(asc(passkeys.createdAt)),
    db.select({ status: accountDeletions.status, requestedAt: accountDeletions.requestedAt, dueAt: accountDeletions.dueAt, cancelledAt: accountDeletions.cancelledAt }).from(accountDeletions).where(eq(accountDeletions.userId, userId)),
  ]);
  // Only what the customer could see on the case page: no internal notes.
  const messages = cases.length
    ? await db
        .select({ caseId: caseEvents.caseId, actorRole: caseEvents.actorRole, type: caseEvents.type, body: caseEvents.body, at: caseEvents.createdAt })
        .from(caseEvents)
        .where(and(inArray(caseEvents.caseId, cases.map((c) => c.id)), eq(caseEvents.visibility, "customer")))
        .orderBy(asc(caseEvents.id))
    : [];
  const consents = [
    ...terms.map((t) => ({ kind: "terms_of_service", version: t.version, wording: t.wording, at: t.acceptedAt })),
    // The wording as the person was shown it, and its language (consents from before languages were English).
    ...newsletter.map((n) => ({ kind: "newsletter", email: n.email, status: n.status, wording: n.wording, language: n.language ?? "en", at: n.consentAt, confirmedAt: n.confirmedAt, withdrawnAt: n.unsubscribedAt })),
  ];
  return {
    exportedAt: new Date(now()).toISOString(),
    account: {
      username: user.username,
      email: user.email,
      phone: user.phone,
      fullName: user.fullName,
      country: user.country,
      role: user.role,
      status: user.status,
      twoStepVerification: user.twoFactor === 1,
      // The language chosen on the account (My Account > Language, or the header's picker); null until one is chosen.
      language: isLocale(user.locale) ? user.locale : null,
      termsVersion: user.termsVersion,
      termsAcceptedAt: user.termsAcceptedAt,
      createdAt: user.createdAt,
    },
    contacts: [
      ...(user.email ? [{ kind: "email", value: user.email }] : []),
      ...(user.phone ? [{ kind: "phone", value: user.phone }] : []),
    ],
    company: company[0] ?? null,
    consents,
    sessions,
    trustedDevices: trusted,
    passkeys: keys,
    devices: owned,
    cases: cases.map(({ id, number, ...c }) => ({
      case: caseLabel(number),
      ...c,
      messages: messages.filter((m) => m.caseId === id).map(({ caseId: _caseId, ...m }) => m),
    })),
    accountEvents: events,
    deletionRequests: deletions,
  };
}

/** The file name of the download: the user name kept to safe characters, and the day. */
export function exportFileName(username: string): string {
  const safe = username.replace(/[^A-Za-z0-9._-]/g, "_").slice(0, 60) || "account";
  return `gatehouse-data-${safe}-${new Date(now()).toISOString().slice(0, 10)}.json`;
}
