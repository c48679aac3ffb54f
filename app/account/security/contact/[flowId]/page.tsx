import { redirect } from "next/navigation";
import { WizardPage, type WizardStepPageProps, wizardTitle } from "@/components/wizard-page";
import { requireUser } from "@/lib/auth/guard";
import { flowSubject } from "@/lib/flows/runtime";
import { submitContactChange } from "../actions";

export const generateMetadata = wizardTitle("account.contact.title");

export default async function ContactChangeStepPage({ params, searchParams }: WizardStepPageProps) {
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
