import { Text } from "@react-email/components";
import { EmailLayout, paragraph } from "./layout";
import { translator, type Translator } from "@/lib/messages";

/** Sent after a password reset: the owner learns of it even if it was not them. */
export function PasswordChangedEmail({ i18n, resetUrl }: { i18n: Translator; resetUrl: string }) {
  const heading = i18n.t("messages.passwordChanged.subject");
  return (
    <EmailLayout i18n={i18n} preview={heading} heading={heading}>
      <Text style={paragraph}>{i18n.t("emails.passwordChanged.body")}</Text>
      <Text style={paragraph}>{i18n.t("emails.passwordChanged.notYou", { url: resetUrl })}</Text>
    </EmailLayout>
  );
}

/** Sample data for the React Email preview (`npm run email`). */
PasswordChangedEmail.PreviewProps = { i18n: translator("en"), resetUrl: "http://localhost:3000/forgot-password" };

export default PasswordChangedEmail;
