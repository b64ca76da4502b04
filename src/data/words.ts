/**
 * The words of date labels that Intl cannot give, per language. They belong to the message catalogue of
 * `src/i18n.ts`, which re-exports them, but live here so that `format.ts` stays pure: src/data imports nothing of
 * the element's side.
 */
import type { DatePrecision } from '../timeline.types.js';

/** The language of a BCP 47 locale: `fr-CA` → `fr`. */
export const language = (locale: string): string => String(locale).toLowerCase().split(/[-_]/)[0];

/**
 * The words of date labels that Intl cannot give (DESIGN.md §2): decades, seasons and eras without a known end.
 * Every function gets the label Intl made (a year, a full date) and the precision it was written at, so a language
 * can choose its article ("depuis le 27 septembre", "depuis les années 1990", "depuis l'automne 2020").
 * To add a language, add an entry to `dateCatalog`; English is the fallback.
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
}

/** The French article after "depuis": le 27 septembre, les années 1990, l'automne, le printemps, 1994. */
function frArticle(label: string, precision: DatePrecision): string {
  if (precision === 'decade') return 'les ';
  if (precision === 'season') return /^[aeéh]/.test(label) ? "l'" : 'le ';
  return /^\d/.test(label) && precision !== 'year' && precision !== 'century' ? 'le ' : '';
}

const dateCatalog: Record<string, DateWords> = {
  en: {
    decade: (y) => `the ${y}s`,
    season: (s, y) => `${['spring', 'summer', 'autumn', 'winter'][s]} ${y}`,
    ongoing: (d) => `since ${d}`,
    unknown: (d) => `${d} – end unknown`,
  },
  fr: {
    decade: (y) => `années ${y}`,
    season: (s, y) => `${['printemps', 'été', 'automne', 'hiver'][s]} ${y}`,
    ongoing: (d, p) => `depuis ${frArticle(d, p)}${d}`,
    unknown: (d) => `${d} – fin inconnue`,
  },
};

/** Date words for a BCP 47 locale, by its language; English when we have none. */
export function dateWordsFor(locale: string): DateWords {
  return dateCatalog[language(locale)] ?? dateCatalog.en;
}
