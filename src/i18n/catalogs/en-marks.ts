/**
 * English shown only by the "?" beside marked host elements, which comes in the lazy `marks` chunk (its
 * `english` export, added when the chunk loads). The other catalogs translate it like the keys of ./en.ts.
 */
const enMarks = {
  'article.helpFor': 'Help: {title}',
} as const;

export default enMarks;
