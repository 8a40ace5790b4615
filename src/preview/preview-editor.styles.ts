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
`;
