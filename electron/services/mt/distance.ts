/** Length in Unicode code points: what DeepL bills, and the unit of review distances. */
export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is a single code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * Levenshtein distance over code points (insert, delete, substitute each cost 1), in
 * O(min(n, m)) memory. The common prefix and suffix are stripped first: reviewed suggestions
 * usually differ in a few words, so this keeps long sentences cheap.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let x = Array.from(a);
  let y = Array.from(b);
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start++;
  let endX = x.length;
  let endY = y.length;
  while (endX > start && endY > start && x[endX - 1] === y[endY - 1]) {
    endX--;
    endY--;
  }
  x = x.slice(start, endX);
  y = y.slice(start, endY);
  if (x.length < y.length) [x, y] = [y, x];
  if (y.length === 0) return x.length;
  let prev = new Array<number>(y.length + 1);
  let curr = new Array<number>(y.length + 1);
  for (let j = 0; j <= y.length; j++) prev[j] = j;
  for (let i = 1; i <= x.length; i++) {
    curr[0] = i;
    const xi = x[i - 1];
    for (let j = 1; j <= y.length; j++) {
      const cost = xi === y[j - 1] ? 0 : 1;
      curr[j] = Math.min(prev[j]! + 1, curr[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, curr] = [curr, prev];
  }
  return prev[y.length]!;
}

/** Edit distance divided by the longer text's length: 0 identical, 1 nothing in common. */
export function normalizedEditDistance(a: string, b: string, distance = editDistance(a, b)): number {
  const longer = Math.max(codePointLength(a), codePointLength(b));
  return longer === 0 ? 0 : distance / longer;
}
