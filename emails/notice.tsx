import { Text } from "@react-email/components";
import { EmailLayout, paragraph } from "./layout";
import { translator, type Translator } from "@/lib/messages";

/** A short security notice: a heading and a few sentences. */
export function NoticeEmail({ i18n, heading, lines }: { i18n: Translator; heading: string; lines: string[] }) {
  return (
    <EmailLayout i18n={i18n} preview={heading} heading={heading}>
      {lines.map((l) => (
        <Text key={l} style={paragraph}>
          {l}
        </Text>
      ))}
    </EmailLayout>
  );
}

/** Sample data for the React Email preview (`npm run email`). */
NoticeEmail.PreviewProps = {
  i18n: translator("en"),
  heading: "Your email address was changed",
  lines: ["The email address of your Gatehouse account was changed to a***@example.com.", "If this was not you, reset your password now."],
};

export default NoticeEmail;
