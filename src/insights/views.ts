/** The report's range filter: "All" plus the last N days before the range's end, each a view of its own. */

const DAY = 86_400_000;

/**
 * The ranges of the filter's views: the whole range, then each of `days` ending at `to` (epoch ms, exclusive;
 * the end of the asked range, or now). Each is `{ label, from, to }` for one `Tally` or one run of the SQL.
 */
export function lastDays(
  days: number[],
  range: { from?: number; to?: number },
  now: number,
): { label: string; from?: number; to?: number }[] {
  const end = range.to ?? now;
  return [
    { label: 'All', ...range },
    ...days.map((n) => ({
      label: `Last ${n} days`,
      from: Math.max(end - n * DAY, range.from ?? Number.NEGATIVE_INFINITY),
      to: end,
    })),
  ];
}
