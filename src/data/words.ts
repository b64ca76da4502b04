/**
 * The words of date labels that Intl cannot give, per language. They belong to the message catalogue of
 * `src/i18n.ts`, which re-exports them, but live here so that `format.ts` stays pure: src/data imports nothing of
 * the element's side. They follow the locale dates are labelled in (which may differ from the messages' when the
 * browser lacks a language's date data: see `src/data/locales.ts`), so words and Intl's date always agree.
 */
import type { DatePrecision } from '../timeline.types.js';

/**
 * The language of a BCP 47 locale: `fr-CA` → `fr`. Chinese in traditional characters (`zh-Hant`, and Taiwan,
 * Hong Kong and Macao) is a catalogue of its own, `zh-hant`: simplified characters would read as foreign there.
 */
export const language = (locale: string): string => {
  const tag = String(locale).toLowerCase();
  return /^zh[-_](hant|tw|hk|mo)\b/.test(tag) ? 'zh-hant' : tag.split(/[-_]/)[0];
};

/**
 * The words of date labels that Intl cannot give (DESIGN.md §2): decades, seasons, eras without a known end and
 * the marks of qualified dates. Every function gets the label Intl made (a year, a full date) and the precision it
 * was written at, so a language can choose its article ("depuis le 27 septembre", "depuis les années 1990",
 * "depuis l'automne 2020"). To add a language, add an entry to `dateCatalog`; English is the fallback.
 */
export interface DateWords {
  /** A decade from the label of its first year: "the 1990s", "années 1990". */
  decade: (year: string) => string;
  /** A season (0 spring, 1 summer, 2 autumn, 3 winter) with the label of its year(s): "autumn 2020". */
  season: (season: number, years: string) => string;
  /** An ongoing era: "since 1994", "depuis 1994". */
  ongoing: (start: string, precision: DatePrecision) => string;
  /** An era whose end is unknown: "1994 – end unknown", "1994 – fin inconnue". */
  unknown: (start: string, precision: DatePrecision) => string;
  /** "Approximately" before a date (`~`): "c.", "vers". */
  about: string;
  /** The same before a title, where the full word would read oddly: "c.", "v.". */
  aboutShort: string;
  /** After an uncertain date (`?`): "?", " ?" (French), "؟" (Arabic script). */
  doubt: string;
}

/** `{y}` is the label Intl made, `{b}` its bare number ("1990 г." → "1990"). */
const bare = (label: string): string => label.match(/\p{Nd}+/u)?.[0] ?? label;
const put = (w: string, label: string): string => w.replace('{y}', label).replace('{b}', bare(label));

/** The French article after "depuis": le 27 septembre, les années 1990, l'automne, le printemps, 1994. */
function frArticle(label: string, precision: DatePrecision): string {
  if (precision === 'decade') return 'les ';
  if (precision === 'season') return /^[aeéh]/.test(label) ? "l'" : 'le ';
  return /^\d/.test(label) && precision !== 'year' && precision !== 'century' ? 'le ' : '';
}

// Turkish and Azerbaijani suffixes follow the vowel of the decade's last spoken word (doksan, yirmi, yüz, bin).
const tens = (y: string) => Number(bare(y).slice(-2, -1));
const suffix = (y: string, forms: string, hundred: string) =>
  tens(y) ? forms.split(' ')[tens(y) - 1] : Number(bare(y).slice(-3, -2)) ? hundred : forms.split(' ')[1];

/*
 * One string per language, to keep the bundle small: decade | the four seasons, spring first | an ongoing era |
 * an unknown end ("?": "1994 – ?", short and understood everywhere) | "approximately", long and short | the
 * uncertain mark | where the season goes. Empty fields take English's, but for an ongoing era: "since" would
 * need a case or an article the label cannot give ("с сентября"), so it reads as a range to Intl's own word for
 * today ("1994 – сегодня", "1994 – heute").
 */
const dateCatalog: Record<string, string> = {
  en: 'the {b}s|spring summer autumn winter|since {y}|end unknown|c.|?|{s} {y}',
  fr: 'années {y}|printemps été automne hiver||fin inconnue|vers v.|\u00a0?',
};

const cache = new Map<string, DateWords>();

/** Adds the date words of more languages (the chunk `languages.ts`, loaded on demand by the element). */
export function addDateWords(table: Readonly<Record<string, string>>): void {
  Object.assign(dateCatalog, table);
  cache.clear();
}

/** Date words for a BCP 47 locale, by its language; English when we have none. */
export function dateWordsFor(locale: string): DateWords {
  const lang = language(locale) in dateCatalog ? language(locale) : 'en';
  let words = cache.get(lang);
  if (!words) {
    const fields = dateCatalog[lang].split('|');
    const [decade, seasons, ongoing, unknown, about, doubt, season] = dateCatalog.en
      .split('|')
      .map((en, i) => fields[i] || en);
    const [long, short = long] = about.split(' ');
    words = {
      decade: (y) =>
        put(decade, y) +
        (lang === 'tr'
          ? suffix(y, 'lar ler lar lar ler lar ler ler lar', 'ler')
          : lang === 'az'
            ? `${suffix(y, 'cu ci cu cı ci cı ci ci cı', 'cü')} illər`
            : ''),
      season: (s, y) => season.replace('{s}', seasons.split(' ')[s]).replace('{y}', y),
      ongoing: (d, p) =>
        lang === 'fr'
          ? `depuis ${frArticle(d, p)}${d}`
          : fields[2] || lang === 'en'
            ? put(ongoing, d)
            : `${d} – ${new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(0, 'day')}`,
      unknown: (d) => `${d} – ${unknown}`,
      about: long,
      aboutShort: short,
      doubt,
    };
    cache.set(lang, words);
  }
  return words;
}
