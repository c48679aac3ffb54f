import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { WizardPage } from "@/components/wizard-page";
import { requireUser } from "@/lib/auth/guard";
import { flowSubject } from "@/lib/flows/runtime";
import { getTranslator } from "@/lib/i18n/request";
import { submitContactChange } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("account.contact.title") };
}

type Props = { params: Promise<{ flowId: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function ContactChangeStepPage({ params, searchParams }: Props) {
  const { flowId } = await params;
  const me = await requireUser(`/account/security/contact/${flowId}`);
  // Only the account the change was started for may see or continue it.
  if ((await flowSubject("contact-change", flowId)) !== me.id) redirect("/account/security/contact?expired=1");
  return (
    <WizardPage
      flow="contact-change"
      basePath="/account/security/contact"
      flowId={flowId}
      searchParams={await searchParams}
      action={submitContactChange}
    />
  );
}
