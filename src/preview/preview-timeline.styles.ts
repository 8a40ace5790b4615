import { css } from 'lit';

/** The campaign chart's own look (preview-timeline): lanes, bars, markers, today and the chosen day, the legend. */
export const timelineStyles = css`
  svg {
    width: 100%;
    height: auto;
    display: block;
    font-family: var(--p-font);
    user-select: none;
  }
  .tick line {
    stroke: #e6e1da;
  }
  .tick text {
    font-size: 11px;
    fill: var(--p-muted);
  }
  .tick.year text {
    font-weight: 700;
    fill: var(--p-ink);
  }
  .lane-label {
    font-size: 13px;
    fill: var(--p-ink);
  }
  .lane-label .strong {
    font-weight: 700;
  }
  .lane-label .small {
    fill: var(--p-muted);
    font-size: 12px;
  }
  .bar {
    fill: var(--p-accent);
  }
  .bar.inferred {
    fill: url(#hatch);
    stroke: var(--p-accent);
    stroke-width: 1.5;
  }
  .bar-text {
    font-size: 12px;
    font-weight: 700;
    fill: #fff;
    pointer-events: none;
  }
  .bar-text.dark {
    fill: var(--p-accent);
  }
  .event-span {
    fill: #f3d98b;
    stroke: var(--p-gold);
  }
  .event-span.approximate {
    fill: #fbf1d2;
    stroke-dasharray: 4 3;
  }
  .event-mark {
    fill: var(--p-gold);
    stroke: #6b4e00;
  }
  .event-mark.approximate {
    fill: #fff;
  }
  .today line {
    stroke: #0f7a3a;
    stroke-width: 2.5;
  }
  .today text {
    fill: #0f7a3a;
    font-size: 12px;
    font-weight: 700;
  }
  .chosen line {
    stroke: var(--p-focus);
    stroke-width: 2;
    stroke-dasharray: 5 3;
  }
  .chosen text {
    fill: var(--p-focus);
    font-size: 12px;
    font-weight: 700;
  }
  .separator {
    stroke: var(--p-line);
  }
  .hit {
    fill: transparent;
    cursor: crosshair;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem 1.6rem;
    margin: 0.6rem 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.85rem;
    color: var(--p-muted);
  }
  .swatch {
    display: inline-block;
    width: 1.6em;
    height: 0.8em;
    vertical-align: middle;
    margin-right: 0.4em;
    border-radius: 2px;
  }
  .swatch.plan {
    background: var(--p-accent);
  }
  .swatch.inferred {
    background: repeating-linear-gradient(135deg, var(--p-accent) 0 3px, #fff 3px 6px);
    border: 1px solid var(--p-accent);
  }
  .swatch.today {
    background: #0f7a3a;
    width: 3px;
  }
  .swatch.chosen {
    background: var(--p-focus);
    width: 3px;
  }
`;
