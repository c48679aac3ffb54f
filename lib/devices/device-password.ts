import { translator, type Translator, type Under } from "@/lib/messages";

/** The device password rules: what a camera or recorder accepts as its new password. */

export type DevicePasswordProblem = "length" | "kinds" | "sequence" | "repeat" | "forbidden" | "username";

const PROBLEMS = ["length", "kinds", "sequence", "repeat", "forbidden", "username"] as const satisfies readonly Under<"devicePassword">[];

/** The words for a problem in a language (lib/messages/en/core.ts, `devicePassword`). */
export function devicePasswordMessage(problem: DevicePasswordProblem, i18n: Translator = translator("en")): string {
  return i18n.t(`devicePassword.${problem}`);
}

/** The words for each problem in English (people get devicePasswordMessage in their language). */
export const devicePasswordMessages = Object.fromEntries(PROBLEMS.map((p) => [p, devicePasswordMessage(p)])) as Record<DevicePasswordProblem, string>;

const KINDS = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/];

/** Four or more digits in a row that each go up by one, or each go down by one. */
function hasDigitRun(password: string): boolean {
  for (let i = 0; i + 4 <= password.length; i++) {
    const window = password.slice(i, i + 4);
    if (!/^[0-9]{4}$/.test(window)) continue;
    const d = [...window].map(Number);
    const steps = [d[1] - d[0], d[2] - d[1], d[3] - d[2]];
    if (steps.every((s) => s === 1) || steps.every((s) => s === -1)) return true;
  }
  return false;
}

/**
 * The first rule `password` breaks, or null when the device will take it. Sequences and repeats are
 * checked before the forbidden words so "1234" is reported as a sequence, the clearer message.
 */
export function checkDevicePassword(password: string, username = "admin"): DevicePasswordProblem | null {
  const length = [...password].length; // code points, so one emoji is one character
  if (length < 8 || length > 16) return "length";
  if (KINDS.filter((kind) => kind.test(password)).length < 2) return "kinds";
  if (hasDigitRun(password)) return "sequence";
  if (/(.)\1{3}/u.test(password)) return "repeat";
  const lower = password.toLowerCase();
  if (lower.includes("admin") || lower.includes("123")) return "forbidden";
  const user = username.trim().toLowerCase();
  if (user && lower.includes(user)) return "username";
  return null;
}
