// schema/content.schema.json's checklist part agrees with the checklist validator: the demo's checklists pass
// both, and what the validator leaves out the schema refuses (where a schema can say it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checklistKind } from '../../../src/checklists';
import { validateContent } from '../../../src/guides/content';
import { schemaChecker } from '../setup/json-schema';

const root = join(__dirname, '../../..');
const schema = JSON.parse(readFileSync(join(root, 'schema/content.schema.json'), 'utf8'));
const valid = schemaChecker(schema);
const demo = JSON.parse(readFileSync(join(root, 'examples/feeds/guides.json'), 'utf8'));
const withChecklist = (checklist: unknown) => ({ version: 1, checklists: [checklist] });
const check = (content: unknown) => validateContent(content, [checklistKind]);
const item = (fields: Record<string, unknown> = {}) => ({ id: 'a', title: 'Do it', ...fields });

describe('schema/content.schema.json: checklists', () => {
  it('accepts the demo checklist, which the validator loads without a problem', () => {
    expect(demo.checklists.length).toBeGreaterThan(0);
    expect(valid({ version: 1, checklists: demo.checklists })).toBe(true);
    expect(check({ version: 1, checklists: demo.checklists }).problems).toEqual([]);
  });

  it('accepts a checklist with every field', () => {
    const checklist = {
      id: 'setup',
      title: 'Set up',
      description: 'Five steps',
      sequential: true,
      priority: 2,
      trigger: { user: { role: 'admin' }, frequency: 'session', delayMs: 1000 },
      items: [
        item({
          description: 'd',
          optional: true,
          completeWhen: {
            event: 'invoice:created',
            url: ['/reports', '/reports/*'],
            tour: 'welcome',
            article: 'getting-started',
            click: '#send',
            element: '#bank-connected',
            user: { plan: { op: 'in', value: ['pro'] } },
          },
          action: { label: 'Take the tour', action: 'tour', value: 'welcome' },
        }),
        item({
          id: 'b',
          completeOn: 'bank:connected',
          action: { label: 'Go', action: 'url', value: '/bank' },
        }),
      ],
    };
    expect(valid(withChecklist(checklist))).toBe(true);
    expect(check(withChecklist(checklist)).problems).toEqual([]);
  });

  it.each<[string, unknown]>([
    ['a checklist without items', { id: 'c', title: 'T', items: [] }],
    ['a checklist without a title', { id: 'c', items: [item()] }],
    ['an item without a title', { id: 'c', title: 'T', items: [{ id: 'a' }] }],
    [
      'an unknown completeWhen key',
      { id: 'c', title: 'T', items: [item({ completeWhen: { visit: '/x' } })] },
    ],
    ['a completeWhen that is not an object', { id: 'c', title: 'T', items: [item({ completeWhen: 'x' })] }],
    ['a bad trigger', { id: 'c', title: 'T', items: [item()], trigger: { frequency: 'daily' } }],
  ])('refuses what the validator leaves out: %s', (_, checklist) => {
    expect(check(withChecklist(checklist)).content.checklists).toHaveLength(0);
    expect(valid(withChecklist(checklist))).toBe(false);
  });

  it.each<[string, Record<string, unknown>]>([
    ['an action a checklist cannot take', { action: { label: 'Next', action: 'next' } }],
    ['a javascript: url action', { action: { label: 'Go', action: 'url', value: 'javascript:alert(1)' } }],
    ['a non-boolean optional', { optional: 'yes' }],
  ])('refuses what the validator leaves out of an item (keeping the checklist): %s', (_, fields) => {
    const content = withChecklist({ id: 'c', title: 'T', items: [item(fields)] });
    expect(check(content).problems.length).toBeGreaterThan(0);
    expect(valid(content)).toBe(false);
  });
});
