import { Text } from "@react-email/components";
import { EmailLayout, paragraph } from "./layout";

/** Sent after a password reset: the owner learns of it even if it was not them. */
export function PasswordChangedEmail({ resetUrl }: { resetUrl: string }) {
  return (
    <EmailLayout preview="Your password was changed" heading="Your password was changed">
      <Text style={paragraph}>The password of your Gatehouse account was changed, and every session of the account was signed out.</Text>
      <Text style={paragraph}>If this was not you, reset your password now: {resetUrl}</Text>
    </EmailLayout>
  );
}

/** Sample data for the React Email preview (`npm run email`). */
PasswordChangedEmail.PreviewProps = { resetUrl: "http://localhost:3000/forgot-password" };

export default PasswordChangedEmail;
