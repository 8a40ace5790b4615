import { css, unsafeCSS } from 'lit';
import { palette } from './palette';

/**
 * Theme tokens: the red and gold of Vietnamese campaign banners. Set once on the player's host;
 * custom properties inherit through shadow roots, so every element below uses them.
 * Every text colour here is at least 7:1 against every background it is used on (WCAG AAA);
 * the browser suite checks it with axe's color-contrast-enhanced rule.
 */
export const tokens = css`
  :host {
    --red-deep: ${unsafeCSS(palette.redDeep)};
    --red: ${unsafeCSS(palette.red)};
    --gold: ${unsafeCSS(palette.gold)};
    --cream: ${unsafeCSS(palette.cream)};
    --ink: ${unsafeCSS(palette.ink)};
    --font: 'Be Vietnam Pro', system-ui, sans-serif;
    /* Body text never below 4% of the screen height, so it reads from across a hall. */
    --text-min: 4vh;
    --gap: 2.4vmin;
    font-family: var(--font);
    color: var(--cream);
  }
`;

/** Shared by every slide: fills the stage, lays out a heading and a fitted body. */
export const slideStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    box-sizing: border-box;
    width: 100%;
    height: 100%;
    padding: calc(var(--gap) * 1.5) calc(var(--gap) * 2.5);
    gap: var(--gap);
    min-height: 0;
  }
  :host([centred]) {
    align-items: safe center;
    justify-content: safe center;
    text-align: center;
  }
  .kicker {
    flex: none;
    color: var(--gold);
    font-weight: 800;
    font-size: max(var(--text-min), 4.4vmin);
    letter-spacing: 0.02em;
    text-transform: uppercase;
    line-height: 1.3;
    margin: 0;
  }
  .meta {
    flex: none;
    color: var(--cream);
    font-size: var(--text-min);
    line-height: 1.25;
    margin: 0;
  }
  .fit {
    flex: 1 1 auto;
    min-height: 0;
    overflow: hidden;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .page {
    color: var(--gold);
    font-weight: 600;
  }
  .rule {
    flex: none;
    height: 0.6vmin;
    width: 18vmin;
    background: var(--gold);
    border: 0;
    margin: 0;
  }
`;
