import { html, nothing } from 'lit';
import { CALLOUT_JOINER } from '../labels.js';
import { holds, type PlacedCluster, type PlacedEvent, type PlacedItem } from '../layout/events.js';
import { type FrameContext, MARK_RADIUS, ROW_SIZE } from './context.js';
import { keyOf } from './keys.js';
import { verticalCluster, verticalEvent } from './vertical.js';

// Inline styles go through the CSSOM (`.style=` property bindings), never style attributes, so a page whose
// Content-Security-Policy forbids inline styles still lays the timeline out.

/** One laid-out item of the list: an event (point or range) or a cluster. */
export function renderItem(item: PlacedItem, ctx: FrameContext) {
  return item.kind === 'cluster' ? renderCluster(item, ctx) : renderEvent(item, ctx);
}

/** Where the item's box goes: its row's top, at its mark. */
function place(item: PlacedItem, ctx: FrameContext): string {
  return `transform:${ctx.projection.translate(item.t, item.across - ROW_SIZE / 2)}`;
}

function renderEvent(item: PlacedEvent, ctx: FrameContext) {
  const { event } = item;
  const { labels } = ctx;
  const key = keyOf(item);
  const date = labels.dateLabel(event);
  const isSelected = event === ctx.selected;
  const cat = event.category === undefined ? undefined : ctx.categories?.get(event.category);
  const classes = [
    'item',
    event.isRange ? 'range' : 'point',
    event.date.approximate || event.endDate?.approximate ? 'approximate' : '',
    event.date.uncertain || event.endDate?.uncertain ? 'uncertain' : '',
    isSelected ? 'selected' : '',
    item.callout ? `callout${item.labelBefore ? ' before' : ''}` : '',
    item.lines ? 'wrap' : '',
    event.openEnd === 'unknown' ? 'open-end' : '',
  ].join(' ');
  const part = `event${event.isRange ? ' event--range' : ''}${event.openEnd === 'unknown' ? ' event--open-end' : ''}${isSelected ? ' event--selected' : ''}${cat ? ` ${cat.part}` : ''}`;
  const marks = labels.qualifiers(event);
  const { callout } = item;
  // A callout says its short date before its title; the name below says the full date.
  const shortDate = callout ? labels.shortLabel(event.date, callout.year) : '';
  const short = callout ? `${shortDate}${CALLOUT_JOINER}` : '';
  const iso = labels.isolate;
  const date0 = callout ? html`<span class="callout-date">${short}</span>` : nothing;
  // Vertical with lanes sharing a column, the label starts with its lane's name; so does the name (WCAG 2.5.3).
  const tagged = ctx.tags === true && event.group !== undefined;
  const tag = tagged ? html`<span class="lane-tag">${event.group}</span> ` : nothing;
  const lane = event.group === undefined || tagged ? '' : `${labels.messages.sep}${event.group}`;
  const title = html`${tag}${date0}${marks.before ? html`<span class="qualifier" aria-hidden="true">${marks.before}</span>` : nothing}${
    // After a date or a qualifier in another script, the title keeps its own direction (and its punctuation).
    callout || marks.before ? html`<bdi>${event.title}</bdi>` : event.title
  }${marks.after ? html`<span class="qualifier" aria-hidden="true">${marks.after}</span>` : nothing}`;
  const g = ctx.projection.orientation === 'vertical' ? verticalEvent(item, ctx) : horizontalEvent(item, ctx);
  // Its category's colour: our own property, by index; the colour itself never comes here.
  return html`<li class=${classes} .style=${cat ? `${g.box};--_category:var(--_c${cat.index})` : g.box}>
    ${g.decoration}
    <button type="button" part=${part} data-key=${key} tabindex=${key === ctx.activeKey ? 0 : -1}
      aria-pressed=${isSelected ? 'true' : 'false'} .style=${g.button}
      aria-label=${/* starts with the visible text (WCAG 2.5.3), then the full date and the lane */ `${tagged ? `${event.group} ` : ''}${callout ? iso(shortDate) + CALLOUT_JOINER : ''}${marks.before}${iso(event.title)}${marks.after}${labels.messages.sep}${iso(date)}${lane}`}
      @click=${() => ctx.onActivate(item)}
      @focus=${() => ctx.onFocus(item)} @blur=${() => ctx.onPoint(undefined)}
      @pointerenter=${() => ctx.onPoint(item)} @pointerleave=${() => ctx.onPoint(undefined)}>
      ${
        // An inline style on every label would cost a style recalculation per label per zoom frame: only cut
        // or wrapped labels get one.
        g.label === undefined
          ? html`<span class="label" part="label" dir="auto">${title}</span>`
          : html`<span class="label" part="label" dir="auto" .style=${g.label}>${title}</span>`
      }
    </button>
  </li>`;
}

/** Where the parts of an event go on the horizontal timeline (the vertical one: `verticalEvent`). */
function horizontalEvent(item: PlacedEvent, ctx: FrameContext) {
  const { event, callout } = item;
  // Ranges: the bar is drawn apart from the button so a short era's title can run past its end. A callout below
  // the first draws the leader line up to the one above instead of a mark of its own.
  const decoration = event.isRange
    ? html`<span class="bar" part="range" aria-hidden="true" .style=${`width:${Math.max(2, item.t2 - item.t)}px`}></span>`
    : callout && callout.index > 0
      ? html`<span class="leader" aria-hidden="true" .style=${leaderStyle(callout.rise)}></span>`
      : html`${item.band ? html`<span class="band" aria-hidden="true" .style=${`width:${item.band.t2 - item.band.t}px`}></span>` : nothing}<span class="mark" aria-hidden="true"></span>`;
  const button = event.isRange
    ? `inset-inline-start:${item.from - item.t}px;width:${item.to - item.from}px;padding-inline-start:${item.labelT - item.from}px`
    : pointButtonStyle(item.labelBefore);
  // A wrapped label takes a row per line: the item is as tall as its rows.
  const box = item.lines ? `${place(item, ctx)};height:${item.lines * ROW_SIZE}px` : place(item, ctx);
  const label = item.lines
    ? `width:${(item.wrapWidth ?? 0) + 1}px;-webkit-line-clamp:${item.lines}`
    : item.labelMax === undefined
      ? undefined
      : `max-width:${item.labelMax}px`;
  return { box, button, decoration, label };
}

function renderCluster(item: PlacedCluster, ctx: FrameContext) {
  const { labels } = ctx;
  const m = labels.messages;
  const key = keyOf(item);
  const { label } = item;
  // Named from its members' own (cached) date labels: clusters change on every zoom frame. A short label is also
  // the name's start, so the name contains what is seen (WCAG 2.5.3).
  const span = labels.clusterSpanText(item.first, item.last, label?.short ?? false);
  const selected = ctx.selected !== undefined && holds(item, ctx.selected);
  const button = (style: string, content: unknown) =>
    html`<button type="button" part=${selected ? 'cluster cluster--selected' : 'cluster'} data-key=${key}
      tabindex=${key === ctx.activeKey ? 0 : -1}
      aria-label=${m.cluster(item.count, labels.isolate(span))} .style=${style}
      @click=${() => ctx.onActivate(item)}
      @focus=${() => ctx.onFocus(item)} @blur=${() => ctx.onPoint(undefined)}
      @pointerenter=${() => ctx.onPoint(item)} @pointerleave=${() => ctx.onPoint(undefined)}>${content}</button>`;
  // Vertical: the same markup, placed beside the gutter (vertical.ts).
  const v = ctx.projection.orientation === 'vertical' ? verticalCluster(item, ctx) : undefined;
  const box = v?.box ?? place(item, ctx);
  const state = selected ? ' has-selected' : '';
  // Marks too close to tell apart, with room for a label: a mark ringed to say "several", and how many and when.
  if (label) {
    const text = `${m.events(item.count)}${m.sep}${span}`;
    return html`<li class=${`item point merged${state}`} .style=${box}>
      <span class="mark" aria-hidden="true"></span>${v?.leader ?? nothing}
      ${button(v?.button ?? pointButtonStyle(label.before), html`<span class="label" dir="auto">${text}</span>`)}
    </li>`;
  }
  return html`<li class=${`item cluster${state}`} .style=${box}>${v?.leader ?? nothing}
    ${button(v?.button ?? (item.before ? `inset-inline:auto ${-MARK_RADIUS}px` : ''), labels.own(m.more(item.count)))}
  </li>`;
}

/** A leader line from a callout's first row up to the first row of the one before it, `rise` rows up. */
function leaderStyle(rise: number): string {
  return `top:${ROW_SIZE / 2 - rise * ROW_SIZE}px;height:${rise * ROW_SIZE}px`;
}

/** The button of a point covers its mark and its label, on whichever side the layout put the label. */
function pointButtonStyle(before: boolean): string {
  const edge = MARK_RADIUS + 2;
  // The layout leaves MARK_RADIUS + 4 px between the mark's centre and the label. Anchored at the mark on its side,
  // so a cut label shown whole (hover, focus) grows away from the mark.
  const pad = MARK_RADIUS + 4 + edge;
  // Logical sides: in a right-to-left plot "after the mark" is its left.
  return before
    ? `inset-inline-end:${-edge}px;padding-inline-end:${pad}px`
    : `inset-inline-start:${-edge}px;padding-inline-start:${pad}px`;
}
