import { beforeAll, describe, expect, test } from 'vitest';
import { parseDate } from '../../src/data/dates.js';
import { formatDate, formatEventDate } from '../../src/data/format.js';
import { dateLocale, formatsDates } from '../../src/data/locales.js';
import { dateWordsFor } from '../../src/data/words.js';
import { fill, LANGUAGES, languageLoading, loadLanguages, messagesFor } from '../../src/i18n.js';
import { LabelService } from '../../src/labels.js';

// Languages beyond English and French are a chunk the element loads when a reader needs one.
beforeAll(() => loadLanguages());

test('a language beyond English and French is loaded on demand, once', async () => {
  await loadLanguages();
  expect(languageLoading('ru-RU')).toBeUndefined();
  expect(languageLoading('fr')).toBeUndefined();
  // Not one of ours: nothing to load, English it is.
  expect(languageLoading('nl')).toBeUndefined();
});

/** The 18 languages of issue #16. */
const EIGHTEEN = 'en fr de es it pt ru uk tr az hy ka ar fa he zh ja ko'.split(' ');
const date = (text: string) => {
  const parsed = parseDate(text);
  if (!parsed.ok) throw new Error(text);
  return parsed.date;
};

describe('messages', () => {
  test('every one of the 18 languages names every control in its own words', () => {
    expect(LANGUAGES).toEqual(expect.arrayContaining(EIGHTEEN));
    const english = messagesFor('en');
    for (const lang of EIGHTEEN.slice(1)) {
      const m = messagesFor(lang);
      for (const key of ['zoomIn', 'zoomOut', 'zoomToFit', 'close', 'link', 'empty', 'loading', 'timeline'] as const) {
        expect(m[key], `${lang} ${key}`).not.toBe(english[key]);
      }
      expect(m.wheelHint('Ctrl'), lang).not.toBe(english.wheelHint('Ctrl'));
      expect(m.cluster(3, 'X'), lang).toContain('X');
      expect(m.problems(2), lang).not.toBe(english.problems(2));
      // The progress bar's words hold the count as the language says it.
      expect(m.reading(100_000), lang).not.toBe(english.reading(100_000));
      expect(m.reading(100_000), lang).toContain(m.events(100_000));
    }
  });

  test('Chinese in traditional characters (zh-TW, zh-HK, zh-Hant) is not given the simplified strings', async () => {
    await loadLanguages();
    for (const tag of ['zh-TW', 'zh-HK', 'zh-Hant', 'zh-Hant-TW', 'zh_TW']) {
      expect(messagesFor(tag).zoomToFit, tag).toBe('顯示全部');
      expect(messagesFor(tag).loading, tag).toBe('載入中…');
    }
    for (const tag of ['zh', 'zh-CN', 'zh-Hans', 'zh-SG']) expect(messagesFor(tag).zoomToFit, tag).toBe('显示全部');
  });

  test('counts take the plural form of their language (Intl.PluralRules) and its digits (Intl.NumberFormat)', () => {
    const ru = messagesFor('ru');
    expect([1, 2, 5, 21, 22, 25].map((n) => ru.events(n))).toEqual([
      '1 событие',
      '2 события',
      '5 событий',
      '21 событие',
      '22 события',
      '25 событий',
    ]);
    const uk = messagesFor('uk-UA');
    expect([1, 3, 11].map((n) => uk.events(n))).toEqual(['1 подія', '3 події', '11 подій']);
    const ar = messagesFor('ar');
    expect(ar.events(1)).toBe('حدث واحد');
    expect(ar.events(2)).toBe('حدثان');
    expect(ar.events(3)).toMatch(/أحداث$/);
    expect(ar.events(11)).toMatch(/حدثًا$/);
    expect(ar.events(100)).toMatch(/حدث$/);
    expect(messagesFor('fr').events(0)).toBe('0 événement');
    expect(messagesFor('en').events(1234)).toBe('1,234 events');
    expect(messagesFor('fa').more(3)).toBe(`+${new Intl.NumberFormat('fa').format(3)}`);
    expect(messagesFor('tr').events(3)).toBe('3 olay');
  });

  test('a region falls back to its language, then to English', () => {
    expect(messagesFor('hy-AM').zoomIn).toBe(messagesFor('hy').zoomIn);
    expect(messagesFor('pt-BR').zoomIn).toBe('Ampliar');
    expect(messagesFor('eu-ES').zoomIn).toBe('Zoom in');
    expect(messagesFor('not a tag!').events(2)).toBe('2 events');
  });

  test('a page supplies or overrides strings for any language, key by key', () => {
    const overrides = { eu: { zoomIn: 'Handitu' }, 'fr-CA': { close: 'Fermer la fiche' }, EN: { link: 'More' } };
    expect(messagesFor('eu', overrides).zoomIn).toBe('Handitu');
    expect(messagesFor('eu', overrides).zoomOut).toBe('Zoom out');
    expect(messagesFor('eu', overrides).link).toBe('More');
    expect(messagesFor('fr-CA', overrides).close).toBe('Fermer la fiche');
    expect(messagesFor('fr-CA', overrides).link).toBe('En savoir plus');
    expect(messagesFor('fr-FR', overrides).close).toBe('Fermer');
    const plural = { eu: { events: { one: '{n} gertaera', other: '{n} gertaera' } } };
    expect(messagesFor('eu', plural).cluster(2, 'X')).toBe('2 gertaera, X. Activate to see them.');
  });

  test('German names the Ctrl key "Strg"; lists are joined with the locale separator', () => {
    expect(messagesFor('de').wheelHint('Ctrl')).toBe('Strg + Mausrad zum Zoomen');
    expect(messagesFor('de').wheelHint('⌘')).toContain('⌘ + Mausrad');
    expect(messagesFor('en').sep).toBe(', ');
    expect(messagesFor('ja').sep).toBe('、');
    expect(messagesFor('ar').sep).toBe('، ');
  });

  test('a date that ends with a full stop never gets a second one', () => {
    expect(fill('{span}. Next.', { span: '2020 г.' })).toBe('2020 г. Next.');
    expect(fill('{span}. Next.', { span: '2020' })).toBe('2020. Next.');
    const ru = messagesFor('ru');
    const span = formatDate(date('2020-10-01'), 'ru');
    expect(span).toMatch(/г\.$/);
    const name = ru.cluster(3, span);
    expect(name).not.toMatch(/\.\./);
    expect(name).toBe(`3 события, ${span} Нажмите, чтобы посмотреть.`);
    for (const lang of EIGHTEEN) {
      const m = messagesFor(lang);
      expect(m.cluster(2, formatDate(date('2020-09-27'), lang)), lang).not.toMatch(/\.\.|。。/);
    }
  });
});

describe('date words', () => {
  test('decades, seasons, ongoing and unknown ends in each language', () => {
    expect(formatDate(date('199X'), 'de')).toBe('1990er-Jahre');
    expect(formatDate(date('199X'), 'ru')).toBe('1990-е годы');
    expect(formatDate(date('199X'), 'tr')).toBe("1990'lar");
    expect(formatDate(date('198X'), 'tr')).toBe("1980'ler");
    expect(dateWordsFor('az').decade('1990')).toBe('1990-cı illər');
    expect(dateWordsFor('az').decade('2000')).toBe('2000-ci illər');
    expect(dateWordsFor('az').decade('1900')).toBe('1900-cü illər');
    expect(formatDate(date('199X'), 'ja')).toBe('1990年代');
    expect(formatDate(date('2020-23'), 'es')).toBe('otoño de 2020');
    expect(formatDate(date('2020-23'), 'zh')).toBe('2020年秋季');
    expect(formatDate(date('1994~'), 'ru')).toBe(`ок.\u00a0${formatDate(date('1994'), 'ru')}`);
    expect(formatDate(date('1994?'), 'ar')).toMatch(/؟$/);
    for (const lang of EIGHTEEN) {
      const words = dateWordsFor(lang);
      expect(words.ongoing('1994', 'year'), lang).toContain('1994');
      expect(words.unknown('1994', 'year'), lang).toMatch(/^1994 – \S/);
      for (const s of [0, 1, 2, 3]) expect(words.season(s, '2020'), lang).not.toContain('undefined');
    }
  });

  test('an ongoing era: "since" where the label can follow it as is, else a range to Intl\'s "today"', () => {
    const era = (lang: string, from: string) =>
      formatEventDate({ date: date(from), openEnd: 'ongoing' } as Parameters<typeof formatEventDate>[0], lang);
    expect(era('fr', '2020-23')).toBe("depuis l'automne 2020");
    expect(era('fr', '2020-09-27')).toBe('depuis le 27 septembre 2020');
    expect(era('en', '1994')).toBe('since 1994');
    expect(era('de', '2020-09-27')).toBe('27. September 2020 – heute');
    expect(era('ru', '2020-09')).toBe(`${formatDate(date('2020-09'), 'ru')} – сегодня`);
    expect(era('ja', '1994')).toBe('1994年 – 今日');
  });
});

describe('locale data the engine lacks', () => {
  test('a locale with date data is kept; one without falls back to the next of the reader, then English', () => {
    const lacking = new Set(['hy', 'hy-am', 'az']);
    const supports = (l: string) => !lacking.has(l.toLowerCase());
    expect(dateLocale('fr-FR', ['ru'], supports)).toBe('fr-FR');
    expect(dateLocale('hy-AM', ['hy', 'ru-RU', 'en'], supports)).toBe('ru-RU');
    expect(dateLocale('az', [undefined, '', 'hy'], supports)).toBe('en');
  });

  test('Node has full ICU: the 18 languages all have dates, a bad tag has none', () => {
    for (const lang of EIGHTEEN) expect(formatsDates(lang), lang).toBe(true);
    expect(formatsDates('not a tag!')).toBe(false);
  });

  test('the label service keeps messages in the requested language and dates in the one it can label', () => {
    const labels = new LabelService('hy', undefined, ['ru']);
    expect(labels.requested).toBe('hy');
    expect(labels.locale).toBe(formatsDates('hy') ? 'hy' : 'ru');
    expect(labels.messages.zoomIn).toBe('Մեծացնել');
  });
});
