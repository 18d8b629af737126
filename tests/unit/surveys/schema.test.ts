// schema/content.schema.json's survey part agrees with the survey validator: the demo's surveys pass both, and
// what the validator leaves out the schema refuses (where a schema can say it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/guides/content';
import { surveyKind } from '../../../src/surveys';
import { tours } from '../../../src/tours';
import { schemaChecker } from '../setup/json-schema';

const root = join(__dirname, '../../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const schema = JSON.parse(read('schema/content.schema.json'));
const valid = schemaChecker(schema);
const demo = JSON.parse(read('examples/feeds/guides.json'));
const kinds = [surveyKind, ...tours.kinds];
const loads = (survey: unknown) =>
  validateContent({ version: 1, surveys: [survey] }, kinds).content.surveys.length === 1;

describe('schema/content.schema.json: surveys', () => {
  it('describes the surveys list, and every $ref in it resolves', () => {
    expect(schema.properties.surveys.items).toEqual({ $ref: '#/$defs/survey' });
    const refs = [...JSON.stringify(schema.$defs.survey).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      expect(ref.startsWith('#/'), ref).toBe(true);
      const target = ref
        .slice(2)
        .split('/')
        .reduce<unknown>((at, part) => (at as Record<string, unknown>)?.[part], schema);
      expect(target, ref).toBeTypeOf('object');
    }
  });

  it('accepts the demo surveys, which the validator loads without a problem', () => {
    expect(valid({ version: 1, surveys: demo.surveys })).toBe(true);
    expect(validateContent({ version: 1, surveys: demo.surveys }, kinds).problems).toEqual([]);
  });

  it.each([
    { id: 'a', type: 'nps' },
    { id: 'a', type: 'nps', question: 'Would you recommend us?', product: null, comment: false, priority: 2 },
    { id: 'a', type: 'csat', scale: 'thumbs', trigger: 'handoff', url: '/app/*', frequency: 'always' },
    { id: 'a', type: 'csat', trigger: { user: { plan: 'pro' }, delayMs: 500 } },
  ])('accepts what the validator loads: %j', (survey) => {
    expect(loads(survey)).toBe(true);
    expect(valid({ version: 1, surveys: [survey] })).toBe(true);
  });

  it.each([
    { id: 'a' },
    { id: 'a', type: 'ces' },
    { id: '', type: 'nps' },
    { id: 'a', type: 'csat', trigger: 'tours' },
    { id: 'a', type: 'csat', trigger: { url: 7 } },
    { id: 'a', type: 'nps', frequency: 'daily' },
    { id: 'a', type: 'nps', user: 'pro' },
  ])('refuses what the validator leaves out: %j', (survey) => {
    expect(loads(survey)).toBe(false);
    expect(valid({ version: 1, surveys: [survey] })).toBe(false);
  });
});
