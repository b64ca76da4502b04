/**
 * The seed article's events with the issue 14 fields: an image (a schematic map made for these stories, in
 * stories/assets/) and categories. Facts as in data/karabakh.fr.json; the captions say only what the article says.
 */
import fr from '../data/karabakh.fr.json';
import type { TimelineEventInput } from '../src/timeline.types.js';

/** Where the map is served: Storybook's static `/images` (stories/assets), the test server's project root. */
export const MAP_URL = {
  storybook: 'images/karabakh-map.svg',
  test: '/stories/assets/karabakh-map.svg',
};

export const MAP_MEDIA = {
  alt: "Carte schématique : le Haut-Karabakh, sur le territoire de l'Azerbaïdjan, près de la frontière arménienne ; la ligne de démarcation en pointillés.",
  caption: 'La ligne de démarcation du Haut-Karabakh, en Transcaucasie.',
  credit: 'Schéma : event-timeline, non à l’échelle',
};

const byId = (id: string) => fr.events.find((e) => e.id === id) as TimelineEventInput;

/**
 * The French document with the map on the escalation, and a `media` whose url is `javascript:` on the Minsk Group
 * statement: it is reported and never rendered.
 */
export function withMedia(url: string) {
  return {
    title: fr.title,
    events: fr.events.map((e): TimelineEventInput => {
      if (e.id === 'escalade-2020-09-27') return { ...e, media: { url, ...MAP_MEDIA } };
      if (e.id === 'groupe-de-minsk-2020-10-01') {
        return { ...e, media: { url: 'javascript:alert(1)', alt: 'Déclaration', caption: 'Ne doit pas s’afficher' } };
      }
      return e;
    }),
  };
}

/**
 * The conflict events and the diplomatic statements as two categories; diplomacy has a colour of its own, for the
 * light and the dark scheme (a plain colour would be used in both).
 */
export function withCategories(diplomacyColor = 'light-dark(#1b7f3b, #5fcf83)') {
  return {
    title: fr.title,
    categories: {
      conflit: { label: 'Conflit' },
      diplomatie: { label: 'Diplomatie', color: diplomacyColor },
    },
    events: fr.events.map((e) => ({
      ...byId(e.id),
      category: e.id.startsWith('lavrov') || e.id.startsWith('groupe') ? 'diplomatie' : 'conflit',
    })),
  };
}

export const DIPLOMACY_TITLES = [
  "Lavrov et Çavuşoğlu pour l'arrêt immédiat des hostilités",
  "Déclaration des coprésidents du Groupe de Minsk de l'OSCE",
];
