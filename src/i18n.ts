import { addDateWords, language } from './data/words.js';

// The words of date labels (decades, seasons, "since", "end unknown") are in src/data/words.ts, so that the pure
// date formatting can use them without importing the element's side (see docs/architecture.md); they are part of
// this catalogue all the same: add a language there too.
export { type DateWords, dateWordsFor } from './data/words.js';

/**
 * A message with a count `{n}`: one string for every count, or one per plural category of `Intl.PluralRules`
 * (`other` is required; a category the language does not list falls back to it).
 */
export type PluralMessage = string | ({ [category in Intl.LDMLPluralRule]?: string } & { other: string });

/**
 * The strings of one language, as the catalogue holds them and as a page supplies them in the element's
 * `messages` property. Placeholders are in braces; counts are written with `Intl.NumberFormat`, and a `.` right
 * after a placeholder is dropped when the inserted text already ends a sentence ("2020 г." + ". " reads "2020 г. ").
 */
export interface MessageCatalog {
  /** The accessible name when the document has no title. */
  timeline: string;
  zoomIn: string;
  zoomOut: string;
  zoomToFit: string;
  /** The detail panel's close button. */
  close: string;
  /** The detail panel's link to the event's page. */
  link: string;
  /** The hint when a plain wheel scrolls the page; `{key}`: the modifier key. */
  wheelHint: string;
  events: PluralMessage;
  /** The accessible name of a cluster; `{events}`: the count as `events` says it, `{span}`: its dates. */
  cluster: string;
  /** The live announcement after a zoom; `{span}`: the visible dates. */
  visibleRange: string;
  /** The heading of the problems list. */
  problems: PluralMessage;
  empty: string;
  loading: string;
  /** Beside the progress bar while a big document is read; `{events}`: its size as `events` says it. */
  reading: string;
  /** The name of the Ctrl key on the reader's keyboard; default "Ctrl" (German: "Strg"). */
  ctrl?: string;
  /** Between the parts of a name ("title, date, lane"); default the separator of `Intl.ListFormat`. */
  sep?: string;
  /** The story walk's buttons in the detail panel. */
  previous: string;
  next: string;
  /** Autoplay's toggle. */
  play: string;
  pause: string;
  /** The accessible name of the legend. */
  categories: string;
}

/** Strings a page supplies, by BCP 47 tag or language (`{ hy: { zoomIn: '…' }, 'fr-CA': { … } }`). */
export type MessageOverrides = Readonly<Record<string, Partial<MessageCatalog>>>;

/** The strings the element writes itself, ready to use; anything else comes from Intl. */
export interface Messages {
  readonly timeline: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly zoomToFit: string;
  readonly close: string;
  readonly link: string;
  readonly empty: string;
  readonly loading: string;
  readonly previous: string;
  readonly next: string;
  readonly play: string;
  readonly pause: string;
  readonly categories: string;
  /** Between the parts of an accessible name: ", ", "、", "، ". */
  readonly sep: string;
  wheelHint(modifier: string): string;
  events(n: number): string;
  cluster(n: number, span: string): string;
  visibleRange(span: string): string;
  problems(n: number): string;
  reading(n: number): string;
  /** A count of what is not shown, in the reader's digits: "+3", "+۳". */
  more(n: number): string;
}

type Catalog = Partial<MessageCatalog>;

/** The order of a language's strings in `catalog`. */
const KEYS =
  'timeline zoomIn zoomOut zoomToFit close link wheelHint events cluster visibleRange problems empty loading ctrl sep previous next play pause categories reading'.split(
    ' ',
  ) as (keyof MessageCatalog)[];

/*
 * One array per language, in the order of KEYS, to keep the bundle small (every byte here is sent to every reader).
 * Counts (`events`, `problems`) are one string, or forms per plural category: "one:{n} событие;few:…;{n} события",
 * the last one `other`. An empty or missing string falls back to English.
 */
const catalog: Record<string, readonly string[]> = {
  en: [
    'Timeline',
    'Zoom in',
    'Zoom out',
    'Show all events',
    'Close',
    'Read more',
    'Use {key} + scroll to zoom the timeline',
    'one:{n} event;{n} events',
    '{events}, {span}. Activate to see them.',
    'Showing {span}',
    'one:{n} problem in the timeline data;{n} problems in the timeline data',
    'No events to show.',
    'Loading the timeline…',
    '',
    '',
    'Previous',
    'Next',
    'Play',
    'Pause',
    'Categories',
    'Reading {events}…',
  ],
  fr: [
    'Chronologie',
    'Zoomer',
    'Dézoomer',
    'Afficher tous les événements',
    'Fermer',
    'En savoir plus',
    'Utilisez {key} + molette pour zoomer sur la chronologie',
    'one:{n} événement;{n} événements',
    '{events}, {span}. Activer pour les voir.',
    'Période affichée : {span}',
    'one:{n} problème dans les données;{n} problèmes dans les données',
    'Aucun événement à afficher.',
    'Chargement de la chronologie…',
    '',
    '',
    'Précédent',
    'Suivant',
    'Lecture',
    'Pause',
    'Catégories',
    'Lecture de {events}…',
  ],
};

/** A language's strings as a catalogue, its counts split into plural forms. */
function unpack(row: readonly string[] = []): Catalog {
  const c: Record<string, PluralMessage> = {};
  row.forEach((text, i) => {
    if (!text) return;
    if (!/^(zero|one|two|few|many):/.test(text)) {
      c[KEYS[i]] = text;
      return;
    }
    const forms: Record<string, string> = {};
    for (const form of text.split(';')) {
      const [, category = 'other', value = form] = /^(zero|one|two|few|many):(.*)$/s.exec(form) ?? [];
      forms[category] = value;
    }
    c[KEYS[i]] = forms as PluralMessage;
  });
  return c;
}

/**
 * The languages beyond English and French. Their strings (and date words) are a chunk of their own,
 * `src/data/languages.ts`, loaded the first time a reader's language needs it: every byte of the catalogue
 * would otherwise be sent to every reader.
 */
const MORE = 'de es it pt ru uk tr az hy ka ar fa he zh zh-hant ja ko'.split(' ');

/** The languages the catalogue holds. */
export const LANGUAGES: readonly string[] = ['en', 'fr', ...MORE];

let more: Promise<void> | undefined;

/** Loads the strings and date words of every language beyond English and French (once). */
export function loadLanguages(): Promise<void> {
  more ??= import('./data/languages.js').then(({ MESSAGES, DATE_WORDS }) => {
    Object.assign(catalog, MESSAGES);
    addDateWords(DATE_WORDS);
    compiled.clear();
  });
  return more;
}

/**
 * Starts loading the catalogue of the locale's language when it is one of ours and not in yet; the promise
 * settles once messages and date labels can be asked again. Undefined when nothing needs loading.
 */
export function languageLoading(locale: string): Promise<void> | undefined {
  const lang = language(locale);
  return lang in catalog || !MORE.includes(lang) ? undefined : loadLanguages();
}

/** Text that ends a sentence (or an abbreviation: "г.", "թ."), after which a template's "." would be doubled. */
const ENDS_SENTENCE = /[.!?…。！？؟։]$/u;

/**
 * Fills `{name}` placeholders. A "." right after a placeholder is dropped when the value already ends a sentence
 * or an abbreviation: a date never gets a full stop glued on without looking at its end.
 */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}(\.?)/g, (_, name: string, dot: string) => {
    const value = values[name] ?? '';
    return dot && ENDS_SENTENCE.test(value) ? value : value + dot;
  });
}

/** An Intl object for `locale`, or for English when the tag is not valid BCP 47. */
function intl<T>(make: (locale: string) => T, locale: string): T {
  try {
    return make(locale);
  } catch {
    return make('en');
  }
}

/** The separator of the locale's lists ("a, b and c" → ", "), unless it carries a word. */
function listSeparator(locale: string): string {
  const parts = globalThis.Intl?.ListFormat
    ? intl((l) => new Intl.ListFormat(l), locale).formatToParts(['a', 'b', 'c'])
    : [];
  const sep = parts.find((p) => p.type === 'literal')?.value;
  return sep && !/\p{L}/u.test(sep) ? sep : ', ';
}

const compiled = new Map<string, Messages>();

/** `make`, remembering the text of each count it was asked for (a few thousand at most). */
function perCount(make: (n: number) => string): (n: number) => string {
  const made = new Map<number, string>();
  return (n) => {
    let text = made.get(n);
    if (text === undefined) {
      if (made.size > 4096) made.clear();
      text = make(n);
      made.set(n, text);
    }
    return text;
  };
}

/**
 * Messages for a BCP 47 locale: the page's `overrides` for the whole tag, then for its language, then our
 * catalogue for the language (`hy-AM` → `hy`), then the page's English and ours, key by key.
 */
export function messagesFor(locale: string, overrides?: MessageOverrides): Messages {
  const tag = String(locale).toLowerCase();
  if (!overrides && compiled.has(tag)) return compiled.get(tag) as Messages;
  const lang = language(tag);
  const page: Record<string, Catalog> = {};
  for (const [key, value] of Object.entries(overrides ?? {})) page[key.toLowerCase()] = value;
  const c = Object.assign(unpack(catalog.en), page.en, unpack(catalog[lang]), page[lang], page[tag]) as MessageCatalog;
  const numbers = intl((l) => new Intl.NumberFormat(l), locale);
  const rules = intl((l) => new Intl.PluralRules(l), locale);
  const count = (message: PluralMessage, n: number) =>
    fill(typeof message === 'string' ? message : (message[rules.select(n)] ?? message.other), {
      n: numbers.format(n),
    });
  // "12 events" and "+12" are asked for by every merged mark of every zoom frame: made once per count.
  const events = perCount((n) => count(c.events, n));
  const m: Messages = {
    ...(c as Omit<MessageCatalog, 'events' | 'problems'>),
    sep: c.sep ?? listSeparator(locale),
    wheelHint: (key) => fill(c.wheelHint, { key: key === 'Ctrl' ? (c.ctrl ?? key) : key }),
    events,
    cluster: (n, span) => fill(c.cluster, { events: events(n), span }),
    visibleRange: (span) => fill(c.visibleRange, { span }),
    problems: (n) => count(c.problems, n),
    reading: (n) => fill(c.reading, { events: count(c.events, n) }),
    more: perCount((n) => `+${numbers.format(n)}`),
  };
  if (!overrides) compiled.set(tag, m);
  return m;
}
