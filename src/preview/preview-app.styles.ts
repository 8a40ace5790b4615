import { css } from 'lit';

/** The page's own frame (preview-app): the tabs, the two columns, the drop overlay. */
export const appStyles = css`
  :host {
    min-height: 100vh;
    background: var(--p-bg);
  }
  .note {
    font-weight: 600;
  }
  .layout {
    padding-bottom: 3rem;
    display: grid;
    grid-template-columns: minmax(0, 1fr) 24rem;
    gap: 1.2rem;
    align-items: start;
  }
  aside {
    position: sticky;
    top: 0.8rem;
    max-height: calc(100vh - 1.6rem);
    overflow: auto;
  }
  nav {
    display: flex;
    gap: 0.2rem;
    border-bottom: 2px solid var(--p-line);
    margin: 0 0 1rem;
  }
  nav button {
    border: 0;
    border-radius: 6px 6px 0 0;
    background: transparent;
    padding: 0.6rem 1rem;
    color: var(--p-muted);
    margin-bottom: -2px;
    border-bottom: 3px solid transparent;
  }
  nav button[aria-selected='true'] {
    color: var(--p-accent);
    border-bottom-color: var(--p-accent);
  }
  .overlay {
    position: fixed;
    inset: 0;
    display: grid;
    place-items: center;
    background: #8f1010d9;
    color: #fff;
    font-size: 1.6rem;
    font-weight: 800;
    z-index: 5;
    pointer-events: none;
  }
  @media (max-width: 1100px) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
    aside {
      position: static;
      max-height: none;
    }
  }
`;
