/**
 * Which locales the running engine can really label dates in. Browsers ship trimmed ICU data: Debian's Chromium
 * resolves Armenian and Georgian to `en-US`, and formats Azerbaijani months as CLDR's placeholders ("2020 M09 27").
 * Intl never says so by throwing, so we look at what it gives back. Pure: no DOM, the reader's languages are passed in.
 */
import { language } from './words.js';

const known = new Map<string, boolean>();

/**
 * Whether Intl has date data for `locale`: the tag is valid, `supportedLocalesOf` keeps it, the formatter resolves
 * to the same language (not a silent fallback to the default locale), and a month has a name, not the "M09"
 * placeholder of CLDR's root locale.
 *
 * @example formatsDates('fr-FR') // true everywhere; formatsDates('hy') // false in Debian's Chromium
 */
export function formatsDates(locale: string): boolean {
  let ok = known.get(locale);
  if (ok === undefined) {
    try {
      const wanted = language(Intl.getCanonicalLocales(locale)[0]);
      const f = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
      const month = f.formatToParts(Date.UTC(2020, 8, 15)).find((p) => p.type === 'month')?.value ?? '';
      ok =
        Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0 &&
        language(f.resolvedOptions().locale) === wanted &&
        !/^M\d+$/.test(month);
    } catch {
      ok = false;
    }
    known.set(locale, ok);
  }
  return ok;
}

/**
 * The locale to label dates in: `requested` when the engine has its date data, else the first of the reader's
 * `fallbacks` (their languages in order of preference, then the page's) that it has, else English. Messages keep
 * following `requested`; only dates change, and never to a half-formatted "M09".
 *
 * @example dateLocale('hy-AM', ['hy', 'ru-RU', 'en']) // 'ru-RU' where the engine lacks Armenian, else 'hy-AM'
 */
export function dateLocale(
  requested: string,
  fallbacks: readonly (string | undefined)[],
  supports: (locale: string) => boolean = formatsDates,
): string {
  if (supports(requested)) return requested;
  return fallbacks.find((l): l is string => !!l && supports(l)) ?? 'en';
}
