import { html, type TemplateResult } from 'lit';

/**
 * A list of saved things (drafts, published versions) as the staff page draws it: a hint in place
 * of an empty list, else a table with a row an item and its actions in a last column with no
 * heading. The elements that use it style it with `listTable` (preview-styles.ts).
 */
export function savedList<Item>(
  items: readonly Item[],
  words: { empty: string; headings: string[] },
  row: (item: Item) => TemplateResult,
): TemplateResult {
  if (items.length === 0) return html`<p class="hint">${words.empty}</p>`;
  return html`<table>
    <thead>
      <tr>
        ${words.headings.map((heading) => html`<th>${heading}</th>`)}
        <th></th>
      </tr>
    </thead>
    <tbody>
      ${items.map((item) => row(item))}
    </tbody>
  </table>`;
}
