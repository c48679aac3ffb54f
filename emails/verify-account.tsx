import { Button, Text } from "@react-email/components";
import { EmailLayout, paragraph } from "./layout";
import { translator, type Translator } from "@/lib/messages";

/** The registration confirmation email: Verify Now activates the account. */
export function VerifyAccountEmail({ i18n, url, validHours }: { i18n: Translator; url: string; validHours: number }) {
  return (
    <EmailLayout i18n={i18n} preview={i18n.t("emails.verifyAccount.preview")} heading={i18n.t("emails.verifyAccount.heading")}>
      <Text style={paragraph}>{i18n.t("emails.verifyAccount.body")}</Text>
      <Button href={url} style={{ backgroundColor: "#b91c1c", color: "#ffffff", padding: "12px 20px", borderRadius: 6 }}>
        {i18n.t("emails.verifyAccount.button")}
      </Button>
      <Text style={paragraph}>{i18n.t("emails.verifyAccount.expires", { hours: validHours, url })}</Text>
    </EmailLayout>
  );
}

/** Sample data for the React Email preview (`npm run email`). */
VerifyAccountEmail.PreviewProps = { i18n: translator("en"), url: "http://localhost:3000/verify-email?token=preview", validHours: 24 };

export default VerifyAccountEmail;
