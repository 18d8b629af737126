// setTheme()'s check as a lazy chunk: the script-tag app carries no config validation (its first script
// validated the config), so the first setTheme() call loads the theme's part of it. Core's own chunk, as
// setTheme() is a core method; the composition root loads this file.
export { validateTheme } from './config';
