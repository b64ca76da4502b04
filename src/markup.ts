import type { TimelineEventInput } from './timeline.types.js';

/**
 * Reads the progressive-enhancement markup into JSON events (DESIGN.md §3.4):
 *
 * ```html
 * <ol>
 *   <li><time datetime="2020-09-27">27 septembre 2020</time> <strong>Escalade</strong> <p>Description…</p></li>
 *   <li data-id="era" data-group="Conflit"><time datetime="1994">1994</time>–<time datetime="2020-09-27">…</time>
 *     <strong>Le conflit gelé</strong> <a href="https://…">Source</a></li>
 * </ol>
 * ```
 * The first `<time datetime>` is `date`, a second one `end`; the title is the first `strong`, `b`, `h2`–`h6` or
 * `[data-title]`, else the item's text without its dates; `<p>` elements are the description; the first `a[href]`
 * is the url. `data-id` and `data-group` set `id` and `group`. An `<img>` is the `media` (its `src` and `alt`, a
 * `<figcaption>`'s text the caption). Everything is read as text.
 */
export function readMarkup(list: Element): TimelineEventInput[] {
  return [...list.children]
    .filter((li) => li.localName === 'li')
    .map((li) => {
      const times = [...li.querySelectorAll('time')];
      const heading = li.querySelector('[data-title], strong, b, h2, h3, h4, h5, h6');
      const paragraphs = [...li.querySelectorAll('p')];
      let title = heading?.textContent ?? '';
      if (!heading) {
        const clone = li.cloneNode(true) as Element;
        for (const el of clone.querySelectorAll('time, p, a, figure')) el.remove();
        title = clone.textContent ?? '';
      }
      const event: TimelineEventInput = {
        date: times[0]?.getAttribute('datetime') ?? times[0]?.textContent?.trim() ?? '',
        title: title.replace(/\s+/g, ' ').trim(),
      };
      if (times[1]) event.end = times[1].getAttribute('datetime') ?? times[1].textContent?.trim() ?? '';
      const description = paragraphs
        .map((p) => (p.textContent ?? '').trim())
        .filter(Boolean)
        .join('\n');
      if (description) event.description = description;
      const href = li.querySelector('a[href]')?.getAttribute('href');
      if (href) event.url = href;
      const id = li.getAttribute('data-id') ?? li.id;
      if (id) event.id = id;
      const group = li.getAttribute('data-group');
      if (group) event.group = group;
      // An image: its alt as written (none at all is reported), the figcaption's text as its caption.
      const img = li.querySelector('img');
      if (img) {
        const caption = li.querySelector('figcaption')?.textContent?.trim();
        event.media = { url: img.getAttribute('src') ?? '', alt: img.getAttribute('alt') ?? undefined, caption };
      }
      return event;
    });
}
