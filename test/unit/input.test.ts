import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { columnLetter, readCsv } from '../../src/data/csv.js';
import { htmlToText } from '../../src/data/html.js';
import { detectFormat, parseInput, readInput } from '../../src/data/input.js';
import { parseDocument } from '../../src/data/parse.js';
import { fromTimelineJS, isTimelineJS } from '../../src/data/timelinejs.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const TEMPLATE =
  'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';
const csv = (text: string) => parseInput(text, { contentType: 'text/csv' });
const summary = (r: ReturnType<typeof parseInput>) =>
  r.events.map((e) => [e.date.text, e.endDate?.text ?? null, e.title]);

describe('htmlToText', () => {
  test('keeps the text, makes lines of <br> and blocks, and collapses markup whitespace', () => {
    expect(htmlToText('<p>Line one.<br>Line <b>two</b>.</p>\n<p>Second   paragraph</p>')).toBe(
      'Line one.\nLine two.\nSecond paragraph',
    );
  });
  test('drops script, style and comments, and creates nothing', () => {
    expect(
      htmlToText('<script>window.__pwned=1</script>A<style>*{}</style><!-- x -->B<img src=x onerror=alert(1)>'),
    ).toBe('AB');
  });
  test('decodes entities (named, decimal, hex) but leaves unknown ones', () => {
    expect(htmlToText('<i>1<sup>er</sup> octobre &amp; l&#39;OSCE &#x2014; &eacute;t&eacute; &bogus;</i>')).toBe(
      "1er octobre & l'OSCE — été &bogus;",
    );
  });
  test('text without markup is returned exactly, newlines included', () => {
    expect(htmlToText('a < b\n  and c > d')).toBe('a < b\n  and c > d');
    expect(htmlToText('two\nlines', true)).toBe('two lines');
  });
  test('a > inside a quoted attribute does not end the tag', () => {
    expect(htmlToText('<a title="a > b" href="x">link</a>')).toBe('link');
  });
  test('singleLine turns line breaks into spaces (titles)', () => {
    expect(htmlToText('Whitney Houston<br/> 1963 - 2012', true)).toBe('Whitney Houston 1963 - 2012');
  });
});

describe('detectFormat', () => {
  test.each([
    ['text/csv; charset=utf-8', undefined, 'csv'],
    ['application/json', 'x.csv', 'json'],
    ['text/plain', 'data/x.csv?v=2', 'csv'],
    [null, 'x.json', 'json'],
    ['application/octet-stream', undefined, 'csv'],
  ] as const)('content type %s, url %s → %s', (contentType, url, format) => {
    expect(detectFormat('date,title\n1994,A', { contentType, url })).toBe(format);
  });
  test('sniffs the text when nothing is declared', () => {
    expect(detectFormat('[{"date":"1994"}]')).toBe('json');
    expect(detectFormat('  {"events":[]}')).toBe('json');
    expect(detectFormat('<!doctype html>')).toBe('json');
    expect(detectFormat('date;title\n1994;A')).toBe('csv');
    expect(detectFormat('yesterday')).toBe('json');
    expect(detectFormat([{ date: '1994' }])).toBe('json');
  });
  test('hostile and empty values get exactly the issues parseDocument gives them (a Proxy whose traps throw)', () => {
    const trap = new Proxy([], {
      get() {
        throw new Error('trap');
      },
    });
    const trapObject = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('trap');
        },
        getOwnPropertyDescriptor() {
          throw new Error('trap');
        },
      },
    );
    for (const value of [trap, { events: trap }, trapObject, undefined, null, 42]) {
      expect(parseInput(value).issues).toEqual(parseDocument(value).issues);
    }
  });

  test('our JSON passes through readInput untouched, so the parser reports its errors', () => {
    const text = '[{"date":"1994","title":"A"},]';
    expect(readInput(text)).toEqual({ format: 'json', document: text, issues: [] });
    expect(parseInput(text).issues).toEqual(parseDocument(text).issues);
  });
});

describe('CSV with our headers', () => {
  test('reads every field, matches headers case-insensitively, trims cells, keeps quoted newlines and CRLF', () => {
    const r = csv(
      '\uFEFFID,Date,End,Title,Description,URL,Group,Category,Media_URL,Media_Alt,Media_Caption,Media_Credit\r\n' +
        'era, 1994 ,2020-09-27,Le conflit gelé,"Ligne 1\r\nLigne 2",https://example.org/,Conflit,guerre,/a.jpg,Carte,Légende,AFP\r\n',
    );
    expect(r.format).toBe('csv');
    expect(r.issues).toEqual([]);
    expect(r.events).toHaveLength(1);
    expect(r.events[0]).toMatchObject({
      id: 'era',
      title: 'Le conflit gelé',
      description: 'Ligne 1\r\nLigne 2',
      url: 'https://example.org/',
      group: 'Conflit',
      isRange: true,
    });
    expect(r.events[0].source).toMatchObject({
      category: 'guerre',
      media: { url: '/a.jpg', alt: 'Carte', caption: 'Légende', credit: 'AFP' },
    });
  });

  test('a bad date names the row and column, with the JSON path hint ("27/09/2020")', () => {
    const r = csv('date,title\n2020-09-27,Bon\n27/09/2020,Inversé\n');
    expect(r.events.map((e) => e.title)).toEqual(['Bon']);
    expect(r.issues).toEqual([
      {
        index: 1,
        field: 'date',
        row: 3,
        message: expect.stringMatching(
          /^Row 3, column "date" \("Inversé"\): "date" is "27\/09\/2020", write the year first, as in 2020-09-27; expected YYYY/,
        ),
      },
    ]);
  });

  test('an indented inline CSV (as in a <script type="text/csv">) is read, quotes included', () => {
    const r = csv(`
      date;title;description
      1994;"Cessez-le-feu; gelé";"Ligne 1
      Ligne 2"
    `);
    expect(r.issues).toEqual([]);
    expect(r.events[0]).toMatchObject({ title: 'Cessez-le-feu; gelé', description: 'Ligne 1\nLigne 2' });
  });

  test('a date built from number cells leaves off the string forms; a whole date typed in Year keeps them', () => {
    const r = csv('Year,Month,Headline\n2020,13,A\n27/09/2020,,B\n');
    expect(r.issues.map((i) => i.message)).toEqual([
      'Row 2, column "Month" ("A"): "date" is "2020-13", not a real date: months go from 01 to 12, not 13.',
      expect.stringMatching(
        /^Row 3, column "Year" \("B"\): "date" is "27\/09\/2020", write the year first, as in 2020-09-27; expected YYYY/,
      ),
    ]);
  });

  test('a semicolon-separated file (Excel in French) is read', () => {
    const r = csv('date;title;description\n2020-09-27;Escalade;"a; b"\n');
    expect(r.issues).toEqual([]);
    expect(r.events[0]).toMatchObject({ title: 'Escalade', description: 'a; b' });
  });

  test('columnLetter counts like a spreadsheet', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});

describe('CSV in the TimelineJS Sheets template', () => {
  test('the seed story: title row, a range, HTML text as plain text with its paragraphs', () => {
    const r = parseInput(read('data/karabakh.fr.timelinejs.csv'), { url: 'karabakh.fr.timelinejs.csv' });
    const json = parseDocument(read('data/karabakh.fr.json'));
    expect(r.issues).toEqual([]);
    expect(r.title).toBe(json.title);
    expect(summary(r)).toEqual(summary({ ...json, format: 'json' }));
    expect(r.events.map((e) => e.description)).toEqual(json.events.map((e) => e.description));
  });

  test('the seed with a blank row and a bad month: the rows after the blank one are read; one issue names row 7', () => {
    const r = parseInput(read('data/karabakh.fr.timelinejs.bad.csv'), { url: 'karabakh.fr.timelinejs.bad.csv' });
    expect(r.events.map((e) => e.title)).toEqual([
      'Cessez-le-feu : le conflit est « gelé »',
      'Le conflit gelé',
      'Escalade au Haut-Karabakh, loi martiale',
      "Déclaration des coprésidents du Groupe de Minsk de l'OSCE",
    ]);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ index: 3, field: 'Month', row: 7 });
    expect(r.issues[0].message).toMatch(
      /^Row 7, column "Month" \("Lavrov et Çavuşoğlu pour l'arrêt immédiat des hostilités"\): "date" is "2020-13-01", not a real date: months go from 01 to 12, not 13\.$/,
    );
  });

  test("TimelineJS's own template CSV (oracle): title slide, ranges, months, media as image or link", () => {
    const r = parseInput(read('test/fixtures/timelinejs/my-own-timeline.csv'), { url: 'my-own-timeline.csv' });
    expect(r.issues).toEqual([]);
    expect(r.title).toBe('MY OWN CSV');
    expect(r.events).toHaveLength(10);
    const ada = r.events.find((e) => e.title === 'Ada Lovelace')!;
    expect([ada.date.text, ada.endDate?.text, ada.isRange]).toEqual(['1815-12-10', '1852-11-27', true]);
    expect(ada.description).toMatch(/^Women have been programming.*Analytical Engine.*algorithm\.\nThis slide/s);
    expect(ada.description).not.toMatch(/[<>]/);
    expect(ada.source.media).toEqual({
      url: expect.stringMatching(/Ada_Lovelace_portrait\.jpg$/),
      alt: 'Portrait by Alfred Edward Chalon',
      caption: 'Portrait by Alfred Edward Chalon',
      credit: 'Wikimedia Commons',
    });
    const eniac = r.events.find((e) => e.title === '...And the women who made it work')!;
    expect([eniac.date.text, eniac.endDate?.text, eniac.url]).toEqual([
      '1943-07',
      '1946',
      'https://www.youtube.com/watch?v=aPweFhhXFvY',
    ]);
    // A Media cell holding HTML (a blockquote) is neither media nor a link.
    const clarke = r.events.find((e) => e.title.startsWith('Edith Clarke'))!;
    expect(clarke.url).toBeUndefined();
    expect(clarke.source.media).toBeUndefined();
  });

  test('Time and End Time cells, AM/PM, eras and groups', () => {
    const r = csv(
      `${TEMPLATE}\n2020,9,27,14:30,2020,9,27,2:45 PM,,Réunion,,,,,,,Diplomatie,\n1994,,,,2020,,,,,Gel,,,,,,era,,\n`,
    );
    expect(r.issues).toEqual([]);
    expect(summary(r)).toEqual([
      ['1994', '2020', 'Gel'],
      ['2020-09-27T14:30', '2020-09-27T14:45', 'Réunion'],
    ]);
    expect(r.events[1].group).toBe('Diplomatie');
  });

  test('a whole date typed in the Year column is judged by the date parser', () => {
    const r = csv('Year,Headline\n2020-09-27,Bon\n27/09/2020,Inversé\n');
    expect(summary(r)).toEqual([['2020-09-27', null, 'Bon']]);
    expect(r.issues[0]).toMatchObject({ row: 3, field: 'Year' });
    expect(r.issues[0].message).toContain('write the year first, as in 2020-09-27');
  });

  test('years are padded and signed as the grammar wants (50 → 0050, -500 → -0500, "-10,000")', () => {
    const r = csv('Year,Headline\n50,A\n-500,B\n"-10,000",C\n');
    expect(r.issues).toEqual([]);
    expect(r.events.map((e) => e.date.text).sort()).toEqual(['-0500', '-10000', '0050'].sort());
  });
});

describe('TimelineJS JSON', () => {
  test('isTimelineJS tells its documents from ours', () => {
    expect(isTimelineJS({ events: [{ start_date: { year: 1994 } }] })).toBe(true);
    expect(isTimelineJS({ title: { text: { headline: 'T' } }, events: [] })).toBe(true);
    expect(isTimelineJS({ title: 'T', events: [{ date: '1994', title: 'A' }] })).toBe(false);
    expect(isTimelineJS([{ start_date: { year: 1994 } }])).toBe(false);
  });

  test('the seed as TimelineJS JSON: title, ids, the era as a range, slide text as plain text', () => {
    const r = parseInput(read('data/karabakh.fr.timelinejs.json'), { contentType: 'application/json' });
    const json = parseDocument(read('data/karabakh.fr.json'));
    expect(r.format).toBe('timelinejs');
    expect(r.issues).toEqual([]);
    expect(r.title).toBe(json.title);
    expect(r.events.map((e) => [e.id, e.date.text, e.endDate?.text, e.title])).toEqual(
      json.events.map((e) => [e.id, e.date.text, e.endDate?.text, e.title]),
    );
    const escalade = r.events.find((e) => e.id === 'escalade-2020-09-27')!;
    expect(escalade.description).toBe(json.events.find((e) => e.id === 'escalade-2020-09-27')!.description);
    const minsk = r.events.find((e) => e.id === 'groupe-de-minsk-2020-10-01')!;
    expect(minsk.description).toMatch(/\nGroupe de Minsk de l'OSCE$/);
  });

  test('the Whitney Houston example (oracle): 18 slides, string date parts, HTML headline, media', () => {
    const r = parseInput(read('test/fixtures/timelinejs/houston.timeline3.json'));
    expect(r.format).toBe('timelinejs');
    expect(r.issues).toEqual([]);
    expect(r.title).toBe('Whitney Houston 1963 - 2012');
    expect(r.events).toHaveLength(18);
    expect(r.events[0]).toMatchObject({ title: 'A Musical Heritage' });
    expect(r.events[0].date.text).toBe('1963-08-09');
    expect(r.events[0].source.media).toMatchObject({ url: '/static/img/examples/houston/family.jpg' });
    expect(r.events.at(-1)!.title).toBe('Whitney Houston 1963-2012');
    expect(r.events.at(-1)!.date.text).toBe('2012-02-11');
    for (const e of r.events) expect(`${e.title}${e.description ?? ''}`).not.toMatch(/<[a-z/]/i);
  });

  test('the eras template (oracle): eras become ranges after the slides', () => {
    const r = parseInput(read('test/fixtures/timelinejs/eras.json'));
    expect(r.issues).toEqual([]);
    const eras = r.events.filter((e) => e.title.startsWith('Era Test'));
    expect(eras.map((e) => [e.date.text, e.endDate?.text])).toEqual([
      ['600', '650'].map((y) => y.padStart(4, '0')),
      ['650', '700'].map((y) => y.padStart(4, '0')),
      ['700', '720'].map((y) => y.padStart(4, '0')),
    ]);
  });

  test('issues name TimelineJS paths: events[1].start_date.month, eras[0].end_date', () => {
    const r = parseInput({
      events: [
        { start_date: { year: 1994 }, text: { headline: 'Bon' } },
        { start_date: { year: 2020, month: 13 }, text: { headline: 'Mois 13' } },
        { start_date: { year: 2020, month: 'sept' }, text: { headline: 'Mois en lettres' } },
        { start_date: { year: 2020 }, text: { text: 'no headline' } },
      ],
      eras: [{ start_date: { year: 1994 }, text: { headline: 'Ère' } }],
    });
    expect(r.events.map((e) => e.title)).toEqual(['Bon', 'Ère']);
    expect(r.issues.map((i) => [i.index, i.field])).toEqual([
      [1, 'events[1].start_date.month'],
      [2, 'events[2].start_date.month'],
      [3, 'events[3].text.headline'],
      [4, 'eras[0].end_date'],
    ]);
    expect(r.issues[0].message).toMatch(
      /^events\[1\]\.start_date\.month \("Mois 13"\): "date" is "2020-13", not a real date: months go from 01 to 12, not 13/,
    );
    expect(r.issues[1].message).toBe(
      'events[2].start_date.month ("Mois en lettres"): "month" is "sept", expected a whole number; the slide was left out.',
    );
    expect(r.issues[2].message).toMatch(/^events\[3\]\.text\.headline: "title" is missing/);
  });

  test('fromTimelineJS is exported and gives a document parseDocument takes', () => {
    const r = fromTimelineJS({
      events: [{ start_date: { year: '2020', month: '9', day: '27' }, text: { headline: 'x' } }],
    });
    expect(r.document).toEqual({ events: [{ date: '2020-09-27', title: 'x' }] });
    expect(parseDocument(r.document).events[0].date.precision).toBe('day');
  });
});

describe('readCsv directly', () => {
  test('returns the converted document and where each event came from', () => {
    const r = readCsv('date,title\n\n1994,A\n');
    expect(r.document).toEqual({ events: [{ date: '1994', title: 'A' }] });
    expect(r.locate!(0, 'title', '')).toEqual({ where: 'Row 3, column "title"', field: 'title', row: 3 });
  });
});
