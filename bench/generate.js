// Seeded benchmark data, shared by every library (loaded by the bench page; also importable from Node).
// Same seed and N give the same events on every run and machine.

const DAY = 86_400_000;
const MINUTE = 60_000;
const START = Date.UTC(1990, 0, 1);
const END = Date.UTC(2025, 11, 31); // last day of 2025
const CLUSTER_START = Date.UTC(2020, 8, 1); // 1 September 2020
const CLUSTER_END = Date.UTC(2020, 10, 1); // up to 31 October 2020

const WORDS = (
  'accord ceasefire summit election protest border treaty offensive talks strike flood report ' +
  'vote sanctions convoy airport corridor parliament mission statement outage verdict rally census'
).split(' ');

/** Mulberry32: a small, fast, deterministic PRNG returning floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n, w = 2) => String(n).padStart(w, '0');
/**
 * The string as it would arrive from a JSON document (flat). A string built by `+=` or a template literal is a
 * chain of pieces in V8, and the first library to read its characters pays for joining them: a cost of how the
 * benchmark built its data, not of reading a timeline, and a million titles' worth of it.
 */
const flat = (text) => JSON.parse(JSON.stringify(text));
const isoDay = (ms) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
const isoMinute = (ms) => `${isoDay(ms)}T${pad(new Date(ms).getUTCHours())}:${pad(new Date(ms).getUTCMinutes())}Z`;

/** `2020-09-27` or `2020-09-27T04:15Z` as a TimelineJS date (strings, UTC fields; no time for a day). */
const tlDate = (text) => {
  const [y, m, d, hh, mm] = text.split(/[-T:Z]/);
  const date = { year: String(Number(y)), month: String(Number(m)), day: String(Number(d)) };
  if (hh !== undefined && hh !== '') Object.assign(date, { hour: String(Number(hh)), minute: String(Number(mm)) });
  return date;
};

/**
 * `n` events in random order: 20 % in a dense cluster in September–October 2020 (minute precision, `…THH:MMZ`),
 * the rest spread over 1990–2025 (day precision, `YYYY-MM-DD`); 30 % are ranges; 4–6 groups.
 *
 * Returns `{ groups, ours, vis, tc?, tljs? }`:
 * - `ours`: the JSON array for `<event-timeline>` (`{ id, date, end?, title, group }`);
 * - `vis`: the same events for vis-timeline (`{ id, content, start: Date, end?: Date, group }`). A day-precision
 *   `end` means "through that day", so vis gets the end of that day.
 * - `tc` (when `peers` includes it): timelines-chart's `[{ group, data: [{ label, data: [{ timeRange, val }] }] }]`,
 *   one group per desk with a line for its ranges and a line for its points. It draws only ranges, so a point is
 *   a one-minute range (the data's finest precision); `val` is the desk (its colour).
 * - `tljs` (when `peers` includes it): TimelineJS's JSON, `{ events: [{ unique_id, start_date, end_date?, text:
 *   { headline }, group }] }` with dates as `{ year, month, day, hour?, minute? }` strings, as its docs show.
 *   The dates are the ones `ours` writes (a day-precision end is that day, which TimelineJS reads as its start).
 *
 * The peers' formats are only built when asked for, so the other libraries' pages do not hold them.
 */
export function generate(n, seed = 20200927, peers = []) {
  const rnd = mulberry32(seed);
  const groupCount = 4 + Math.floor(rnd() * 3);
  const groups = Array.from({ length: groupCount }, (_, i) => `Desk ${String.fromCharCode(65 + i)}`);
  const ours = new Array(n);
  const vis = new Array(n);
  const wantTc = peers.includes('tc');
  const wantTljs = peers.includes('tljs');
  // timelines-chart: per desk, a line of ranges and a line of points.
  const lines = new Map(groups.map((g) => [g, { ranges: [], points: [] }]));
  const tljs = wantTljs ? new Array(n) : undefined;
  for (let i = 0; i < n; i++) {
    const inCluster = rnd() < 0.2;
    const isRange = rnd() < 0.3;
    const group = groups[Math.floor(rnd() * groupCount)];
    const words = 2 + Math.floor(rnd() * 4);
    let title = `#${i}`;
    for (let w = 0; w < words; w++) title += ` ${WORDS[Math.floor(rnd() * WORDS.length)]}`;
    title = flat(title);
    const id = `e${i}`;
    let start;
    let end;
    let date;
    let endText;
    if (inCluster) {
      start = CLUSTER_START + Math.floor((rnd() * (CLUSTER_END - CLUSTER_START)) / MINUTE) * MINUTE;
      date = flat(isoMinute(start));
      if (isRange) {
        end = start + (30 + Math.floor(rnd() * 72 * 60)) * MINUTE; // 30 min to 3 days
        endText = flat(isoMinute(end));
      }
    } else {
      start = START + Math.floor(rnd() * ((END - START) / DAY + 1)) * DAY;
      date = flat(isoDay(start));
      if (isRange) {
        const days = Math.max(1, Math.round(-Math.log(1 - rnd()) * 120)); // mean ~4 months, long tail
        end = Math.min(END, start + days * DAY);
        endText = flat(isoDay(end));
        end += DAY; // through the end of that day
      }
    }
    ours[i] = endText ? { id, date, end: endText, title, group } : { id, date, title, group };
    vis[i] = end
      ? { id, content: title, start: new Date(start), end: new Date(end), group }
      : { id, content: title, start: new Date(start), group };
    if (wantTc) {
      const line = lines.get(group);
      if (end) line.ranges.push({ timeRange: [new Date(start), new Date(end)], val: group });
      else line.points.push({ timeRange: [new Date(start), new Date(start + MINUTE)], val: group });
    }
    if (wantTljs) {
      tljs[i] = { unique_id: id, start_date: tlDate(date), text: { headline: title }, group };
      if (endText) tljs[i].end_date = tlDate(endText);
    }
  }
  const out = { groups, ours, vis };
  if (wantTc) {
    out.tc = groups.map((g) => ({
      group: g,
      data: [
        { label: 'ranges', data: lines.get(g).ranges },
        { label: 'points', data: lines.get(g).points },
      ],
    }));
  }
  if (wantTljs) out.tljs = { events: tljs };
  return out;
}
