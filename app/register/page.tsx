import type { Metadata } from "next";
import { WizardStart } from "@/components/wizard-start";
import { startRegistration } from "./actions";

export const metadata: Metadata = { title: "Register" };

export default async function RegisterPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  return <WizardStart flow="user-registration" basePath="/register" searchParams={await searchParams} action={startRegistration} />;
}
