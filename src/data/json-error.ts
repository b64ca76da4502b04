/** Why a text is not JSON, in plain words (`parseDocument`). */
import { isBlank, truncate } from './values.js';

/**
 * Says in plain words why `text` is not JSON, and where (line and column), for the usual slips: a trailing comma,
 * NaN or Infinity, single quotes, comments, a document cut short, an HTML page. Falls back to the engine's message.
 */
export function describeJsonError(text: string, error: unknown): string {
  if (isBlank(text)) return 'it is empty';
  if (/^\s*</.test(text)) return 'it looks like an HTML or XML page, not JSON';
  const at = (i: number) => {
    let line = 1;
    let column = 1;
    for (let j = 0; j < i; j++) {
      if (text.charCodeAt(j) === 10) {
        line++;
        column = 1;
      } else column++;
    }
    return ` at line ${line}, column ${column}`;
  };
  const open: string[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"') {
      const start = i;
      for (i++; i < text.length && text[i] !== '"'; i++) {
        if (text[i] === '\\') i++;
        else if (text.charCodeAt(i) < 0x20) {
          return `a string holds a raw control character or line break (write \\n for a new line)${at(i)}`;
        }
      }
      if (i >= text.length) return `it ends inside a string that starts${at(start)} (was it cut short?)`;
      i++;
      continue;
    }
    if (ch === '[' || ch === '{') open.push(ch);
    else if (ch === ']' || ch === '}') {
      const expected = open.pop() === '[' ? ']' : '}';
      if (ch !== expected) break;
      const rest = open.length === 0 ? /\S/.exec(text.slice(i + 1, i + 1001)) : null;
      if (rest) {
        return `more text follows the end of the document${at(i + 1 + rest.index)} (a document is one array or one object)`;
      }
    } else if (ch === ',') {
      let j = i + 1;
      while (j < text.length && (text[j] === ' ' || text[j] === '\n' || text[j] === '\r' || text[j] === '\t')) j++;
      if (text[j] === ']' || text[j] === '}') {
        return `a comma before "${text[j]}" (a trailing comma) is not allowed in JSON${at(i)}`;
      }
    } else if (ch === '-' || (ch >= '0' && ch <= '9')) {
      // A number (1e5 is not a word): skip it whole.
      i += Math.max(1, /^-?\d*\.?\d*(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400))![0].length);
      continue;
    } else if (ch === "'") return `JSON strings and names need double quotes, not single quotes${at(i)}`;
    else if (ch === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) return `JSON has no comments${at(i)}`;
    else if (/[A-Za-z_$]/.test(ch)) {
      const word = /^[A-Za-z_$][\w$]*/.exec(text.slice(i, i + 40))![0];
      if (word === 'NaN' || word === 'Infinity' || word === 'undefined') {
        return `${word} is not a JSON value (write null, or a number or string)${at(i)}`;
      }
      if (word !== 'true' && word !== 'false' && word !== 'null') {
        return `${truncate(word)} is not a JSON value (strings need double quotes)${at(i)}`;
      }
      i += word.length;
      continue;
    }
    i++;
  }
  if (i >= text.length && open.length > 0) {
    return `it ends before its last ${open.length === 1 ? 'bracket is' : `${open.length} brackets are`} closed (was it cut short?)`;
  }
  return errorMessage(error);
}

/** The message of whatever was thrown, whatever it is. */
export function errorMessage(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'unknown error';
  }
}
