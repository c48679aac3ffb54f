import "server-only";
import { hash, verify } from "@node-rs/argon2";
import { dictionary } from "@zxcvbn-ts/language-common";
import { config } from "@/lib/config";
import { translator, type MessageKey, type MessageValues, type Translator } from "@/lib/messages";

export const PASSWORD_MIN = 8;
/** Long passphrases are welcome; the cap only keeps hashing cost bounded. */
export const PASSWORD_MAX = 128;

let common: Set<string> | undefined;
/** About 49,000 passwords seen most often in breaches (the zxcvbn-ts common list). */
function commonPasswords(): Set<string> {
  common ??= new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));
  return common;
}

export function characterKinds(password: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
}

export type PasswordProblem = "too_short" | "too_short_12" | "too_long" | "too_few_kinds" | "too_common" | "contains_username";

/**
 * The two rules a flow may use (a flow setting the studio can change): the seeds' "three of four
 * kinds" rule, or a NIST SP 800-63B style rule (length and the blocklist, no composition rules).
 */
export type PasswordPolicy = "three-of-four" | "nist";
const POLICIES = ["three-of-four", "nist"] as const satisfies readonly PasswordPolicy[];

/** Each rule's description in a language (lib/messages/en/core.ts, `password.policies`). */
export function passwordPolicyLabels(i18n: Translator = translator("en")): Record<PasswordPolicy, string> {
  return Object.fromEntries(POLICIES.map((p) => [p, i18n.t(`password.policies.${p}`)])) as Record<PasswordPolicy, string>;
}

/** The rules by name, described in English (the studio checks a chosen rule against these names). */
export const passwordPolicies: Record<PasswordPolicy, string> = passwordPolicyLabels();
const NIST_MIN = 12;

const PROBLEM_VALUES: Record<PasswordProblem, MessageValues> = {
  too_short: { min: PASSWORD_MIN },
  too_short_12: { min: NIST_MIN },
  too_long: { max: PASSWORD_MAX },
  too_few_kinds: {},
  too_common: {},
  contains_username: {},
};

/** The catalogue key and values of a problem's words (kept with a refused field, shown in the reader's language). */
export function passwordProblemKey(problem: PasswordProblem): { key: MessageKey; params: MessageValues } {
  return { key: `password.${problem}`, params: PROBLEM_VALUES[problem] };
}

/** The words for a problem in a language (lib/messages/en/core.ts, `password`). */
export function passwordMessage(problem: PasswordProblem, i18n: Translator = translator("en")): string {
  const { key, params } = passwordProblemKey(problem);
  return i18n.t(key, params);
}

/** The words for each problem in English (logs, tests); people get passwordMessage in their language. */
export const passwordMessages = Object.fromEntries(
  (Object.keys(PROBLEM_VALUES) as PasswordProblem[]).map((p) => [p, passwordMessage(p)]),
) as Record<PasswordProblem, string>;

/**
 * The seeds' rule: at least 8 characters with three of four kinds, plus refusal of passwords
 * found on the common-password list (compared ignoring case, and with trailing digits and
 * symbols removed so "Password123!" counts as "password").
 */
export function checkPassword(password: string, context: { username?: string; policy?: PasswordPolicy } = {}): PasswordProblem | null {
  const nist = context.policy === "nist";
  if (password.length < PASSWORD_MIN) return nist ? "too_short_12" : "too_short";
  if (nist && password.length < NIST_MIN) return "too_short_12";
  if (password.length > PASSWORD_MAX) return "too_long";
  if (!nist && characterKinds(password) < 3) return "too_few_kinds";
  const lower = password.toLowerCase();
  const stem = lower.replace(/[^a-z]+$/, "");
  if (commonPasswords().has(lower) || (stem.length >= 4 && commonPasswords().has(stem))) return "too_common";
  const username = context.username?.toLowerCase();
  if (username && username.length >= 3 && lower.includes(username)) return "contains_username";
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, {
    algorithm: 2, // Argon2id (the package exports it as a const enum)
    memoryCost: config.argon2.memoryCost,
    timeCost: config.argon2.timeCost,
    parallelism: 1,
  });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
