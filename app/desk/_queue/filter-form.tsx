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
      <Choice
        id="status"
        label={i18n.t("desk.filter.status")}
        defaultValue={filter.status}
        options={[
          { value: "open", label: i18n.t("desk.filter.open") },
          { value: "all", label: i18n.t("desk.filter.all") },
          ...caseStatuses.map((s) => ({ value: s, label: statusLabel(i18n, s) })),
        ]}
      />
      <Choice
        id="assigned"
        label={i18n.t("desk.filter.assigned")}
        defaultValue={filter.assigned ?? ""}
        options={[
          { value: "", label: i18n.t("desk.filter.anyone") },
          { value: "me", label: i18n.t("desk.filter.me") },
          { value: "none", label: i18n.t("desk.filter.nobody") },
        ]}
      />
      <Choice
        id="sort"
        label={i18n.t("desk.filter.order")}
        defaultValue={filter.sort}
        options={[
          { value: "oldest", label: i18n.t("desk.filter.oldest") },
          { value: "newest", label: i18n.t("desk.filter.newest") },
        ]}
      />
      <button type="submit" className="btn-secondary">
        {i18n.t("desk.filter.apply")}
      </button>
    </form>
  );
}

/** One of the filter's drop-downs: its label, and the choices it offers (the name is its id). */
function Choice({ id, label, defaultValue, options }: { id: string; label: string; defaultValue: string; options: { value: string; label: string }[] }) {
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <select id={id} name={id} defaultValue={defaultValue} className="input mt-1">
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
