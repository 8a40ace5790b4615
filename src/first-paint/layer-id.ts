/**
 * The first paint's layer element id; its `data-slide` names the slide it shows. A module of its own:
 * the player imports it before its first slide (start-at.ts), and nothing else of the first paint
 * (snapshot.ts is for the classic script and the capture, loaded after the first slide).
 */
export const LAYER_ID = 'signage-first-paint';
