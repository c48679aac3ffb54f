import type { ReactNode } from "react";

export type TableColumn = { label: ReactNode; className?: string };

/**
 * A table's head: one row of column headers (th scope="col"), each with its own classes or else
 * the table's `cellClassName`.
 */
export function TableHead({ className, cellClassName, columns }: { className: string; cellClassName?: string; columns: TableColumn[] }) {
  return (
    <thead className={className}>
      <tr>
        {columns.map((column, i) => (
          <th key={i} scope="col" className={column.className ?? cellClassName}>
            {column.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
