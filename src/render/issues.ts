import { html, nothing } from 'lit';
import type { Messages } from '../i18n.js';
import type { TimelineIssue } from '../timeline.types.js';

/** How many issues are listed; the rest are counted. */
const SHOWN = 20;

/** The problems in the data, as an alert list (every message is text, never HTML; in English, so `dir="auto"`). */
export function renderIssues(issues: readonly TimelineIssue[], m: Messages) {
  if (issues.length === 0) return nothing;
  const shown = issues.slice(0, SHOWN);
  return html`<div class="error" part="error" role="alert">
    <strong dir="auto">${m.problems(issues.length)}</strong>
    <ul>
      ${shown.map((i) => html`<li dir="auto">${i.message}</li>`)}
      ${issues.length > shown.length ? html`<li>… (${m.more(issues.length - shown.length)})</li>` : nothing}
    </ul>
  </div>`;
}
