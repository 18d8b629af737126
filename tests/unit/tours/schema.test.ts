// schema/content.schema.json, the published JSON Schema of the tour part of guide content, agrees with
// the tour validator: the demo's tours pass both, and what the validator leaves out the schema refuses
// (where a schema can say it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/guides/content';
import { tours } from '../../../src/tours';
import { schemaChecker } from '../setup/json-schema';

const root = join(__dirname, '../../..');
const schema = JSON.parse(readFileSync(join(root, 'schema/content.schema.json'), 'utf8'));
const valid = schemaChecker(schema);
const demo = JSON.parse(readFileSync(join(root, 'examples/feeds/guides.json'), 'utf8'));
const withTour = (tour: unknown) => ({ version: 1, tours: [tour] });
const dropped = (content: unknown) => validateContent(content, tours.kinds).content.tours.length === 0;

describe('schema/content.schema.json', () => {
  it('is draft 2020-12 and published in package.json', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.exports['./content.schema.json']).toBe('./schema/content.schema.json');
  });

  it('accepts the demo guide content, which the validator loads without a problem', () => {
    expect(valid(demo)).toBe(true);
    expect(validateContent({ version: 1, tours: demo.tours }, tours.kinds).problems).toEqual([]);
  });

  it('accepts a step with every field', () => {
    const tour = {
      id: 't',
      revision: 2,
      trigger: {
        url: ['/invoices', '/invoices/*'],
        user: { plan: { op: 'in', value: ['pro'] } },
        frequency: 'once',
      },
      steps: [
        {
          id: 'one',
          target: '#a',
          title: 'T',
          body: '**B**',
          image: '/i.png',
          imageAlt: 'An image',
          video: { provider: 'file', src: '/v.webm' },
          page: '/invoices',
          url: '/invoices',
          placement: 'top-start',
          advanceOn: { event: 'invoice:created' },
          when: { any: [{ locale: 'pl' }, { element: '#b' }] },
          ifMissing: 'center',
          waitMs: 500,
          buttons: [
            { label: 'Skip tour', action: 'dismiss' },
            { label: 'Read more', action: 'url', value: 'https://example.com' },
          ],
        },
      ],
    };
    expect(valid(withTour(tour))).toBe(true);
    expect(dropped(withTour(tour))).toBe(false);
  });

  it.each<[string, unknown]>([
    ['a tour without steps', { id: 't', steps: [] }],
    ['a tour without an id', { steps: [{ title: 'x' }] }],
    ['a step without title or body', { id: 't', steps: [{ target: '#a' }] }],
    ['a step with an empty title and no body', { id: 't', steps: [{ title: '  ' }] }],
    ['a rule with an unknown key', { id: 't', trigger: { usr: {} }, steps: [{ title: 'x' }] }],
    ['a when with a bad frequency', { id: 't', steps: [{ title: 'x', when: { frequency: 'daily' } }] }],
    ['a target that is not a selector', { id: 't', steps: [{ title: 'x', target: 7 }] }],
    ['an empty page list', { id: 't', steps: [{ title: 'x', page: [] }] }],
  ])('refuses what the validator leaves out: %s', (_, tour) => {
    expect(dropped(withTour(tour))).toBe(true);
    expect(valid(withTour(tour))).toBe(false);
  });

  it.each<[string, Record<string, unknown>]>([
    ['an unknown advanceOn', { advanceOn: 'hover' }],
    ['an unknown ifMissing', { ifMissing: 'hide' }],
    ['a wait of ten minutes', { waitMs: 600_000 }],
    ['three buttons', { buttons: [1, 2, 3].map((n) => ({ label: `b${n}`, action: 'next' })) }],
    ['a javascript: url', { url: 'javascript:alert(1)' }],
  ])('refuses what the validator leaves out of a step (keeping the tour): %s', (_, field) => {
    const content = withTour({ id: 't', steps: [{ title: 'x', ...field }] });
    expect(validateContent(content, tours.kinds).problems.length).toBeGreaterThan(0);
    expect(valid(content)).toBe(false);
  });
});
