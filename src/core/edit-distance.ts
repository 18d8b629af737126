/**
 * The one edit distance: search uses it for typo tolerance, the validators for "did you mean".
 * Adjacent transpositions count as one edit (`lanucher` is one edit from `launcher`); the result is
 * `max + 1` as soon as it must exceed `max`, which keeps search's dictionary scan cheap.
 * @example distance('pasword', 'password', 1) // 1
 */
export function distance(a: string, b: string, max: number): number {
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let row: number[] = [];
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let min = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, before[j - 2]! + 1);
      row[j] = v;
      if (v < min) min = v;
    }
    if (min > max) return max + 1;
    const spare = before;
    before = prev;
    prev = row;
    row = spare;
  }
  return prev[b.length]!;
}
