import { config } from "@/lib/config";
import { phoneFromAnyFormat } from "@/lib/phone";
import { normalizeEmail, normalizeUsername } from "@/lib/security/usernames";

/**
 * What someone typed in "User Name, Email or Phone Number", in one canonical form: a valid phone
 * number in any format becomes E.164 (national numbers read for the default country), anything
 * with an @ is an email, the rest a user name; emails and names are trimmed and case-folded.
 * The form depends on the text alone, never on which accounts exist, so the sign-in lock keyed on
 * it behaves the same for an identifier with an account and one without.
 */
export type SignInIdentifier =
  | { kind: "phone"; value: string; /** The text as a user name: one made only of digits wins over the number. */ asName: string }
  | { kind: "email"; value: string }
  | { kind: "name"; value: string };

export function normalizeSignInIdentifier(input: string, defaultCountry: string | undefined = config.phoneDefaultCountry): SignInIdentifier {
  const text = input.trim();
  if (text.includes("@")) return { kind: "email", value: normalizeEmail(text) };
  const phoneLike = /^\+?[\d\s().-]{4,24}$/.test(text);
  const phone = phoneLike ? phoneFromAnyFormat(text, defaultCountry) : null;
  if (phone) return { kind: "phone", value: phone, asName: normalizeUsername(text) };
  // A number of another country typed without its code: one form for every spelling of it.
  return { kind: "name", value: normalizeUsername(phoneLike ? text.replace(/[\s().-]/g, "") : text) };
}
