/**
 * English shown only by surveys, which come in the lazy `surveys` chunk (its `english` export, added when
 * the chunk loads). The other catalogs translate them like the keys of ./en.ts.
 */
const enSurveys = {
  'survey.npsQuestion': 'How likely are you to recommend {product} to a friend or colleague?',
  'survey.npsQuestionUs': 'How likely are you to recommend us to a friend or colleague?',
  'survey.csatQuestion': 'How would you rate your experience?',
  'survey.npsLow': 'Not at all likely',
  'survey.npsHigh': 'Extremely likely',
  'survey.csatLow': 'Very dissatisfied',
  'survey.csatHigh': 'Very satisfied',
  'survey.scoreName': '{score} — {label}',
  'survey.thumbsUp': 'Satisfied',
  'survey.thumbsDown': 'Not satisfied',
  'survey.commentLabel': 'What’s the main reason for your score? (optional)',
  'survey.send': 'Send',
  'survey.close': 'Close survey',
  'survey.thanks': 'Thank you!',
  'survey.thanksText': 'Your feedback helps us improve.',
  'survey.announce': 'A short survey opened beside the Help button.',
} as const;

export default enSurveys;
