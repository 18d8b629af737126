/**
 * The languages a query is probably written in, most likely first, from its script and its letters alone (no
 * dictionary: this runs on every keystroke that found nothing). Empty when the letters say nothing, as for
 * plain ASCII. Only what tells the panel's languages apart: Ukrainian і ї є ґ, Russian ы э ъ ё, Polish ł ń ś ź
 * ż ć, Lithuanian ė į ų ū, Romanian ă ș ț, Vietnamese tone marks and ơ ư đ, German ä ö ü ß, Arabic script.
 * @example detectLanguages('Jak zmienić hasło') // ['pl']
 * @example detectLanguages('пароль') // ['ru', 'uk']
 */
export function detectLanguages(text: string): string[] {
  const t = text.toLowerCase();
  if (/[\u0600-\u06ff]/.test(t)) return ['ar'];
  if (/[іїєґ]/.test(t)) return ['uk'];
  if (/[ыэъё]/.test(t)) return ['ru'];
  if (/[а-я]/.test(t)) return ['ru', 'uk'];
  if (/[ơưđ\u1ea0-\u1ef9]/.test(t)) return ['vi'];
  if (/[łńśźżć]/.test(t)) return ['pl'];
  if (/[ėįųū]/.test(t)) return ['lt'];
  if (/[ąę]/.test(t)) return ['pl', 'lt'];
  if (/[čšž]/.test(t)) return ['lt'];
  if (/[ășțşţ]/.test(t)) return ['ro'];
  if (/[äöüß]/.test(t)) return ['de'];
  if (/[ñ¿¡]/.test(t)) return ['es'];
  if (/[ãõ]/.test(t)) return ['pt'];
  if (/[œèêëàùç]/.test(t)) return ['fr', 'pt'];
  return [];
}
