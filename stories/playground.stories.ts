import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import { denseAutumn2020 } from '../data/generate.js';
import history from '../data/history.en.json';
import en from '../data/karabakh.en.json';
import fr from '../data/karabakh.fr.json';
import '../src/index.js';
import type { EventTimeline } from '../src/timeline.js';
import { labels, rendered } from './helpers.js';

const documents = {
  'Karabakh (fr)': fr,
  'Karabakh (en)': en,
  '5,000 years (en)': history,
  '300 events, autumn 2020': denseAutumn2020(300),
};

type Args = {
  document: keyof typeof documents;
  locale: string;
  timeZone: string;
  start: string;
  end: string;
  selected: string;
  deepLink: boolean;
  height: string;
  width: string;
};

/**
 * Every attribute as a control, over the showcase and the stress documents. The Actions panel logs
 * `timeline-select`, `timeline-rangechange`, `timeline-load` and `timeline-error` (see .storybook/preview.ts).
 */
const meta = {
  title: 'Playground',
  component: 'event-timeline',
  args: {
    document: 'Karabakh (fr)',
    locale: 'fr-FR',
    timeZone: 'UTC',
    start: '',
    end: '',
    selected: '',
    deepLink: false,
    height: '22rem',
    width: '100%',
  },
  argTypes: {
    document: { control: 'select', options: Object.keys(documents) },
    locale: {
      control: 'select',
      options: [
        'fr-FR',
        'en-US',
        'en-GB',
        'de-DE',
        'es-ES',
        'it-IT',
        'pt-BR',
        'ru-RU',
        'uk-UA',
        'tr-TR',
        'az-AZ',
        'hy-AM',
        'ka-GE',
        'ar-EG',
        'fa-IR',
        'he-IL',
        'zh-CN',
        'ja-JP',
        'ko-KR',
      ],
    },
    timeZone: { control: 'select', options: ['UTC', 'Asia/Yerevan', 'Asia/Baku', 'America/New_York', 'Asia/Tokyo'] },
    start: { control: 'text', description: 'Date grammar, e.g. 2020-09-20' },
    end: { control: 'text', description: 'Date grammar, e.g. 2020-10-05' },
    selected: { control: 'text', description: 'An event id, e.g. escalade-2020-09-27' },
    height: { control: 'text', description: '--timeline-height' },
    width: { control: 'text' },
  },
  render: (args) =>
    html`<event-timeline
      locale=${args.locale}
      time-zone=${args.timeZone}
      start=${args.start || nothing}
      end=${args.end || nothing}
      selected=${args.selected || nothing}
      ?deep-link=${args.deepLink}
      style=${`--timeline-height: ${args.height}; width: ${args.width}`}
      .events=${documents[args.document]}
    ></event-timeline>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** The French showcase with every control at its default. */
export const Playground: Story = {
  play: async ({ canvasElement }) => {
    const el = await rendered(canvasElement.querySelector('event-timeline') as EventTimeline);
    await expect(el.issues).toEqual([]);
    await expect(labels(el)).toContain('Le conflit gelé');
  },
};
