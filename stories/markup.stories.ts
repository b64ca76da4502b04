import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/index.js';
import type { EventTimeline } from '../src/timeline.js';
import { labels, rendered } from './helpers.js';

/**
 * Progressive enhancement: the same Karabakh timeline written as a plain list. Without JavaScript (or in print)
 * the reader sees the list; with it, the list is the data.
 */
const meta = {
  title: 'Karabakh/From markup',
  component: 'event-timeline',
} satisfies Meta;
export default meta;
type Story = StoryObj;

export const FrenchList: Story = {
  render: () => html`
    <event-timeline lang="fr" locale="fr-FR" label="Haut-Karabakh : du conflit gelé à l'escalade de 2020">
      <ol>
        <li data-id="cessez-le-feu-1994" data-group="Conflit">
          <time datetime="1994">1994</time> <strong>Cessez-le-feu : le conflit est « gelé »</strong>
          <p>La guerre pour l'indépendance du Haut-Karabakh devient « un conflit gelé ».</p>
        </li>
        <li data-id="conflit-gele" data-group="Conflit">
          <time datetime="1994">1994</time> – <time datetime="2020-09-27">27 septembre 2020</time>
          <strong>Le conflit gelé</strong>
        </li>
        <li data-id="escalade-2020-09-27" data-group="Conflit">
          <time datetime="2020-09-27">27 septembre 2020</time> <strong>Escalade au Haut-Karabakh, loi martiale</strong>
          <p>La loi martiale est décrétée en Arménie et dans certaines régions de l'Azerbaïdjan.</p>
        </li>
        <li data-id="lavrov-cavusoglu-2020-10-01" data-group="Diplomatie">
          <time datetime="2020-10-01">1er octobre 2020</time>
          <strong>Lavrov et Çavuşoğlu pour l'arrêt immédiat des hostilités</strong>
        </li>
        <li data-id="groupe-de-minsk-2020-10-01" data-group="Diplomatie">
          <time datetime="2020-10-01">1er octobre 2020</time>
          <strong>Déclaration des coprésidents du Groupe de Minsk de l'OSCE</strong>
        </li>
      </ol>
    </event-timeline>
  `,
  play: async ({ canvasElement }) => {
    const el = await rendered(canvasElement.querySelector('event-timeline') as EventTimeline);
    await expect(el.issues).toEqual([]);
    await expect(labels(el)).toContain('Le conflit gelé');
    await expect(labels(el)).toContain('Cessez-le-feu : le conflit est « gelé »');
    // `data-group` puts the items in lanes, in order of first appearance.
    const lanes = [...el.shadowRoot!.querySelectorAll('[part="lane"]')].map((n) => n.textContent);
    await expect(lanes).toEqual(['Conflit', 'Diplomatie']);
    // The light-DOM list is not drawn once the element has upgraded.
    await expect((el.querySelector('ol') as HTMLElement).getBoundingClientRect().height).toBe(0);
  },
};
