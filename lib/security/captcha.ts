import "server-only";
import { randomUUID } from "node:crypto";
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

/** The picture's background; every glyph and noise line is drawn at least 4.5:1 against it (WCAG AA). */
export const CAPTCHA_BACKGROUND = "#ffffff";

/**
 * Render a picture code. svg-captcha picks random hues when given a background, some of them pale;
 * without one it draws greys from #111 to #444 for glyphs and up to #999 for noise lines. The noise
 * is darkened to at most #555 (7.5:1 on white) and the white background added here.
 */
export function renderCaptchaSvg(text: string): string {
  const svg = renderCaptcha(text, { width: 132, height: 44, fontSize: 46, noise: 2, color: false });
  return svg
    .replace(/(stroke|fill)="#([0-9a-f])\2\2"/gi, (_, attr: string, d: string) => {
      const shade = Math.min(Number.parseInt(d, 16), 5).toString(16);
      return `${attr}="#${shade}${shade}${shade}"`;
    })
    .replace(/^(<svg[^>]*>)/, `$1<rect width="100%" height="100%" fill="${CAPTCHA_BACKGROUND}"/>`);
}

/** A picture code ready to be stored: the row to insert and what the form shows. */
export type PreparedCaptcha = Captcha & { answerHash: string; expiresAt: Date };

/**
 * Render a new picture code without storing it, so a caller can insert it in a statement or
 * transaction of its own (a flow step issues its next picture code with the step's write).
 */
export function prepareCaptcha(): PreparedCaptcha {
  const answer = config.captchaTestAnswer ?? randomCaptchaText(4);
  const svg = renderCaptchaSvg(answer);
  const image = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
  return { id: randomUUID(), image, answerHash: hashSecret(PURPOSE, answer.toUpperCase()), expiresAt: new Date(now() + VALID_MS) };
}

/** Issue a new picture code. The image is rendered once and kept; the answer only as a hash. */
export async function issueCaptcha(db: Queryable): Promise<Captcha> {
  const { id, image, answerHash, expiresAt } = prepareCaptcha();
  await db.insert(captchas).values({ id, answerHash, image, expiresAt });
  return { id, image };
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
