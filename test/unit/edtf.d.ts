/** The little of edtf.js (devDependency, tests only) that the differential test uses; it ships no types. */
declare module 'edtf' {
  interface Extended {
    readonly type: string;
    /** First millisecond covered (epoch ms, UTC); `-Infinity` for an open start, `null` for an unknown one. */
    readonly min: number | null;
    /** Last millisecond covered, inclusive; `Infinity` for an open end, `null` for an unknown one. */
    readonly max: number | null;
    readonly lower?: Extended | number | null;
    readonly upper?: Extended | number | null;
  }
  export default function edtf(text: string, constraints?: { level?: number }): Extended;
}
