import type { Metadata } from "next";
import { CountryPicker } from "@/components/country-picker";
import { regionFromParam } from "@/lib/countries";
import { errorMessage } from "@/lib/flows/messages";
import { startRegistration } from "./actions";

export const metadata: Metadata = { title: "Register" };

type Search = Promise<Record<string, string | undefined>>;

export default async function RegisterPage({ searchParams }: { searchParams: Search }) {
  const sp = await searchParams;
  const error = sp.expired
    ? "That registration expired or was opened in another browser. Start again below."
    : sp.limited
      ? errorMessage("start_limited", { until: Number(sp.limited) })
      : undefined;
  return (
    <CountryPicker
      basePath="/register"
      region={regionFromParam(sp.region)}
      query={sp.q}
      confirm={sp.confirm}
      action={startRegistration}
      error={error}
    />
  );
}
