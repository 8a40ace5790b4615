/**
 * The stage's slide elements: the slide on screen and, prepared ahead, the one expected next.
 *
 * A slide change used to create the new slide's element and fit its text at the boundary, while its
 * entrance played: at CPU 6× that was a long task in one transition of four. Now, once the slide on
 * screen has made its entrance, the next one (the rotation's guess) is rendered in an idle moment
 * into the stage behind it, transparent but laid out, so fit-text measures and sizes it there. At the
 * boundary, when the rotation brings that slide, its element is kept and only moves to the front
 * (the stage's first child: see signage-app.styles.ts), so the change animates the opacity and
 * transform of an element already laid out and painted. When the boundary brings another slide (a
 * new bundle, a skip, a failed slide, the time of day), the prepared one is dropped and the real one
 * rendered there, as before. Clips are not prepared: a <slide-video> would load its media.
 *
 * The `slide` attribute, proof of play and the watchdog follow the rotation, never this guess.
 */
import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { keyed } from 'lit/directives/keyed.js';
import type { Slide } from '../schedule/playlist';
import { sameSlide, type RotationState } from '../schedule/rotation';
import { renderSlide } from '../elements/render-slide';
import { SlideElementsController } from './slide-elements';

/** After the entrance (700 ms), the next idle moment prepares the next slide. */
const PREPARE_AFTER_MS = 800;
const IDLE_TIMEOUT_MS = 1_000;

interface Layer {
  key: number;
  slide: Slide;
}

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export class SlideLayers implements ReactiveController {
  private step: unknown;
  private current: Layer | undefined;
  private prepared: Layer | undefined;
  /** The slide on screen has made its entrance and the page has had an idle moment since. */
  private ready = false;
  /** A slide whose preparation failed: it is not prepared again; its boundary renders it as before. */
  private refused: string | undefined;
  private keys = 0;
  /**
   * Which of the stage's two slots holds the slide on screen; the other holds the prepared one.
   * repeat() only ever reorders these two, never removes one: lit-html 3.3's removePart() leaves
   * an end marker behind for each item repeat() drops (lit/lit#5298), a comment node per slide
   * change that a screen running for months would pile up. Each slot swaps its slide with keyed().
   */
  private front: 'a' | 'b' = 'a';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private idle: number | undefined;
  /** A prepared slide that fails is dropped quietly: it must not skip the slide on screen. */
  private readonly onFailed = (event: Event) => {
    const failed = (event as CustomEvent<{ id: string | undefined }>).detail.id;
    if (!this.prepared || failed !== this.prepared.slide.id || failed === this.current?.slide.id) return;
    event.stopImmediatePropagation();
    this.refused = failed;
    this.prepared = undefined;
    this.host.requestUpdate();
  };

  /**
   * @param shown what the screen shows for a slide (the fallback for one that failed)
   */
  /** Whether each slide's element is loaded (on demand, the others' after the first slide). */
  private readonly elements: SlideElementsController;

  constructor(
    private readonly host: Host,
    private readonly shown: (slide: Slide) => Slide,
    afterFirstSlide: () => Promise<void>,
  ) {
    this.elements = new SlideElementsController(host, afterFirstSlide);
    host.addController(this);
  }

  hostConnected(): void {
    this.host.renderRoot.addEventListener('slide-failed', this.onFailed);
  }

  hostDisconnected(): void {
    this.host.renderRoot.removeEventListener('slide-failed', this.onFailed);
    this.cancel();
  }

  /** The prepared slide is out of reach (inert: no focus, no pointer, not in the accessibility tree). */
  hostUpdated(): void {
    const stage = this.host.renderRoot.querySelector('.stage');
    [...(stage?.children ?? [])].forEach((element, index) => ((element as HTMLElement).inert = index > 0));
  }

  /** A slide is on the stage (its element defined and rendered). */
  get showing(): boolean {
    return this.current !== undefined;
  }

  /**
   * The stage's elements for the rotation's step (a new state object at each boundary), with the
   * slide it expects next prepared behind once the entrance is over; `undefined` while the page's
   * first slide waits for its element. A step whose element is still loading leaves the stage as it was.
   */
  render(rotation: { state: RotationState | undefined; upcoming(): Slide | undefined }) {
    const step = rotation.state;
    if (!step) return this.current ? nothing : undefined;
    const current = this.shown(step.slide);
    if (step !== this.step) {
      if (this.elements.ready(current, step.slide.id)) this.boundary(step, current);
      else if (!this.current) return undefined;
    }
    const next = rotation.upcoming();
    const upcoming = next && this.shown(next);
    if (
      !this.ready ||
      !upcoming ||
      upcoming.kind === 'video' ||
      upcoming.id === this.current!.slide.id ||
      upcoming.id === this.refused ||
      !this.elements.ready(upcoming, upcoming.id, { prepared: true })
    ) {
      if (this.ready) this.prepared = undefined;
    } else if (!this.prepared || !sameSlide(this.prepared.slide, upcoming)) {
      this.prepared = { key: ++this.keys, slide: upcoming };
    }
    const slots = [
      { slot: this.front, layer: this.current },
      { slot: this.front === 'a' ? 'b' : 'a', layer: this.prepared },
    ];
    return repeat(
      slots,
      ({ slot }) => slot,
      ({ layer }) => (layer ? keyed(layer.key, renderSlide(layer.slide)) : nothing),
    );
  }

  private boundary(step: unknown, current: Slide): void {
    this.step = step;
    const prepared = this.prepared;
    if (prepared?.slide.id === current.id) {
      // The guess was right: the element laid out behind comes to the front as it is.
      this.current = { key: prepared.key, slide: sameSlide(prepared.slide, current) ? prepared.slide : current };
      this.front = this.front === 'a' ? 'b' : 'a';
    } else if (this.current?.slide.id === current.id) this.current = { key: this.current.key, slide: current };
    else this.current = { key: ++this.keys, slide: current };
    this.prepared = undefined;
    this.refused = undefined;
    this.cancel();
    this.ready = false;
    this.timer = setTimeout(() => {
      const go = () => {
        this.idle = undefined;
        this.ready = true;
        this.host.requestUpdate();
      };
      this.idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(go, { timeout: IDLE_TIMEOUT_MS }) : undefined;
      if (this.idle === undefined) go();
    }, PREPARE_AFTER_MS);
  }

  private cancel(): void {
    clearTimeout(this.timer);
    if (this.idle !== undefined) cancelIdleCallback(this.idle);
    this.idle = undefined;
  }
}
