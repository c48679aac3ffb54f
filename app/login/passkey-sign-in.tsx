import { getTranslator } from "@/lib/i18n/request";
import { PasskeySignInButton } from "./passkey-sign-in-button";

/**
 * "Sign in with a passkey" on the sign-in page: the words in the request's language, handed to the
 * button (a client component: WebAuthn is a browser API).
 */
export async function PasskeySignIn({ next }: { next: string }) {
  const { t } = await getTranslator();
  return (
    <PasskeySignInButton
      next={next}
      words={{ button: t("passkeys.signIn.button"), noPasskey: t("passkeys.signIn.noPasskey"), limited: t("passkeys.errors.limited") }}
    />
  );
}
