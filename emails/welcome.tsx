import { Button, Text } from "@react-email/components";
import { EmailLayout, paragraph } from "./layout";
import { t } from "@/lib/messages";

export function WelcomeEmail({ username, accountUrl }: { username: string; accountUrl: string }) {
  return (
    <EmailLayout preview="Your account is ready" heading={`Welcome, ${username}`}>
      <Text style={paragraph}>Your account is ready. You can now add your devices and watch them from anywhere.</Text>
      <Button href={accountUrl} style={{ backgroundColor: "#b91c1c", color: "#ffffff", padding: "12px 20px", borderRadius: 6 }}>
        Open My Account
      </Button>
    </EmailLayout>
  );
}

WelcomeEmail.subject = () => t("messages.welcome.subject");
WelcomeEmail.text = (p: { username: string; accountUrl: string }) =>
  `Welcome, ${p.username}. Your account is ready: add your devices at ${p.accountUrl}.`;

/** Sample data for the React Email preview (`npm run email`). */
WelcomeEmail.PreviewProps = { username: "reg_by_email", accountUrl: "http://localhost:3000/account" };

export default WelcomeEmail;
