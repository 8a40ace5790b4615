import { css } from 'lit';

/** The player's frame: header, stage, ticker and notices on the campaign red; black when the screen is off. */
export const signageAppStyles = css`
  :host {
    position: fixed;
    inset: 0;
    display: grid;
    grid-template-rows: auto minmax(0, 1fr) auto auto;
    /* Solid colours behind text: contrast is then exact, and checkable by axe. */
    background: var(--red);
    overflow: hidden;
    user-select: none;
  }
  :host([pointer-idle]) {
    cursor: none;
  }
  /* Burn-in care: the frame that never changes moves by a few pixels now and then. */
  signage-header,
  signage-ticker,
  .stage,
  .notice {
    translate: var(--burn-in-x, 0) var(--burn-in-y, 0);
  }
  .off {
    position: fixed;
    inset: 0;
    background: #000;
  }
  .notice.stale {
    justify-self: end;
    padding: 0.4vmin 2vmin;
    font-size: 1.8vmin;
    background: none;
    color: var(--cream);
    opacity: 0.85;
  }
  .stage > * {
    animation: enter 700ms cubic-bezier(0.2, 0.7, 0.2, 1) both;
    /* Each slide lays out on its own: fitting one (the one prepared behind) touches nothing else. */
    contain: strict;
  }
  /* The next slide, prepared behind the one on screen (./slide-layers.ts): laid out, transparent, still. */
  .stage > * + * {
    opacity: 0;
    animation: none;
    will-change: opacity, transform;
  }
  @keyframes enter {
    from {
      opacity: 0;
      transform: translateY(2vh);
    }
    to {
      opacity: 1;
      transform: none;
    }
  }
  /* The first slide of a page load (and the placeholder before it) appears at once: it replaces nothing. */
  .stage.at-once > * {
    animation: none;
  }
  @media (prefers-reduced-motion: reduce) {
    .stage > * {
      animation: none;
    }
  }
  .notice {
    margin: 0;
    padding: 0.8vmin 3vmin;
    background: var(--red-deep);
    color: var(--cream);
    font-size: 2.6vmin;
  }
  .loading {
    display: flex;
    align-items: center;
    justify-content: center;
    color: var(--gold);
    font-size: 5vmin;
    font-weight: 800;
  }
`;
