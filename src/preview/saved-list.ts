import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { columnHeads } from './column-heads';

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
    ${columnHeads([...words.headings, ''])}
    <tbody>
      ${items.map((item) => row(item))}
    </tbody>
  </table>`;
}

/** One button of a saved-list row's last column. */
export interface RowAction {
  /** Its `data-action`, which the tests click it by. */
  action: string;
  label: string;
  disabled: boolean;
  /** Drawn as dangerous (deleting). */
  danger?: boolean;
  run: () => void;
}

/** The last cell of a saved-list row: its action buttons, the ones not allowed to this user left out (`false`). */
export function rowActions(actions: readonly (RowAction | false)[]): TemplateResult {
  return html`<td>
    <div class="actions">
      ${actions.map((button) =>
        button
          ? html`<button
              type="button"
              class=${ifDefined(button.danger ? 'danger' : undefined)}
              data-action=${button.action}
              ?disabled=${button.disabled}
              @click=${button.run}
            >
              ${button.label}
            </button>`
          : nothing,
      )}
    </div>
  </td>`;
}
