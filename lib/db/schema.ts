import {
  bigint,
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { now } from "../clock";
import type {
  AccountEventDetail,
  AppSettingJson,
  CaseDevice,
  CaseEventDetail,
  FlowDefinitionJson,
  FlowFeedbackJson,
  FlowSnapshotJson,
  MailHeaders,
  MessagePayload,
  SimulationLog,
  StudioAuditDetail,
} from "./json-types";

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });
/**
 * A timestamp that defaults to "now". Rows inserted through Drizzle get the app's clock
 * (lib/clock.ts, which tests move with TEST_CLOCK), never the database server's; the SQL default
 * stays for rows written by hand.
 */
const stampedNow = (name: string) =>
  ts(name)
    .notNull()
    .defaultNow()
    .$defaultFn(() => new Date(now()));
const createdAt = () => stampedNow("created_at");

/** People with an account. Identifiers are unique ignoring case through the *_lower columns. */
export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    username: text("username").notNull(),
    usernameLower: text("username_lower").notNull(),
    email: text("email"),
    emailLower: text("email_lower"),
    phone: text("phone"),
    country: text("country").notNull(),
    passwordHash: text("password_hash").notNull(),
    /** user | installer_admin | support_agent | flow_editor | admin */
    role: text("role").notNull().default("user"),
    /** active | awaiting_confirmation (installer admins until they use Verify Now) */
    status: text("status").notNull().default("active"),
    /** The person's name (installer admins give it at registration). */
    fullName: text("full_name"),
    /** 1: every sign-in needs a code, even from a trusted device (My Account > Security). */
    twoFactor: integer("two_factor").notNull().default(0),
    termsVersion: text("terms_version"),
    termsAcceptedAt: ts("terms_accepted_at"),
    /** The language the person chose (en | de | es): their pages after sign-in, their emails and SMS. */
    locale: text("locale"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("users_username_lower_key").on(t.usernameLower),
    uniqueIndex("users_email_lower_key").on(t.emailLower),
    uniqueIndex("users_phone_key").on(t.phone),
  ],
);

/** One row per signed-in browser; the JWT carries its id so revocation takes effect on the next request. */
export const authSessions = pgTable(
  "auth_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    userAgent: text("user_agent"),
    clientAddress: text("client_address"),
    createdAt: createdAt(),
    lastSeenAt: stampedNow("last_seen_at"),
    revokedAt: ts("revoked_at"),
  },
  (t) => [index("auth_sessions_user_idx").on(t.userId)],
);

/** Single-use tokens that sign a person in without a password (right after registration). */
export const loginTokens = pgTable("login_tokens", {
  tokenHash: text("token_hash").primaryKey(),
  userId: uuid("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  expiresAt: ts("expires_at").notNull(),
  usedAt: ts("used_at"),
  createdAt: createdAt(),
});

/**
 * Browsers an account chose to trust ("Trust this device"): sign-in from them skips the code.
 * The browser holds a random token in a signed cookie; only its hash is stored here. One browser
 * token may be trusted by several accounts (one row each).
 */
export const trustedDevices = pgTable(
  "trusted_devices",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    userAgent: text("user_agent"),
    clientAddress: text("client_address"),
    createdAt: createdAt(),
    lastUsedAt: stampedNow("last_used_at"),
    expiresAt: ts("expires_at").notNull(),
    revokedAt: ts("revoked_at"),
  },
  (t) => [uniqueIndex("trusted_devices_user_token_key").on(t.userId, t.tokenHash), index("trusted_devices_user_idx").on(t.userId)],
);

/** Immutable flow definitions. A new edit is a new row; nothing updates `definition`. */
export const flowVersions = pgTable(
  "flow_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    flow: text("flow").notNull(),
    version: integer("version").notNull(),
    definition: jsonb("definition").$type<FlowDefinitionJson>().notNull(),
    status: text("status").notNull().default("published"),
    note: text("note"),
    author: text("author"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("flow_versions_flow_version_key").on(t.flow, t.version)],
);

/** A running flow: its snapshot, the version it is pinned to and a revision for optimistic concurrency. */
export const flowInstances = pgTable(
  "flow_instances",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    flow: text("flow").notNull(),
    versionId: uuid("version_id")
      .notNull()
      .references(() => flowVersions.id),
    tokenHash: text("token_hash").notNull(),
    snapshot: jsonb("snapshot").$type<FlowSnapshotJson>().notNull(),
    revision: integer("revision").notNull().default(0),
    status: text("status").notNull().default("active"),
    stateValue: text("state_value").notNull(),
    /** Field errors and kept values from the last rejected submission; shown while the revision is unchanged. */
    feedback: jsonb("feedback").$type<FlowFeedbackJson>(),
    clientAddress: text("client_address"),
    subject: text("subject"),
    /** The language of the person who started the flow (en | de | es): its messages go out in it. */
    locale: text("locale"),
    expiresAt: ts("expires_at").notNull(),
    createdAt: createdAt(),
    updatedAt: stampedNow("updated_at"),
  },
  (t) => [index("flow_instances_expires_idx").on(t.expiresAt)],
);

/** Every accepted event, in order: the audit trail and the source of per-step funnel numbers. */
export const flowEvents = pgTable(
  "flow_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    instanceId: uuid("instance_id")
      .notNull()
      .references(() => flowInstances.id, { onDelete: "cascade" }),
    revision: integer("revision").notNull(),
    type: text("type").notNull(),
    fromState: text("from_state").notNull(),
    toState: text("to_state").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("flow_events_instance_revision_key").on(t.instanceId, t.revision)],
);

/** Messages to deliver, written in the same transaction as the state change that caused them. */
export const outbox = pgTable(
  "outbox",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    idempotencyKey: text("idempotency_key").notNull(),
    channel: text("channel").notNull(),
    recipient: text("recipient").notNull(),
    template: text("template").notNull(),
    payload: jsonb("payload").$type<MessagePayload>().notNull(),
    /** The language the message is written in (en | de | es), fixed when it is queued. */
    locale: text("locale").notNull().default("en"),
    status: text("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: stampedNow("next_attempt_at"),
    lockedUntil: ts("locked_until"),
    lastError: text("last_error"),
    createdAt: createdAt(),
    sentAt: ts("sent_at"),
  },
  (t) => [
    uniqueIndex("outbox_idempotency_key").on(t.idempotencyKey),
    index("outbox_due_idx").on(t.status, t.nextAttemptAt),
  ],
);

/** The local mailbox: where email and SMS go when no provider is configured. */
export const mailbox = pgTable(
  "mailbox",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    idempotencyKey: text("idempotency_key").notNull(),
    channel: text("channel").notNull(),
    recipient: text("recipient").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html"),
    headers: jsonb("headers").$type<MailHeaders>(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("mailbox_idempotency_key").on(t.idempotencyKey),
    index("mailbox_recipient_idx").on(t.recipient, t.id),
  ],
);

/** Anti-robot picture codes. Single use; the answer is stored hashed. */
export const captchas = pgTable("captchas", {
  id: uuid("id").primaryKey().defaultRandom(),
  answerHash: text("answer_hash").notNull(),
  image: text("image").notNull(),
  expiresAt: ts("expires_at").notNull(),
  usedAt: ts("used_at"),
  createdAt: createdAt(),
});

/** Rate-limit counters shared by every app server: one row per limit and subject (lib/security/rate-limit.ts). */
export const rateLimits = pgTable("rate_limits", {
  /** The limit's name and its subject ("code-client:2001:db8:1:2::/64"). */
  key: text("key").primaryKey(),
  /** App-clock times (ms) of the hits that counted within the last window, oldest first: a sliding window. */
  hits: bigint("hits", { mode: "number" }).array().notNull(),
  /** Hits refused since the last one that counted (0 when the latest hit counted). */
  refused: integer("refused").notNull().default(0),
  /** When the newest hit leaves the window; the row can be deleted after that. */
  expiresAt: ts("expires_at").notNull(),
});

/** Small key/value settings (seed markers and the like). */
export const appSettings = pgTable("app_settings", {
  key: text("key").primaryKey(),
  value: jsonb("value").$type<AppSettingJson>().notNull(),
  updatedAt: stampedNow("updated_at"),
});

/** An installer company, owned by its Installer Admin. The country is fixed at registration. */
export const companies = pgTable(
  "companies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ownerId: uuid("owner_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    country: text("country").notNull(),
    /** Set when a valid authentication code proved a professional installer. */
    authenticatedAt: ts("authenticated_at"),
    address: text("address"),
    city: text("city"),
    region: text("region"),
    postalCode: text("postal_code"),
    phone: text("phone"),
    website: text("website"),
    /** When the admin completed the company information after first sign-in. */
    detailsCompletedAt: ts("details_completed_at"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("companies_owner_key").on(t.ownerId)],
);

/** 10-digit installer authentication codes issued by admins; each proves one company, once. */
export const installerAuthCodes = pgTable("installer_auth_codes", {
  codeHash: text("code_hash").primaryKey(),
  issuedBy: text("issued_by").notNull(),
  note: text("note"),
  companyId: uuid("company_id").references(() => companies.id, { onDelete: "set null" }),
  usedAt: ts("used_at"),
  createdAt: createdAt(),
});

/** Single-use links sent by email: Verify Now (account confirmation) and newsletter confirmation. */
export const emailTokens = pgTable(
  "email_tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    purpose: text("purpose").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    expiresAt: ts("expires_at").notNull(),
    usedAt: ts("used_at"),
    createdAt: createdAt(),
  },
  (t) => [index("email_tokens_user_idx").on(t.userId, t.purpose)],
);

/** Newsletter consent, double opt-in: pending until the confirmation link is used. */
export const newsletterSubscriptions = pgTable(
  "newsletter_subscriptions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    /** pending | subscribed | unsubscribed */
    status: text("status").notNull(),
    /** The exact wording the person agreed to, and when. */
    consentWording: text("consent_wording").notNull(),
    /** The language the wording was shown in (en | de | es); null for consents given before languages. */
    consentLocale: text("consent_locale"),
    consentAt: ts("consent_at").notNull(),
    confirmedAt: ts("confirmed_at"),
    unsubscribedAt: ts("unsubscribed_at"),
    /** Lets the one-click unsubscribe link work without signing in; stored hashed. */
    unsubscribeTokenHash: text("unsubscribe_token_hash").notNull(),
    updatedAt: stampedNow("updated_at"),
  },
  (t) => [uniqueIndex("newsletter_user_key").on(t.userId), uniqueIndex("newsletter_unsubscribe_key").on(t.unsubscribeTokenHash)],
);

/** Published versions of the Terms of Service and Privacy Policy. */
export const termsVersions = pgTable("terms_versions", {
  version: text("version").primaryKey(),
  summary: text("summary").notNull(),
  publishedAt: stampedNow("published_at"),
});

/** Who accepted which terms version, and when (the history; users.terms_version is the latest). */
export const termsAcceptances = pgTable(
  "terms_acceptances",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    version: text("version").notNull(),
    acceptedAt: stampedNow("accepted_at"),
  },
  (t) => [uniqueIndex("terms_acceptances_user_version_key").on(t.userId, t.version)],
);

/**
 * Failed sign-ins (passwords and codes) per lock key: `id:<HMAC of the canonical identifier>` for
 * attempts from browsers the account does not trust (the same whether or not an account exists),
 * `user:<id>:device:<token hash>` for one browser the account trusts. Repeated failures lock for a
 * growing wait; only a trusted browser's repeated locks require a password reset
 * (lib/auth/lock-policy.ts, docs/decisions/0013-lockout.md).
 */
export const signInLocks = pgTable("sign_in_locks", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  locks: integer("locks").notNull().default(0),
  lockedUntil: ts("locked_until"),
  mustReset: integer("must_reset").notNull().default(0),
  updatedAt: stampedNow("updated_at"),
});

/** What happened to an account (contact changes and the like): who, what, when. Never edited. */
export const accountEvents = pgTable(
  "account_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    detail: jsonb("detail").$type<AccountEventDetail>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("account_events_user_idx").on(t.userId, t.id)],
);

/** Devices an account added (by serial number, or picked from a LAN scan for a support case). */
export const devices = pgTable(
  "devices",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ownerId: uuid("owner_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    serial: text("serial").notNull(),
    model: text("model"),
    mac: text("mac"),
    firmware: text("firmware"),
    name: text("name").notNull(),
    addedAt: createdAt(),
  },
  (t) => [uniqueIndex("devices_owner_serial_key").on(t.ownerId, t.serial)],
);

/**
 * Device password reset cases. `status` is the case machine's state (machines/support-case); every
 * change is also an append-only row in case_events. The reset code is stored encrypted (its owner
 * must be able to read it again); agents never see it.
 */
export const supportCases = pgTable(
  "support_cases",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    number: bigserial("number", { mode: "number" }).notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** Lower-case email of the account when the case was opened, for the desk's search. */
    userEmail: text("user_email"),
    kind: text("kind").notNull().default("reset_password"),
    status: text("status").notNull().default("new"),
    /** The device as the LAN scan reported it: model, serial, mac, ipv4, firmware, activated, passwordResetAbility. */
    device: jsonb("device").$type<CaseDevice>().notNull(),
    serial: text("serial").notNull(),
    photoId: text("photo_id"),
    photoBlurry: integer("photo_blurry").notNull().default(0),
    photoDeletedAt: ts("photo_deleted_at"),
    assigneeId: uuid("assignee_id").references(() => users.id),
    /** Four-eyes: the agent whose approval waits for a second agent. */
    firstApproverId: uuid("first_approver_id").references(() => users.id),
    rejectReason: text("reject_reason"),
    rejectText: text("reject_text"),
    resetCodeSealed: text("reset_code_sealed"),
    resetCodeExpiresAt: ts("reset_code_expires_at"),
    resetCodeUsedAt: ts("reset_code_used_at"),
    createdAt: createdAt(),
    firstDecisionAt: ts("first_decision_at"),
    closedAt: ts("closed_at"),
    updatedAt: stampedNow("updated_at"),
    /** Bumped on every change: the desk's actions carry it, so two agents cannot both act on one view. */
    revision: integer("revision").notNull().default(0),
  },
  (t) => [
    uniqueIndex("support_cases_number_key").on(t.number),
    index("support_cases_user_idx").on(t.userId, t.createdAt),
    index("support_cases_queue_idx").on(t.status, t.createdAt, t.id),
    index("support_cases_created_idx").on(t.createdAt, t.id),
    // Trigrams (pg_trgm, created in migration 0009): the desk finds any part of a serial number
    // (prefix, middle or suffix, ILIKE '%X%') without scanning the table.
    index("support_cases_serial_trgm_idx").using("gin", t.serial.op("gin_trgm_ops")),
    index("support_cases_email_idx").on(t.userEmail),
    index("support_cases_assignee_idx").on(t.assigneeId, t.status),
  ],
);

/** The audit trail of a case: who did what, when. Rows are never updated or deleted (a trigger refuses). */
export const caseEvents = pgTable(
  "case_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => supportCases.id),
    actorId: uuid("actor_id").references(() => users.id),
    /** customer | agent | system */
    actorRole: text("actor_role").notNull(),
    type: text("type").notNull(),
    /** For notes and messages: "internal" (agents only) or "customer". */
    visibility: text("visibility").notNull().default("internal"),
    body: text("body"),
    detail: jsonb("detail").$type<CaseEventDetail>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [index("case_events_case_idx").on(t.caseId, t.id)],
);

/** In-app notifications (the bell). */
export const notifications = pgTable(
  "notifications",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    caseId: uuid("case_id").references(() => supportCases.id),
    /** The English words (what rows written before `kind` existed carry, shown as they are). */
    text: text("text").notNull(),
    /** Which text (account.notifications.texts.<kind>) with its `params`: shown in the reader's language. */
    kind: text("kind"),
    params: jsonb("params").$type<Record<string, string>>(),
    href: text("href").notNull(),
    createdAt: createdAt(),
    readAt: ts("read_at"),
  },
  (t) => [index("notifications_user_idx").on(t.userId, t.id)],
);

/** The flow studio's working copy of a flow (one per flow); publishing turns it into a new version. */
export const flowDrafts = pgTable("flow_drafts", {
  flow: text("flow").primaryKey(),
  definition: jsonb("definition").$type<FlowDefinitionJson>().notNull(),
  /** The version the draft started from, for the diff and to notice a publish by someone else. */
  baseVersionId: uuid("base_version_id").notNull(),
  updatedBy: text("updated_by").notNull(),
  updatedAt: stampedNow("updated_at"),
});

/** Everything the studio does: who, what, when. Append-only. */
export const studioAudit = pgTable(
  "studio_audit",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    flow: text("flow").notNull(),
    actor: text("actor").notNull(),
    action: text("action").notNull(),
    detail: jsonb("detail").$type<StudioAuditDetail>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [index("studio_audit_flow_idx").on(t.flow, t.id)],
);

/** "Try it" sessions in the flow studio: the draft's machine run with faked effects, nothing else touched. */
export const studioSimulations = pgTable("studio_simulations", {
  id: uuid("id").primaryKey().defaultRandom(),
  flow: text("flow").notNull(),
  actor: text("actor").notNull(),
  definition: jsonb("definition").$type<FlowDefinitionJson>().notNull(),
  snapshot: jsonb("snapshot").$type<FlowSnapshotJson>().notNull(),
  /** What the flow would have done: one line per effect, and per step the errors shown. */
  log: jsonb("log").$type<SimulationLog>().notNull().default([]),
  revision: integer("revision").notNull().default(0),
  feedback: jsonb("feedback").$type<FlowFeedbackJson>(),
  createdAt: createdAt(),
});

/**
 * Account deletions people asked for (My Account > Your data). Pending for a grace period in which
 * signing in cancels it; then one transaction erases or pseudonymises the account (lib/accounts/deletion.ts).
 * The sweeper retries a failed run; a row is never deleted, so admins see what happened.
 */
export const accountDeletions = pgTable(
  "account_deletions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    /** pending | cancelled | done */
    status: text("status").notNull().default("pending"),
    requestedAt: ts("requested_at").notNull(),
    dueAt: ts("due_at").notNull(),
    cancelledAt: ts("cancelled_at"),
    completedAt: ts("completed_at"),
    /** The name the account's audit and case records keep once it is erased ("deleted-3f9a…"). */
    pseudonym: text("pseudonym").notNull(),
    attempts: integer("attempts").notNull().default(0),
    /** A run holds the row until then, so two servers never run one deletion at once. */
    lockedUntil: ts("locked_until"),
    lastError: text("last_error"),
  },
  (t) => [index("account_deletions_due_idx").on(t.status, t.dueAt), index("account_deletions_user_idx").on(t.userId)],
);

/** Passkeys (WebAuthn credentials) an account registered on My Account > Security. */
export const passkeys = pgTable(
  "passkeys",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The credential id, base64url, as the authenticator gave it. */
    credentialId: text("credential_id").notNull(),
    /** The COSE public key, base64url. */
    publicKey: text("public_key").notNull(),
    /** The signature counter; an assertion whose counter does not grow is refused (a cloned authenticator). */
    counter: bigint("counter", { mode: "number" }).notNull().default(0),
    transports: jsonb("transports").$type<string[]>().notNull().default([]),
    name: text("name").notNull(),
    createdAt: createdAt(),
    lastUsedAt: ts("last_used_at"),
  },
  (t) => [uniqueIndex("passkeys_credential_key").on(t.credentialId), index("passkeys_user_idx").on(t.userId)],
);

/** WebAuthn challenges: single use, short-lived, stored hashed; the browser holds the id in a cookie. */
export const webauthnChallenges = pgTable("webauthn_challenges", {
  id: uuid("id").primaryKey().defaultRandom(),
  /** register | authenticate */
  purpose: text("purpose").notNull(),
  /** Registration challenges belong to the signed-in account; sign-in challenges to nobody yet. */
  userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
  challengeHash: text("challenge_hash").notNull(),
  expiresAt: ts("expires_at").notNull(),
  usedAt: ts("used_at"),
  createdAt: createdAt(),
});
