// @vitest-environment node
// The survey kind's validation: what content may say, and messages that name the path of each problem.
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/guides/content';
import { joinRule, MOMENT_EVENTS, surveyKind } from '../../../src/surveys';
import { tours } from '../../../src/tours';

const kinds = [surveyKind, ...tours.kinds];
const check = (surveys: unknown[]) => validateContent({ version: 1, surveys }, kinds);

describe('surveys: validation', () => {
  it('keeps a valid NPS and CSAT survey, joining the moment and the rule keys into one trigger', () => {
    const { content, problems } = check([
      { id: 'nps', type: 'nps', product: 'Ledgerly', user: { visits: { op: 'gt', value: 1 } } },
      {
        id: 'csat',
        type: 'csat',
        scale: 'thumbs',
        trigger: 'tour',
        after: 'tour:welcome',
        frequency: 'always',
      },
      { id: 'code-only', type: 'nps', question: 'Would you recommend us?' },
    ]);
    expect(problems).toEqual([]);
    expect(content.surveys.map((s) => [s.id, s.trigger, s.moment])).toEqual([
      ['nps', { user: { visits: { op: 'gt', value: 1 } } }, undefined],
      ['csat', { after: 'tour:welcome', frequency: 'always', all: [{ event: MOMENT_EVENTS.tour }] }, 'tour'],
      ['code-only', undefined, undefined],
    ]);
  });

  it.each([
    [{ id: 'a' }, 'surveys[0] ("a") was left out: surveys[0].type: expected one of nps, csat, got undefined'],
    [
      { id: 'a', type: 'ces' },
      'surveys[0] ("a") was left out: surveys[0].type: expected one of nps, csat, got "ces"',
    ],
    [
      { id: 'a', type: 'csat', trigger: 'tours' },
      'surveys[0] ("a") was left out: surveys[0].trigger: expected one of article, handoff, checklist, tour or a targeting rule, got "tours"',
    ],
    [{ id: 'a', type: 'nps', after: 'tours:welcome' }, 'surveys[0] ("a") was left out: surveys[0].after:'],
    [{ id: 'a', type: 'nps', trigger: { url: 7 } }, 'surveys[0] ("a") was left out: surveys[0].trigger.url:'],
    [
      { id: 'a', type: 'nps', urll: '/x' },
      'surveys[0] ("a"): surveys[0].urll: unknown field, ignored (did you mean "url"?)',
    ],
    [
      { id: 'a', type: 'nps', scale: 'thumbs' },
      'surveys[0] ("a"): surveys[0].scale: only CSAT surveys have a scale (NPS is always 0–10); ignored',
    ],
    [
      { id: 'a', type: 'csat', scale: 'stars' },
      'surveys[0] ("a"): surveys[0].scale: expected one of five, thumbs, got "stars"; using the default',
    ],
    [
      { id: 'a', type: 'csat', comment: 'yes' },
      'surveys[0] ("a"): surveys[0].comment: expected true or false, got "yes"; left out',
    ],
  ])('names the path: %j', (survey, message) => {
    const { problems } = check([survey]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
  });

  it('leaves out only the bad survey, and a second one with the same id', () => {
    const { content, problems } = check([
      { id: 'a', type: 'nps' },
      { id: 'b', type: 'bad' },
      { id: 'a', type: 'csat' },
    ]);
    expect(content.surveys.map((s) => `${s.id}:${s.type}`)).toEqual(['a:nps']);
    expect(problems).toHaveLength(2);
    expect(problems[1]).toContain('surveys[2].id: "a" is used twice');
  });
});

describe('surveys: joinRule', () => {
  it('puts frequency and delayMs at the top (where the engine reads them) and every condition in all', () => {
    expect(
      joinRule({ url: '/app/*', delayMs: 500 }, { user: { plan: 'pro' }, frequency: 'session' }, 'article'),
    ).toEqual({
      url: '/app/*',
      delayMs: 500,
      frequency: 'session',
      all: [{ user: { plan: 'pro' } }, { event: MOMENT_EVENTS.article }],
    });
  });

  it('is undefined when nothing targets the survey, and {} (always) for an empty trigger', () => {
    expect(joinRule({}, undefined, undefined)).toBeUndefined();
    expect(joinRule({}, {}, undefined)).toEqual({});
  });
});
