/** Helpers of the validation messages and rules, shared by the JSON, media and category parsers. */

const ECHO_LIMIT = 60;

/** Own properties only: an inherited `title` (or a polluted prototype) must never become data. */
export function own(obj: object, key: string): unknown {
  return Object.hasOwn(obj, key) ? (obj as Record<string, unknown>)[key] : undefined;
}

/** Cuts an echoed value to about 60 characters. */
export function truncate(text: string): string {
  if (text.length <= ECHO_LIMIT) return text;
  let cut = ECHO_LIMIT - 1;
  // Never split a surrogate pair (an emoji) in half.
  const c = text.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--;
  return `${text.slice(0, cut)}…`;
}

/** Blank: nothing a reader could see (spaces, control characters, zero-width and other format characters). */
export function isBlank(text: string): boolean {
  // A visible ASCII character first (nearly every title): not blank, without the regular expression.
  const c = text.charCodeAt(0);
  if (c > 32 && c < 127) return false;
  return /^[\s\p{Cc}\p{Cf}]*$/u.test(text);
}

/**
 * A value echoed in a message: strings in quotes, truncated to about 60 characters, nothing escaped (the view
 * renders messages as text). Non-strings say their type, since that is usually the mistake.
 *
 * @example describeValue(1994) // '1994 (a number)'
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return `"${truncate(value)}"`;
  if (value === null) return 'null';
  if (value === undefined) return 'missing';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return `${truncate(String(value))} (a ${typeof value})`;
  }
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

/**
 * Checks a `url`: `http:`/`https:` absolute URLs, and relative ones: starting with `/`, `./`, `../`, `#` or `?`,
 * or a plain path with no `:` before its first `/`. Everything else (`javascript:`, `data:`, `mailto:`…) is
 * refused, and so is any control character or surrounding space, which browsers strip and could turn a harmless
 * looking string into another scheme.
 */
export function isSafeUrl(url: string): boolean {
  if (url === '' || url.trim() !== url || hasControlCharacter(url)) return false;
  const colon = url.indexOf(':');
  const slash = url.search(/[/?#]/);
  const hasScheme = colon !== -1 && (slash === -1 || colon < slash);
  if (!hasScheme) return true;
  if (!/^https?:/i.test(url)) return false;
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.host !== '';
  } catch {
    return false;
  }
}

/** A string field that may be absent (`null` too); anything else is reported with `label` and ignored. */
export function optionalString(
  value: unknown,
  field: string,
  label: string | (() => string),
  issue: (field: string, message: string) => void,
): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  issue(
    field,
    `${typeof label === 'string' ? label : label()}: "${field}" is ${describeValue(value)}, expected a string; it was ignored.`,
  );
  return undefined;
}

/**
 * The events array of a document given as a value (an array, or `{ events }` as an own property), else undefined.
 * Never throws: a hostile value (a Proxy whose traps throw) is left to `parseDocument`, which reports it.
 */
export function eventList(input: unknown): readonly unknown[] | undefined {
  try {
    if (Array.isArray(input)) return input.length >= 0 ? input : undefined;
    if (input === null || typeof input !== 'object' || !Object.hasOwn(input, 'events')) return undefined;
    const list = (input as { events: unknown }).events;
    return Array.isArray(list) && list.length >= 0 ? list : undefined;
  } catch {
    return undefined;
  }
}
