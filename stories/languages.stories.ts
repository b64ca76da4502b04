import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import fr from '../data/karabakh.fr.json';
import '../src/index.js';
import type { EventTimeline } from '../src/timeline.js';
import { clusters, labels, markX, overlappingLabels, rendered, settled, tickLabels, titlesWhole } from './helpers.js';

const TITLES = fr.events.map((e) => e.title);

/**
 * The seed article as read in Yerevan, Baku, Moscow and Ankara: the element's own words (buttons, counts, cluster
 * names, the panel) in the reader's language; the event titles stay French. Where the browser lacks the
 * language's date data (Debian's Chromium has no Armenian dates and no Azerbaijani month names), dates are labelled
 * in the reader's next language, never half-formatted as "2020 M09 27".
 */
type Args = { locale: string; buttons: [string, string, string]; activate: string };

const meta = {
  title: 'Karabakh/Languages',
  component: 'event-timeline',
  render: ({ locale }) =>
    html`<event-timeline lang=${locale.split('-')[0]} locale=${locale} style="width: 1040px" .events=${fr}></event-timeline>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** Every name and text the element shows or announces. */
function texts(el: EventTimeline): string[] {
  const root = el.shadowRoot!;
  const names = [...root.querySelectorAll('[aria-label]')].map((n) => n.getAttribute('aria-label') ?? '');
  return [...names, ...labels(el), ...tickLabels(el), root.querySelector('.base')?.textContent ?? ''];
}

async function check(el: EventTimeline, { buttons, activate }: Args) {
  const root = el.shadowRoot!;
  const names = [...root.querySelectorAll('.controls button')].map((b) => b.getAttribute('aria-label'));
  await expect(names).toEqual(buttons);
  const all = texts(el);
  // No doubled full stop ("2020 г.. Activate"), no month placeholder of a browser without the locale's data.
  await expect(all.filter((t) => /[^.]\.\.(?!\.)/.test(t))).toEqual([]);
  await expect(all.filter((t) => /\bM\d{1,2}\b/.test(t))).toEqual([]);
  await expect(overlappingLabels(el)).toEqual([]);
  for (const name of clusters(el)) await expect(name.endsWith(activate), name).toBe(true);
}

/** Desktop, then a phone's width, where the autumn 2020 marks become one cluster with a name. */
const play: Story['play'] = async ({ canvasElement, args }) => {
  const el = await rendered(canvasElement.querySelector('event-timeline') as EventTimeline);
  await check(el, args);
  el.style.width = '380px';
  await rendered(el);
  await check(el, args);
};

export const Armenian: Story = {
  args: {
    locale: 'hy-AM',
    buttons: ['Փոքրացնել', 'Մեծացնել', 'Ցույց տալ բոլորը'],
    activate: 'Սեղմեք՝ դիտելու համար։',
  },
  play,
};

export const Azerbaijani: Story = {
  args: {
    locale: 'az-AZ',
    buttons: ['Kiçilt', 'Böyüt', 'Hamısını göstər'],
    activate: 'Baxmaq üçün basın.',
  },
  play,
};

export const Russian: Story = {
  args: {
    locale: 'ru-RU',
    buttons: ['Уменьшить', 'Увеличить', 'Показать все'],
    activate: 'Нажмите, чтобы посмотреть.',
  },
  play,
};

export const Turkish: Story = {
  args: {
    locale: 'tr-TR',
    buttons: ['Uzaklaştır', 'Yakınlaştır', 'Tümünü göster'],
    activate: 'Görmek için etkinleştirin.',
  },
  play,
};

/**
 * Arabic, right to left (`dir="rtl"` on a wrapper, as `<html dir="rtl" lang="ar">` would give): time runs from right
 * to left, the earlier date on the right, each label left of its mark; the French titles keep their own direction.
 */
export const Arabic: Story = {
  args: {
    locale: 'ar',
    buttons: ['تصغير', 'تكبير', 'عرض الكل'],
    activate: 'اضغط لعرضها.',
  },
  render: ({ locale }) =>
    html`<div dir="rtl" lang="ar"><event-timeline locale=${locale} style="width: 1040px" .events=${fr}></event-timeline></div>`,
  play: async (context) => {
    await play(context);
    const el = context.canvasElement.querySelector('event-timeline') as EventTimeline;
    el.style.width = '1040px';
    await rendered(el);
    // The ceasefire of 1994 is right of the 2020 escalation.
    const x = (id: string) => markX(el, id);
    await expect(x('cessez-le-feu-1994')).toBeGreaterThan(x('escalade-2020-09-27'));
    // Zoomed to 24 September – 5 October 2020: 27 September right of the two 1 October statements, no overlaps.
    el.zoomTo('2020-09-24', '2020-10-05');
    await settled(el);
    await expect(x('escalade-2020-09-27')).toBeGreaterThan(x('lavrov-cavusoglu-2020-10-01'));
    await expect(x('escalade-2020-09-27')).toBeGreaterThan(x('groupe-de-minsk-2020-10-01'));
    await expect(overlappingLabels(el)).toEqual([]);
    // Tick labels run left of their ticks, in every engine's SVG text.
    for (const tick of el.shadowRoot!.querySelectorAll('.axis .tick')) {
      const text = tick.querySelector('text')?.getBoundingClientRect();
      const line = tick.querySelector('line')!.getBoundingClientRect();
      if (text?.width) await expect(text.right).toBeLessThanOrEqual(line.left + 0.5);
    }
    el.zoomToFit();
    await settled(el);
  },
};

/**
 * Arabic on a phone (380 px, vertical): time runs down the page, and the axis strip is on the inline-start side, the
 * right, with the marks in a gutter beside it and the titles to their left, each whole.
 */
export const ArabicPhone: Story = {
  args: Arabic.args,
  render: ({ locale }) =>
    html`<div dir="rtl" lang="ar"><event-timeline locale=${locale} style="width: 380px" .events=${fr}></event-timeline></div>`,
  play: async ({ canvasElement, args }) => {
    const el = await rendered(canvasElement.querySelector('event-timeline') as EventTimeline);
    await expect(el.matches(':state(vertical)')).toBe(true);
    await check(el, args);
    const root = el.shadowRoot!;
    const plot = root.querySelector('.plot')!.getBoundingClientRect();
    const axis = root.querySelector('.axis')!.getBoundingClientRect();
    await expect(Math.abs(axis.right - plot.right)).toBeLessThan(1);
    for (const label of root.querySelectorAll('[part~="label"], [part~="cluster"]')) {
      const box = label.getBoundingClientRect();
      await expect(box.right, label.textContent ?? '').toBeLessThanOrEqual(axis.left + 0.5);
      await expect(box.left, label.textContent ?? '').toBeGreaterThanOrEqual(plot.left - 0.5);
    }
    await expect(titlesWhole(el, TITLES)).toEqual([]);
    // 1994 above the autumn of 2020: time still runs down.
    const y = (id: string) => root.querySelector(`[data-key="e:${id}"]`)!.closest('li')!.getBoundingClientRect().top;
    await expect(y('cessez-le-feu-1994')).toBeLessThan(y('escalade-2020-09-27'));
    // Zoomed into the autumn of 2020, in every engine's SVG text: tick labels right of their ticks, and the rotated
    // month ("سبتمبر 2020") inside the strip.
    el.zoomTo('2020-09-20', '2020-10-05');
    await settled(el);
    await expect(overlappingLabels(el)).toEqual([]);
    const strip = root.querySelector('.axis')!.getBoundingClientRect();
    for (const tick of root.querySelectorAll('.axis .tick')) {
      const text = tick.querySelector('text')?.getBoundingClientRect();
      const line = tick.querySelector('line')!.getBoundingClientRect();
      if (text?.width) await expect(text.left).toBeGreaterThanOrEqual(line.right - 0.5);
    }
    const months = [...root.querySelectorAll('.axis .major text')].map((t) => t.getBoundingClientRect());
    await expect(months.length).toBeGreaterThan(0);
    for (const month of months) {
      await expect(month.left).toBeGreaterThanOrEqual(strip.left);
      await expect(month.right).toBeLessThanOrEqual(strip.right + 0.5);
    }
    el.zoomToFit();
    await settled(el);
  },
};

/**
 * Persian: `fa` labels dates in the Persian calendar (its default), and the axis has ticks on Persian years
 * (1399 began on 20 March 2020, Nowruz), not on 1 January.
 */
export const Persian: Story = {
  args: {
    locale: 'fa-IR',
    buttons: ['کوچک‌نمایی', 'بزرگ‌نمایی', 'نمایش همه'],
    activate: 'برای دیدن آن‌ها کلیک کنید.',
  },
  render: ({ locale }) =>
    html`<div dir="rtl" lang="fa"><event-timeline locale=${locale} style="width: 1040px" .events=${fr}></event-timeline></div>`,
  play: async (context) => {
    await play(context);
    const el = context.canvasElement.querySelector('event-timeline') as EventTimeline;
    el.style.width = '1040px';
    await rendered(el);
    // Persian years on the axis, and the year 1994 said as the two Persian years it spans.
    await expect(tickLabels(el).join(' ')).toMatch(/۱۳[۷-۹][۰-۹]/);
    await expect(tickLabels(el).join(' ')).not.toMatch(/\b(19|20)\d\d\b/);
    const ceasefire = el.shadowRoot!.querySelector('[data-key="e:cessez-le-feu-1994"]');
    await expect(ceasefire?.getAttribute('aria-label')).toContain('۱۳۷۲–۱۳۷۳');
  },
};
