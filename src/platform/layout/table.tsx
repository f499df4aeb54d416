/** A cell is text (escaped here) or markup a view already built safely. */
export type Cell = string | { html: JSX.Element };

function CellContent({ cell }: { cell: Cell }) {
  return typeof cell === 'string' ? <span safe>{cell}</span> : cell.html;
}

/**
 * Where a wide table scrolls sideways on a phone instead of widening the page: a named region
 * that takes focus, so keyboard users can scroll it too.
 */
export function TableRegion({ label, labelledBy, children }: { label?: string; labelledBy?: string; children: JSX.Element }) {
  return (
    <div class="wp-table-wrap" role="region" aria-label={label} aria-labelledby={labelledBy} tabindex="0">
      {children}
    </div>
  );
}

/**
 * The Utrecht table with a caption and column headers, so screen readers announce what
 * each cell is; charts use it too, as the text version of their numbers. A wide table
 * scrolls sideways in its own region on a phone instead of widening the page.
 */
export function DataTable({
  caption,
  headers,
  rows,
  hideCaption = false,
}: {
  caption: string;
  headers: readonly string[];
  rows: readonly (readonly Cell[])[];
  /** For a table under a heading that already says what it is. */
  hideCaption?: boolean;
}) {
  const table = (
    <table class="utrecht-table utrecht-table--html-table">
      <caption class={`utrecht-table__caption${hideCaption ? ' wp-visually-hidden' : ''}`} safe>
        {caption}
      </caption>
      <thead class="utrecht-table__header">
        <tr class="utrecht-table__row">
          {headers.map((h) => (
            <th class="utrecht-table__header-cell" scope="col" safe>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody class="utrecht-table__body">
        {rows.map((row) => (
          <tr class="utrecht-table__row">
            {row.map((cell) => (
              <td class="utrecht-table__cell">
                <CellContent cell={cell} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return <TableRegion label={caption}>{table}</TableRegion>;
}
