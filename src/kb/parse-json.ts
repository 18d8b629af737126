/** Stands in for the articles while the rest of the feed is parsed (`"\u0000"`: no feed has it as its articles). */
const PLACEHOLDER = '"\\u0000"';

/** Whether the quote at `end` is escaped: an odd number of backslashes before it. */
const escaped = (text: string, end: number): boolean => {
  let at = end;
  while (text.charCodeAt(at - 1) === 92) at--;
  return (end - at) % 2 === 1;
};

/**
 * Where the top-level `"articles": [` array is: its `[`, every `,` between its elements, its `]`. One pass over the
 * text, a `yield` every 64 K characters, strings skipped with `indexOf`. Undefined when there is none, or when the
 * top level might name "articles" twice (JSON.parse keeps the last): a second `"articles"` or an escape in any of
 * its strings.
 */
function* findArticles(text: string): Generator<void, number[] | undefined> {
  let depth = 0;
  let key = '';
  let bounds: number[] | undefined;
  let inside = false;
  let named = false;
  let next = 0;
  for (let i = 0; i < text.length; i++) {
    if (i > next) {
      next = i + 65536;
      yield;
    }
    const c = text.charCodeAt(i);
    if (c === 34) {
      let end = i;
      do end = text.indexOf('"', end + 1);
      while (end > 0 && escaped(text, end));
      if (end < 0) return undefined;
      // The last string of the top-level object before a value is its key.
      if (depth === 1) {
        key = text.slice(i, end + 1);
        if (key.includes('\\') || (key === '"articles"' && named)) return undefined;
        named ||= key === '"articles"';
      }
      i = end;
    } else if (c === 91 || c === 123) {
      if (++depth === 2 && c === 91 && key === '"articles"' && !bounds) {
        bounds = [i];
        inside = true;
      }
    } else if (c === 93 || c === 125) {
      if (--depth === 1 && inside) {
        bounds!.push(i);
        inside = false;
      }
    } else if (c === 44 && inside && depth === 2) bounds!.push(i);
  }
  return inside ? undefined : bounds;
}

/**
 * `JSON.parse(text)` in steps, one `yield` between two (run it with `sliced()`): a feed's articles are found in one
 * pass and parsed one by one, the rest of the feed in one go. The result equals `JSON.parse(text)`;
 * whatever the steps do not understand (invalid JSON, a feed shaped otherwise) goes to `JSON.parse(text)`, so an
 * error is the one it throws.
 * @example
 * const feed = await sliced(parseJsonSteps(await response.text()));
 */
export function* parseJsonSteps(text: string): Generator<void, unknown> {
  const bounds = yield* findArticles(text);
  if (bounds) {
    try {
      const last = bounds.length - 1;
      const feed = JSON.parse(text.slice(0, bounds[0]) + PLACEHOLDER + text.slice(bounds[last]! + 1));
      // Not there when the top level is not an object.
      if (feed?.articles === '\0') {
        // An empty element throws: JSON.parse(text) then throws too (`[1,,2]`, `[1,]`), or reads `[]` at once.
        feed.articles = [];
        for (let k = 0; k < last; k++) {
          feed.articles.push(JSON.parse(text.slice(bounds[k]! + 1, bounds[k + 1])));
          yield;
        }
        return feed;
      }
    } catch {
      // JSON.parse below says what is wrong.
    }
  }
  return JSON.parse(text);
}
