/**
 * The shapes stored in jsonb columns (lib/db/schema.ts types each column with one of these).
 * They describe storage only; the code that owns each column keeps its richer types beside it.
 */

/** A JSON value as PostgreSQL stores it. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** How an outbox message travels; "discard" is delivered to nowhere (a path that must look the same as one that sends). */
export type MessageChannel = "email" | "sms" | "discard";

/**
 * What a message template gets (outbox.payload). `secret` (a code, a link token) is removed from
 * the row once the message is delivered.
 */
export type MessagePayload = Record<string, unknown> & { secret?: unknown };
