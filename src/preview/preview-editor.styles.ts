import { css } from 'lit';

/** The form's own look (preview-editor): sections, items, fields with their counters and problems, the flash of a field gone to. */
export const editorStyles = css`
  :host {
    display: grid;
    gap: 1.2rem;
  }
  section {
    display: grid;
    gap: 0.8rem;
  }
  .section-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
  }
  .item {
    display: grid;
    gap: 0.6rem;
    padding: 0.8rem 1rem;
    border: 1px solid var(--p-line);
    border-radius: var(--p-radius);
    background: #fff;
  }
  .item.has-problem {
    border-color: var(--p-bad);
    box-shadow: inset 4px 0 0 var(--p-bad);
  }
  .item-head {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: 1rem;
    font-size: 0.8rem;
    color: var(--p-muted);
  }
  .item-head code {
    font-family: var(--p-mono);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.8rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    flex: 1 1 12rem;
  }
  .field.wide {
    flex-basis: 100%;
  }
  .field input[type='text'] {
    width: 100%;
  }
  .field.invalid input,
  .field.invalid textarea,
  .field.invalid select {
    border-color: var(--p-bad);
    background: var(--p-bad-bg);
  }
  .label-line {
    display: flex;
    justify-content: space-between;
    gap: 1rem;
  }
  .count {
    font-size: 0.78rem;
    color: var(--p-muted);
    font-variant-numeric: tabular-nums;
  }
  .count.over {
    color: var(--p-bad);
    font-weight: 700;
  }
  .problem {
    margin: 0;
    color: var(--p-bad);
    font-size: 0.86rem;
    font-weight: 600;
  }
  .phase-title {
    font-weight: 700;
    margin: 0.4rem 0 0;
  }
  .flash {
    animation: flash 1.6s ease-out;
  }
  @keyframes flash {
    from {
      box-shadow: 0 0 0 4px var(--p-focus);
    }
    to {
      box-shadow: 0 0 0 0 transparent;
    }
  }
  /* The forms of every section (issue #17): the list of sections beside the chosen one. */
  .forms {
    display: grid;
    grid-template-columns: minmax(11rem, 14rem) minmax(0, 1fr);
    gap: 1.2rem;
    align-items: start;
  }
  nav {
    position: sticky;
    top: 0.5rem;
  }
  nav ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.3rem;
  }
  nav button {
    width: 100%;
    justify-content: space-between;
    white-space: normal;
    text-align: left;
  }
  nav button[aria-current='true'] {
    background: var(--p-accent);
    border-color: var(--p-accent);
    color: var(--p-accent-ink);
  }
  .badge {
    background: var(--p-bad);
    color: #fff;
    border-radius: 999px;
    padding: 0 0.45rem;
    font-size: 0.78rem;
  }
  .sections {
    display: grid;
    gap: 1.6rem;
  }
  .items {
    display: grid;
    gap: 0.8rem;
  }
  preview-form-field {
    flex: 1 1 12rem;
  }
  preview-form-field.wide {
    flex-basis: 100%;
  }
  .field.flag .label-line {
    justify-content: flex-start;
    align-items: center;
    gap: 0.5rem;
  }
  .field.flag input {
    width: 1.2rem;
    height: 1.2rem;
  }
  fieldset.nested {
    border: 1px solid var(--p-line);
    border-radius: var(--p-radius);
    padding: 0.6rem 0.8rem 0.8rem;
    display: grid;
    gap: 0.6rem;
    margin: 0;
  }
  legend {
    font-weight: 700;
    font-size: 0.9rem;
    padding: 0 0.3rem;
  }
  .entry:not(.item) {
    display: flex;
    gap: 0.6rem;
    align-items: flex-start;
  }
  .entry:not(.item) > preview-form-field {
    flex: 1 1 auto;
  }
  .entry.kind {
    align-items: center;
  }
  .entry.kind label {
    min-width: 12rem;
  }
  .order {
    display: inline-flex;
    gap: 0.3rem;
    align-items: center;
  }
  button.icon {
    padding: 0.35rem 0.6rem;
    min-width: 2.2rem;
    justify-content: center;
  }
  .handle {
    cursor: grab;
    color: var(--p-muted);
    font-size: 1.2rem;
    padding: 0 0.2rem;
    user-select: none;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
