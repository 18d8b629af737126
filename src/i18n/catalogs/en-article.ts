/**
 * English shown only by the article view and its video player, which come in the lazy `article` chunk: the
 * chunk exports these as `english` and they join the translators when it loads, so the main bundle does not
 * carry them. The other catalogs translate them like the keys of ./en.ts (the catalog test checks both).
 */
const enArticle = {
  'article.openFull': 'Open in help center',
  'article.helpful': 'Was this helpful?',
  'article.yes': 'Yes',
  'article.no': 'No',
  'article.thanks': 'Thanks for your feedback!',
  'article.notFound': 'This article is not available.',
  'article.minutes.one': '{count} min read',
  'article.minutes.other': '{count} min read',
  'video.chapters': 'Chapters',
  'video.transcript': 'Transcript',
  'video.jumpTo': 'Jump to {time}: {title}',
  'video.searchTranscript': 'Search the transcript',
  'video.unavailable': 'This video cannot be played here.',
  'video.watchOn': 'Watch on {provider}',
  'article.notFoundHint': 'It may have moved or been removed. Search for what you need instead.',
  'article.sorry': 'Sorry this didn’t help.',
  'article.missing': 'What were you looking for? (optional)',
  'article.send': 'Send',
  'article.sent': 'Thanks, this helps us improve the article.',
  'article.related': 'Related articles',
  'article.failed': 'This article could not be loaded.',
  'article.failedHint': 'Please try again in a moment.',
  'article.offline': 'You’re offline.',
  'article.offlineHint':
    'This article isn’t saved on this device yet. Connect to the internet and try again.',
} as const;

export default enArticle;
