// The benchmark page: `index.html?lib=ours` (the self-contained bundle), `?lib=vertical` (the same, with
// orientation="vertical" in a 400 × 700 px phone-like box), `?lib=vis` (vis-timeline standalone), `?lib=tc`
// (timelines-chart's UMD build) or `?lib=tljs` (TimelineJS 3's build, its CSS and fonts served locally).
// bench/run.mjs drives it through `window.bench`; every timing is taken here, in the page, with performance.now().
import { generate } from './generate.js';

const params = new URLSearchParams(location.search);
const lib = params.get('lib') ?? 'ours';
const bundle = params.get('bundle') ?? '/dist/event-timeline.bundle.js';
const host = document.getElementById('host');
/** Ours, in either orientation. */
const ours = lib === 'ours' || lib === 'vertical' || lib === 'base';
const vertical = lib === 'vertical';
if (vertical) host.classList.add('vertical');

const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
const twoFrames = async () => {
  await frame();
  await frame();
};
const loadScript = (src) =>
  new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = resolve;
    s.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(s);
  });

const loadCss = (href) =>
  new Promise((resolve, reject) => {
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = href;
    css.onload = resolve;
    css.onerror = () => reject(new Error(`could not load ${href}`));
    document.head.append(css);
  });

/**
 * Watches the host's DOM (and `shadow`, ours' shadow root) from now on, for every library alike, frame by frame.
 * `done(signal)` waits for the library's own "drawn" signal (if any), then until two frames after it have passed and
 * the DOM has not changed over the last two (or `cap` frames), and resolves to the time just after the frame that
 * painted the last change: what a reader sees as the first complete frame. A frame's changes are the mutations
 * before the watcher's requestAnimationFrame callback; "just after it painted" is a task queued from it (as
 * `<event-timeline>` times its own `timeline-load`). Frames are watched from the start, not from the signal on: a
 * change painted before the signal counts in the frame that painted it, not in the first frame after the signal
 * (which had added a frame to every library that signals after its first painted frame). A library that changes
 * its DOM in a requestAnimationFrame callback run after the watcher's has that change counted in the next frame:
 * its time can read up to one frame long, never short.
 */
function watch(shadow) {
  let dirty = false;
  let last = performance.now();
  let frames = 0;
  let quiet = 0;
  let stopped = false;
  let onFrame;
  const observer = new MutationObserver(() => {
    dirty = true;
  });
  const options = { subtree: true, childList: true, attributes: true, characterData: true };
  observer.observe(host, options);
  if (shadow) observer.observe(shadow, options);
  /** Each frame: whether it painted a change, noted just after it painted. */
  const watchFrame = () =>
    requestAnimationFrame(() => {
      const changed = dirty;
      dirty = false;
      setTimeout(() => {
        if (changed) last = performance.now();
        quiet = changed ? 0 : quiet + 1;
        frames++;
        onFrame?.();
        if (!stopped) watchFrame();
      }, 0);
    });
  watchFrame();
  const nextFrame = () =>
    new Promise((resolve) => {
      onFrame = resolve;
    });
  return {
    async done(signal, cap = 600) {
      await signal;
      const from = frames;
      while (frames - from < cap && (frames - from < 2 || quiet < 2)) await nextFrame();
      stopped = true;
      observer.disconnect();
      return last;
    },
  };
}

/** TimelineJS: the time at a timenav x (px from the timenav's left edge), from its own time scale. */
function tlTimeAt(x) {
  const nav = tl._timenav;
  const left = Number.parseFloat(nav._el.slider.style.left) || 0;
  // The scale is linear in ms: two of its own positions give the inverse.
  const a = Date.UTC(2000, 0, 1);
  const b = Date.UTC(2020, 0, 1);
  const pa = nav.timescale.getPosition(a);
  const pb = nav.timescale.getPosition(b);
  return a + ((x - left - pa) * (b - a)) / (pb - pa);
}

let data;
let el; // ours: the <event-timeline>
let timeline; // vis: the vis.Timeline
let chart; // tc: the TimelinesChart instance
let tl; // tljs: the TL.Timeline

async function setup() {
  if (ours) {
    await import(bundle);
    await customElements.whenDefined('event-timeline');
    el = document.createElement('event-timeline');
    el.setAttribute('label', 'Benchmark');
    if (vertical) el.setAttribute('orientation', 'vertical');
    host.append(el);
    await el.updateComplete;
  } else if (lib === 'vis') {
    await loadCss('/vis/styles/vis-timeline-graph2d.min.css');
    await loadScript('/vis/standalone/umd/vis-timeline-graph2d.min.js');
  } else if (lib === 'tc') {
    await loadScript('/tc/timelines-chart.min.js'); // injects its own CSS
  } else if (lib === 'tljs') {
    await loadCss('/tljs/css/timeline.css');
    await loadScript('/tljs/js/timeline.js');
  } else {
    throw new Error(`unknown lib ${lib}`);
  }
  await twoFrames();
}

/** Visible window in ms: cheap, read in every frame while recording. */
function range() {
  if (ours) {
    const r = el.visibleRange;
    return `${+r.start} ${+r.end}`;
  }
  if (lib === 'tc') return String(chart.zoomX()?.map(Number));
  if (lib === 'tljs') {
    const nav = tl._timenav;
    return `${nav._el.slider.style.left} ${nav.options.scale_factor}`;
  }
  const w = timeline.getWindow();
  return `${+w.start} ${+w.end}`;
}

/** Visible window (ms) and the pixel box of the plot area, to aim the pointer. */
function view() {
  let start;
  let end;
  let box;
  if (ours) {
    const r = el.visibleRange;
    start = +r.start;
    end = +r.end;
    box = (el.shadowRoot?.querySelector('.plot') ?? el).getBoundingClientRect();
  } else if (lib === 'tc') {
    const [s, e] = chart.zoomX() ?? [0, 0];
    start = +s;
    end = +e;
    box = (host.querySelector('svg') ?? host).getBoundingClientRect();
  } else if (lib === 'tljs') {
    // The time navigator (the strip of markers at the bottom) is what pans; the slide above it does not.
    box = tl._timenav._el.container.getBoundingClientRect();
    start = tlTimeAt(0);
    end = tlTimeAt(box.width);
  } else {
    const w = timeline.getWindow();
    start = +w.start;
    end = +w.end;
    box = (host.querySelector('.vis-panel.vis-center') ?? host).getBoundingClientRect();
  }
  return { start, end, left: box.left, top: box.top, width: box.width, height: box.height, vertical };
}

/** Counts nodes of every type and elements, descending into open shadow roots. */
function countDom() {
  let nodes = 0;
  let elements = 0;
  const walk = (n) => {
    nodes++;
    if (n.nodeType === 1) {
      elements++;
      if (n.shadowRoot) walk(n.shadowRoot);
    }
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(document.documentElement);
  return { nodes, elements };
}

let recorder;

/** Waits until the visible window has not moved for 6 frames (an animated zoom is over). */
async function still() {
  let last = '';
  for (let same = 0; same < 6; ) {
    await frame();
    const now = range();
    same = now === last ? same + 1 : 0;
    last = now;
  }
}

/**
 * timelines-chart: no "drawn" signal (kapsule digests on a timer), so from `.data(…)` to the paint of its last
 * change (`watch`). Its transitions are off, so this is drawing, not an animation's length.
 */
async function renderTc() {
  const watcher = watch();
  const t0 = performance.now();
  chart = window
    .TimelinesChart()
    .width(1200)
    .maxHeight(500)
    .useUtc(true)
    .zQualitative(true)
    .enableAnimations(false)(host)
    .data(data.tc);
  const end = await watcher.done();
  return {
    ms: end - t0,
    count: data.tc.reduce((n, g) => n + g.data[0].data.length + g.data[1].data.length, 0),
  };
}

/**
 * TimelineJS: from `new TL.Timeline(…)` past its `loaded` event (slides and time navigator built) to the paint of
 * its last change (`watch`; it goes to the first slide after `loaded`, animated over `duration` ms).
 */
async function renderTljs() {
  const watcher = watch();
  const t0 = performance.now();
  let loaded;
  const done = new Promise((resolve) => {
    loaded = resolve;
  });
  tl = new window.TL.Timeline(host, data.tljs, {
    // Its CSS, fonts and language from this server, not its CDN (the run is offline; other requests are blocked).
    script_path: `${location.origin}/tljs/js/`,
    height: 500,
    width: 1200,
  });
  tl.on('loaded', loaded);
  const end = await watcher.done(done);
  return { ms: end - t0, count: tl.config.events.length };
}

/** Hands over the data and waits for the first complete frame. */
async function renderOnly() {
  return window.bench.renderLib();
}

window.bench = {
  lib,
  ready: setup().then(() => true),
  prepare(n) {
    data = generate(n, undefined, ours || lib === 'vis' ? [] : [lib]);
    return { n: data.ours.length, groups: data.groups.length };
  },

  /**
   * Time from handing over the data to the first complete frame (`watch`), in ms, and the longest main-thread task in that
   * time (Long Tasks API: tasks over 50 ms; 0 when there was none).
   */
  async render() {
    const tasks = [];
    const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
    observer.observe({ type: 'longtask' });
    const r = await renderOnly();
    for (const e of observer.takeRecords()) tasks.push(e);
    observer.disconnect();
    return { ...r, longestTask: tasks.reduce((m, e) => Math.max(m, e.duration), 0), longTasks: tasks.length };
  },

  /**
   * A live update (ours): zoomed to September–October 2020 with an event there selected, `events` set to the same
   * array plus one event. Time from the assignment to the first complete frame (as `render`), and whether
   * the visible range and the selection were kept.
   */
  async update() {
    el.zoomTo('2020-09-01', '2020-11-01');
    await still();
    const [d0, d1] = [Date.UTC(2020, 8, 1), Date.UTC(2020, 10, 1)];
    const pick = data.ours.find((e) => {
      const t = Date.parse(e.date);
      return t > d0 && t < d1;
    });
    el.selected = pick.id;
    await el.updateComplete;
    await twoFrames();
    const before = range();
    const loaded = new Promise((resolve) => el.addEventListener('timeline-load', resolve, { once: true }));
    const added = { id: 'bench-added', date: '2020-10-01T12:00Z', title: 'Added live', group: data.groups[0] };
    const watcher = watch(el.shadowRoot);
    const t0 = performance.now();
    el.events = [...data.ours, added];
    const ms = (await watcher.done(loaded)) - t0;
    return { ms, kept: range() === before && el.selected === pick.id };
  },

  /** Back to the full view (ours). */
  async fit() {
    el.zoomToFit();
    await still();
  },

  /**
   * Ours: where the first render's time goes, ms from handing over the data: the element's first update done,
   * `timeline-load`, and the two frames after it (what `render` times).
   */
  async phases() {
    const loaded = new Promise((resolve) => el.addEventListener('timeline-load', resolve, { once: true }));
    const t0 = performance.now();
    el.events = data.ours;
    const at = {};
    const mark = (name) => {
      at[name] = Math.round(performance.now() - t0);
    };
    requestAnimationFrame(() => mark('firstFrame'));
    await el.updateComplete;
    mark('updated');
    await loaded;
    mark('load');
    await twoFrames();
    mark('twoFrames');
    return at;
  },

  /** The library's own render, timed by `render`. */
  async renderLib() {
    if (ours) {
      let count = -1;
      const loaded = new Promise((resolve) =>
        el.addEventListener(
          'timeline-load',
          (e) => {
            count = e.detail?.count ?? -1;
            resolve();
          },
          { once: true },
        ),
      );
      const watcher = watch(el.shadowRoot);
      const t0 = performance.now();
      el.events = data.ours;
      const end = await watcher.done(loaded);
      return { ms: end - t0, count };
    }
    if (lib === 'tc') return renderTc();
    if (lib === 'tljs') return renderTljs();
    const vis = window.vis;
    let initial;
    const drawn = new Promise((resolve) => {
      initial = resolve;
    });
    const watcher = watch();
    const t0 = performance.now();
    const groups = new vis.DataSet(data.groups.map((g) => ({ id: g, content: g })));
    const items = new vis.DataSet(data.vis);
    timeline = new vis.Timeline(host, items, groups, {
      height: '500px',
      // vis-timeline's own "first render done" signal (called from a setTimeout after the first full 'changed').
      onInitialDrawComplete: initial,
    });
    // The initial fit may schedule more redraws: `watch` waits until two frames pass without a change.
    const end = await watcher.done(drawn);
    return { ms: end - t0, count: items.length };
  },

  view,
  countDom,
  /**
   * TimelineJS pans only while the pointer is over its time navigator's background (a marker under the pointer
   * takes the events), so its drag runs along the row (viewport y) that the fewest markers cover. Others: null.
   */
  dragRow() {
    if (lib !== 'tljs') return null;
    const box = tl._timenav._el.container.getBoundingClientRect();
    const cover = new Array(Math.ceil(box.height)).fill(0);
    for (const m of tl._timenav._markers) {
      const r = m._el.container.getBoundingClientRect();
      for (let y = Math.max(0, Math.floor(r.top - box.top)); y < Math.min(cover.length, r.bottom - box.top); y++) {
        cover[y]++;
      }
    }
    let best = 2;
    for (let y = 2; y < cover.length - 2; y++) if (cover[y] < cover[best]) best = y;
    return box.top + best + 0.5;
  },
  /** Viewport y of a time (ms) on the vertical timeline, from the visible range and the axis's own scale. */
  yOf(ms) {
    const v = view();
    const axis = el.shadowRoot.querySelector('.axis .domain');
    const top = v.top + Number(axis?.getAttribute('y1') ?? 0);
    const bottom = v.top + Number(axis?.getAttribute('y2') ?? v.height);
    return top + ((ms - v.start) / (v.end - v.start)) * (bottom - top);
  },

  /** Viewport x of a time (ms), using the library's own conversion where there is one. */
  xOf(ms) {
    const v = view();
    if (lib === 'vis' && typeof timeline._toScreen === 'function') return v.left + timeline._toScreen(new Date(ms));
    return v.left + ((ms - v.start) / (v.end - v.start)) * v.width;
  },

  /** Starts recording requestAnimationFrame timestamps, and whether the visible window changed in each frame. */
  startFrames() {
    const stamps = [];
    const changed = [];
    let last = range();
    let on = true;
    const tick = (t) => {
      const key = range();
      stamps.push(t);
      changed.push(key !== last);
      last = key;
      if (on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    recorder = { stamps, changed, stop: () => (on = false) };
  },

  /**
   * Waits until the queued input has been handled (the window has not moved for 6 frames, or 30 s), stops, and
   * returns the timestamps up to the frame after the last one that moved the window (which painted it).
   */
  async stopFrames() {
    const { stamps, changed } = recorder;
    const t0 = performance.now();
    while (performance.now() - t0 < 30_000) {
      await frame();
      const n = changed.length;
      if (n > 7 && !changed.slice(n - 6).some(Boolean)) break;
    }
    recorder.stop();
    const lastChange = changed.lastIndexOf(true, changed.length - 1);
    return stamps.slice(0, Math.max(2, Math.min(stamps.length, lastChange + 2)));
  },
};
