import { now } from "@/lib/clock";

/** The words shown for each error code a machine or the runtime can report. */

function until(ms: number): string {
  const minutes = Math.max(1, Math.ceil((ms - now()) / 60_000));
  return minutes === 1 ? "in a minute" : `in ${minutes} minutes`;
}

export function errorMessage(code: string, params: Record<string, string | number> = {}): string {
  switch (code) {
    case "captcha_wrong":
      return "The characters did not match the picture, or the picture expired. Type the characters in the new picture.";
    case "captcha_limited":
      return `Too many wrong picture codes from your network. Try again ${until(Number(params.until))}.`;
    case "code_wrong":
      return `That code is not right. ${params.remaining} ${Number(params.remaining) === 1 ? "try" : "tries"} left.`;
    case "code_dead":
      return "Too many wrong codes. This code no longer works: tap Resend to get a new one.";
    case "code_checks_limited":
      return `Too many codes were tried for this address today. Try again ${until(Number(params.until))}.`;
    case "code_expired":
      return "This code has expired. Tap Resend to get a new one.";
    case "resend_too_soon":
      return `You can ask for a new code in ${params.seconds} seconds.`;
    case "send_limited":
      return `Too many codes were sent. Try again ${until(Number(params.until))}.`;
    case "account_locked":
      return `Too many failed sign-ins for this account. Try again ${until(Number(params.until))}, or reset your password with Forgot Password.`;
    case "account_must_reset":
      return "This account was locked several times. Reset your password with Forgot Password to sign in again.";
    case "auth_code_invalid":
      return "This authentication code is not valid or was already used. Check it, or leave it empty and authenticate later.";
    case "auth_code_attempts":
      return "Too many wrong authentication codes in this registration. Leave the field empty to register now, and authenticate later from your company page.";
    case "contact_taken":
      return "That email address or phone number could not be added to your account. Try another one.";
    case "account_exists":
      return "An account with this email address was registered meanwhile. Sign in instead.";
    case "username_taken":
      return "This user name is already taken. Choose another one.";
    case "registration_limited":
      return `Too many accounts were registered from your network. Try again ${until(Number(params.until))}.`;
    case "start_limited":
      return `Too many attempts from your network. Try again ${until(Number(params.until))}.`;
    case "stale":
      return "This step was already submitted in another window or tab. Here is where things stand now.";
    case "not_allowed":
      return "That is not possible at this step.";
    case "photo_gone":
      return "Your label photo was not kept: photos are deleted when no case is opened with them within the hour. Choose Upload another photo and send it again.";
    default:
      return "Something was not right. Please check and try again.";
  }
}
