/**
 * The shapes stored in jsonb columns: lib/db/schema.ts types each column with one of these, so a
 * row read from the database needs no cast. They describe storage only (nothing here is checked at
 * run time) and import nothing that reads the database, so no module cycle can come through here.
 */
import type { SadpDevice } from "../devices/sadp-messages";

/** A JSON value as PostgreSQL stores it. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

// --- messages (lib/messaging) ---------------------------------------------------------------------

/** How an outbox message travels; "discard" is delivered to nowhere (a path that must look the same as one that sends). */
export type MessageChannel = "email" | "sms" | "discard";

/**
 * What a message template gets (outbox.payload). `secret` (a code, a link token) is removed from
 * the row once the message is delivered.
 */
export type MessagePayload = Record<string, unknown> & { secret?: unknown };

/** Extra headers of a message kept in the local mailbox (mailbox.headers), e.g. List-Unsubscribe. */
export type MailHeaders = Record<string, string>;

// --- flows (lib/flows, lib/studio) ----------------------------------------------------------------

/**
 * A flow's definition: an XState machine config as JSON (states, transitions, guards and actions by
 * name, step meta, context with settings). flow_versions, flow_drafts and studio_simulations keep
 * it; lib/flows/validate.ts decides what a valid one is.
 */
export type FlowDefinitionJson = Record<string, unknown>;

/** An actor's persisted snapshot (XState getPersistedSnapshot()) as flow_instances and studio_simulations keep it. */
export type FlowSnapshotJson = {
  status?: string;
  value?: unknown;
  context?: Record<string, unknown>;
  [key: string]: unknown;
};

/** The last rejected submission of a step: kept values and field errors, shown while `revision` is current. */
export type FlowFeedbackJson = {
  revision: number;
  values?: Record<string, unknown>;
  errors?: Record<string, { code: string; message: string }>;
  notice?: string;
  /** The keyed hash of the submission that produced this revision, never shown. */
  accepted?: string;
};

/** What "Try it" would have done: one line per effect, and per step the errors shown (studio_simulations.log). */
export type SimulationLog = string[];

/** What an edit in the studio changed (studio_audit.detail): the step, the patch, the branch... by action. */
export type StudioAuditDetail = Record<string, unknown>;

// --- accounts (lib/accounts) ----------------------------------------------------------------------

/**
 * What an account event records beyond its type (account_events.detail): a contact change's old and
 * new value; when a requested deletion falls due, and what cancelled it.
 */
export type AccountEventDetail = { from?: string | null; to?: string; dueAt?: string; by?: "sign_in"; pseudonym?: string };

// --- support cases (lib/cases) --------------------------------------------------------------------

/** The device as the LAN scan reported it when the case was opened (support_cases.device). */
export type CaseDevice = SadpDevice;

/** What a case event records beyond its type (case_events.detail). Never the reset code itself. */
export type CaseEventDetail = {
  /** A status change. */
  from?: string;
  to?: string;
  assignee?: string;
  codeExpiresAt?: string;
  /** A rejection's or a refusal's reason. */
  reason?: string;
  /** A refused action: which, and in which status. */
  tried?: string;
  status?: string;
  /** The case was opened for this device. */
  serial?: string;
  model?: string;
  photoBlurry?: boolean;
  /** The label photo was deleted after this many days. */
  retentionDays?: number;
  /** The owner's account was deleted: the pseudonym the case keeps, and whether its photo went too. */
  pseudonym?: string;
  photoDeleted?: boolean;
};

/** The desk's settings (app_settings key "desk"). */
export type DeskSettingsJson = { fourEyes?: boolean };

/** app_settings.value, by key: "desk" is the only one. */
export type AppSettingJson = DeskSettingsJson;
