import type { Metadata } from "next";
import { Card } from "@/components/card";

export const metadata: Metadata = { title: "Didn't receive the verification code?" };

export default function VerificationCodeHelp() {
  return (
    <Card id="help-title" title="Didn't receive the verification code?" level={1}>
      <ul className="mt-4 list-disc space-y-3 pl-5 text-sm text-zinc-700">
        <li>
          <strong>Wait a moment.</strong> Codes usually arrive within seconds, but some mail servers hold new messages for a
          minute or two.
        </li>
        <li>
          <strong>Check your spam or junk folder</strong>, and any &quot;Promotions&quot; or &quot;Updates&quot; tabs. Mark the
          message as not spam so the next one arrives in your inbox.
        </li>
        <li>
          <strong>Check the address or number.</strong> The code page shows where the code went. If it is wrong, use Back and
          enter it again.
        </li>
        <li>
          <strong>Ask for a new code.</strong> After a short wait the Resend button becomes available. Only the newest code works.
        </li>
        <li>
          <strong>Still nothing?</strong> Your provider may be blocking our messages. Try another email address or a mobile phone
          number.
        </li>
      </ul>
      <p className="mt-5 text-sm text-zinc-600">Go back to the previous page to enter the code.</p>
    </Card>
  );
}
