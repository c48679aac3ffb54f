import { Text } from "@react-email/components";
import { EmailLayout, paragraph } from "./layout";
import { t } from "@/lib/messages";

export function VerificationCodeEmail({ code, validMinutes }: { code: string; validMinutes: number }) {
  return (
    <EmailLayout preview={`Your verification code is ${code}`} heading="Your verification code">
      <Text style={paragraph}>Enter this code to continue:</Text>
      <Text style={{ fontSize: 32, fontWeight: 700, letterSpacing: 8, color: "#18181b", margin: "8px 0 16px" }}>{code}</Text>
      <Text style={paragraph}>
        It is valid for {validMinutes} minutes and works once. Never share it: our staff will never ask you for it.
      </Text>
    </EmailLayout>
  );
}

VerificationCodeEmail.subject = (p: { code: string }) => t("messages.verificationCode.subject", { code: p.code });
VerificationCodeEmail.text = (p: { code: string; validMinutes: number }) =>
  `Your Gatehouse verification code is ${p.code}.\nIt is valid for ${p.validMinutes} minutes and works once. Never share it.`;

/** Sample data for the React Email preview (`npm run email`). */
VerificationCodeEmail.PreviewProps = { code: "482913", validMinutes: 10 };

export default VerificationCodeEmail;
