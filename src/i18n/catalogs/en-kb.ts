/**
 * English shown only when the knowledge base answers in another language, in the lazy `kb` chunk: the chunk
 * exports these as `english` and they join the translators when it loads. `{language}` is the language's name
 * in the UI's language (Intl.DisplayNames).
 */
const enKb = {
  'search.resultsIn': 'Results in {language}',
} as const;

export default enKb;
