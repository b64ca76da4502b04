import type { DatePrecision } from './timeline.types.js';

/** The few words the element writes itself, per language; anything else comes from Intl. */
export interface Messages {
  timeline: string;
  zoomIn: string;
  zoomOut: string;
  zoomToFit: string;
  close: string;
  link: string;
  wheelHint: (modifier: string) => string;
  events: (n: number) => string;
  cluster: (n: number, span: string) => string;
  visibleRange: (span: string) => string;
  problems: (n: number) => string;
  empty: string;
  loading: string;
}

const en: Messages = {
  timeline: 'Timeline',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomToFit: 'Show all events',
  close: 'Close',
  link: 'Read more',
  wheelHint: (m) => `Use ${m} + scroll to zoom the timeline`,
  events: (n) => (n === 1 ? '1 event' : `${n} events`),
  cluster: (n, span) => `${n} events, ${span}. Activate to see them.`,
  visibleRange: (span) => `Showing ${span}`,
  problems: (n) => (n === 1 ? '1 problem in the timeline data' : `${n} problems in the timeline data`),
  empty: 'No events to show.',
  loading: 'Loading the timeline…',
};

const fr: Messages = {
  timeline: 'Chronologie',
  zoomIn: 'Zoomer',
  zoomOut: 'Dézoomer',
  zoomToFit: 'Afficher tous les événements',
  close: 'Fermer',
  link: 'En savoir plus',
  wheelHint: (m) => `Utilisez ${m} + molette pour zoomer sur la chronologie`,
  events: (n) => (n <= 1 ? `${n} événement` : `${n} événements`),
  cluster: (n, span) => `${n} événements, ${span}. Activer pour les voir.`,
  visibleRange: (span) => `Période affichée : ${span}`,
  problems: (n) => (n <= 1 ? '1 problème dans les données' : `${n} problèmes dans les données`),
  empty: 'Aucun événement à afficher.',
  loading: 'Chargement de la chronologie…',
};

const catalog: Record<string, Messages> = { en, fr };

/** The language of a BCP 47 locale: `fr-CA` → `fr`. */
export const language = (locale: string): string => String(locale).toLowerCase().split(/[-_]/)[0];

/** Messages for a BCP 47 locale, by its language; English when we have none. */
export function messagesFor(locale: string): Messages {
  return catalog[language(locale)] ?? en;
}

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
