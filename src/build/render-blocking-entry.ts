/**
 * Runs in Node at build time, never in the browser.
 *
 * The entry script blocks rendering (Chromium's blocking="render"), so the first frame a screen
 * paints, after an update reload too, is the player with its slide, never an empty page. Vite
 * rewrites the entry tag, so the attribute is added after it has.
 */
import type { Plugin } from 'vite';

export function renderBlockingEntry(): Plugin {
  return {
    name: 'signage-render-blocking-entry',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          /<script type="module" crossorigin src="([^"]+)"><\/script>/,
          '<script type="module" crossorigin src="$1" blocking="render"></script>',
        ),
    },
  };
}
