/**
 * HTML to plain text, for the rich text of TimelineJS documents and sheets (`Text`, `Headline`, captions).
 *
 * Inert by construction: the HTML is read as a string and never parsed by the browser, so no element is created,
 * no script runs, no image or style is requested, and it works the same in Node (the CLI). It is not a full HTML
 * parser: it keeps what a reader should see (the text, line breaks from `<br>` and block elements) and drops
 * the rest (tags, comments, `<script>` and `<style>` contents). The result is only ever shown as text.
 */

/** Elements whose content is not text a reader sees. */
const HIDDEN =
  /<(script|style|template|noscript|iframe|object|textarea|title|svg|math)\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?(?:-->|$)|<![^>]*>|<\?[^>]*>/g;
/** A tag: a name, then attributes whose quoted values may hold `>`. */
const TAG = /<(\/?)([a-zA-Z][^\s/>]*)(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const BLOCK =
  /^(?:p|div|li|ul|ol|dl|dt|dd|h[1-6]|blockquote|pre|section|article|header|footer|aside|figure|figcaption|table|tr|hr|address|nav|main)$/i;
/** Whether a string holds markup at all: a tag, a comment or an entity. Plain text is kept exactly as written. */
const LOOKS_LIKE_HTML = /<[a-zA-Z/!?]|&(?:#\d+|#x[\da-f]+|[a-z]+\d*);/i;

/** The named entities met in newsroom HTML; numeric ones (`&#233;`, `&#xE9;`) all work, unknown names stay as written. */
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  middot: '·',
  bull: '•',
  copy: '©',
  deg: '°',
  euro: '€',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  ccedil: 'ç',
};

function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([\da-f]+)|([a-z]+\d*));/gi, (whole, dec?: string, hex?: string, name?: string) => {
    if (name !== undefined) return Object.hasOwn(ENTITIES, name) ? ENTITIES[name] : whole;
    const code = dec !== undefined ? Number(dec) : Number.parseInt(hex!, 16);
    // NUL, surrogates and out-of-range code points become U+FFFD, as in HTML.
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
    return String.fromCodePoint(code);
  });
}

/**
 * The text a reader sees in `html`. Whitespace in the markup collapses to one space (as in a browser); `<br>`
 * makes a line break and block elements (`<p>`, `<div>`, `<li>`, headings…) a line of their own; list items
 * keep no bullet. Text without any markup is returned unchanged, newlines included (sheets hold plain text too).
 * With `singleLine`, line breaks become spaces (for titles).
 *
 * @example htmlToText('<p>Line one.<br>Line <b>two</b>.</p>') // 'Line one.\nLine two.'
 * @example htmlToText('<img src=x onerror=alert(1)>Hi') // 'Hi'
 */
export function htmlToText(html: string, singleLine = false): string {
  if (!LOOKS_LIKE_HTML.test(html)) return singleLine ? html.replace(/\s*\n\s*/g, ' ') : html;
  const marked = html
    .replace(/[\uE000\uE001]/g, '')
    .replace(COMMENT, '')
    .replace(HIDDEN, '')
    .replace(TAG, (_, _close: string, name: string) => {
      if (/^br$/i.test(name)) return '\uE000';
      return BLOCK.test(name) ? '\uE001' : '';
    });
  const text = decodeEntities(marked.replace(/[ \t\n\r\f]+/g, ' '));
  const lines = text
    // A block boundary is a line break; several in a row (</p><p>) are one.
    .replace(/\s*\uE001[\s\uE001]*/g, '\n')
    .replace(/ ?\uE000 ?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/^ +| +$/g, ''));
  while (lines.length && lines[0] === '') lines.shift();
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  const out = lines.join('\n');
  return singleLine ? out.replace(/\s*\n\s*/g, ' ') : out;
}
