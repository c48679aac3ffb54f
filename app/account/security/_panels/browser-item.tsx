import type { ReactNode } from "react";
import { describeDevice } from "@/lib/accounts/security";
import { describePlace } from "@/lib/auth/networks";
import { describedIn } from "@/lib/i18n/words";
import type { Translator } from "@/lib/messages";

type Props = {
  i18n: Translator;
  userAgent: string | null;
  clientAddress: string | null;
  /** The browser reading the page: marked "This device". */
  isThisDevice: boolean;
  /** When it signed in and was last seen or used, in words. */
  times: string;
  /** Its button (sign out, remove), if any. */
  children?: ReactNode;
};

/** One browser the account knows, a session or a trusted device: what it is, where it was, its times and its button. */
export function BrowserItem({ i18n, userAgent, clientAddress, isThisDevice, times, children }: Props) {
  return (
    <li className="flex items-center justify-between gap-3 py-3 text-sm">
      <div>
        <p className="font-medium">
          {describedIn(i18n, describeDevice(userAgent))}
          {isThisDevice && <span className="ml-2 rounded bg-green-100 px-1.5 py-0.5 text-xs text-green-800">{i18n.t("account.common.thisDevice")}</span>}
        </p>
        <p className="text-xs text-zinc-600">
          {clientAddress ? `${describedIn(i18n, describePlace(clientAddress))} (${clientAddress}) · ` : ""}{times}
        </p>
      </div>
      {children}
    </li>
  );
}
