/**
 * The styles the preview's elements share: the page's tokens, its controls and panels, and the few
 * patterns several elements draw (a row of labelled fields, a screen scaled down in a frame).
 * What only one element draws stays with it (`static styles`, or its own `*.styles.ts`).
 */
import { css } from 'lit';

/** The preview page's look: a calm office tool (light, legible), with the campaign's red as accent. */
export const previewTokens = css`
  :host {
    --p-bg: #f5f3ef;
    --p-panel: #ffffff;
    --p-ink: #1d1b19;
    --p-muted: #4a453f;
    --p-line: #ddd7cf;
    --p-accent: #8f1010;
    --p-accent-ink: #ffffff;
    --p-gold: #b7860b;
    --p-ok: #1c6b3a;
    --p-ok-bg: #e6f4ea;
    --p-bad: #a3190f;
    --p-bad-bg: #fdecea;
    --p-focus: #1a56c4;
    --p-radius: 8px;
    --p-font: 'Be Vietnam Pro', system-ui, sans-serif;
    /* JetBrains Mono with its Vietnamese subset (preview/main.ts): DejaVu Sans Mono, Linux's fallback, misplaces Vietnamese marks. */
    --p-mono: 'JetBrains Mono', ui-monospace, monospace;
    font-family: var(--p-font);
    color: var(--p-ink);
  }
`;

/** Buttons, inputs, labels, headings, hints and panels, as every part of the page draws them. */
export const controls = css`
  button,
  .button {
    font: inherit;
    font-size: 0.9rem;
    font-weight: 600;
    line-height: 1.2;
    padding: 0.5rem 0.9rem;
    border-radius: 6px;
    border: 1px solid var(--p-line);
    background: var(--p-panel);
    color: var(--p-ink);
    cursor: pointer;
    text-decoration: none;
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    white-space: nowrap;
  }
  button:hover,
  .button:hover {
    border-color: var(--p-muted);
  }
  button.primary,
  .button.primary {
    background: var(--p-accent);
    border-color: var(--p-accent);
    color: var(--p-accent-ink);
  }
  button.danger {
    color: var(--p-bad);
  }
  button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  :focus-visible {
    outline: 3px solid var(--p-focus);
    outline-offset: 2px;
  }
  input,
  textarea,
  select {
    font: inherit;
    font-size: 1rem;
    color: var(--p-ink);
    background: #fff;
    border: 1px solid #b9b1a6;
    border-radius: 6px;
    padding: 0.45rem 0.6rem;
    box-sizing: border-box;
  }
  textarea {
    width: 100%;
    resize: vertical;
    line-height: 1.45;
  }
  label {
    font-size: 0.85rem;
    font-weight: 600;
    color: var(--p-muted);
  }
  h2 {
    font-size: 1.15rem;
    margin: 0 0 0.4rem;
  }
  h3 {
    font-size: 1rem;
    margin: 0 0 0.4rem;
  }
  .hint {
    color: var(--p-muted);
    font-size: 0.9rem;
    margin: 0 0 0.8rem;
  }
  .panel {
    background: var(--p-panel);
    border: 1px solid var(--p-line);
    border-radius: var(--p-radius);
    padding: 1rem 1.2rem;
  }
  /* The machine's own words (a CLI line, an address): small, monospaced, muted, broken anywhere. */
  .machine-words {
    font-family: var(--p-mono);
    color: var(--p-muted);
    overflow-wrap: anywhere;
  }
`;

/** What every part of the page starts from: the tokens, the controls, and a block of its own. */
export const previewBase = [
  previewTokens,
  controls,
  css`
    :host {
      display: block;
    }
  `,
];

/** The page's rows (its header bar, the file bar, the notes, the two columns) line up in one centred column. */
export const pageColumn = css`
  .column {
    max-width: 1600px;
    margin: 0 auto;
    padding-left: 1.5rem;
    padding-right: 1.5rem;
  }
`;

/** A row of labelled fields (day, time, screen, speed) that wraps, its buttons on the fields' baseline. */
export const fieldRow = css`
  .fields {
    display: flex;
    flex-wrap: wrap;
    gap: 0.8rem 1.2rem;
    align-items: end;
    margin: 0 0 1rem;
  }
  .fields .field {
    display: grid;
    gap: 0.25rem;
  }
`;

/**
 * A screen drawn at its real size (1920×1080 or 1080×1920) in an iframe, scaled down into a box
 * sized to match: the screen's own layout, so its fitted text, comes out as on the screen.
 */
export const scaledScreen = css`
  .screen {
    position: relative;
    overflow: hidden;
    border-radius: 4px;
    background: #5c0606;
    box-shadow:
      0 0 0 1px #00000033,
      0 2px 6px #0000001f;
  }
  .screen iframe {
    position: absolute;
    left: 0;
    top: 0;
    border: 0;
    transform-origin: 0 0;
  }
`;

/** A list of saved things (drafts, published versions): one row each, its actions at the end. */
export const listTable = css`
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.92rem;
  }
  th,
  td {
    text-align: left;
    padding: 0.45rem 0.5rem;
    border-bottom: 1px solid var(--p-line);
    vertical-align: top;
  }
  th {
    color: var(--p-muted);
    font-weight: 600;
  }
  .actions {
    white-space: nowrap;
    display: flex;
    gap: 0.4rem;
  }
`;

/** Panels one above the other (the overview's, the publishing tab's). */
export const stack = css`
  .stack {
    display: grid;
    gap: 1.2rem;
  }
`;

/**
 * What a request did, said in a sentence in a box: `.done` in green, `.failed` in red (a publish
 * that failed or cannot go ahead, a sign-in refused).
 */
export const outcomes = css`
  .done,
  .failed {
    border-radius: 6px;
    padding: 0.6rem 0.8rem;
    font-weight: 600;
    margin: 0;
  }
  .done {
    color: var(--p-ok);
    background: var(--p-ok-bg);
  }
  .failed {
    color: var(--p-bad);
    background: var(--p-bad-bg);
  }
`;
