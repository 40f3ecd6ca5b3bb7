/**
 * Numbers as Dutch and English software write them: 12,5 and 12.5, 1.234,5 and 1,234.5, 1 234,5,
 * a trailing percent sign. One separator followed by exactly three digits (1.234, 1,234) is
 * ambiguous; the file's decimal mark decides it, learnt from the first unambiguous number and
 * otherwise guessed from the field separator (a semicolon file is Dutch, a comma file English).
 */
export type DecimalMark = ',' | '.';

export class DecimalReader {
  private learnt: DecimalMark | null = null;

  constructor(private readonly fallback: DecimalMark) {}

  get mark(): DecimalMark {
    return this.learnt ?? this.fallback;
  }

  /** The number, or null when the text is not one. Empty text is the caller's business. */
  read(input: string): number | null {
    // Fast path for the common plain forms: 12, -3, 12.5 (never ambiguous: not three decimals).
    if (PLAIN.test(input)) {
      const dot = input.indexOf('.');
      if (dot === -1 || input.length - dot - 1 !== 3) {
        if (dot !== -1) this.learn('.');
        return Number(input);
      }
    }
    let text = input.trim().replace(SPACES, '');
    if (text.endsWith('%')) text = text.slice(0, -1);
    if (text.startsWith('+')) text = text.slice(1);
    let sign = 1;
    if (text.startsWith('-') || text.startsWith('\u2212')) {
      sign = -1;
      text = text.slice(1);
    }
    if (!DIGITS_AND_MARKS.test(text)) return null;
    const lastDot = text.lastIndexOf('.');
    const lastComma = text.lastIndexOf(',');
    if (lastDot === -1 && lastComma === -1) return sign * Number(text);
    if (lastDot !== -1 && lastComma !== -1) {
      // Both marks: the last one is the decimal mark, the other groups thousands.
      const decimal: DecimalMark = lastDot > lastComma ? '.' : ',';
      const grouping = decimal === '.' ? ',' : '.';
      const [whole = '', fraction = ''] = splitAt(text, Math.max(lastDot, lastComma));
      if (whole.includes(decimal) || !validGrouping(whole, grouping)) return null;
      this.learn(decimal);
      return sign * Number(`${whole.split(grouping).join('')}.${fraction}`);
    }
    const mark: DecimalMark = lastDot !== -1 ? '.' : ',';
    const count = text.split(mark).length - 1;
    if (count > 1) {
      // 1.234.567: only thousands grouping.
      return validGrouping(text, mark) ? sign * Number(text.split(mark).join('')) : null;
    }
    const [whole = '', fraction = ''] = splitAt(text, text.indexOf(mark));
    if (whole === '' || fraction === '') return whole === '' && fraction !== '' ? sign * Number(`0.${fraction}`) : null;
    const ambiguous = fraction.length === 3 && whole.length <= 3 && whole !== '0';
    if (!ambiguous) {
      this.learn(mark);
      return sign * Number(`${whole}.${fraction}`);
    }
    return this.mark === mark ? sign * Number(`${whole}.${fraction}`) : sign * Number(`${whole}${fraction}`);
  }

  private learn(mark: DecimalMark) {
    this.learnt ??= mark;
  }
}

const PLAIN = /^-?\d+(\.\d+)?$/;
const SPACES = /[\s\u00a0\u202f']/g;
const DIGITS_AND_MARKS = /^\d*[.,\d]*\d*$/;

function splitAt(text: string, index: number): [string, string] {
  return [text.slice(0, index), text.slice(index + 1)];
}

function validGrouping(whole: string, grouping: string): boolean {
  if (!whole.includes(grouping)) return /^\d+$/.test(whole);
  const parts = whole.split(grouping);
  const [first = '', ...rest] = parts;
  return /^\d{1,3}$/.test(first) && rest.every((part) => /^\d{3}$/.test(part));
}
