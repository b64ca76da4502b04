// `node bench/trace.mjs --bundles=main:/path/a.js,mine:dist/event-timeline.bundle.js`: the browser's side of a
// zoom frame. Runs bench/run.mjs's 60-notch ctrl + wheel gesture at 100,000 events on each bundle in turn (rounds
// alternate, so a shared machine's load falls on both alike) under a Chromium trace, and prints, per gesture, the
// main thread's time in JavaScript, style recalculation (and elements styled), layout (and forced, synchronous
// layouts: those run inside JavaScript), pre-paint, paint and layerizing (thread time, ms, so another process's
// load counts less), with the frames' p95 beside them.
//
// Options: --bundles=name:path,…  --rounds=3  --n=100000  --lib=ours|vertical  --frames (each frame's interval)
//   --render (the first render's time and, with --profile, its CPU profile, instead of the gesture), --update (the
//   live update's), --phases (the first render's steps: update, load, frames)
import { createReadStream, existsSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { basename, dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name, fallback) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
if (argv.includes('--help')) {
  console.log('node bench/trace.mjs --bundles=name:path,… [--rounds=3] [--n=100000] [--lib=ours|vertical]');
  process.exit(0);
}
const bundles = opt('bundles', 'mine:dist/event-timeline.bundle.js')
  .split(',')
  .map((b) => {
    const [name, path] = b.split(':');
    return { name, path: resolve(path) };
  });
const ROUNDS = Number(opt('rounds', 3));
const N = Number(opt('n', 100_000));
const LIB = opt('lib', 'ours');
const FRAMES = argv.includes('--frames');
// --profile=PREFIX: a CPU profile of each gesture (100 µs sampling), PREFIX-name.cpuprofile.
const PROFILE = opt('profile', '');

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  // /bundle/<i>/<file>: the bundle and, beside it, the chunks it loads on demand.
  const hit = /^\/bundle\/(\d+)\/([\w.-]+\.js)$/.exec(path);
  const file = hit ? join(dirname(bundles[Number(hit[1])].path), hit[2]) : normalize(join(ROOT, path));
  if (
    !(hit || (file + sep).startsWith(join(ROOT, 'bench') + sep)) ||
    !existsSync(file) ||
    statSync(file).isDirectory()
  ) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': extname(file) === '.html' ? 'text/html' : 'text/javascript' });
  createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const BASE = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const VSYNC = 1000 / 60;

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8'];
// What a frame's main-thread time is spent on, by trace event name.
const PHASES = {
  js: ['FunctionCall', 'FireAnimationFrame', 'EventDispatch', 'TimerFire', 'V8.Execute'],
  style: ['UpdateLayoutTree'],
  layout: ['Layout'],
  prePaint: ['PrePaint'],
  paint: ['Paint', 'PaintImage'],
  layerize: ['Layerize', 'UpdateLayer', 'Commit'],
};

function summarise(events) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const js = mine.filter((e) => PHASES.js.includes(e.name) && e.name !== 'V8.Execute');
  const inJs = (e) => js.some((j) => j.ts <= e.ts && e.ts < j.ts + j.dur);
  const out = { cpu: 0, elements: 0, forced: 0, forcedMs: 0 };
  // Off the main thread, in the same renderer: raster workers and the compositor, which share the cores.
  const names = new Map(
    events.filter((e) => e.name === 'thread_name' && e.pid === main.pid).map((e) => [e.tid, e.args?.name ?? '']),
  );
  if (process.env.TRACE_THREADS) {
    const per = new Map();
    for (const e of events)
      if (e.ph === 'X') {
        const k = `${e.pid === main.pid ? 'R' : e.pid} ${names.get(e.tid) ?? e.tid} ${e.name}`;
        per.set(k, (per.get(k) ?? 0) + (e.tdur ?? e.dur) / 1000);
      }
    console.error(
      [...per]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 40)
        .map(([k, v]) => `${v.toFixed(0)} ${k}`)
        .join('\n'),
    );
  }
  for (const [label, re] of [
    ['raster', /^CompositorTileWorker/],
    ['compositor', /^Compositor$/],
  ]) {
    out[label] = Math.round(
      events
        .filter(
          (e) =>
            e.pid === main.pid &&
            re.test(names.get(e.tid) ?? '') &&
            e.ph === 'X' &&
            e.name === 'ThreadControllerImpl::RunTask',
        )
        .reduce((a, e) => a + (e.tdur ?? e.dur) / 1000, 0),
    );
  }
  for (const phase of Object.keys(PHASES)) out[phase] = 0;
  for (const e of mine) {
    if (e.name === 'RunTask') out.cpu += (e.tdur ?? e.dur) / 1000;
    for (const [phase, names] of Object.entries(PHASES)) {
      if (!names.includes(e.name) || (phase === 'js' && e.name === 'V8.Execute')) continue;
      // JavaScript nests (an event dispatch inside a function call): count the outermost only.
      if (phase === 'js' && js.some((j) => j !== e && j.ts <= e.ts && e.ts + e.dur <= j.ts + j.dur)) continue;
      out[phase] += (e.tdur ?? e.dur) / 1000;
    }
    if (e.name === 'UpdateLayoutTree') out.elements += e.args?.elementCount ?? 0;
    if ((e.name === 'Layout' || e.name === 'UpdateLayoutTree') && inJs(e)) {
      out.forced++;
      out.forcedMs += (e.tdur ?? e.dur) / 1000;
    }
  }
  // --frames: the long tasks (over 12 ms), each as its phases' time.
  if (FRAMES) {
    const long = mine.filter((e) => e.name === 'RunTask' && e.dur > 12_000);
    out.long = long
      .map((t) => {
        const inside = mine.filter((e) => e.ts >= t.ts && e.ts < t.ts + t.dur);
        const of = (names) =>
          Math.round(inside.filter((e) => names.includes(e.name)).reduce((a, e) => a + e.dur, 0) / 1000);
        const js = inside.filter((e) => PHASES.js.includes(e.name) && e.name !== 'V8.Execute' && !js0(e, inside));
        return `${Math.round(t.dur / 1000)}(js ${Math.round(js.reduce((a, e) => a + e.dur, 0) / 1000)} style ${of(PHASES.style)} layout ${of(PHASES.layout)} paint ${of(PHASES.paint)})`;
      })
      .join(' ');
  }
  return out;
}

const js0 = (e, all) =>
  all.some(
    (j) =>
      j !== e && PHASES.js.includes(j.name) && j.name !== 'V8.Execute' && j.ts <= e.ts && e.ts + e.dur <= j.ts + j.dur,
  );

async function gesture(i) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, timezoneId: 'UTC' });
  const page = await context.newPage();
  // As bench/run.mjs: the new context's own start-up is left to pass before the page loads.
  await sleep(1000);
  const cdp = await context.newCDPSession(page);
  await page.goto(`${BASE}/bench/index.html?lib=${LIB}&bundle=/bundle/${i}/${basename(bundles[i].path)}`);
  await page.evaluate(() => window.bench.ready);
  await page.evaluate((n) => bench.prepare(n), N);
  // --render: a CPU profile of the first render instead of the gesture (with --profile), and its time; --update:
  // of the live update after it (the same events and one more).
  const UPDATE = argv.includes('--update');
  if (UPDATE) await page.evaluate(() => bench.render());
  // --preload: the live chunk loaded first. --phases: where the first render's time goes (bench.phases), no trace.
  if (argv.includes('--preload')) await page.evaluate((url) => import(url), `/bundle/${i}/event-timeline.live.js`);
  if (argv.includes('--phases')) {
    console.log(`phases ${bundles[i].name}: ${JSON.stringify(await page.evaluate(() => bench.phases()))}`);
    await context.close();
    return { frames: 0, p95: 0 };
  }
  if (argv.includes('--render') || UPDATE) {
    if (PROFILE) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    // --tasks: the main thread's tasks over 1 ms while it renders (start, duration, what ran), from a trace.
    const TASKS = argv.includes('--tasks');
    if (TASKS) await browser.startTracing(page, { categories: CATEGORIES });
    const r = await page.evaluate((update) => (update ? bench.update() : bench.render()), UPDATE);
    let cpu = '';
    if (TASKS) {
      const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
      const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
      const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
      const tasks = mine.filter((e) => e.name === 'RunTask' && e.dur > 1000);
      // The main thread's own time in its tasks (thread time: a shared host's stolen time is not counted).
      const threadMs = mine.filter((e) => e.name === 'RunTask').reduce((sum, e) => sum + (e.tdur ?? e.dur), 0) / 1000;
      cpu = ` (main thread ${threadMs.toFixed(1)} ms)`;
      const t0 = tasks[0]?.ts ?? 0;
      for (const t of tasks) {
        const inside = mine.filter((e) => e !== t && e.ts >= t.ts && e.ts < t.ts + t.dur && e.dur > 500);
        const names = new Map();
        for (const e of inside) names.set(e.name, (names.get(e.name) ?? 0) + e.dur / 1000);
        const top = [...names].sort((a, b) => b[1] - a[1]).slice(0, 4);
        console.log(
          `  +${((t.ts - t0) / 1000).toFixed(0).padStart(4)} ms ${(t.dur / 1000).toFixed(1).padStart(6)} ms  ${top.map(([n, d]) => `${n} ${d.toFixed(1)}`).join(', ')}`,
        );
      }
    }
    console.log(
      `${UPDATE ? 'update' : 'render'} ${bundles[i].name}: ${Math.round(r.ms)} ms${cpu}`,
      r.longestTask ?? '',
    );
    if (PROFILE) {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(`${PROFILE}-${bundles[i].name}.cpuprofile`, JSON.stringify(profile));
    }
    await context.close();
    return { frames: 0, p95: 0 };
  }
  await page.evaluate(() => bench.render());
  // As bench/run.mjs, which measures the heap after the render: the collector's work on the parse's garbage is
  // done before the gesture, not in its first frame.
  await cdp.send('HeapProfiler.collectGarbage');
  const v = await page.evaluate(() => bench.view());
  const vertical = v.vertical;
  const at = await page.evaluate(([ms, up]) => (up ? bench.yOf(ms) : bench.xOf(ms)), [Date.UTC(2020, 9, 1), vertical]);
  const x = vertical ? v.left + v.width / 2 : Math.min(v.left + v.width - 4, Math.max(v.left + 4, at));
  const y = vertical ? Math.min(v.top + v.height - 4, Math.max(v.top + 4, at)) : v.top + v.height / 2;
  await page.mouse.move(x, y);
  await page.keyboard.down('Control');
  await browser.startTracing(page, { categories: CATEGORIES });
  // What the frames do to the DOM: elements added and removed, attributes (inline styles included) and text set.
  await page.evaluate((byName) => {
    window.BY_NAME = byName;
    const m = { added: 0, removed: 0, moved: 0, attributes: 0, styles: 0, text: 0 };
    const gone = new Set();
    const count = (list) => {
      for (const r of list) {
        if (r.type === 'childList') {
          // A node removed and inserted again was moved (Lit's repeat moves a keyed item to its new place).
          for (const n of r.removedNodes) if (n.nodeType === 1) m.removed += 1 + n.querySelectorAll('*').length;
          for (const n of r.removedNodes) gone.add(n);
          for (const n of r.addedNodes)
            if (n.nodeType === 1) {
              if (gone.has(n)) {
                m.moved += 1 + n.querySelectorAll('*').length;
                const k = n.querySelector('[data-key]')?.dataset.key?.[0] ?? n.className;
                m[`moved ${k}`] = (m[`moved ${k}`] ?? 0) + 1;
              } else m.added += 1 + n.querySelectorAll('*').length;
            }
        } else if (r.type === 'attributes') {
          if (r.attributeName === 'style') m.styles++;
          else m.attributes++;
          if (window.BY_NAME) m[`@${r.attributeName}`] = (m[`@${r.attributeName}`] ?? 0) + 1;
        } else m.text++;
      }
    };
    const o = new MutationObserver(count);
    o.observe(document.querySelector('event-timeline').shadowRoot, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    window.mutations = () => {
      count(o.takeRecords());
      o.disconnect();
      return m;
    };
  }, argv.includes('--by-name'));
  // --frames: per frame, its interval and how many item keys are new since the frame before (which frames drop).
  if (FRAMES)
    await page.evaluate(() => {
      const root = document.querySelector('event-timeline').shadowRoot;
      const log = [];
      let prev = new Set();
      const tick = (t) => {
        const keys = new Set([...root.querySelectorAll('[data-key]')].map((b) => b.dataset.key));
        let fresh = 0;
        for (const k of keys) if (!prev.has(k)) fresh++;
        log.push([t, keys.size, fresh]);
        prev = keys;
        if (window.frameLog) requestAnimationFrame(tick);
      };
      window.frameLog = log;
      requestAnimationFrame(tick);
    });
  // --measure: every canvas text measurement of the gesture (how many, and a sample of the strings).
  if (argv.includes('--measure'))
    await page.evaluate(() => {
      const original = CanvasRenderingContext2D.prototype.measureText;
      const seen = [];
      CanvasRenderingContext2D.prototype.measureText = function (text) {
        seen.push(text);
        return original.call(this, text);
      };
      window.measured = () => ({ calls: seen.length, unique: new Set(seen).size, sample: seen.slice(4000, 4060) });
    });
  // --updates: how long each of the element's updates takes (willUpdate, render, commit, updated), ms.
  if (argv.includes('--updates'))
    await page.evaluate(() => {
      const el = document.querySelector('event-timeline');
      const original = el.performUpdate;
      const times = [];
      const will = el.willUpdate;
      let w = 0;
      el.willUpdate = function (c) {
        const t = performance.now();
        will.call(this, c);
        w = performance.now() - t;
      };
      el.performUpdate = function () {
        const t = performance.now();
        w = 0;
        original.call(this);
        times.push([performance.now() - t, w]);
      };
      window.updateTimes = () => {
        el.performUpdate = original;
        return times;
      };
    });
  if (PROFILE) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  await page.evaluate(() => bench.startFrames());
  const t0 = performance.now();
  const sent = [];
  for (let k = 0; k < 60; k++) {
    const wait = t0 + k * VSYNC - performance.now();
    if (wait > 1) await sleep(wait);
    const deltaY = -Math.log2(1.2) / 0.02;
    sent.push(cdp.send('Input.dispatchMouseEvent', { type: 'mouseWheel', x, y, deltaX: 0, deltaY, modifiers: 2 }));
  }
  await Promise.all(sent);
  const stamps = await page.evaluate(() => bench.stopFrames());
  const dom = await page.evaluate(() => window.mutations());
  let updates = {};
  if (argv.includes('--updates')) {
    const times = await page.evaluate(() => window.updateTimes());
    const sorted = times.map(([t]) => t).sort((a, b) => a - b);
    updates = {
      updates: times.length,
      updateSum: times.reduce((a, [t]) => a + t, 0),
      layoutSum: times.reduce((a, [, w]) => a + w, 0),
      updateMax: sorted.at(-1) ?? 0,
    };
    console.error(
      `updates (total/willUpdate) ${bundles[i].name}: ${times.map(([t, w]) => `${t.toFixed(0)}/${w.toFixed(0)}`).join(' ')}`,
    );
  }
  if (argv.includes('--measure')) console.log(JSON.stringify(await page.evaluate(() => window.measured())));
  if (PROFILE) {
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(`${PROFILE}-${bundles[i].name}.cpuprofile`, JSON.stringify(profile));
  }
  if (FRAMES) {
    const log = await page.evaluate(() => {
      const l = window.frameLog;
      window.frameLog = undefined;
      return l;
    });
    const line = log.slice(1).map(([t, n, f], k) => `${Math.round(t - log[k][0])}:${n}/+${f}`);
    console.error(`frames (ms:items/+new) ${bundles[i].name}: ${line.join(' ')}`);
  }
  const trace = JSON.parse((await browser.stopTracing()).toString());
  await context.close();
  const d = stamps
    .slice(1)
    .map((t, k) => t - stamps[k])
    .sort((a, b) => a - b);
  const frames = d.length;
  return { ...summarise(trace.traceEvents), ...dom, ...updates, frames, p95: d[Math.ceil(0.95 * frames) - 1] };
}

const rows = [];
for (let r = 0; r < ROUNDS; r++) {
  for (const [i, b] of bundles.entries()) {
    const s = await gesture(i);
    rows.push({ bundle: b.name, round: r + 1, ...s });
    console.error(
      b.name,
      r + 1,
      JSON.stringify(s, (_, x) => (typeof x === 'number' ? Math.round(x * 10) / 10 : x)),
    );
  }
}
const cols = [
  'cpu',
  'js',
  'style',
  'elements',
  'layout',
  'forced',
  'prePaint',
  'paint',
  'layerize',
  'raster',
  'compositor',
  'added',
  'removed',
  'moved',
  'styles',
  'attributes',
  'text',
  'frames',
  'p95',
  ...(argv.includes('--updates') ? ['updates', 'updateSum', 'layoutSum', 'updateMax'] : []),
];
const med = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
console.log(`| ${['bundle', ...cols].join(' | ')} |`);
console.log(`|---|${cols.map(() => '---:').join('|')}|`);
for (const b of bundles) {
  const mine = rows.filter((x) => x.bundle === b.name);
  console.log(`| ${b.name} | ${cols.map((c) => Math.round(med(mine.map((x) => x[c])))).join(' | ')} |`);
}
await browser.close();
server.close();
