import type { AutoplayState, StoryActions } from './story.js';

export interface AutoplayHost extends HTMLElement {
  readonly selected: string | null | undefined;
  requestUpdate(): void;
}

const reducedMotion = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * Autoplay of the story walk, `autoplay` seconds per event. It starts by itself, from `selected` or the first
 * event, and stops at the last. Pointing at the timeline holds it while the pointer stays; focus moving into the
 * timeline, a click, a key, a wheel or a touch stop it (the reader took over), and Play starts it again. Under
 * `prefers-reduced-motion` it never runs and offers no Play button.
 */
export class Autoplay {
  #seconds = 0;
  #playing = false;
  #held = false;
  #started = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** When the next event is due (performance.now()), and while held, how long was left: the bar pauses with it. */
  #due = 0;
  #left: number | undefined;
  readonly #host: AutoplayHost;
  readonly #actions: StoryActions;

  constructor(host: AutoplayHost, actions: StoryActions) {
    this.#host = host;
    this.#actions = actions;
    host.addEventListener('pointerenter', this.#hold);
    host.addEventListener('pointerleave', this.#release);
    host.addEventListener('focusin', this.#interrupt);
    for (const type of ['pointerdown', 'keydown', 'wheel', 'touchstart']) {
      host.addEventListener(type, this.#interrupt, { capture: true, passive: true });
    }
  }

  /** Undefined when autoplay is off (no `autoplay`, or reduced motion). */
  get state(): AutoplayState | undefined {
    return this.#seconds > 0 && !reducedMotion()
      ? { playing: this.#playing, seconds: this.#seconds, held: this.#held }
      : undefined;
  }

  /** Follows the `autoplay` attribute (after each render); starts once, the first time it can. */
  update(seconds: number | undefined): void {
    const s = Number(seconds);
    this.#seconds = Number.isFinite(s) && s > 0 ? s : 0;
    if (!this.state) {
      if (this.#playing) this.stop();
      return;
    }
    if (!this.#started) {
      this.#started = true;
      this.#play();
    }
  }

  toggle(): void {
    if (this.#playing) this.stop();
    else this.#play();
  }

  stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!this.#playing) return;
    this.#playing = false;
    this.#host.requestUpdate();
  }

  #play(): void {
    if (!this.state) return;
    this.#playing = true;
    this.#held = false;
    // Nothing selected: the first event shows now; `selected` shows first, then the walk goes on from it.
    if (!this.#host.selected) this.#actions.advance();
    this.#schedule();
    this.#host.requestUpdate();
  }

  #schedule(ms = this.#seconds * 1000): void {
    clearTimeout(this.#timer);
    this.#left = undefined;
    if (!this.#playing || this.#held) return;
    this.#due = performance.now() + ms;
    this.#timer = setTimeout(() => {
      if (!this.state || !this.#actions.advance()) this.stop();
      else this.#schedule();
    }, ms);
  }

  readonly #hold = () => {
    if (this.#held || !this.#playing) return;
    this.#held = true;
    clearTimeout(this.#timer);
    this.#left = Math.max(0, this.#due - performance.now());
    this.#host.requestUpdate();
  };

  readonly #release = () => {
    if (!this.#held) return;
    this.#held = false;
    this.#schedule(this.#left);
    this.#host.requestUpdate();
  };

  /** The reader's own action stops playback, except on the Play/Pause button itself. */
  readonly #interrupt = (e: Event) => {
    const play = e.composedPath().some((n) => (n as Element).classList?.contains('play'));
    if (!play) this.stop();
  };
}
