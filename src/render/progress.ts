import { html, nothing } from 'lit';
import type { Messages } from '../i18n.js';

/**
 * The progress of a big document being read: a bar, with what it is in words. The region is a polite status, so
 * a screen reader says "Reading 100,000 events…" once when it appears, not at every step of the bar.
 */
export function renderProgress(progress: { done: number; total: number } | undefined, m: Messages) {
  if (!progress) return nothing;
  const label = m.reading(progress.total);
  return html`<div class="header progress" role="status">
    <span>${label}</span>
    <progress max=${progress.total} .value=${progress.done} aria-label=${label}></progress>
  </div>`;
}
