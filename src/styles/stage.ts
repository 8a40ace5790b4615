import { css } from 'lit';

/** The framed area a slide plays in: one definition for the player and the preview's miniatures, so they match. */
export const stage = css`
  .stage {
    position: relative;
    min-height: 0;
    overflow: hidden;
    margin: 1.2vmin;
    outline: 0.3vmin solid var(--gold);
    outline-offset: -0.3vmin;
  }
  .stage > * {
    position: absolute;
    inset: 0;
  }
`;
