import { Text } from "@react-email/components";
import { EmailLayout, paragraph } from "./layout";
import { translator, type Translator } from "@/lib/messages";

type Props = { i18n: Translator; code: string; validMinutes: number };

export function VerificationCodeEmail({ i18n, code, validMinutes }: Props) {
  return (
    <EmailLayout i18n={i18n} preview={i18n.t("emails.verificationCode.preview", { code })} heading={i18n.t("emails.verificationCode.heading")}>
      <Text style={paragraph}>{i18n.t("emails.verificationCode.enter")}</Text>
      <Text style={{ fontSize: 32, fontWeight: 700, letterSpacing: 8, color: "#18181b", margin: "8px 0 16px" }}>{code}</Text>
      <Text style={paragraph}>{i18n.t("emails.verificationCode.valid", { minutes: validMinutes })}</Text>
    </EmailLayout>
  );
}

VerificationCodeEmail.subject = (p: Pick<Props, "i18n" | "code">) => p.i18n.t("messages.verificationCode.subject", { code: p.code });
VerificationCodeEmail.text = (p: Props) => p.i18n.t("emails.verificationCode.text", { code: p.code, minutes: p.validMinutes });

/** Sample data for the React Email preview (`npm run email`). */
VerificationCodeEmail.PreviewProps = { i18n: translator("en"), code: "482913", validMinutes: 10 };

export default VerificationCodeEmail;
