/**
 * Answers, in constant time, the questions the inline markup parser asks about
 * its source again and again: is this backslash an escape, where is the next
 * unescaped `]`, `)` or `**`, where does a lone `*` close. Scanning ahead for
 * each of them made the parser quadratic, so that 20,000 `[` took seconds.
 *
 * Every question takes the `end` of the range being parsed: a link label or an
 * emphasis is parsed as a range of the whole source, and nothing at or after
 * its end may answer. Escapes are the same in every range, because a range
 * always starts just after an unescaped delimiter and ends at one; likewise
 * `from` never falls between a backslash and the character it escapes.
 */
export type InlineMarkupIndex = {
  source: string;
  /** Whether the character at `at` is a backslash that escapes the next one. */
  isEscape: (at: number) => boolean;
  /** Index of the first unescaped `]` in `[from, end)`, or -1. */
  nextCloseBracket: (from: number, end: number) => number;
  /** Index of the first unescaped `)` in `[from, end)`, or -1. */
  nextCloseParen: (from: number, end: number) => number;
  /** Index of the first unescaped `**` that fits in `[from, end)`, or -1. */
  nextDoubleStar: (from: number, end: number) => number;
  /**
   * Index of the `*` in `[from, end)` that closes an emphasis opened just
   * before `from`, or -1. Within a run of stars, stars pair off two by two
   * from where the search enters the run, so that `*a **b** c*` closes on the
   * last star: an odd count leaves the run's last star (in the range) to close.
   */
  nextLoneStar: (from: number, end: number) => number;
  /** Whether `[from, end)` holds whitespace. */
  hasWhitespace: (from: number, end: number) => boolean;
  /** Whether `[from, end)`, once unescaped, holds a backslash. */
  hasBackslash: (from: number, end: number) => boolean;
};

const backslash = 0x5c;
const star = 0x2a;
const closeBracket = 0x5d;
const closeParen = 0x29;
const escapableCodes = new Set([backslash, star, 0x5b, closeBracket, 0x28, closeParen]);
const whitespace = /\s/;

const escaping = 1;
const escaped = 2;

export function isWhitespaceCode(code: number): boolean {
  // The ASCII test is only a shortcut; the regular expression is the definition.
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return whitespace.test(String.fromCharCode(code));
}

export function indexInlineMarkup(source: string): InlineMarkupIndex {
  const length = source.length;
  // A backslash escapes the next character if it is escapable and is not itself escaped.
  const escapes = new Uint8Array(length + 1);
  // For an unescaped `*`: where its run of unescaped stars starts; -1 elsewhere.
  const runStart = new Int32Array(length + 1).fill(-1);
  for (let i = 0; i < length; i += 1) {
    const code = source.charCodeAt(i);
    if (code === backslash && escapableCodes.has(source.charCodeAt(i + 1))) {
      escapes[i] = escaping;
      escapes[i + 1] = escaped;
      i += 1;
    } else if (code === star) {
      const previous = runStart[i - 1] ?? -1;
      runStart[i] = previous === -1 ? i : previous;
    }
  }

  // The "next …" tables hold `length` for "none", so one bound check answers "none" too.
  const nextBracket = new Int32Array(length + 1).fill(length);
  const nextParen = new Int32Array(length + 1).fill(length);
  const nextDouble = new Int32Array(length + 1).fill(length);
  const nextSpace = new Int32Array(length + 1).fill(length);
  const nextBackslash = new Int32Array(length + 1).fill(length);
  // Where a scan for a lone `*` that starts here ends, if nothing cuts it short.
  const loneAfter = new Int32Array(length + 1).fill(length);
  let runEnd = length;
  for (let i = length - 1; i >= 0; i -= 1) {
    const code = source.charCodeAt(i);
    const isUnescaped = escapes[i] !== escaped;
    nextBracket[i] = code === closeBracket && isUnescaped ? i : (nextBracket[i + 1] ?? length);
    nextParen[i] = code === closeParen && isUnescaped ? i : (nextParen[i + 1] ?? length);
    nextSpace[i] = isWhitespaceCode(code) ? i : (nextSpace[i + 1] ?? length);
    nextBackslash[i] = code === backslash && escapes[i] !== escaping ? i : (nextBackslash[i + 1] ?? length);
    if (runStart[i] === -1) {
      nextDouble[i] = nextDouble[i + 1] ?? length;
      loneAfter[i] = loneAfter[i + 1] ?? length;
      continue;
    }
    const isRunEnd = runStart[i + 1] === -1;
    if (isRunEnd) runEnd = i;
    nextDouble[i] = isRunEnd ? (nextDouble[i + 1] ?? length) : i;
    // Entering a run here, the scan pairs stars off two by two: an odd count
    // leaves the last one lone, an even count sends the scan on past the run.
    loneAfter[i] = (runEnd - i) % 2 === 0 ? runEnd : (loneAfter[runEnd + 1] ?? length);
  }

  const before = (table: Int32Array, from: number, end: number) => {
    if (from >= end) return -1;
    const found = table[from] ?? length;
    return found < end ? found : -1;
  };

  const nextLoneStar = (from: number, end: number) => {
    const found = before(loneAfter, from, end);
    if (found !== -1 || from >= end) return found;
    // The range may end inside a run of stars, which changes the count of that run.
    const last = end - 1;
    const lastRunStart = runStart[last] ?? -1;
    if (lastRunStart === -1) return -1;
    return (last - Math.max(lastRunStart, from)) % 2 === 0 ? last : -1;
  };

  return {
    source,
    isEscape: (at) => escapes[at] === escaping,
    nextCloseBracket: (from, end) => before(nextBracket, from, end),
    nextCloseParen: (from, end) => before(nextParen, from, end),
    nextDoubleStar: (from, end) => before(nextDouble, from, end - 1),
    nextLoneStar,
    hasWhitespace: (from, end) => before(nextSpace, from, end) !== -1,
    hasBackslash: (from, end) => before(nextBackslash, from, end) !== -1,
  };
}
