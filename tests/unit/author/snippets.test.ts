// Authoring mode's pure parts: the JSON it copies loads in the validators and the schema without a problem, the
// content's element targets are found with their JSON paths, and the missing ones are told apart by page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTargets } from '../../../src/author/missing';
import { describe as describeElement, type Picked, slug, snippet } from '../../../src/author/snippets';
import { contentTargets } from '../../../src/author/targets';
import { checklists } from '../../../src/checklists';
import { matchUrl } from '../../../src/core/url-match';
import { validateContent } from '../../../src/guides/content';
import { tips } from '../../../src/tips';
import { tours } from '../../../src/tours';
import { schemaChecker } from '../setup/json-schema';

const root = join(__dirname, '../../..');
const schema = JSON.parse(readFileSync(join(root, 'schema/content.schema.json'), 'utf8'));
const valid = schemaChecker(schema);
const demo = JSON.parse(readFileSync(join(root, 'examples/feeds/guides.json'), 'utf8'));
const KINDS = [...tours.kinds, ...checklists.kinds, ...tips.kinds];
const drafts = { title: 'New tip', body: 'Say what this does.' };
const button: Picked = { selector: '#export-csv', text: 'Export CSV', clickable: true, page: '/reports' };
const chart: Picked = { selector: '.chart > svg', text: '', clickable: false, page: '/' };

describe('snippet', () => {
  it.each([button, chart])(
    'makes a tip, a tour step and a checklist item that load without a problem (%o)',
    (picked) => {
      const content = {
        version: 1,
        tips: [snippet('tip', picked, drafts)],
        tours: [{ id: 'tour', steps: [snippet('step', picked, drafts)] }],
        checklists: [{ id: 'list', title: 'List', items: [snippet('checklist', picked, drafts)] }],
      };
      const { problems, content: loaded } = validateContent(JSON.parse(JSON.stringify(content)), KINDS);
      expect(problems).toEqual([]);
      expect(valid(content)).toBe(true);
      expect(loaded.tips[0]?.target).toBe(picked.selector);
      expect(loaded.tours[0]?.steps[0]?.target).toBe(picked.selector);
    },
  );

  it('completes a checklist item by a click on something clickable, by its presence otherwise', () => {
    expect(snippet('checklist', button, drafts)).toMatchObject({ completeWhen: { click: '#export-csv' } });
    expect(snippet('checklist', chart, drafts)).toMatchObject({ completeWhen: { element: '.chart > svg' } });
  });

  it('names the tip after the element, and shows it on the page it was picked on', () => {
    expect(snippet('tip', button, drafts)).toEqual({
      id: 'tip-export-csv',
      target: '#export-csv',
      title: 'Export CSV',
      body: 'Say what this does.',
      trigger: { url: '/reports', element: '#export-csv' },
    });
    expect(snippet('step', chart, drafts)).toMatchObject({ id: 'chart-svg', page: '/', title: 'New tip' });
    expect(slug({ ...button, text: 'Crème brûlée — 2 kg' })).toBe('creme-brulee-2-kg');
  });

  it('reads the label and whether a click is what the element is for', () => {
    document.body.innerHTML =
      '<form><label for="n">Name</label><input id="n"></form><p id="p">  Some   words </p>';
    expect(describeElement(document.getElementById('n')!, '#n', '/')).toMatchObject({
      text: 'Name',
      clickable: true,
    });
    expect(describeElement(document.getElementById('p')!, '#p', '/')).toMatchObject({
      text: 'Some words',
      clickable: false,
    });
  });
});

describe('contentTargets', () => {
  it('finds every element target of the demo content with its path and page', () => {
    const found = contentTargets(demo);
    expect(found.map((entry) => entry.path)).toEqual(
      expect.arrayContaining([
        'tips[0].target',
        'tours[0].steps[1].target',
        'checklists[0].items[3].completeWhen.element',
      ]),
    );
    expect(found.find((entry) => entry.path === 'tips[0].target')).toMatchObject({
      kind: 'tip',
      label: 'export-csv-hotspot',
      target: '#export-csv',
      pages: '/reports',
    });
    // A step without a target (centred) has nothing to look for.
    expect(found.some((entry) => entry.path === 'tours[0].steps[0].target')).toBe(false);
    expect(found.find((entry) => entry.path === 'tours[0].steps[5].target')?.pages).toBe('/invoices');
    expect(found.find((entry) => entry.path.endsWith('completeWhen.element'))?.whenDone).toBe(true);
  });

  it.each([
    null,
    7,
    { tips: 'no' },
    { tours: [{ steps: [null, { target: 3 }] }] },
    { checklists: [{ items: [{}] }] },
  ])('skips what is not content without throwing (%o)', (input) => {
    expect(contentTargets(input)).toEqual([]);
  });
});

describe('checkTargets', () => {
  const targets = contentTargets({
    tips: [
      { id: 'here', target: '#here', trigger: { url: '/a' } },
      { id: 'gone', target: '#gone', trigger: { url: '/a' } },
      { id: 'hidden', target: '#hidden' },
      { id: 'elsewhere', target: '#gone', trigger: { url: '/b' } },
    ],
    checklists: [{ id: 'c', items: [{ id: 'i', completeWhen: { element: '#done' } }] }],
  });
  const page = new Map([
    ['#here', { visible: true }],
    ['#hidden', { visible: false }],
  ]);
  const report = checkTargets(
    targets,
    (url) => matchUrl(url, '/a'),
    (target) => (page.has(target as string) ? ({ id: target } as unknown as Element) : null),
    (element) => page.get((element as unknown as { id: string }).id)?.visible === true,
  );

  it('lists the missing and the invisible, checks only the items of this page, and keeps completion elements apart', () => {
    expect(report.missing.map((entry) => entry.label)).toEqual(['gone', 'hidden']);
    expect(report.notYetDone.map((entry) => entry.path)).toEqual([
      'checklists[0].items[0].completeWhen.element',
    ]);
    expect(report.elsewhere).toBe(1);
  });
});
