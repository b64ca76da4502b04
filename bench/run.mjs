// `npm run bench`: builds the self-contained bundle, serves bench/, a copy of that bundle and the peers' builds
// (vis-timeline, timelines-chart, TimelineJS, all dev dependencies) on 127.0.0.1, and drives headless Chromium
// (playwright) over the same seeded data for each. Requests to anywhere else (fonts, CDNs) are blocked, so the
// run is offline and no library waits on the network. Prints a markdown table (ours, each peer, peer ÷ ours) and
// writes it to bench/RESULTS.md.
//
// Options (after `npm run bench --`):
//   --sizes=1000,10000,100000   event counts
//   --libs=ours,vis,tc,tljs     libraries to measure, in any order:
//                                 ours      <event-timeline> (the self-contained bundle)
//                                 vis       vis-timeline 8 (standalone UMD build)
//                                 tc        timelines-chart 2 (UMD build; no wheel zoom or drag pan: n/a)
//                                 tljs      TimelineJS 3 (@knight-lab/timelinejs; no wheel zoom: n/a)
//                                 vertical  <event-timeline orientation="vertical"> in a 400 × 700 px box (zoom
//                                           with ctrl + wheel, pan by dragging up), in a table of its own
//                               With the default sizes, `npm run bench` takes about 5 minutes on 2 cores (299 s
//                               at load 2): each library gets up to --limit per trial, and one that does not
//                               finish at a size is not run at larger ones. vis-timeline and TimelineJS do not
//                               render 100,000 in 60 s; TimelineJS takes 15–45 s a trial at 10,000, so it runs
//                               once there. `--libs=ours,vis` is the shorter run of before.
//   --trials=3                  trials per library and size (median reported)
//   --limit=60                  seconds a single trial (render + zoom + pan) may take before it is "did not finish"
//   --profile                   also CPU-profile <event-timeline> at 100,000 events (unminified build) and summarise
//                               (`--profile=N`: at N events)
//   --no-build                  use the existing dist/event-timeline.bundle.js
//   --out=bench/RESULTS.md      where to write the results ("-" for nowhere)
//   --shots=DIR                 save screenshots after render, zoom and pan (to check what was measured)
//   --help                      print this and exit
//   --base=DIR                  also measure the bundle in DIR (e.g. main's dist/, built elsewhere) as `base`,
//                               interleaved with ours in the same run, and print a base-vs-ours table
//   --no-update                 skip the live-update step (ours: same events plus one, after the first render)
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  createReadStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { basename, dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);

// ── options ──────────────────────────────────────────────────────────────────
const argv = process.argv.slice(2);
// The options are documented once, in the comment at the top of this file: print it, and run nothing.
if (argv.includes('--help') || argv.includes('-h')) {
  const head = readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n');
  const doc = head.slice(
    0,
    head.findIndex((l) => !l.startsWith('//')),
  );
  console.log(doc.map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
  process.exit(0);
}
const known = ['sizes', 'libs', 'trials', 'limit', 'profile', 'no-build', 'out', 'shots', 'base', 'no-update'];
const unknown = argv.filter((a) => !known.includes(a.replace(/^--/, '').split('=')[0]));
if (unknown.length > 0) {
  console.error(`bench: unknown option ${unknown.join(' ')} (see npm run bench -- --help)`);
  process.exit(2);
}
const opt = (name, fallback) => {
  const hit = argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (!hit) return fallback;
  return hit.includes('=') ? hit.slice(hit.indexOf('=') + 1) : true;
};
const SIZES = String(opt('sizes', '1000,10000,100000')).split(',').filter(Boolean).map(Number);
const LIBS = String(opt('libs', 'ours,vis,tc,tljs')).split(',');
const TRIALS = Number(opt('trials', 3));
const LIMIT_S = Number(opt('limit', 60));
const PROFILE = opt('profile', false) !== false;
// `--profile=N` profiles at N events instead.
const PROFILE_AT = opt('profile', false) === true ? 100_000 : Number(opt('profile', 100_000));
const BUILD = opt('no-build', false) !== true;
const OUT = String(opt('out', 'bench/RESULTS.md'));
const SHOTS = opt('shots', false);
const BASE_DIR = opt('base', false);
const UPDATE = opt('no-update', false) !== true;
if (BASE_DIR && !LIBS.includes('base')) LIBS.push('base');

const CHROME = chromiumPath;
const CHROME_ARGS = [...chromiumArgs, '--enable-precise-memory-info'];
const STEPS = 60; // wheel notches and drag moves per gesture
const VSYNC = 1000 / 60;
const ZOOM_AT = Date.UTC(2020, 9, 1); // zoom into the dense September–October 2020 cluster
const NAMES = {
  ours: 'event-timeline',
  vis: 'vis-timeline',
  tc: 'timelines-chart',
  tljs: 'TimelineJS',
  vertical: 'event-timeline (vertical)',
  base: 'event-timeline (base)',
};
/** Ours, in either orientation, or the base build: zooms on ctrl + wheel. */
const isOurs = (lib) => lib === 'ours' || lib === 'vertical' || lib === 'base';
/** The peers, each compared with ours in a column of its own. */
const PEERS = ['vis', 'tc', 'tljs'];
/** Gestures a peer does not have, and why: those cells read "n/a" rather than a number for another gesture. */
const UNSUPPORTED = {
  tc: {
    zoom: 'timelines-chart has no wheel zoom: it zooms to a range selected by dragging (or with its overview brush)',
    pan: 'timelines-chart has no drag pan: a drag over the chart selects a range to zoom to',
  },
  tljs: {
    zoom: 'TimelineJS has no wheel zoom: its time navigator zooms with its + and − buttons, in steps',
  },
};
const unknownLib = LIBS.filter((l) => !['ours', 'vertical', 'base', ...PEERS].includes(l));
if (unknownLib.length) {
  console.error(`bench: unknown library ${unknownLib.join(', ')} (see npm run bench -- --help)`);
  process.exit(2);
}

const log = (...a) => console.error(...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** How long a new browser context is left to start up before the library's page loads in it (see `openPage`). */
const CONTEXT_SETTLE_MS = 1000;
const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return undefined;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (x, digits) =>
  x === undefined
    ? undefined
    : x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

// ── build ────────────────────────────────────────────────────────────────────
function run(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) {
    process.stderr.write(r.stdout + r.stderr);
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.status})`);
  }
  return r.stdout;
}

if (BUILD) {
  log('building dist/event-timeline.bundle.js (vite build --mode bundle)…');
  run('npx', ['vite', 'build', '--mode', 'bundle', '--logLevel', 'warn']);
}
if (!existsSync('dist/event-timeline.bundle.js')) throw new Error('dist/event-timeline.bundle.js is missing');
// Serve a private copy: another \`vite build\` emptying dist/ during the run must not break it.
const servedDist = join(tmpdir(), `event-timeline-bench-${process.pid}`);
mkdirSync(servedDist, { recursive: true });
// With the chunks it loads on demand (the live chunk for the update step), which must sit beside it.
for (const file of readdirSync('dist')) {
  if (/^event-timeline\.[\w-]+\.js$/.test(file)) copyFileSync(join('dist', file), join(servedDist, file));
}
const bundleCode = readFileSync(join(servedDist, 'event-timeline.bundle.js'));
const bundleSize = `${(bundleCode.length / 1024).toFixed(1)} KB min, ${(gzipSync(bundleCode, { level: 9 }).length / 1024).toFixed(1)} KB min+gzip`;

let profileDir;
if (PROFILE) {
  // Same bundle, unminified, so the profile shows real function names. Built outside the repository.
  profileDir = join(tmpdir(), 'event-timeline-bench');
  mkdirSync(profileDir, { recursive: true });
  log(`building an unminified bundle for profiling in ${profileDir}…`);
  const { build } = await import('vite');
  await build({
    configFile: resolve('vite.config.ts'),
    mode: 'bundle',
    logLevel: 'warn',
    build: {
      outDir: join(profileDir, 'dist'),
      emptyOutDir: true,
      minify: false,
      rolldownOptions: { output: { minify: false } },
    },
  });
}

// ── static server ────────────────────────────────────────────────────────────
const MOUNTS = {
  '/bench/': resolve('bench'),
  '/dist/': servedDist,
  '/vis/': resolve('node_modules/vis-timeline'),
  '/tc/': resolve('node_modules/timelines-chart/dist'),
  '/tljs/': resolve('node_modules/@knight-lab/timelinejs/dist'),
  ...(BASE_DIR ? { '/base/': resolve(String(BASE_DIR)) } : {}),
  ...(profileDir ? { '/profile/': join(profileDir, 'dist') } : {}),
};
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const mount = Object.keys(MOUNTS).find((m) => path.startsWith(m));
  const file = mount && normalize(join(MOUNTS[mount], path.slice(mount.length)));
  if (!file || !(file + sep).startsWith(MOUNTS[mount] + sep) || !existsSync(file) || statSync(file).isDirectory()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
  });
  createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const BASE = `http://127.0.0.1:${server.address().port}`;

// ── browser ──────────────────────────────────────────────────────────────────
let browser;
const launch = async () => {
  browser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });
};
await launch();
const chromiumVersion = browser.version();

const TIMEOUT = Symbol('timeout');
function within(promise, deadline) {
  promise.catch(() => {}); // a page closed under a pending evaluate rejects it later: ignore
  const ms = Math.max(0, deadline - Date.now());
  let timer;
  return Promise.race([promise, new Promise((r) => (timer = setTimeout(() => r(TIMEOUT), ms)))]).finally(() =>
    clearTimeout(timer),
  );
}

/** Closes a context whose renderer may be stuck in a long task; relaunches the browser if even that hangs. */
async function dispose(context) {
  if ((await within(context.close(), Date.now() + 15_000)) === TIMEOUT) {
    log('  (context did not close: relaunching Chromium)');
    await within(browser.close(), Date.now() + 15_000);
    await launch();
  }
}

async function heapAfterGc(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  return page.evaluate(() => performance.memory.usedJSHeapSize);
}

function frameStats(stamps) {
  const d = stamps.slice(1).map((t, i) => t - stamps[i]);
  const s = [...d].sort((a, b) => a - b);
  const pick = (q) => (s.length ? s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] : Number.NaN);
  return {
    frames: d.length,
    median: pick(0.5),
    p95: pick(0.95),
    max: s.at(-1) ?? Number.NaN,
    // Vsync slots (1/60 s) that passed without a new frame: an interval of 50 ms is 2 dropped frames.
    dropped: d.reduce((n, x) => n + Math.max(0, Math.round(x / VSYNC) - 1), 0),
  };
}

/**
 * Sends trusted input through CDP \`Input.dispatchMouseEvent\` (what \`page.mouse\` uses) at a fixed 60 Hz, like a
 * trackpad or a free-spinning wheel, without waiting for the page: a page that cannot keep up gets its input
 * coalesced by Chromium and drops frames, exactly as a reader would see.
 */
async function sendAt60Hz(cdp, events) {
  const t0 = performance.now();
  const sent = [];
  for (let i = 0; i < events.length; i++) {
    const wait = t0 + i * VSYNC - performance.now();
    if (wait > 1) await sleep(wait);
    sent.push(cdp.send('Input.dispatchMouseEvent', events[i]));
  }
  await Promise.all(sent);
}

/** 60 wheel notches over the cluster. Ours zooms on ctrl + wheel (plain wheel scrolls the page by design). */
async function zoomGesture(page, cdp, lib) {
  const v = await page.evaluate(() => bench.view());
  let x;
  let y;
  if (v.vertical) {
    const at = await page.evaluate((ms) => bench.yOf(ms), ZOOM_AT);
    x = v.left + v.width / 2;
    y = Math.min(v.top + v.height - 4, Math.max(v.top + 4, at));
  } else {
    const at = await page.evaluate((ms) => bench.xOf(ms), ZOOM_AT);
    x = Math.min(v.left + v.width - 4, Math.max(v.left + 4, at));
    y = v.top + v.height / 2;
  }
  await page.mouse.move(x, y);
  // vis-timeline zooms by 1.2× per notch whatever the delta (it reads wheelDelta, always 120 from CDP); d3-zoom
  // zooms by 2^(-deltaY × 0.002 × 10) with ctrl held, so deltaY = -13.15 also gives 1.2× per notch.
  const deltaY = isOurs(lib) ? -Math.log2(1.2) / 0.02 : -100;
  const modifiers = isOurs(lib) ? 2 : 0; // 2 = Ctrl
  if (isOurs(lib)) await page.keyboard.down('Control');
  await page.evaluate(() => bench.startFrames());
  const t0 = Date.now();
  await sendAt60Hz(
    cdp,
    Array.from({ length: STEPS }, () => ({ type: 'mouseWheel', x, y, deltaX: 0, deltaY, modifiers })),
  );
  const stamps = await page.evaluate(() => bench.stopFrames());
  const wallMs = Date.now() - t0;
  if (isOurs(lib)) await page.keyboard.up('Control');
  const after = await page.evaluate(() => bench.view());
  debugFrames(`${lib} zoom`, stamps, wallMs);
  const mid = new Date((after.start + after.end) / 2).toISOString().slice(0, 16);
  return { ...frameStats(stamps), wallMs, factor: (v.end - v.start) / (after.end - after.start), mid };
}

/** With BENCH_DEBUG set, prints every frame interval of a gesture. */
function debugFrames(label, stamps, wallMs) {
  if (!process.env.BENCH_DEBUG) return;
  const intervals = stamps.slice(1).map((t, i) => (t - stamps[i]).toFixed(1));
  log(label, stamps.length, wallMs, intervals.join(' '));
}

/** A drag to the left (vertical: up): press, 60 moves of 10 px at 60 Hz, release. */
async function panGesture(page, cdp) {
  const v = await page.evaluate(() => bench.view());
  const x = v.left + v.width * (v.vertical ? 0.5 : 0.75);
  const y = (await page.evaluate(() => bench.dragRow())) ?? v.top + v.height * (v.vertical ? 0.9 : 0.5);
  const at = (i) => (v.vertical ? { x, y: y - i * 10 } : { x: x - i * 10, y });
  await page.mouse.move(x, y);
  const button = { button: 'left', buttons: 1 };
  await page.evaluate(() => bench.startFrames());
  const t0 = Date.now();
  await sendAt60Hz(cdp, [
    { type: 'mousePressed', x, y, clickCount: 1, ...button },
    ...Array.from({ length: STEPS }, (_, i) => ({ type: 'mouseMoved', ...at(i + 1), ...button })),
    { type: 'mouseReleased', ...at(STEPS), clickCount: 1, ...button },
  ]);
  const stamps = await page.evaluate(() => bench.stopFrames());
  const wallMs = Date.now() - t0;
  const after = await page.evaluate(() => bench.view());
  debugFrames('pan', stamps, wallMs);
  const px = ((after.start - v.start) / (v.end - v.start)) * (v.vertical ? v.height : v.width);
  return { ...frameStats(stamps), wallMs, px };
}

async function openPage(lib, bundle) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    timezoneId: 'UTC',
    locale: 'en-US',
  });
  // Offline and fair: anything not from this server (TimelineJS's fonts and analytics, a CDN) is refused at once.
  const blocked = [];
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => {
      blocked.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  const page = await context.newPage();
  // A new context (a fresh profile and its window) keeps Chromium busy for about a second with its own start-up,
  // on both cores: a page loaded in that second rendered 1,000 events 40–60 % slower, every library alike
  // (vis-timeline 355 against 211 ms, ours 82 against 39: medians of 5–6, rendered at once or after the wait).
  // A reader's page is not the first thing a profile does: the benchmark lets that start-up pass, then loads it.
  await sleep(CONTEXT_SETTLE_MS);
  const cdp = await context.newCDPSession(page);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const q = bundle ? `&bundle=${encodeURIComponent(bundle)}` : '';
  await page.goto(`${BASE}/bench/index.html?lib=${lib}${q}`);
  await page.evaluate(() => window.bench.ready);
  return { context, page, cdp, errors, blocked };
}

/** One trial: render, then zoom, then pan. Missing fields mean "did not finish in LIMIT_S". */
async function trial(lib, n) {
  const { context, page, cdp, errors, blocked } = await openPage(
    lib,
    lib === 'base' ? '/base/event-timeline.bundle.js' : '',
  );
  const deadline = Date.now() + LIMIT_S * 1000;
  const result = { lib, n };
  try {
    await page.evaluate((count) => bench.prepare(count), n);
    const heap0 = await heapAfterGc(page, cdp);
    const r = await within(
      page.evaluate(() => bench.render()),
      deadline,
    );
    if (r === TIMEOUT) return { ...result, dnf: 'render' };
    result.renderMs = r.ms;
    result.count = r.count;
    result.longestTask = r.longestTask;
    const dom = await page.evaluate(() => bench.countDom());
    result.elements = dom.elements;
    result.nodes = dom.nodes;
    result.heapMB = ((await heapAfterGc(page, cdp)) - heap0) / 2 ** 20;
    const shot = async (what) => {
      if (SHOTS) await page.screenshot({ path: join(String(SHOTS), `${lib}-${n}-${what}.png`) });
    };
    await shot('render');
    if (UPDATE && isOurs(lib) && lib !== 'vertical') {
      const u = await within(
        page.evaluate(() => bench.update()),
        deadline,
      );
      if (u === TIMEOUT) return { ...result, dnf: 'update' };
      result.updateMs = u.ms;
      result.updateKept = u.kept ? 1 : 0;
      // The zoom and pan below start from the full view, as before.
      await page.evaluate(() => bench.fit());
    }
    if (!UNSUPPORTED[lib]?.zoom) {
      const zoom = await within(zoomGesture(page, cdp, lib), deadline);
      if (zoom === TIMEOUT) return { ...result, dnf: 'zoom' };
      result.zoom = zoom;
      await shot('zoom');
    }
    if (!UNSUPPORTED[lib]?.pan) {
      const pan = await within(panGesture(page, cdp), deadline);
      if (pan === TIMEOUT) return { ...result, dnf: 'pan' };
      result.pan = pan;
      await shot('pan');
    }
    return result;
  } finally {
    if (errors.length) log(`  page errors: ${errors.slice(0, 3).join(' | ')}`);
    if (blocked.length) {
      log(`  blocked ${blocked.length} request(s) off 127.0.0.1: ${[...new Set(blocked)].slice(0, 3).join(' ')}`);
      blockedUrls[lib] ??= new Set();
      for (const u of blocked) blockedUrls[lib].add(new URL(u).origin);
    }
    await dispose(context);
  }
}

// ── run ──────────────────────────────────────────────────────────────────────
const results = {}; // results[lib][n] = [trial, …]
const blockedUrls = {}; // blockedUrls[lib] = origins of the requests refused
const started = Date.now();
const loadBefore = loadavg()[0];
// Trials of the libraries take turns (ours, vis, ours, vis…), so a burst of load on the shared machine does not
// fall on one library's trials only.
// A library that did not finish at some size is not run at larger ones (it would only spend the limit again):
// those cells read "not run".
const gaveUpAt = {};
for (const n of SIZES) {
  const stopped = new Set();
  for (const lib of LIBS) {
    if (gaveUpAt[lib] < n) {
      results[lib] ??= {};
      results[lib][n] = [{ lib, n, skipped: gaveUpAt[lib] }];
      stopped.add(lib);
      log(`${NAMES[lib]} n=${n}: not run (did not finish at ${gaveUpAt[lib]})`);
    }
  }
  for (let t = 0; t < TRIALS; t++) {
    for (const lib of LIBS) {
      if (stopped.has(lib)) continue;
      results[lib] ??= {};
      results[lib][n] ??= [];
      const list = results[lib][n];
      const t0 = Date.now();
      const r = await trial(lib, n).catch((e) => ({ lib, n, error: String(e?.message ?? e).split('\n')[0] }));
      if (r.error) log(`  failed: ${r.error}`);
      list.push(r);
      const secs = ((Date.now() - t0) / 1000).toFixed(1);
      log(
        `${NAMES[lib]} n=${n} trial ${t + 1}: ` +
          (r.dnf ? `did not finish ${r.dnf} in ${LIMIT_S} s` : '') +
          (r.renderMs != null ? ` render ${r.renderMs.toFixed(0)} ms (longest task ${r.longestTask.toFixed(0)})` : '') +
          (r.updateMs != null ? ` update ${r.updateMs.toFixed(0)} ms (${r.updateKept ? 'kept' : 'reset'})` : '') +
          (r.zoom ? ` zoom p95 ${r.zoom.p95.toFixed(1)} ms (×${r.zoom.factor.toFixed(0)} at ${r.zoom.mid})` : '') +
          (r.pan ? ` pan p95 ${r.pan.p95.toFixed(1)} ms (${r.pan.px.toFixed(0)} px)` : '') +
          ` [${secs} s]`,
      );
      // Stop repeating what does not finish, or what takes most of the limit.
      if (r.dnf || r.error || Date.now() - t0 > (LIMIT_S * 1000) / 2) stopped.add(lib);
      if (r.dnf) gaveUpAt[lib] = Math.min(gaveUpAt[lib] ?? n, n);
    }
  }
}
const benchSeconds = (Date.now() - started) / 1000;
const loadAfter = loadavg()[0];

// ── profile ──────────────────────────────────────────────────────────────────
let profileReport = '';
if (PROFILE) profileReport = await profile(PROFILE_AT);

await browser.close();
server.close();
rmSync(servedDist, { recursive: true, force: true });

// ── report ───────────────────────────────────────────────────────────────────
const ROWS = [
  ['First render (ms)', (r) => r.renderMs, 0],
  ['Longest task while rendering (ms; 0: none over 50)', (r) => r.longestTask, 0],
  ['Update: same events + 1 (ms)', (r) => r.updateMs, 0],
  ['Update ÷ first render (%)', (r) => (r.updateMs == null ? undefined : (100 * r.updateMs) / r.renderMs), 0],
  ['Update kept view and selection (1 = yes)', (r) => r.updateKept, 0],
  ['Zoom: median frame (ms)', (r) => r.zoom?.median, 1],
  ['Zoom: p95 frame (ms)', (r) => r.zoom?.p95, 1],
  ['Zoom: dropped frames', (r) => r.zoom?.dropped, 0],
  ['Pan: median frame (ms)', (r) => r.pan?.median, 1],
  ['Pan: p95 frame (ms)', (r) => r.pan?.p95, 1],
  ['Pan: dropped frames', (r) => r.pan?.dropped, 0],
  ['JS heap after render (MB)', (r) => r.heapMB, 1],
  ['DOM elements', (r) => r.elements, 0],
  ['DOM nodes (incl. text, comments)', (r) => r.nodes, 0],
];
/** The step of a trial a row comes from: render (and what is read after it), update, zoom or pan. */
const STAGES = ['render', 'update', 'zoom', 'pan'];
const stageOf = (label) =>
  /^Update/.test(label)
    ? 'update'
    : /^Zoom\b|zoom depth/.test(label)
      ? 'zoom'
      : /^Pan\b|pan distance/.test(label)
        ? 'pan'
        : 'render';
function cell(lib, n, get, digits, label = '') {
  const list = results[lib]?.[n];
  if (!list) return '';
  const value = median(list.map(get));
  if (value !== undefined) return fmt(value, digits);
  if (list[0]?.skipped) return `not run (DNF at ${fmt(list[0].skipped, 0)})`;
  const stage = stageOf(label);
  if (UNSUPPORTED[lib]?.[stage]) return 'n/a';
  if (stage === 'update' && !isOurs(lib)) return '–'; // only ours has live updates
  // DNF where the step that ran out of time, or a later one, was to measure this row.
  if (list.some((r) => r.dnf && STAGES.indexOf(r.dnf) <= STAGES.indexOf(stage))) return `DNF in ${LIMIT_S} s`;
  return list.some((r) => r.error) ? 'failed' : '–';
}
/**
 * Peer ÷ ours; a peer that did not render within the limit gives a lower bound (limit ÷ ours). The longest task
 * reads 0 when no task reached 50 ms (the Long Tasks API reports none shorter), so against 0 it is "> peer ÷ 50".
 */
function ratio(n, get, isRender, peer, isTask = false) {
  const a = median((results.ours?.[n] ?? []).map(get));
  const b = median((results[peer]?.[n] ?? []).map(get));
  if (a === undefined || b === undefined) {
    const dnf = (results[peer]?.[n] ?? []).some((r) => r.dnf === 'render');
    return isRender && a !== undefined && dnf ? `> ${fmt((LIMIT_S * 1000) / a, 0)}× *` : '';
  }
  if (a === 0 && isTask) return b === 0 ? '=' : `> ${fmt(b / 50, b >= 500 ? 0 : 2)}×`;
  if (a === 0) return b === 0 ? '=' : '∞';
  const x = b / a;
  return `${x >= 10 ? fmt(x, 0) : fmt(x, 2)}×`;
}

// A value and a ratio column per peer that was run (vis alone when none was, as before).
const shownPeers = PEERS.filter((p) => LIBS.includes(p));
if (!shownPeers.length) shownPeers.push('vis');
const header = [
  'Metric',
  ...SIZES.flatMap((n) => [`${fmt(n, 0)}: ours`, ...shownPeers.flatMap((p) => [p, `${p} ÷ ours`])]),
];
const lines = [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i ? '---:' : '---')).join('|')}|`];
for (const [label, get, digits] of ROWS) {
  const cells = SIZES.flatMap((n) => [
    cell('ours', n, get, digits, label),
    ...shownPeers.flatMap((p) => [
      cell(p, n, get, digits, label),
      ratio(n, get, label.startsWith('First render'), p, label.startsWith('Longest task')),
    ]),
  ]);
  lines.push(`| ${label} | ${cells.join(' | ')} |`);
}
// Completed trials, and those stopped after their render was measured (their render still counts).
const completed = (lib, n) => {
  const list = results[lib]?.[n] ?? [];
  const late = list.filter((r) => r.dnf && r.renderMs != null).length;
  return `${list.filter((r) => !r.dnf && !r.error).length}${late ? ` (+${late} DNF after render)` : ''}`;
};
const trialsRow = SIZES.flatMap((n) => [completed('ours', n), ...shownPeers.flatMap((p) => [completed(p, n), ''])]);
lines.push(`| Trials completed | ${trialsRow.join(' | ')} |`);
for (const [label, get] of [
  ['(check) zoom depth reached, ×', (r) => r.zoom?.factor],
  ['(check) pan distance, px', (r) => r.pan?.px],
]) {
  const row = SIZES.flatMap((n) => [
    cell('ours', n, get, 0, label),
    ...shownPeers.flatMap((p) => [cell(p, n, get, 0, label), '']),
  ]);
  lines.push(`| ${label} | ${row.join(' | ')} |`);
}
// The vertical row: the same trial, orientation="vertical" in a 400 × 700 px box (issue 13: zoom p95 ≤ 16.7 ms).
if (results.vertical) {
  const head = ['Vertical (400 × 700 px)', ...SIZES.map((n) => fmt(n, 0))];
  lines.push('', `| ${head.join(' | ')} |`, `|${head.map((_, i) => (i ? '---:' : '---')).join('|')}|`);
  for (const [label, get, digits] of ROWS.slice(0, 7)) {
    lines.push(`| ${label} | ${SIZES.map((n) => cell('vertical', n, get, digits)).join(' | ')} |`);
  }
  const done = SIZES.map((n) => String(results.vertical[n]?.filter((r) => !r.dnf && !r.error).length ?? 0));
  lines.push(`| Trials completed | ${done.join(' | ')} |`);
}
// Base vs ours, from the same run (the machine is shared: only a comparison within one run means much).
if (results.base) {
  const head = ['Base vs ours (same run)', ...SIZES.flatMap((n) => [`${fmt(n, 0)}: base`, 'ours', 'base ÷ ours'])];
  lines.push('', `| ${head.join(' | ')} |`, `|${head.map((_, i) => (i ? '---:' : '---')).join('|')}|`);
  for (const [label, get, digits] of ROWS) {
    const cells = SIZES.flatMap((n) => {
      const a = median((results.base[n] ?? []).map(get));
      const b = median((results.ours?.[n] ?? []).map(get));
      const x = a !== undefined && b ? a / b : undefined;
      return [cell('base', n, get, digits), cell('ours', n, get, digits), x === undefined ? '' : `${fmt(x, 2)}×`];
    });
    lines.push(`| ${label} | ${cells.join(' | ')} |`);
  }
}
const table = lines.join('\n');
console.log(table);
if (PROFILE) console.log(`\n${profileReport}`);

const version = (pkg) => {
  // A peer left out of this install (npm ci installs them all) is named as such rather than failing the report.
  const file = join('node_modules', pkg, 'package.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : '(not installed)';
};
const cpu = (readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/) ?? [])[1] ?? cpus()[0]?.model;
const machine = [
  `- CPU: ${cpu}, ${cpus().length} cores, shared with other work: 1-minute load average ${fmt(loadBefore, 1)} at the start of the run, ${fmt(loadAfter, 1)} at the end (so expect noise between runs)`,
  `- Memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
  `- Browser: Chromium ${chromiumVersion}, headless, \`${CHROME_ARGS.join(' ')}\``,
  `- Node ${process.version}, ${['vis-timeline', 'timelines-chart', '@knight-lab/timelinejs'].map((p) => `${p} ${version(p)}`).join(', ')}, bundle \`dist/event-timeline.bundle.js\` (${bundleSize})`,
  ...Object.entries(blockedUrls).map(
    ([lib, origins]) => `- Requests refused (off 127.0.0.1), ${NAMES[lib]}: ${[...origins].join(', ')}`,
  ),
  `- Date: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}; run took ${fmt(benchSeconds, 0)} s; trials per cell: up to ${TRIALS}, limit ${LIMIT_S} s per trial`,
].join('\n');

const md = `# Benchmark results

Output of \`npm run bench\` (bench/run.mjs). Lower is better in every row; a **peer ÷ ours** ratio above 1 (vis:
vis-timeline, tc: timelines-chart, tljs: TimelineJS) means event-timeline is better by that factor. Values are
medians over the completed trials; **n/a**: the peer has no such gesture (see below).

${table}

${PEERS.filter((p) => SIZES.some((n) => results[p]?.[n]?.some((r) => r.dnf)))
  .map(
    (p) => `\\* ${NAMES[p]} did not finish within the ${LIMIT_S} s limit per trial, so the ratio is a lower bound.\n`,
  )
  .join('')}
## Machine

${machine}

## What is measured

- **Data**: \`bench/generate.js\`, seeded (Mulberry32, seed 20200927). N events in random order over 1990–2025,
  20 % in a dense cluster in September–October 2020 (minute precision, e.g. \`2020-09-27T04:15Z\`), the rest at
  day precision; 30 % are ranges; 4–6 groups (lanes). Ours gets the JSON array (\`{ id, date, end?, title, group }\`);
  vis-timeline gets the same events as \`{ id, content, start: Date, end?: Date, group }\` plus a groups DataSet;
  timelines-chart gets \`[{ group, data: [{ label, data: [{ timeRange: [start, end], val }] }] }]\`, a group per
  desk with a line of ranges and a line of points (it draws only ranges, so a point is a one-minute range);
  TimelineJS gets its JSON, \`{ events: [{ unique_id, start_date: { year, month, day, hour?, minute? }, end_date?,
  text: { headline }, group }] }\`. Same count, same dates. Every string is flat, as \`JSON.parse\` delivers a
  document's (a string built with \`+=\` is a chain of pieces in V8, and whoever first reads its characters pays
  for joining them: before 2 December 2026, 1.3 s of a million-event render, and heaps that looked smaller).
- **Page**: \`bench/index.html\`, a 1200 × 500 px box in a 1280 × 800 viewport, time zone UTC. A fresh browser
  context per trial, left 1 s to start up before the page loads (before 2 December 2026, 20:10 UTC, the page
  loaded at once, while Chromium's own start-up of the context shared the two cores: every library's render of
  1,000 events read 40–60 % slower).
- **First render**: from \`el.events = data\` (ours) or from building the two \`vis.DataSet\`s and
  \`new vis.Timeline(container, items, groups, { height: '500px' })\` (vis) to just after the frame that painted
  the library's last change, the same rule for all (\`watch\` in \`bench/page.js\`): a MutationObserver on the
  host (and ours' shadow root) notes which frames change the DOM, from the start; after the library's ready
  signal (\`timeline-load\` for ours, which fires after the frame that shows the document; \`onInitialDrawComplete\`
  for vis; TimelineJS's \`loaded\`; none for timelines-chart, transitions off), it waits until two frames pass
  without a change, and the time is that of a task queued from the last changed frame's
  \`requestAnimationFrame\`, i.e. after it painted (a change made in a library's own \`requestAnimationFrame\`
  callback, if that runs after the watcher's, counts in the next frame: up to one frame long, never short).
  Includes parsing. (Before 2 December 2026, ours ran to two frames after \`timeline-load\`, peers to the end of
  their two quiet frames: about 20 ms more for ours, two frames more for each peer. Until stop 27 the watcher
  followed frames only from the signal on, so a change painted before it counted in the frame after: a frame more
  for ours.)
- **Offline**: the page is served from 127.0.0.1 and every request elsewhere is refused at once (TimelineJS asks
  Google Fonts for its default font pair); TimelineJS's \`script_path\` points at its own \`dist/\` on this server.
- **Input**: trusted mouse events sent with CDP \`Input.dispatchMouseEvent\` (what \`page.mouse\` uses) at a fixed
  60 Hz, like a trackpad or a free-spinning wheel, without waiting for the page. A page that cannot keep up has
  its pending input coalesced by Chromium and drops frames, as a reader would see.
- **Zoom**: pointer over 1 October 2020 (inside the cluster), 60 wheel events. vis-timeline zooms 1.2× per notch
  on a plain wheel; ours zooms on ctrl + wheel (a plain wheel scrolls the page by design), with deltaY = −13.15 so
  that d3-zoom also zooms 1.2× per notch: 60 notches = about 56,000× (35 years → about 5 hours).
- **Pan**: after the zoom, a drag: press, 60 moves of 10 px, release. TimelineJS is dragged by its time
  navigator (the strip of markers at the bottom), the part of it that pans, along the row where the navigator's
  background shows most: it pans only while the pointer is over that background, not over a marker.
- **n/a**: ${Object.entries(UNSUPPORTED)
  .flatMap(([lib, g]) => Object.entries(g).map(([what, why]) => `${NAMES[lib]} ${what}: ${why}`))
  .join('; ')}.
- **Frame time**: interval between consecutive \`requestAnimationFrame\` timestamps, recorded in the page from just
  before the first input event until the frame after the last one that moved the visible window (the recorder
  waits until the window has been still for 6 frames, so queued input is included). Headless Chromium produces
  frames at 60 Hz, so an unloaded page shows 16.7 ms (±0.1): a p95 of 16.7 ms means at least 95 % of frames were
  on time. **Dropped frames** = vsync slots with no new frame = Σ max(0, round(interval ÷ 16.67 ms) − 1), e.g.
  one 50 ms frame is 2 dropped frames.
- **JS heap**: \`performance.memory.usedJSHeapSize\` (with \`--enable-precise-memory-info\`) after a forced GC
  (CDP \`HeapProfiler.collectGarbage\`) once rendered, minus the same before the data was handed over (so the
  generated input is not counted, but everything the library builds from it is). With the data's strings flat
  (see **Data**), this is what the library keeps; before, the collector shrank the input's chains once a
  library had read them, which hid about 100 bytes per event of ours (13 MB at 100,000 read for 23).
- **Zoom depth** (check row): Chromium coalesces wheel events a busy page has not handled yet. d3-zoom adds up
  the deltas, so ours always reaches the full depth; vis-timeline turns a coalesced event into one smaller step,
  so a vis that falls behind zooms less far.
- **DOM**: every node (and separately every element) in the document, including open shadow roots, after render.
- **Longest task while rendering**: the longest entry of the Long Tasks API (tasks over 50 ms; 0 when none was)
  between handing over the data and the end of the first render.
- **Update** (ours): after the first render, \`zoomTo('2020-09-01', '2020-11-01')\` and an event there selected, then
  \`el.events = [...data, oneMore]\`; from the assignment to just after the frame that painted it, as for the first
  render (the first update includes loading \`event-timeline.live.js\`). **Kept** is 1 when the visible window and the selection are the
  same after it. The zoom and pan below start from the full view again (\`zoomToFit()\`).
- **Base vs ours** (with \`--base=DIR\`): another build of the bundle (e.g. \`main\`'s), measured in the same run with
  its trials taking turns with ours, since timings on this shared machine drift between runs.
- A trial that exceeds ${LIMIT_S} s (render + zoom + pan) is stopped and reported as **DNF**; a library that does not
  finish (or takes more than half the limit) is not repeated at that size, and one that did not finish is not run
  at larger sizes (**not run**). A render that finished in a trial stopped later (at its pan, say) still counts.
${profileReport ? `\n${profileReport}\n` : ''}
## Reproduce

\`\`\`sh
npm run bench                      # builds the bundle, runs everything, rewrites bench/RESULTS.md
npm run bench -- --profile         # also CPU-profiles event-timeline at 100,000 events
npm run bench -- --sizes=10000 --libs=ours --trials=1 --no-build --out=-   # a quick look
npm run bench -- --help            # the options
npm run bench -- --libs=ours,vis,tc,tljs --sizes=1000,10000   # beside every peer (takes minutes)
# the browser's side of a zoom frame (Chromium trace: style, layout, paint; DOM mutations), bundles alternately:
node bench/trace.mjs --bundles=main:/path/to/main/dist/event-timeline.bundle.js,mine:dist/event-timeline.bundle.js
\`\`\`

Needs Chromium at \`/usr/bin/chromium\` (or \`CHROME_PATH\`) and the dev dependencies (\`playwright\`, \`vite\`,
\`vis-timeline\`, \`timelines-chart\`, \`@knight-lab/timelinejs\`: the benchmark's peers, never shipped).
`;
if (OUT !== '-' && SIZES.length) {
  writeFileSync(OUT, md);
  // The repository's \`biome check .\` formats Markdown too: keep the generated file lint-clean.
  spawnSync('npx', ['biome', 'format', '--write', OUT], { stdio: 'ignore' });
  log(`wrote ${OUT}`);
}

// ── CPU profile of <event-timeline> ─────────────────────────────────────────
async function profile(n) {
  log(`profiling event-timeline at n=${n} (unminified bundle)…`);
  const { context, page, cdp } = await openPage('ours', '/profile/event-timeline.bundle.js');
  const sections = [];
  try {
    await page.evaluate((count) => bench.prepare(count), n);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    const phases = [
      ['first render', 'render', () => page.evaluate(() => bench.render())],
      ['live update (same events + 1)', 'update', () => page.evaluate(() => bench.update())],
      ['wheel zoom (60 steps)', 'zoom', () => zoomGesture(page, cdp, 'ours')],
      ['drag pan (60 steps)', 'pan', () => panGesture(page, cdp)],
    ];
    if (!UPDATE) phases.splice(1, 1);
    for (const [name, key, act] of phases) {
      const m0 = await metrics(cdp);
      await cdp.send('Profiler.start');
      const r = await within(act(), Date.now() + LIMIT_S * 1000);
      const { profile: prof } = await cdp.send('Profiler.stop');
      const m1 = await metrics(cdp);
      const file = join(profileDir, `ours-${n}-${key}.cpuprofile`);
      writeFileSync(file, JSON.stringify(prof));
      sections.push(summarise(name, prof, m0, m1, r, file));
      if (r === TIMEOUT) break;
    }
  } finally {
    await dispose(context);
  }
  return `## Where event-timeline's time goes at ${fmt(n, 0)} events (CPU profile)

\`npm run bench -- --profile\`: CDP \`Profiler\` (250 µs sampling) on an unminified build of the same bundle;
self time by function (summed over all its call sites; line numbers are in that unminified bundle, whose
source is the working tree when the run was made), and Chromium's own counters (\`Performance.getMetrics\`) for
the same span. "(program)" is native work outside JavaScript (style, layout, paint, compositing); "(garbage collector)" is GC.

${sections.join('\n\n')}`;
}

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

function summarise(name, prof, m0, m1, result, file) {
  const byId = new Map(prof.nodes.map((node) => [node.id, node]));
  const self = new Map();
  const { samples, timeDeltas } = prof;
  for (let i = 0; i < samples.length; i++) {
    const dt = (timeDeltas[i + 1] ?? 0) / 1000; // the time until the next sample belongs to this one
    self.set(samples[i], (self.get(samples[i]) ?? 0) + dt);
  }
  const groups = new Map();
  let total = 0;
  for (const [id, ms] of self) {
    const f = byId.get(id).callFrame;
    const where = f.url ? `${basename(f.url.split('?')[0])}:${f.lineNumber + 1}` : '';
    const key = `${f.functionName || '(anonymous)'}\t${where}`;
    groups.set(key, (groups.get(key) ?? 0) + ms);
    if (f.functionName !== '(idle)') total += ms;
  }
  const top = [...groups]
    .filter(([k]) => !k.startsWith('(idle)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12);
  const d = (k) => ((m1[k] ?? 0) - (m0[k] ?? 0)) * 1000;
  const outcome =
    result === TIMEOUT
      ? `did not finish in ${LIMIT_S} s`
      : result?.ms != null
        ? `render ${fmt(result.ms, 0)} ms`
        : `median ${fmt(result.median, 1)} ms, p95 ${fmt(result.p95, 1)} ms, dropped ${result.dropped}`;
  return `### ${name}: ${outcome}

Busy ${fmt(total, 0)} ms sampled; Chromium counters: style ${fmt(d('RecalcStyleDuration'), 0)} ms, layout ${fmt(d('LayoutDuration'), 0)} ms, all tasks ${fmt(d('TaskDuration'), 0)} ms. Profile: \`${file}\`

| Self time (ms) | % | Function | Where |
|---:|---:|---|---|
${top.map(([k, ms]) => `| ${fmt(ms, 1)} | ${fmt((100 * ms) / total, 1)} | ${k.split('\t')[0]} | ${k.split('\t')[1]} |`).join('\n')}`;
}
