import { LAYER_ID } from './layer-id';

/**
 * The slide the first paint's layer shows (draw.ts), while it is up: the player starts its rotation
 * there, so its first slide is the one already on screen.
 */
export function firstPaintSlide(): string | undefined {
  return document.getElementById(LAYER_ID)?.dataset.slide;
}
