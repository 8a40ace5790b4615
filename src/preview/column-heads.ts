import { html, type TemplateResult } from 'lit';

/** A table's head row of column names, as the staff page's tables draw it. */
export function columnHeads(headings: readonly string[]): TemplateResult {
  return html`<thead>
    <tr>
      ${headings.map((heading) => html`<th>${heading}</th>`)}
    </tr>
  </thead>`;
}
