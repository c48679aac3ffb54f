import { Button, Text } from "@react-email/components";
import { EmailLayout, paragraph } from "./layout";

/** The registration confirmation email: Verify Now activates the account. */
export function VerifyAccountEmail({ url, validHours }: { url: string; validHours: number }) {
  return (
    <EmailLayout preview="Confirm your Gatehouse installer account" heading="Confirm your registration">
      <Text style={paragraph}>Thank you for registering. Select Verify Now to confirm your email address and activate your account.</Text>
      <Button href={url} style={{ backgroundColor: "#b91c1c", color: "#ffffff", padding: "12px 20px", borderRadius: 6 }}>
        Verify Now
      </Button>
      <Text style={paragraph}>
        The link works once and expires in {validHours} hours. If the button does not work, open this address: {url}
      </Text>
    </EmailLayout>
  );
}

/** Sample data for the React Email preview (`npm run email`). */
VerifyAccountEmail.PreviewProps = { url: "http://localhost:3000/verify-email?token=preview", validHours: 24 };

export default VerifyAccountEmail;
