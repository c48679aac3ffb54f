import type { QueueFilter } from "@/lib/cases/queue";
import { statusLabels } from "@/lib/cases/service";
import { CONTROL_CHARACTERS } from "@/lib/validation/plain-text";
import { caseStatuses } from "@/machines/support-case/definition";
import { panel } from "../ui";

/** Search, status, assignee and order: a GET form, so the filter lives in the address. */
export function QueueFilterForm({ filter, badSearch }: { filter: QueueFilter; badSearch: boolean }) {
  return (
    <form method="get" className={`${panel} flex flex-wrap items-end gap-3 text-sm`} role="search" aria-label="Filter cases">
      <div className="w-full sm:w-80">
        <label htmlFor="q" className="block font-medium">
          Search
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
          Case number, any part of a serial, customer user name or email
        </p>
        {badSearch && (
          <p id="q-error" className="mt-1 text-red-700">
            {CONTROL_CHARACTERS.message}
          </p>
        )}
      </div>
      <div>
        <label htmlFor="status" className="block font-medium">
          Status
        </label>
        <select id="status" name="status" defaultValue={filter.status} className="input mt-1">
          <option value="open">Open (not decided)</option>
          <option value="all">All</option>
          {caseStatuses.map((s) => (
            <option key={s} value={s}>
              {statusLabels[s]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="assigned" className="block font-medium">
          Assigned
        </label>
        <select id="assigned" name="assigned" defaultValue={filter.assigned ?? ""} className="input mt-1">
          <option value="">Anyone</option>
          <option value="me">Me</option>
          <option value="none">Nobody</option>
        </select>
      </div>
      <div>
        <label htmlFor="sort" className="block font-medium">
          Order
        </label>
        <select id="sort" name="sort" defaultValue={filter.sort} className="input mt-1">
          <option value="oldest">Waiting longest first</option>
          <option value="newest">Newest first</option>
        </select>
      </div>
      <button type="submit" className="btn-secondary">
        Apply
      </button>
    </form>
  );
}
