// The words of a bullet, with their offsets: the one tokenizer every resume rule shares.
// A hand-written scanner: it runs on every bullet of every resume.

export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/** Inside a word: ' ’ . - / + # & ("Co-led", "C#", "802.1X", "Node.js"). */
function wordPunct(code: number): boolean {
  return code === 39 || code === 8217 || code === 46 || code === 45 || code === 47 || code === 43 || code === 35 || code === 38;
}
/** Not at the end of a word: . - / ' ’. */
function trailing(code: number): boolean {
  return code === 46 || code === 45 || code === 47 || code === 39 || code === 8217;
}
const NON_ASCII_WORD = /[\p{L}\p{N}]/u;

function wordChar(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return NON_ASCII_WORD.test(text[at]);
}

/**
 * The words of `plain` (up to `limit`), without trailing punctuation: a letter or
 * digit, then letters, digits and ' . - / + # & ("Co-led", "C#", "802.1X", "Node.js").
 * A hand-written scanner over character codes: this runs on every bullet.
 */
export function words(plain: string, limit = Infinity): Word[] {
  const result: Word[] = [];
  const length = plain.length;
  let at = 0;
  while (at < length && result.length < limit) {
    if (!wordChar(plain, at)) {
      at++;
      continue;
    }
    const start = at;
    at++;
    while (at < length && (wordChar(plain, at) || wordPunct(plain.charCodeAt(at)))) at++;
    let end = at;
    while (end > start + 1 && trailing(plain.charCodeAt(end - 1))) end--;
    const text = plain.slice(start, end);
    let upper = false;
    for (let k = start; k < end && !upper; k++) {
      const code = plain.charCodeAt(k);
      upper = (code >= 65 && code <= 90) || code > 127;
    }
    result.push({ text, lower: upper ? text.toLowerCase() : text, start, end });
  }
  return result;
}
