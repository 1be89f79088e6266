import type { ComponentChildren } from 'preact';

interface Props {
  readonly caption: string;
  /** Column headings; the first is the heading of the row labels. */
  readonly columns: readonly string[];
  /** One row per entry: its label, then one cell per further column. */
  readonly rows: readonly { readonly key: string | number; readonly label: string; readonly cells: readonly ComponentChildren[] }[];
}

/**
 * A chart's numbers as a table for screen readers, hidden from sight. A table ignores
 * `width: 1px`, so the wrapper is what hides it without widening the page.
 */
export function DataTable({ caption, columns, rows }: Props) {
  return (
    <div class="visually-hidden">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, i) => (
                <td key={i}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
