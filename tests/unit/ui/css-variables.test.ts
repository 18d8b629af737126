// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { articleCss } from '../../../src/panel/article-styles';
import { elementHelpCss } from '../../../src/panel/element-help-styles';
import { panelCss } from '../../../src/panel/styles';
import { tipsCss } from '../../../src/tips/styles';
import { baseCss } from '../../../src/ui/styles';

// Custom properties inherit through the shadow boundary: a `--pl-*` on the host page's :root reaches every
// variable the widget reads but does not declare itself (RELIABILITY 5). `--pl-z` is set inline on `.pl-app`.
const SET_INLINE = ['--pl-z'];
const appBlocks = [baseCss, panelCss, articleCss, elementHelpCss, tipsCss]
  .flatMap((css) => [...css.matchAll(/(?:^|\})\s*\.pl-app\s*\{([^}]*)\}/g)])
  .map((m) => m[1] ?? '')
  .join('\n');
const declared = new Set([...appBlocks.matchAll(/(--pl-[\w-]+)\s*:/g)].map((m) => m[1]));

describe('CSS variables', () => {
  it.each([
    ['base', baseCss],
    ['panel', panelCss],
    ['article', articleCss],
    ['element help', elementHelpCss],
    ['tips', tipsCss],
  ])('every --pl-* variable the %s styles read is declared on .pl-app', (_, css) => {
    const read = new Set([...css.matchAll(/var\((--pl-[\w-]+)/g)].map((m) => m[1]));
    const undeclared = [...read].filter((name) => !declared.has(name) && !SET_INLINE.includes(name ?? ''));
    expect(undeclared).toEqual([]);
  });
});
