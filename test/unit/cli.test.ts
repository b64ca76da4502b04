/**
 * Issue 15 §4: the CLI, run as a user runs it: `node bin/event-timeline.mjs` on the built parser. The library is
 * built once into node_modules/.cache (so the repository's dist/ is left alone) next to a copy of the script,
 * which imports `../dist/data/…` exactly as it does in the npm package.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const home = join(root, 'node_modules/.cache', `event-timeline-cli-${process.pid}`);
const work = mkdtempSync(join(tmpdir(), 'event-timeline-cli-'));
const cli = join(home, 'bin/event-timeline.mjs');

beforeAll(() => {
  mkdirSync(join(home, 'bin'), { recursive: true });
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      join(home, 'dist'),
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    { cwd: root, stdio: 'pipe' },
  );
  copyFileSync(join(root, 'bin/event-timeline.mjs'), cli);
}, 120_000);

afterAll(() => {
  rmSync(home, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, text: string): string {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}

describe('event-timeline validate', () => {
  test('exits with 0 on the showcase, in every format', () => {
    const r = run(
      'validate',
      'data/karabakh.fr.json',
      'data/karabakh.fr.timelinejs.csv',
      'data/karabakh.fr.timelinejs.json',
    );
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'data/karabakh.fr.json: 5 events, no issues\n' +
        'data/karabakh.fr.timelinejs.csv: 5 events, no issues\n' +
        'data/karabakh.fr.timelinejs.json: 5 events, no issues\n',
    );
    expect(r.code).toBe(0);
  });

  test('exits with 1 on "27/09/2020" and the number 1994, naming both', () => {
    const bad = file(
      'bad.json',
      JSON.stringify([
        { date: '27/09/2020', title: 'Inversée' },
        { date: 1994, title: 'Nombre' },
      ]),
    );
    const r = run('validate', bad);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^.*bad\.json: Event 0 \("Inversée"\): "date" is "27\/09\/2020", write the year first/);
    expect(lines[1]).toMatch(
      /^.*bad\.json: Event 1 \("Nombre"\): "date" is 1994 \(a number\), not a string: write it in quotes/,
    );
  });

  test('prefixes CSV issues with file:row, and counts the blank row', () => {
    const r = run('validate', 'data/karabakh.fr.timelinejs.bad.csv');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^data\/karabakh\.fr\.timelinejs\.bad\.csv:7: Row 7, column "Month" \("Lavrov/);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
  });

  test('--json prints one result per file, with a missing file as a document issue', () => {
    const r = run('validate', '--json', 'data/karabakh.fr.timelinejs.bad.csv', 'missing.csv');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject([
      {
        file: 'data/karabakh.fr.timelinejs.bad.csv',
        format: 'csv',
        events: 4,
        issues: [{ index: 3, field: 'Month', row: 7 }],
      },
      { file: 'missing.csv', format: null, events: 0, issues: [{ index: null, field: 'document' }] },
    ]);
    expect(out[1].issues[0].message).toMatch(/^The document could not be read: ENOENT/);
  });

  test('a usage error exits with 2 and prints the usage', () => {
    const r = run('frobnicate');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command "frobnicate"[\s\S]*Usage:/);
  });
});

describe('event-timeline convert', () => {
  test('turns a three-row sheet into three events', () => {
    const sheet = file(
      'three.csv',
      'Year,Month,Day,Headline,Text\n1994,,,Cessez-le-feu,<p>Un</p><p>Deux</p>\n2020,9,27,Escalade,\n2020,10,1,Déclaration,\n',
    );
    const r = run('convert', sheet);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      events: [
        { date: '1994', title: 'Cessez-le-feu', description: 'Un\nDeux' },
        { date: '2020-09-27', title: 'Escalade' },
        { date: '2020-10-01', title: 'Déclaration' },
      ],
    });
  });

  test('turns TimelineJS JSON into ours, whose validation then passes', () => {
    const r = run('convert', 'data/karabakh.fr.timelinejs.json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.title).toBe("Haut-Karabakh : du conflit gelé à l'escalade de 2020");
    expect(doc.events).toHaveLength(5);
    const again = run('validate', file('converted.json', r.stdout));
    expect(again.code).toBe(0);
  });

  test('prints issues on stderr and exits with 1, still printing what it converted', () => {
    const r = run('convert', 'data/karabakh.fr.timelinejs.bad.csv');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^data\/karabakh\.fr\.timelinejs\.bad\.csv:7: Row 7, column "Month"/);
    expect(JSON.parse(r.stdout).events).toHaveLength(5);
  });
});
