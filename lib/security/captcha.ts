import { and, eq, gt, isNull, lt } from "drizzle-orm";
import svgCaptchaModule from "svg-captcha";
import type { Queryable } from "@/lib/db/client";
import { captchas } from "@/lib/db/schema";
import { config } from "@/lib/config";
import { now } from "@/lib/clock";
import { hashSecret, randomCaptchaText, secretMatches } from "./secrets";

/** The module is callable (render a given text), though its typings only declare `create`. */
const renderCaptcha = svgCaptchaModule as unknown as (text: string, options: object) => string;

const VALID_MS = 10 * 60_000;
const PURPOSE = "captcha";

export type Captcha = { id: string; image: string };

/** Issue a new picture code. The image is rendered once and kept; the answer only as a hash. */
export async function issueCaptcha(db: Queryable): Promise<Captcha> {
  const answer = config.captchaTestAnswer ?? randomCaptchaText(4);
  const svg = renderCaptcha(answer, { width: 132, height: 44, fontSize: 46, noise: 2, color: false, background: "#f8fafc" });
  const image = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
  const [row] = await db
    .insert(captchas)
    .values({ answerHash: hashSecret(PURPOSE, answer.toUpperCase()), image, expiresAt: new Date(now() + VALID_MS) })
    .returning({ id: captchas.id });
  return { id: row.id, image };
}

export async function getCaptcha(db: Queryable, id: string): Promise<Captcha | null> {
  const [row] = await db
    .select({ id: captchas.id, image: captchas.image })
    .from(captchas)
    .where(and(eq(captchas.id, id), isNull(captchas.usedAt), gt(captchas.expiresAt, new Date(now()))));
  return row ?? null;
}

/**
 * Check an answer and burn the picture whatever the outcome, so one picture gets one guess.
 * Case-insensitive, as the seeds' form is.
 */
export async function solveCaptcha(db: Queryable, id: string | undefined, answer: string | undefined): Promise<boolean> {
  if (!id || !answer || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return false;
  const [row] = await db
    .update(captchas)
    .set({ usedAt: new Date(now()) })
    .where(and(eq(captchas.id, id), isNull(captchas.usedAt), gt(captchas.expiresAt, new Date(now()))))
    .returning({ answerHash: captchas.answerHash });
  if (!row) return false;
  return secretMatches(PURPOSE, answer.trim().toUpperCase(), row.answerHash);
}

export async function deleteExpiredCaptchas(db: Queryable): Promise<void> {
  await db.delete(captchas).where(lt(captchas.expiresAt, new Date(now() - 60_000)));
}
