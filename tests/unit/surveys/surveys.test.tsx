// Surveys in a running instance (the real composition, panel included): the targeting engine shows them
// one blocking thing at a time (never over the open panel; the same rule now holds modal announcements back),
// the per-user cap across all surveys, dismissals that stay dismissed (and reset() forgets them), moments,
// showSurvey(), and the events an answer becomes.
import { fireEvent, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { composeRuntime } from '../../../src/compose';
import { createInstance } from '../../../src/core/instance';
import { LAST_SHOWN_KEY } from '../../../src/surveys';
import type {
  AnalyticsEvent,
  PathlightConfig,
  PathlightEvents,
  PathlightInstance,
  Survey,
} from '../../../src/types';
import { composedInstance } from '../setup/composed';
import { codes, collectErrors, resetPage, roots, settle, shadowOf } from '../setup/dom';

const made: PathlightInstance[] = [];
type Logged = { [K in 'survey:show' | 'survey:answer' | 'survey:dismiss']: [K, PathlightEvents[K]] }[
  | 'survey:show'
  | 'survey:answer'
  | 'survey:dismiss'];

function start(surveys: Survey[], config: PathlightConfig = {}) {
  const { help, rt } = composedInstance();
  made.push(help);
  const errors = collectErrors(help);
  const events: Logged[] = [];
  help.on('survey:show', (p) => events.push(['survey:show', p]));
  help.on('survey:answer', (p) => events.push(['survey:answer', p]));
  help.on('survey:dismiss', (p) => events.push(['survey:dismiss', p]));
  help.init({ quietPeriodMs: 0, content: { version: 1, surveys }, ...config });
  const shadow = shadowOf(roots().length - 1);
  const card = () => shadow.querySelector<HTMLElement>('.pl-survey');
  const radios = () => [...shadow.querySelectorAll<HTMLElement>('.pl-survey [role="radio"]')];
  return { help, rt, errors, events, shadow, card, radios };
}
type Started = ReturnType<typeof start>;

// Bounded but generous: a first lazy chunk compiles for seconds on a busy machine.
const shows = (t: Started) => waitFor(() => expect(t.card()).not.toBeNull(), { timeout: 10_000 });
const names = (t: Started) => t.events.map(([name, p]) => `${name}:${p.surveyId}`);

/** `console.info` lines (debug on: the targeting engine's decisions). */
function spyInfo() {
  const spy = vi.spyOn(console, 'info').mockImplementation(() => {});
  return () => spy.mock.calls.map((call) => String(call[0]));
}
const heldForPanel = (lines: () => string[], key: string) =>
  waitFor(
    () =>
      expect(
        lines().some(
          (line) => line.includes(`${key} (`) && line.endsWith('eligible, waiting: the help panel is open'),
        ),
      ).toBe(true),
    { timeout: 10_000 },
  );

const NPS: Survey = { id: 'nps', type: 'nps', product: 'Ledgerly', trigger: {} };

beforeEach(() => resetPage());
afterEach(() => {
  vi.restoreAllMocks();
  for (const help of made.splice(0)) help.destroy();
  resetPage();
});

describe('surveys: shown by targeting, answered from the keyboard', () => {
  it('shows an NPS card with the standard question and a 0–10 radio group named at its ends', async () => {
    const t = start([NPS]);
    await shows(t);
    const group = t.shadow.querySelector('[role="radiogroup"]')!;
    const question = t.shadow.getElementById(group.getAttribute('aria-labelledby')!)!;
    expect(question.textContent).toBe('How likely are you to recommend Ledgerly to a friend or colleague?');
    const radios = t.radios();
    expect(radios).toHaveLength(11);
    const name = (el: HTMLElement) => el.getAttribute('aria-label') ?? el.textContent;
    expect(radios.map(name)).toEqual([
      '0 — Not at all likely',
      ...['1', '2', '3', '4', '5', '6', '7', '8', '9'],
      '10 — Extremely likely',
    ]);
    // One tab stop: the first step until one is picked.
    expect(radios.map((r) => r.tabIndex)).toEqual([0, ...Array(10).fill(-1)]);
    expect(t.events).toEqual([['survey:show', { surveyId: 'nps', type: 'nps', trigger: 'rule' }]]);
  });

  it('arrow keys pick a score, the comment goes with Send, then it thanks', async () => {
    const t = start([NPS]);
    await shows(t);
    const [zero] = t.radios();
    zero!.focus();
    fireEvent.keyDown(zero!, { key: 'End' });
    await settle();
    fireEvent.keyDown(t.radios()[10]!, { key: 'ArrowLeft' });
    await settle();
    expect(t.radios().map((r) => r.getAttribute('aria-checked'))).toEqual([
      ...Array(9).fill('false'),
      'true',
      'false',
    ]);
    expect(t.radios()[9]!.tabIndex).toBe(0);
    const comment = t.shadow.querySelector<HTMLTextAreaElement>('.pl-survey-comment')!;
    expect(t.shadow.querySelector(`label[for="${comment.id}"]`)?.textContent).toBe(
      'What’s the main reason for your score? (optional)',
    );
    fireEvent.input(comment, { target: { value: '  Fast exports  ' } });
    fireEvent.submit(t.shadow.querySelector('.pl-survey-form')!);
    await settle();
    expect(t.events.at(-1)).toEqual([
      'survey:answer',
      { surveyId: 'nps', type: 'nps', score: 9, comment: 'Fast exports', trigger: 'rule' },
    ]);
    expect(t.card()?.dataset.stage).toBe('thanks');
    expect(t.card()?.textContent).toContain('Thank you!');
  });

  it('CSAT thumbs: down is 1, up is 5; closing after a pick sends the score without a comment', async () => {
    const t = start([{ id: 'thumbs', type: 'csat', scale: 'thumbs', trigger: {} }]);
    await shows(t);
    expect(t.shadow.querySelector('.pl-survey-question')?.textContent).toBe(
      'How would you rate your experience?',
    );
    expect(t.radios().map((r) => r.getAttribute('aria-label'))).toEqual(['Not satisfied', 'Satisfied']);
    fireEvent.click(t.radios()[1]!);
    await settle();
    fireEvent.keyDown(t.card()!, { key: 'Escape' });
    await settle();
    expect(t.card()).toBeNull();
    expect(t.events.at(-1)).toEqual([
      'survey:answer',
      { surveyId: 'thumbs', type: 'csat', score: 5, trigger: 'rule' },
    ]);
  });
});

describe('surveys: one blocking thing at a time', () => {
  it('never opens over the open panel: it waits for the panel to close', async () => {
    const info = spyInfo();
    const t = start([NPS], { open: true, debug: true });
    // The engine considered it, and held it back for the panel.
    await heldForPanel(info, 'survey:nps');
    await settle();
    expect(t.shadow.querySelector('.pl-panel')).not.toBeNull();
    expect(t.card()).toBeNull();
    expect(t.events).toEqual([]);
    t.help.close();
    await shows(t);
    expect(names(t)).toEqual(['survey:show:nps']);
  });

  it('steps aside when the panel opens over it, and comes back when it closes', async () => {
    const t = start([NPS]);
    await shows(t);
    t.help.open();
    await settle();
    expect(t.card()).toBeNull();
    t.help.close();
    await settle();
    expect(t.card()).not.toBeNull();
    expect(names(t)).toEqual(['survey:show:nps']);
  });

  it('a modal announcement does not open over the open panel either (a slide-in does)', async () => {
    const options = composeRuntime('');
    const help = createInstance(options);
    made.push(help);
    const shown: string[] = [];
    help.on('announcement:show', ({ id }) => shown.push(id));
    const info = spyInfo();
    help.init({
      quietPeriodMs: 0,
      open: true,
      debug: true,
      content: {
        version: 1,
        announcements: [
          { id: 'modal', title: 'New: reports', trigger: {} },
          { id: 'slide', title: 'Tip of the week', style: 'slide-in', trigger: {}, priority: -1 },
        ],
      },
    });
    const shadow = shadowOf(roots().length - 1);
    await heldForPanel(info, 'announcement:modal');
    await settle();
    expect(shown).toEqual(['slide']);
    expect(shadow.querySelector('.pl-announcement-modal')).toBeNull();
    help.close();
    await waitFor(() => expect(shadow.querySelector('.pl-announcement-modal')).not.toBeNull(), {
      timeout: 3000,
    });
    expect(shown).toEqual(['slide', 'modal']);
  });
});

describe('surveys: the per-user cap and dismissals', () => {
  it('shows at most one survey per minDaysBetween days per user, whichever survey it was', async () => {
    const t = start([NPS, { id: 'csat', type: 'csat', trigger: { event: 'invoice:sent' } }], {
      surveys: { minDaysBetween: 7 },
    });
    await shows(t);
    fireEvent.click(t.radios()[8]!);
    await settle();
    fireEvent.submit(t.shadow.querySelector('.pl-survey-form')!);
    await settle();
    // The thank-you goes (its close button, before its own timer).
    fireEvent.click(t.shadow.querySelector<HTMLElement>('.pl-survey-close')!);
    await settle();
    expect(t.card()).toBeNull();
    t.help.track('invoice:sent');
    await new Promise((r) => setTimeout(r, 300));
    expect(names(t)).toEqual(['survey:show:nps', 'survey:answer:nps']);
    // Eight days later (the same user, a new page view), the second one may show.
    const rt = t.rt();
    rt.user.set(LAST_SHOWN_KEY, Date.now() - 8 * 86_400_000);
    t.help.track('invoice:sent');
    await waitFor(() => expect(names(t)).toContain('survey:show:csat'), { timeout: 10_000 });
  });

  it('0 turns the cap off', async () => {
    const t = start([NPS, { id: 'csat', type: 'csat', trigger: { event: 'invoice:sent' } }], {
      surveys: { minDaysBetween: 0 },
    });
    await shows(t);
    fireEvent.keyDown(t.card()!, { key: 'Escape' });
    await settle();
    t.help.track('invoice:sent');
    await waitFor(() =>
      expect(names(t)).toEqual(['survey:show:nps', 'survey:dismiss:nps', 'survey:show:csat']),
    );
  });

  it('dismissed means dismissed: not again on the next page view (frequency always), until reset()', async () => {
    const always: Survey = { ...NPS, frequency: 'always' };
    const first = start([always], { surveys: { minDaysBetween: 0 } });
    await shows(first);
    fireEvent.click(first.shadow.querySelector<HTMLElement>('.pl-survey-close')!);
    await settle();
    expect(names(first)).toEqual(['survey:show:nps', 'survey:dismiss:nps']);
    first.help.destroy();

    const second = start([always], { surveys: { minDaysBetween: 0 } });
    await new Promise((r) => setTimeout(r, 400));
    expect(second.card()).toBeNull();
    expect(second.events).toEqual([]);
    second.help.reset();
    second.help.destroy();

    const third = start([always], { surveys: { minDaysBetween: 0 } });
    await shows(third);
    expect(names(third)).toEqual(['survey:show:nps']);
  });

  it('reset() forgets the cap too', async () => {
    const first = start([NPS]);
    await shows(first);
    expect(first.rt().user.get(LAST_SHOWN_KEY)).toEqual(expect.any(Number));
    first.help.reset();
    expect(first.rt().user.get(LAST_SHOWN_KEY)).toBeUndefined();
  });
});

describe('surveys: moments and showSurvey()', () => {
  it.each([
    ['tour', 'tour:complete', { id: 'welcome', tourId: 'welcome', count: 3 }],
    ['checklist', 'checklist:complete', { id: 'setup' }],
    [
      'handoff',
      'handoff',
      {
        context: {
          query: '',
          recentQueries: [],
          failedQueries: [],
          viewedArticles: [],
          path: '/',
          locale: 'en',
        },
      },
    ],
  ] as const)(
    'a CSAT with trigger "%s" shows after %s, and says so in its events',
    async (moment, event, payload) => {
      const t = start([{ id: 'csat', type: 'csat', trigger: moment }]);
      await new Promise((r) => setTimeout(r, 300));
      expect(t.card()).toBeNull();
      // A host's own track() of the same name is not Pathlight's moment.
      t.help.track(event);
      await new Promise((r) => setTimeout(r, 200));
      expect(t.card()).toBeNull();
      t.rt().emit(event, payload as never);
      await shows(t);
      expect(t.events).toEqual([['survey:show', { surveyId: 'csat', type: 'csat', trigger: moment }]]);
    },
  );

  it('a CSAT after an article waits for the panel to close', async () => {
    const t = start([{ id: 'csat', type: 'csat', trigger: 'article' }]);
    t.help.open();
    await settle();
    t.rt().emit('article:view', { id: 'exports' });
    await new Promise((r) => setTimeout(r, 300));
    expect(t.card()).toBeNull();
    expect(t.events).toEqual([]);
    t.help.close();
    await shows(t);
    expect(t.events).toEqual([['survey:show', { surveyId: 'csat', type: 'csat', trigger: 'article' }]]);
  });

  it('showSurvey(id) bypasses targeting and the cap; an unknown id is reported', async () => {
    const t = start([{ id: 'code', type: 'nps' }, NPS]);
    await shows(t);
    t.help.showSurvey('code');
    await waitFor(() => expect(names(t)).toEqual(['survey:show:nps', 'survey:show:code']));
    expect(t.events[1]).toEqual(['survey:show', { surveyId: 'code', type: 'nps', trigger: 'code' }]);
    await settle();
    expect(t.shadow.querySelector('.pl-survey-question')?.textContent).toBe(
      'How likely are you to recommend us to a friend or colleague?',
    );
    t.help.showSurvey('nope');
    await waitFor(() => expect(codes(t.errors)).toEqual(['unknown_item']));
  });
});

describe('surveys and the checklist card beside the launcher: one of them at a time', () => {
  const CHECKLIST = {
    id: 'setup',
    title: 'Set up Ledgerly',
    items: [
      { id: 'bank', title: 'Connect your bank' },
      { id: 'invite', title: 'Invite a teammate' },
    ],
    trigger: { frequency: 'always' as const },
  };
  /** Records every moment (DOM change) at which the survey card and the checklist card were both drawn. */
  function watchCorner(t: Started) {
    const nudge = () => t.shadow.querySelector<HTMLElement>('.pl-cl-nudge');
    const together: string[] = [];
    const observer = new MutationObserver(() => {
      const cl = nudge();
      if (t.card() && cl) together.push(cl.dataset.kind ?? '?');
    });
    observer.observe(t.shadow, { childList: true, subtree: true });
    return { nudge, together, stop: () => observer.disconnect() };
  }
  const withChecklist = (surveys: Survey[]) =>
    start(surveys, { content: { version: 1, surveys, checklists: [CHECKLIST] } });

  it('the NPS waits while the checklist reminder is there, and shows once "Not now" puts it away', async () => {
    const t = withChecklist([NPS]);
    const corner = watchCorner(t);
    await waitFor(() => expect(corner.nudge()?.dataset.kind).toBe('reminder'), { timeout: 10_000 });
    await new Promise((r) => setTimeout(r, 300));
    expect(t.card()).toBeNull();
    fireEvent.click(within(corner.nudge()!).getByRole('button', { name: 'Not now' }));
    await shows(t);
    expect(corner.nudge()).toBeNull();
    expect(corner.together).toEqual([]);
    corner.stop();
  });

  it('a reminder waits while an NPS of higher priority is on screen, and comes once it is answered', async () => {
    const t = withChecklist([{ ...NPS, priority: 5 }]);
    const corner = watchCorner(t);
    await shows(t);
    await new Promise((r) => setTimeout(r, 300));
    expect(corner.nudge()).toBeNull();
    fireEvent.click(t.radios()[9]!);
    await settle();
    fireEvent.submit(t.shadow.querySelector('.pl-survey-form')!);
    await settle();
    // Not beside the thank-you either: the survey leaves the engine with it.
    expect(corner.nudge()).toBeNull();
    fireEvent.click(t.shadow.querySelector<HTMLElement>('.pl-survey-close')!);
    await waitFor(() => expect(corner.nudge()?.dataset.kind).toBe('reminder'), { timeout: 10_000 });
    expect(t.card()).toBeNull();
    expect(corner.together).toEqual([]);
    corner.stop();
  });

  it('a CSAT that follows the checklist waits for its celebration, then comes', async () => {
    const t = withChecklist([{ id: 'csat', type: 'csat', trigger: 'checklist' }]);
    const corner = watchCorner(t);
    await waitFor(() => expect(corner.nudge()?.dataset.kind).toBe('reminder'), { timeout: 10_000 });
    t.help.completeChecklistItem('setup', 'bank');
    t.help.completeChecklistItem('setup', 'invite');
    await waitFor(() => expect(corner.nudge()?.dataset.kind).toBe('celebration'));
    await new Promise((r) => setTimeout(r, 300));
    expect(t.card()).toBeNull();
    fireEvent.click(corner.nudge()!.querySelector<HTMLElement>('.pl-icon-button')!);
    await shows(t);
    expect(corner.nudge()).toBeNull();
    expect(names(t)).toEqual(['survey:show:csat']);
    expect(corner.together).toEqual([]);
    corner.stop();
  });

  it('a checklist completed while a survey is on screen does not celebrate beside it', async () => {
    const t = withChecklist([{ ...NPS, priority: 5 }]);
    const corner = watchCorner(t);
    await shows(t);
    t.help.completeChecklistItem('setup', 'bank');
    t.help.completeChecklistItem('setup', 'invite');
    await new Promise((r) => setTimeout(r, 300));
    expect(t.card()).not.toBeNull();
    expect(corner.nudge()).toBeNull();
    expect(corner.together).toEqual([]);
    corner.stop();
  });
});

describe('surveys in analytics', () => {
  it('every survey event is a record (the comment masked) and goes to the tools as Survey Shown / Answered', async () => {
    const records: AnalyticsEvent[] = [];
    const captured: Array<[string, Record<string, unknown>]> = [];
    vi.stubGlobal('posthog', {
      capture: (name: string, props: Record<string, unknown>) => captured.push([name, props]),
    });
    try {
      const t = start([NPS], {
        analytics: { onEvent: (event) => records.push(event), forward: ['posthog'] },
      });
      await shows(t);
      fireEvent.click(t.radios()[6]!);
      await settle();
      const comment = t.shadow.querySelector<HTMLTextAreaElement>('.pl-survey-comment')!;
      fireEvent.input(comment, { target: { value: 'Call me on +48 512 345 678' } });
      fireEvent.submit(t.shadow.querySelector('.pl-survey-form')!);
      const survey = () => records.filter((event) => event.name.startsWith('survey:'));
      await waitFor(() => expect(survey()).toHaveLength(2), { timeout: 15_000 });
      expect(survey().map(({ name, props }) => [name, props])).toEqual([
        ['survey:show', { surveyId: 'nps', type: 'nps', trigger: 'rule' }],
        [
          'survey:answer',
          { surveyId: 'nps', type: 'nps', score: 6, comment: 'Call me on [phone]', trigger: 'rule' },
        ],
      ]);
      expect(captured.filter(([name]) => name.startsWith('survey'))).toEqual([
        ['survey shown', { survey_id: 'nps', type: 'nps', trigger: 'rule' }],
        [
          'survey answered',
          { survey_id: 'nps', type: 'nps', score: 6, comment: 'Call me on [phone]', trigger: 'rule' },
        ],
      ]);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
