import type { QueueFilter } from "@/lib/cases/queue";
import { caseStatuses } from "@/machines/support-case/definition";
import type { Translator } from "@/lib/messages";
import { panel } from "../ui";
import { statusLabel } from "../words";

/** Search, status, assignee and order: a GET form, so the filter lives in the address. */
export function QueueFilterForm({ filter, badSearch, i18n }: { filter: QueueFilter; badSearch: boolean; i18n: Translator }) {
  return (
    <form method="get" className={`${panel} flex flex-wrap items-end gap-3 text-sm`} role="search" aria-label={i18n.t("desk.filter.label")}>
      <div className="w-full sm:w-80">
        <label htmlFor="q" className="block font-medium">
          {i18n.t("desk.filter.search")}
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={filter.q}
          aria-invalid={badSearch || undefined}
          aria-describedby={badSearch ? "q-hint q-error" : "q-hint"}
          className="input mt-1"
        />
        <p id="q-hint" className="mt-1 text-xs text-zinc-600">
          {i18n.t("desk.filter.searchHint")}
        </p>
        {badSearch && (
          <p id="q-error" className="mt-1 text-red-700">
            {i18n.t("fields.controlCharacters")}
          </p>
        )}
      </div>
      <div>
        <label htmlFor="status" className="block font-medium">
          {i18n.t("desk.filter.status")}
        </label>
        <select id="status" name="status" defaultValue={filter.status} className="input mt-1">
          <option value="open">{i18n.t("desk.filter.open")}</option>
          <option value="all">{i18n.t("desk.filter.all")}</option>
          {caseStatuses.map((s) => (
            <option key={s} value={s}>
              {statusLabel(i18n, s)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="assigned" className="block font-medium">
          {i18n.t("desk.filter.assigned")}
        </label>
        <select id="assigned" name="assigned" defaultValue={filter.assigned ?? ""} className="input mt-1">
          <option value="">{i18n.t("desk.filter.anyone")}</option>
          <option value="me">{i18n.t("desk.filter.me")}</option>
          <option value="none">{i18n.t("desk.filter.nobody")}</option>
        </select>
      </div>
      <div>
        <label htmlFor="sort" className="block font-medium">
          {i18n.t("desk.filter.order")}
        </label>
        <select id="sort" name="sort" defaultValue={filter.sort} className="input mt-1">
          <option value="oldest">{i18n.t("desk.filter.oldest")}</option>
          <option value="newest">{i18n.t("desk.filter.newest")}</option>
        </select>
      </div>
      <button type="submit" className="btn-secondary">
        {i18n.t("desk.filter.apply")}
      </button>
    </form>
  );
}
