import { pingDatabase } from "@/lib/db/client";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { getTranslator } from "@/lib/i18n/request";
import { apiError } from "./flow-api";

/** Seconds a client should wait before trying again when the database is away. */
const RETRY_AFTER_SECONDS = 5;

/**
 * Wraps a JSON API handler: when the database is unreachable mid-request it answers 503 with
 * Retry-After and a stable code, instead of a 500. Nothing was committed by the failed request
 * (the step's writes are one transaction), so the same submission can simply be sent again.
 */
export function answeringUnavailable<A extends unknown[]>(handler: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      console.error("[api] database unavailable:", (error as Error).message);
      const response = apiError(503, "unavailable", (await getTranslator()).t("api.unavailable"));
      response.headers.set("retry-after", String(RETRY_AFTER_SECONDS));
      return response;
    }
  };
}

/**
 * For a catch around work that turns failures into a refusal (Auth.js's signIn): an unreachable
 * database is not a refusal, so it is thrown on for answeringUnavailable to answer 503.
 */
export function rethrowIfUnavailable(error: unknown): void {
  if (isDatabaseUnavailable(error)) throw error;
}

/** Throws the database's error when it cannot be reached (to tell an outage from a "no"). */
export async function assertDatabaseReachable(): Promise<void> {
  await pingDatabase();
}
