// Runs every Storybook story in Firefox ESR and in WebKitGTK (the engines Vitest's Playwright provider cannot launch
// here), and writes the showcase screenshots per engine. `npm run test:engines`; Chromium runs the same stories in
// Vitest (`vitest --project storybook`).
//
// For each story, in each engine: it renders with no page error, unhandled rejection or console.error; its play
// function and the preview's afterEach pass; and the a11y addon's axe run, part of the same afterEach, finds
// nothing. All of it is read in the page (probe.js) from Storybook's own preview channel, so a story passes here on
// the same terms as in Vitest.
//
// Usage: node scripts/engines/run.mjs [--engine firefox|webkit|chromium]... [--story <id part>]... [--no-screenshots]
//        [--build] [--story-timeout <s>] [--timeout <s>]
// With no --engine: stories in firefox and webkit, screenshots in chromium, firefox and webkit.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { MINIMAL_VIEWPORTS } from 'storybook/viewport';
import { chromium } from './chromium.mjs';
import { firefox } from './firefox.mjs';
import { killAll, sleep, withTimeout } from './processes.mjs';
import { serve } from './server.mjs';
import { webkit } from './webkit.mjs';

const { values: options } = parseArgs({
  options: {
    engine: { type: 'string', multiple: true },
    story: { type: 'string', multiple: true },
    'no-screenshots': { type: 'boolean', default: false },
    build: { type: 'boolean', default: false },
    'story-timeout': { type: 'string', default: '30' },
    timeout: { type: 'string', default: '600' },
  },
});
const launchers = { chromium, firefox, webkit };
const storyTimeout = Number(options['story-timeout']) * 1000;
const runTimeout = Number(options.timeout) * 1000;
for (const name of options.engine ?? []) {
  if (!(name in launchers)) throw new Error(`unknown engine "${name}": use ${Object.keys(launchers).join(', ')}`);
}
// Which engines run the stories, and which take the screenshots.
const storyEngines = options.engine ?? ['firefox', 'webkit'];
const shotEngines = options['no-screenshots'] ? [] : (options.engine ?? ['chromium', 'firefox', 'webkit']);
const engineOrder = ['chromium', 'firefox', 'webkit'].filter(
  (e) => storyEngines.includes(e) || shotEngines.includes(e),
);

const root = 'storybook-static';
const shotDir = 'screenshots';
// The showcase at 1040 px, light and dark, and at a phone's 380 px (the README's two images). The French stories
// set the element's width themselves; the window is a little wider, for the story's padding (and, for the phone,
// wide enough for MiniBrowser, which cannot go below 447 px).
const shots = [
  { story: 'karabakh-showcase--french', file: 'showcase-light-1040.png', width: 1080, height: 600 },
  { story: 'karabakh-theming--dark', file: 'showcase-dark-1040.png', width: 1072, height: 600 },
  { story: 'karabakh-showcase--french-phone', file: 'showcase-phone-380.png', width: 460, height: 700 },
];
// What Vitest's story tests use when a story names no viewport (@storybook/addon-vitest, viewports.ts).
const DEFAULT_VIEWPORT = { width: 1200, height: 900 };

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const log = (line) => console.log(line);

// ---- Every exit path kills the browsers, the drivers and Xvfb.
/** @type {{ close(): Promise<unknown>, name: string }[]} */
const open = [];
let server;
async function cleanup() {
  for (const engine of open.splice(0)) await engine.close().catch(() => {});
  await server?.close();
  killAll();
}
/** Starts an engine, and remembers it for cleanup. */
async function start(name) {
  const engine = await launchers[name]({ timeout: storyTimeout });
  open.push(engine);
  return engine;
}
/** Closes an engine; kills what is left of it if it does not close in time. */
async function stop(engine) {
  const at = open.indexOf(engine);
  if (at < 0) return;
  open.splice(at, 1);
  await engine.close().catch((e) => log(`${engine.name}: closing: ${e.message}`));
  killAll();
}
process.on('exit', killAll);
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
]) {
  process.on(signal, () => {
    console.error(`engines: ${signal}: stopping the browsers`);
    withTimeout(cleanup(), 10_000, 'cleanup')
      .catch(() => {})
      .finally(() => process.exit(code));
  });
}
setTimeout(() => {
  console.error(`engines: FAILED: the whole run took longer than ${seconds(runTimeout)} (--timeout)`);
  withTimeout(cleanup(), 10_000, 'cleanup')
    .catch(() => {})
    .finally(() => process.exit(1));
}, runTimeout).unref();

// ---- Storybook: build it unless storybook-static/ is newer than everything it is built from.
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}
function ensureBuild() {
  const index = join(root, 'index.json');
  const inputs = ['src', 'stories', '.storybook', 'data', 'package-lock.json', 'vite.config.ts'];
  const fresh = existsSync(index) && existsSync(join(root, 'iframe.html'));
  if (!options.build && fresh && statSync(index).mtimeMs > Math.max(...inputs.map(newest))) {
    log(`engines: reusing ${root}/ (newer than ${inputs.join(', ')})`);
    return;
  }
  log(`engines: building Storybook into ${root}/`);
  const started = performance.now();
  const build = spawnSync('npm', ['run', '--silent', 'build-storybook'], { stdio: 'inherit', timeout: 300_000 });
  if (build.status !== 0) throw new Error(`npm run build-storybook failed (${build.error?.message ?? build.status})`);
  log(`engines: Storybook built in ${seconds(performance.now() - started)}`);
}

/** Viewport of a story, by the rule Vitest's story tests use: its viewport global, else its default viewport. */
function viewportOf(meta) {
  const param = meta?.viewport ?? {};
  const global = meta?.globalViewport ?? {};
  const disabled = param.disable || param.disabled;
  const key = global.value && !disabled ? global.value : disabled ? undefined : param.defaultViewport;
  const available = { ...MINIMAL_VIEWPORTS, ...param.viewports, ...param.options };
  const styles = key ? available[key]?.styles : undefined;
  if (!styles?.width || !styles?.height) return { ...DEFAULT_VIEWPORT };
  const px = (value, base) => {
    const n = Number.parseFloat(value);
    if (/%$|v[wh]$/.test(value)) return Math.round((base * n) / 100);
    if (/r?em$/.test(value)) return n * 16;
    return Math.round(n);
  };
  return {
    width: px(styles.width, DEFAULT_VIEWPORT.width),
    height: px(styles.height, DEFAULT_VIEWPORT.height),
    name: key,
  };
}

/** In the page: each story's viewport and a11y parameters, from Storybook's store (one page load for all). */
async function storyParameters(ids) {
  const started = performance.now();
  const storeOf = () => window.__STORYBOOK_PREVIEW__?.storyStoreValue;
  while (!storeOf()) {
    if (performance.now() - started > 20_000) throw new Error('Storybook did not initialise');
    await new Promise((r) => setTimeout(r, 50));
  }
  const store = storeOf();
  const out = {};
  for (const id of ids) {
    const story = await store.loadStory({ storyId: id });
    const { globals } = store.getStoryContext(story);
    const a11y = story.parameters.a11y ?? {};
    out[id] = {
      viewport: story.parameters.viewport ?? null,
      globalViewport: globals?.viewport ?? null,
      a11yOff: a11y.disable === true || a11y.test === 'off',
      // `parameters: { engines: { skip: { webkit: 'why' } } }`: a story that cannot run in an engine says why.
      skip: story.parameters.engines?.skip ?? {},
    };
  }
  return out;
}

/** In the page: what the probe has recorded so far. */
function readProbe() {
  const s = window.__engines;
  return s ? { ...s, now: performance.now() } : null;
}

/** Opens one story and waits for Storybook's storyFinished; returns the problems found (none: it passed). */
async function checkStory(engine, story, meta) {
  const url = `${server.origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`;
  const started = performance.now();
  await withTimeout(engine.goto(url), storyTimeout, 'loading the story');
  let state = null;
  let timedOut = false;
  for (;;) {
    state = await withTimeout(engine.evaluate(readProbe), storyTimeout, 'reading the page');
    if (!state) throw new Error('the probe is not in the page (was iframe.html served by scripts/engines/server.mjs?)');
    if (state.finished) break;
    // Storybook reports a story that fails to load or render, but may never finish it: stop soon after.
    if (state.firstErrorAt && state.now - state.firstErrorAt > 3000) break;
    if (performance.now() - started > storyTimeout) {
      timedOut = true;
      break;
    }
    await sleep(50);
  }
  if (state.finished) {
    // Errors that land just after the run (a timer, a late rejection) still count.
    await sleep(100);
    state = await withTimeout(engine.evaluate(readProbe), storyTimeout, 'reading the page');
  }
  const problems = [...state.exceptions, ...state.errors];
  const { finished } = state;
  if (!finished) {
    problems.push(
      timedOut
        ? `did not finish within ${seconds(storyTimeout)} (Storybook phase: ${state.phase})`
        : `did not finish (Storybook phase: ${state.phase})`,
    );
  } else {
    if (finished.storyId !== story.id) problems.push(`Storybook finished ${finished.storyId}, not this story`);
    const a11y = finished.reports.find((r) => r.type === 'a11y');
    if (a11y?.error) problems.push(`axe could not run: ${a11y.error}`);
    for (const v of a11y?.violations ?? []) {
      problems.push(`axe: ${v.id} (${v.impact}): ${v.help}: ${v.targets.join(', ')}`);
    }
    if (!a11y && !meta.a11yOff) problems.push('axe did not run: no a11y report in storyFinished');
    if (finished.status !== 'success' && problems.length === 0) {
      problems.push(`Storybook reported status "${finished.status}"`);
    }
  }
  return { problems, ms: performance.now() - started, a11yOff: meta.a11yOff };
}

/** Waits until the page's fonts are loaded and two frames have been drawn. */
function painted() {
  return document.fonts.ready.then(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))),
  );
}

// ---- The run.
const results = {};
const failures = [];
let exitCode = 0;
try {
  ensureBuild();
  const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
  const entries = Object.values(index.entries).filter((e) => e.type === 'story');
  const wanted = entries.filter((e) => !options.story || options.story.some((s) => e.id.includes(s)));
  if (wanted.length === 0) throw new Error(`no story matches ${options.story?.join(', ')}`);
  // Vitest runs the stories tagged "test" (Storybook's default tag); so does this runner, and it says which not.
  const stories = wanted.filter((e) => e.tags?.includes('test'));
  for (const e of wanted.filter((e) => !e.tags?.includes('test'))) {
    log(`engines: skipped ${e.id} in every engine: not tagged "test" (Vitest skips it too)`);
  }
  server = await serve(root);
  log(
    `engines: ${stories.length} stories from ${root}/ on ${server.origin}; stories in ${storyEngines.join(', ')}; ` +
      `screenshots in ${shotEngines.join(', ') || 'none'}`,
  );
  let parameters = null;

  for (const name of engineOrder) {
    const started = performance.now();
    const result = { passed: 0, failed: 0, skipped: 0, shots: 0, ms: 0, runsStories: storyEngines.includes(name) };
    results[name] = result;
    let engine;
    try {
      engine = await start(name);
    } catch (e) {
      // An engine that cannot start fails every story it would have run.
      const why = `cannot start: ${e.message}`;
      log(`${name}: ${why}`);
      if (result.runsStories) result.failed = stories.length;
      failures.push({ engine: name, what: 'the engine', problems: [why] });
      result.ms = performance.now() - started;
      continue;
    }
    log(`${name}: ${engine.version}, started in ${seconds(performance.now() - started)}`);
    let size = { ...DEFAULT_VIEWPORT };
    await engine.viewport(size.width, size.height);
    let brokenEngine = '';

    if (result.runsStories) {
      if (!parameters) {
        await engine.goto(`${server.origin}/iframe.html`);
        parameters = await withTimeout(
          engine.evaluate(
            storyParameters,
            stories.map((s) => s.id),
          ),
          storyTimeout,
          'reading the story parameters',
        );
      }
      let driverErrors = 0;
      for (const story of stories) {
        const label = `${story.id} (${story.title} › ${story.name})`;
        const meta = parameters[story.id] ?? {};
        const wantSize = viewportOf(meta);
        if (meta.skip?.[name]) {
          result.skipped++;
          log(`${name}: skipped ${story.id}: ${meta.skip[name]} (the story's parameters.engines.skip)`);
          continue;
        }
        if (wantSize.width < engine.minWidth) {
          result.skipped++;
          log(
            `${name}: skipped ${story.id}: MiniBrowser cannot go below ${engine.minWidth} px ` +
              `(the story's viewport ${wantSize.name} is ${wantSize.width} px)`,
          );
          continue;
        }
        if (wantSize.width !== size.width || wantSize.height !== size.height) {
          await engine.viewport(wantSize.width, wantSize.height);
          size = wantSize;
        }
        let outcome;
        if (brokenEngine) {
          outcome = { problems: [`not run: ${name} stopped answering (${brokenEngine})`], ms: 0 };
        } else {
          try {
            outcome = await checkStory(engine, story, meta);
            driverErrors = 0;
          } catch (e) {
            outcome = { problems: [`the browser stopped answering: ${e.message}`], ms: 0 };
            // A page that hangs (a story in an endless loop) wedges the browser: start a fresh one for the next
            // story. Twice in a row, or no fresh one, and the rest fail at once rather than time out one by one.
            if (++driverErrors >= 2) brokenEngine = e.message;
            else outcome.restart = true;
          }
        }
        const note = outcome.a11yOff ? ', axe off by its parameters' : '';
        if (outcome.problems.length === 0) {
          result.passed++;
          log(`  ✓ ${name} ${story.id} ${Math.round(outcome.ms)} ms${note}`);
        } else {
          result.failed++;
          failures.push({ engine: name, what: label, problems: outcome.problems });
          log(`  ✗ ${name} ${label}${note}`);
          for (const p of outcome.problems) log(`      ${p}`);
        }
        if (outcome.restart) {
          log(`${name}: starting a fresh browser for the next story`);
          await stop(engine);
          try {
            engine = await start(name);
            await engine.viewport(size.width, size.height);
          } catch (e) {
            brokenEngine = `could not restart: ${e.message}`;
          }
        }
      }
    }

    if (shotEngines.includes(name) && brokenEngine) {
      failures.push({ engine: name, what: 'screenshots', problems: [`not taken: ${name} stopped answering`] });
    } else if (shotEngines.includes(name)) {
      const shotsStarted = performance.now();
      mkdirSync(join(shotDir, name), { recursive: true });
      for (const shot of shots) {
        const path = join(shotDir, name, shot.file);
        if (shot.width < engine.minWidth) {
          log(
            `${name}: skipped screenshot ${path}: MiniBrowser cannot go below ${engine.minWidth} px (${shot.width} px)`,
          );
          continue;
        }
        try {
          await engine.viewport(shot.width, shot.height);
          size = { width: shot.width, height: shot.height };
          const { problems } = await checkStory(engine, { id: shot.story }, parameters?.[shot.story] ?? {});
          await withTimeout(engine.evaluate(painted), storyTimeout, 'waiting for paint');
          await withTimeout(engine.screenshot('event-timeline', path), storyTimeout, 'taking the screenshot');
          result.shots++;
          log(`  ${name} wrote ${path} (${shot.story} at ${shot.width} px)`);
          // The story's own result is counted above, at its own width; here it only says what the picture shows.
          if (problems.length) {
            log(
              `      note, not a failure: ${shot.story} checks itself at its own width; at ${shot.width} px: ${problems[0]}`,
            );
          }
        } catch (e) {
          failures.push({ engine: name, what: `screenshot ${path}`, problems: [e.message] });
          log(`  ✗ ${name} screenshot ${path}: ${e.message}`);
        }
      }
      log(
        `${name}: ${result.shots} screenshots in ${join(shotDir, name)}/ (${seconds(performance.now() - shotsStarted)})`,
      );
    }
    await stop(engine);
    result.ms = performance.now() - started;
  }
} catch (e) {
  failures.push({ engine: 'engines', what: 'the run', problems: [e.message] });
  console.error(`engines: FAILED: ${e.stack ?? e.message}`);
} finally {
  await withTimeout(cleanup(), 15_000, 'cleanup').catch(() => killAll());
}

// ---- Summary: one count per engine (`.ci/run` adds the "N passed" into its total), then every failure again.
log('');
for (const [name, r] of Object.entries(results)) {
  if (!r.runsStories) {
    log(`${name}: screenshots only, ${seconds(r.ms)} (its stories run in Vitest: vitest --project storybook)`);
    continue;
  }
  const skipped = r.skipped ? `, ${r.skipped} skipped` : '';
  log(`${name}: ${r.passed} passed, ${r.failed} failed${skipped} (${seconds(r.ms)})`);
}
if (failures.length) {
  exitCode = 1;
  log('');
  log(`engines: FAILED: ${failures.length} failure${failures.length === 1 ? '' : 's'}`);
  for (const f of failures) log(`  ${f.engine}: ${f.what}: ${f.problems.join(' | ')}`);
}
process.exit(exitCode);
