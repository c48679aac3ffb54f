import { Text } from "@react-email/components";
import { EmailLayout, paragraph } from "./layout";

/** A short security notice: a heading and a few sentences. */
export function NoticeEmail({ heading, lines }: { heading: string; lines: string[] }) {
  return (
    <EmailLayout preview={heading} heading={heading}>
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
  heading: "Your email address was changed",
  lines: ["The email address of your Gatehouse account was changed to a***@example.com.", "If this was not you, reset your password now."],
};

export default NoticeEmail;
