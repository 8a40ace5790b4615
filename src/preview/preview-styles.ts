import { css } from 'lit';

/** The preview page's look: a calm office tool (light, legible), with the campaign's red as accent. */
export const previewTokens = css`
  :host {
    --p-bg: #f5f3ef;
    --p-panel: #ffffff;
    --p-ink: #1d1b19;
    --p-muted: #5b5650;
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
    --p-mono: ui-monospace, 'DejaVu Sans Mono', monospace;
    font-family: var(--p-font);
    color: var(--p-ink);
  }
`;

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
`;
