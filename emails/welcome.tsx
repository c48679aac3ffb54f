import { Button, Text } from "@react-email/components";
import { EmailLayout, paragraph } from "./layout";
import { translator, type Translator } from "@/lib/messages";

type Props = { i18n: Translator; username: string; accountUrl: string };

export function WelcomeEmail({ i18n, username, accountUrl }: Props) {
  return (
    <EmailLayout i18n={i18n} preview={i18n.t("emails.welcome.preview")} heading={i18n.t("emails.welcome.heading", { username })}>
      <Text style={paragraph}>{i18n.t("emails.welcome.body")}</Text>
      <Button href={accountUrl} style={{ backgroundColor: "#b91c1c", color: "#ffffff", padding: "12px 20px", borderRadius: 6 }}>
        {i18n.t("emails.welcome.button")}
      </Button>
    </EmailLayout>
  );
}

WelcomeEmail.subject = (p: Pick<Props, "i18n">) => p.i18n.t("messages.welcome.subject");
WelcomeEmail.text = (p: Props) => p.i18n.t("emails.welcome.text", { username: p.username, url: p.accountUrl });

/** Sample data for the React Email preview (`npm run email`). */
WelcomeEmail.PreviewProps = { i18n: translator("en"), username: "reg_by_email", accountUrl: "http://localhost:3000/account" };

export default WelcomeEmail;
