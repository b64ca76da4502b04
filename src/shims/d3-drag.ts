/**
 * Stands in for d3-drag in both builds (see vite.config.ts): d3-zoom imports only its two helpers that stop the
 * browser's native drag and text selection while the reader pans, and the module's drag behaviour, which no
 * bundler drops, weighs about 0.4 KB gzip. The same helpers, with d3-drag's behaviour (v3).
 */
import { select } from 'd3-selection';

const capture = { capture: true, passive: false };

function noevent(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

/** Stops native drags and text selection on `view` (d3-drag's `dragDisable`). */
export function dragDisable(view: Window): void {
  select(view).on('dragstart.drag', noevent, capture).on('selectstart.drag', noevent, capture);
}

/** Lets them happen again; `noclick`: swallows the click that ends the gesture (d3-drag's `dragEnable`). */
export function dragEnable(view: Window, noclick?: boolean): void {
  const selection = select(view).on('dragstart.drag', null);
  if (noclick) {
    selection.on('click.drag', noevent, capture);
    setTimeout(() => selection.on('click.drag', null), 0);
  }
  selection.on('selectstart.drag', null);
}
