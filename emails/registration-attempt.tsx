import { Text } from "@react-email/components";
import { EmailLayout, paragraph } from "./layout";
import { translator, type Translator } from "@/lib/messages";

type Props = { i18n: Translator; signInUrl: string };

/** Sent instead of a code when someone tries to register an address that already has an account. */
export function RegistrationAttemptEmail({ i18n, signInUrl }: Props) {
  const heading = i18n.t("messages.registrationAttempt.subject");
  return (
    <EmailLayout i18n={i18n} preview={heading} heading={heading}>
      <Text style={paragraph}>{i18n.t("emails.registrationAttempt.body")}</Text>
      <Text style={paragraph}>{i18n.t("emails.registrationAttempt.ifYou", { url: signInUrl })}</Text>
      <Text style={paragraph}>{i18n.t("emails.registrationAttempt.ifNot")}</Text>
    </EmailLayout>
  );
}

RegistrationAttemptEmail.subject = (p: Pick<Props, "i18n">) => p.i18n.t("messages.registrationAttempt.subject");
RegistrationAttemptEmail.text = (p: Props) => p.i18n.t("emails.registrationAttempt.text", { url: p.signInUrl });

/** Sample data for the React Email preview (`npm run email`). */
RegistrationAttemptEmail.PreviewProps = { i18n: translator("en"), signInUrl: "http://localhost:3000/login" };

export default RegistrationAttemptEmail;
