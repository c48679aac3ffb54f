import { Text } from "@react-email/components";
import { EmailLayout, paragraph } from "./layout";
import { t } from "@/lib/messages";

/** Sent instead of a code when someone tries to register an address that already has an account. */
export function RegistrationAttemptEmail({ signInUrl }: { signInUrl: string }) {
  return (
    <EmailLayout preview="Someone tried to register with your address" heading="Someone tried to register with your address">
      <Text style={paragraph}>
        Someone tried to create a new Gatehouse account with this email address, but it already belongs to your account.
        No new account was created and your account was not changed.
      </Text>
      <Text style={paragraph}>
        If it was you, sign in with your existing account instead: {signInUrl}
      </Text>
      <Text style={paragraph}>If it was not you, you do not need to do anything.</Text>
    </EmailLayout>
  );
}

RegistrationAttemptEmail.subject = () => t("messages.registrationAttempt.subject");
RegistrationAttemptEmail.text = (p: { signInUrl: string }) =>
  `Someone tried to create a new Gatehouse account with this address, but it already has an account. Nothing was changed.\nIf it was you, sign in instead: ${p.signInUrl}\nIf it was not you, you do not need to do anything.`;

/** Sample data for the React Email preview (`npm run email`). */
RegistrationAttemptEmail.PreviewProps = { signInUrl: "http://localhost:3000/login" };

export default RegistrationAttemptEmail;
