import type { TemplateRenderer } from "./index";
import { noticeMessage } from "./account";
import { emailMoment } from "./dates";

/** Notices about deleting an account (My Account > Your data). */
export const deletionTemplates: Record<string, TemplateRenderer> = {
  async "account-deletion-requested"(payload, channel, { baseUrl, i18n }) {
    const due = emailMoment(i18n, String(payload.dueAt));
    const lines = [
      i18n.t("emails.accountDeletion.requested", { due }),
      i18n.t("emails.accountDeletion.changedMind", { url: `${baseUrl}/login` }),
      i18n.t("emails.accountDeletion.notYou"),
    ];
    return noticeMessage(i18n, channel, i18n.t("emails.accountDeletion.requestedSubject"), lines);
  },
  async "account-deletion-cancelled"(_payload, channel, { baseUrl, i18n }) {
    const lines = [i18n.t("emails.accountDeletion.cancelled"), i18n.t("emails.accountDeletion.deleteAfterAll", { url: `${baseUrl}/account/data` })];
    return noticeMessage(i18n, channel, i18n.t("emails.accountDeletion.cancelledSubject"), lines);
  },
};
