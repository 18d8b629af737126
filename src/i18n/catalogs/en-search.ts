/**
 * English shown only with a remote search engine (`config.search`), in the lazy `search-remote` chunk: the chunk
 * exports these as `english` and they join the translators when it loads.
 */
const enSearch = {
  'home.suggestionsUnavailable': 'Suggested articles are unavailable right now. You can still search.',
} as const;

export default enSearch;
