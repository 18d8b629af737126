// @vitest-environment happy-dom
// The checklist kind's validation: what content may say, and messages that name the path.
import { describe, expect, it } from 'vitest';
import { checklists } from '../../../src/checklists';
import { validateContent } from '../../../src/guides/content';
import { tips } from '../../../src/tips';
import { tours } from '../../../src/tours';

const KINDS = [...tours.kinds, ...checklists.kinds, ...tips.kinds];
const validate = (list: unknown[]) => validateContent({ version: 1, checklists: list }, KINDS);
const one = (items: unknown[], extra: Record<string, unknown> = {}) =>
  validate([{ id: 'setup', title: 'Set up', items, ...extra }]);

describe('a checklist', () => {
  it('keeps every field it understands, and turns completeOn into completeWhen.event', () => {
    const { content, problems } = one(
      [
        {
          id: 'tour',
          title: 'Take the tour',
          completeWhen: { tour: 'welcome' },
          action: { label: 'Go', action: 'tour', value: 'welcome' },
        },
        { id: 'page', title: 'See reports', completeWhen: { url: ['/reports', '/reports/*'] } },
        { id: 'event', title: 'Create an invoice', completeOn: 'invoice:created' },
        { id: 'click', title: 'Export', completeWhen: { click: '#export' } },
        { id: 'element', title: 'Connect', completeWhen: { element: '#bank-connected' } },
        {
          id: 'trait',
          title: 'Pro',
          completeWhen: { user: { plan: { op: 'in', value: ['pro'] } } },
          optional: true,
        },
        {
          id: 'manual',
          title: 'Invite',
          action: { label: 'Invite', action: 'url', value: '/settings#team' },
        },
      ],
      { description: 'Five steps', sequential: true, trigger: { user: { role: 'admin' } }, priority: 2 },
    );
    expect(problems).toEqual([]);
    const [checklist] = content.checklists;
    expect(checklist).toMatchObject({
      id: 'setup',
      description: 'Five steps',
      sequential: true,
      priority: 2,
    });
    expect(checklist!.items.map((item) => item.completeWhen)).toEqual([
      { tour: 'welcome' },
      { url: ['/reports', '/reports/*'] },
      { event: 'invoice:created' },
      { click: '#export' },
      { element: '#bank-connected' },
      { user: { plan: { op: 'in', value: ['pro'] } } },
      undefined,
    ]);
    expect(checklist!.items[5]!.optional).toBe(true);
  });

  it.each([
    [
      'a bad URL pattern in completeWhen',
      [{ id: 'a', title: 'A', completeWhen: { url: ['/ok', 'regex:('] } }],
      /checklists\[0\]\.items\[0\]\.completeWhen\.url\[1\]: Invalid regular expression/,
    ],
    [
      'a bad trait operator in completeWhen',
      [{ id: 'a', title: 'A', completeWhen: { user: { plan: { op: 'is', value: 'pro' } } } }],
      /checklists\[0\]\.items\[0\]\.completeWhen\.user\.plan\.op: expected one of eq, ne/,
    ],
    [
      'an invalid click selector',
      [{ id: 'a', title: 'A', completeWhen: { click: '#' } }],
      /checklists\[0\]\.items\[0\]\.completeWhen\.click: invalid CSS selector "#"/,
    ],
    [
      'a tour that is not an id',
      [{ id: 'a', title: 'A', completeWhen: { tour: 7 } }],
      /checklists\[0\]\.items\[0\]\.completeWhen\.tour: expected a tour id, got 7/,
    ],
    [
      'a completeWhen that is not an object',
      [{ id: 'a', title: 'A', completeWhen: 'invoice:created' }],
      /checklists\[0\]\.items\[0\]\.completeWhen: expected \{ event \| url \| tour \| article \| click \| element \| user \}, got "invoice:created"/,
    ],
    [
      'an item id used twice',
      [
        { id: 'a', title: 'A' },
        { id: 'a', title: 'B' },
      ],
      /checklists\[0\]\.items\[1\]\.id: "a" is used twice/,
    ],
    ['an item without a title', [{ id: 'a' }], /checklists\[0\]\.items\[0\]\.title: expected text/],
  ])('leaves the checklist out for %s, naming the path', (_name, items, message) => {
    const { content, problems } = one(items);
    expect(content.checklists).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^checklists\[0\] \("setup"\) was left out: /);
    expect(problems[0]).toMatch(message);
  });

  it.each([
    [
      'an unknown completeWhen key, with a did-you-mean',
      { id: 'a', title: 'A', completeWhen: { evnt: 'x', event: 'y' } },
      'checklists[0].items[0].completeWhen.evnt: unknown field, ignored (did you mean "event"?)',
    ],
    [
      'an action tips use but items cannot',
      { id: 'a', title: 'A', action: { label: 'Close', action: 'dismiss' } },
      'checklists[0].items[0].action.action: expected one of article, tour, url, custom, got "dismiss"; left out',
    ],
    [
      'optional that is not a boolean',
      { id: 'a', title: 'A', optional: 'yes' },
      'checklists[0].items[0].optional: expected true or false, got "yes"; left out',
    ],
    [
      'an empty completeWhen',
      { id: 'a', title: 'A', completeWhen: {} },
      'checklists[0].items[0].completeWhen: no rule given: the item completes only through completeChecklistItem()',
    ],
    [
      'completeOn beside a different completeWhen.event',
      { id: 'a', title: 'A', completeOn: 'x', completeWhen: { event: 'y' } },
      'checklists[0].items[0].completeOn: ignored: completeWhen.event ("y") is given',
    ],
    [
      'an unknown item field',
      { id: 'a', title: 'A', descripton: 'typo' },
      'checklists[0].items[0].descripton: unknown field, ignored (did you mean "description"?)',
    ],
  ])('keeps the checklist but notes %s', (_name, item, note) => {
    const { content, problems } = one([item]);
    expect(content.checklists).toHaveLength(1);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^checklists\[0\] \("setup"\): /);
    expect(problems[0]).toContain(note);
  });

  it('notes a sequential flag that is not a boolean and a misspelt checklist field', () => {
    const { content, problems } = one([{ id: 'a', title: 'A' }], { sequental: true, sequential: 1 });
    expect(content.checklists[0]!.sequential).toBeUndefined();
    expect(problems).toEqual([
      'checklists[0] ("setup"): checklists[0].sequental: unknown field, ignored (did you mean "sequential"?); ' +
        'checklists[0].sequential: expected true or false, got 1; left out',
    ]);
  });

  it('accepts an element target given in code (a function, for shadow roots)', () => {
    const target = () => document.body;
    const { content, problems } = one([{ id: 'a', title: 'A', completeWhen: { element: target } }]);
    expect(problems).toEqual([]);
    expect(content.checklists[0]!.items[0]!.completeWhen!.element).toBe(target);
  });
});
