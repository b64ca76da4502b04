import { language } from './data/words.js';

// The words of date labels (decades, seasons, "since", "end unknown") are in src/data/words.ts, so that the pure
// date formatting can use them without importing the element's side (see docs/architecture.md); they are part of
// this catalogue all the same: add a language there too.
export { type DateWords, dateWordsFor } from './data/words.js';

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

/** Messages for a BCP 47 locale, by its language; English when we have none. */
export function messagesFor(locale: string): Messages {
  return catalog[language(locale)] ?? en;
}
