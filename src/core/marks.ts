/** User-timing marks, so hosts (and `npm run bench`) can see Pathlight's cost in their performance tools. */
export const mark = (name: string) => globalThis.performance?.mark?.(name);

export const measure = (name: string, start: string, end: string) => {
  try {
    globalThis.performance?.measure?.(name, start, end);
  } catch {
    // A host that cleared marks in between: nothing to measure.
  }
};
