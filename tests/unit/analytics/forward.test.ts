/**
 * The forwarders against fakes of each tool's browser global, written from the tool's documentation (the
 * page is cited above each fake): the call each one documents, with the event names in its convention.
 */
import { describe, expect, it, vi } from 'vitest';
import { flatProps, forwardTo } from '../../../src/analytics/forward';
import { lowerObjectVerb, objectAction, snake } from '../../../src/analytics/names';
import type { AnalyticsEvent, AnalyticsTool, PathlightEventName } from '../../../src/types';

const event = <K extends PathlightEventName>(name: K, props: AnalyticsEvent<K>['props']): AnalyticsEvent =>
  ({
    id: 'id-1',
    name,
    ts: 1,
    timestamp: 1,
    sessionId: 's',
    anonymousId: 'a',
    userId: 'user-42',
    locale: 'en',
    path: '/billing',
    props,
  }) as AnalyticsEvent;

const articleView = event('article:view', { id: 'reset-password' });
const search = event('search', { query: 'export [email] csv', resultCount: 0 });
const tourStep = event('tour:step', {
  id: 'welcome',
  tourId: 'welcome',
  step: 1,
  index: 1,
  stepId: 'invite',
  count: 4,
});
const handoff = event('handoff', {
  context: {
    query: 'refund',
    recentQueries: ['refund', 'invoice'],
    failedQueries: ['refund'],
    viewedArticles: [{ id: 'billing', title: 'Billing' }],
    path: '/billing',
    locale: 'en',
    userId: 'user-42',
  },
});

function send(tool: AnalyticsTool, globals: Record<string, unknown>, ...events: AnalyticsEvent[]) {
  const errors: unknown[] = [];
  const forward = forwardTo([tool], (_tool, error) => errors.push(error), globals);
  for (const e of events) forward(e);
  return errors;
}

describe('PostHog', () => {
  // https://posthog.com/docs/product-analytics/capture-events — `posthog.capture('user_signed_up', { login_type:
  // 'email' })`; names in the "[object] [verb]" format, e.g. "project created", "user signed up".
  it('calls posthog.capture(name, properties) with "[object] [verb]" names', () => {
    const posthog = { capture: vi.fn() };
    send('posthog', { posthog }, articleView, tourStep);
    expect(posthog.capture.mock.calls).toEqual([
      ['help article viewed', { id: 'reset-password' }],
      [
        'tour step viewed',
        { id: 'welcome', tour_id: 'welcome', step: 1, index: 1, step_id: 'invite', count: 4 },
      ],
    ]);
  });

  it('calls capture on posthog itself (the snippet stub and the library read `this`)', () => {
    const posthog = {
      calls: [] as unknown[],
      capture(this: { calls: unknown[] }, ...args: unknown[]) {
        this.calls.push(args);
      },
    };
    expect(send('posthog', { posthog }, articleView)).toEqual([]);
    expect(posthog.calls).toHaveLength(1);
  });
});

describe('Segment', () => {
  // https://www.twilio.com/docs/segment/connections/spec/track — `analytics.track("User Registered", { plan:
  // "Pro Annual" })`: an event name is an object and a past-tense action, in Title Case.
  it('calls analytics.track(event, properties) with "Object Action" names', () => {
    const analytics = { track: vi.fn() };
    send('segment', { analytics }, articleView, search);
    expect(analytics.track.mock.calls).toEqual([
      ['Help Article Viewed', { id: 'reset-password' }],
      ['Help Searched', { query: 'export [email] csv', result_count: 0 }],
    ]);
  });
});

describe('GA4', () => {
  // https://support.google.com/analytics/answer/13316687 (event naming rules: letters, numbers and underscores,
  // starting with a letter, no spaces) and https://support.google.com/analytics/answer/9267744 (collection limits:
  // names of at most 40 characters, 25 parameters per event, parameter values of at most 100 characters);
  // the call is gtag('event', name, params).
  it("calls gtag('event', snake_case_name, params) within GA4's limits", () => {
    const gtag = vi.fn();
    const feedback = event('article:feedback', { id: 'a', helpful: false, comment: 'y'.repeat(150) });
    send(
      'ga4',
      { gtag },
      articleView,
      tourStep,
      event('announcement:dismiss', { id: 'new-billing' }),
      feedback,
    );
    expect(gtag.mock.calls[3]?.[1]).toBe('help_article_rated');
    expect(gtag.mock.calls.slice(0, 3)).toEqual([
      ['event', 'help_article_viewed', { id: 'reset-password' }],
      [
        'event',
        'tour_step_viewed',
        { id: 'welcome', tour_id: 'welcome', step: 1, index: 1, step_id: 'invite', count: 4 },
      ],
      ['event', 'announcement_dismissed', { id: 'new-billing' }],
    ]);
    for (const [, name, params] of gtag.mock.calls as Array<[string, string, Record<string, unknown>]>) {
      expect(name).toMatch(/^[a-z][a-z0-9_]{0,39}$/);
      expect(Object.keys(params).length).toBeLessThanOrEqual(25);
      for (const [key, value] of Object.entries(params)) {
        expect(key).toMatch(/^[a-z][a-z0-9_]{0,39}$/);
        if (typeof value === 'string') expect(value.length).toBeLessThanOrEqual(100);
      }
    }
  });

  it('cuts string values at 100 characters and keeps at most 25 parameters', () => {
    const gtag = vi.fn();
    const many = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`p${i}`, 'v'.repeat(120)]));
    send('ga4', { gtag }, event('checklist:dismiss', many as never));
    const params = gtag.mock.calls[0]?.[2] as Record<string, string>;
    expect(Object.keys(params)).toHaveLength(25);
    expect(params.p0).toHaveLength(100);
  });
});

describe('Plausible', () => {
  // https://plausible.io/docs/custom-props/for-custom-events (up to 30 custom properties) and the JavaScript API
  // `plausible('Signup', { props: { plan: 'premium' } })` with string values
  // (https://www.mintlify.com/plausible/analytics/integration/custom-events, from Plausible's own repository docs).
  it('calls plausible(name, { props }) with string values', () => {
    const plausible = vi.fn();
    send('plausible', { plausible }, search, tourStep);
    expect(plausible.mock.calls).toEqual([
      ['Help Searched', { props: { query: 'export [email] csv', result_count: '0' } }],
      [
        'Tour Step Viewed',
        {
          props: { id: 'welcome', tour_id: 'welcome', step: '1', index: '1', step_id: 'invite', count: '4' },
        },
      ],
    ]);
  });
});

describe('Mixpanel', () => {
  // https://docs.mixpanel.com/docs/tracking/http-api — "mixpanel.track('Sign Up', { 'Signup Type': 'Referral' })".
  it('calls mixpanel.track(name, properties)', () => {
    const mixpanel = { track: vi.fn() };
    send('mixpanel', { mixpanel }, event('tour:complete', { id: 'welcome', tourId: 'welcome', count: 4 }));
    expect(mixpanel.track.mock.calls).toEqual([
      ['Tour Completed', { id: 'welcome', tour_id: 'welcome', count: 4 }],
    ]);
  });
});

describe('Amplitude', () => {
  // https://amplitude.com/docs/sdks/analytics/browser/browser-sdk-2/usage-guide — `amplitude.track("Song Played",
  // { title: "Here Comes the Sun" })`: an event name and optional event properties.
  it('calls amplitude.track(eventType, eventProperties)', () => {
    const amplitude = { track: vi.fn() };
    send('amplitude', { amplitude }, event('tip:click', { id: 'export', action: 'next' as never }));
    expect(amplitude.track.mock.calls).toEqual([['Tip Clicked', { id: 'export', action: 'next' }]]);
  });
});

describe('every forwarder', () => {
  const globals = () => ({
    posthog: { capture: vi.fn() },
    analytics: { track: vi.fn() },
    gtag: vi.fn(),
    plausible: vi.fn(),
    mixpanel: { track: vi.fn() },
    amplitude: { track: vi.fn() },
  });
  const ALL: AnalyticsTool[] = ['posthog', 'segment', 'ga4', 'plausible', 'mixpanel', 'amplitude'];

  it('forwards only when its global exists (nothing throws without it)', () => {
    const errors: unknown[] = [];
    forwardTo(ALL, (_tool, error) => errors.push(error), {})(articleView);
    forwardTo(ALL, (_tool, error) => errors.push(error), { posthog: {}, analytics: 'x', mixpanel: null })(
      articleView,
    );
    expect(errors).toEqual([]);
  });

  it('forwards only to the tools configured', () => {
    const g = globals();
    forwardTo(['ga4'], () => {}, g)(articleView);
    expect(g.gtag).toHaveBeenCalledTimes(1);
    expect(g.posthog.capture).not.toHaveBeenCalled();
    expect(g.analytics.track).not.toHaveBeenCalled();
  });

  it("skips the host's own events (track, route), ready and error", () => {
    const g = globals();
    const forward = forwardTo(ALL, () => {}, g);
    forward(event('track', { name: 'invoice_created' }));
    forward(event('route', { path: '/x' }));
    forward(event('ready', {}));
    forward(event('error', { code: 'internal', message: 'x' }));
    for (const fn of [
      g.posthog.capture,
      g.analytics.track,
      g.gtag,
      g.plausible,
      g.mixpanel.track,
      g.amplitude.track,
    ])
      expect(fn).not.toHaveBeenCalled();
  });

  it('a tool that throws is reported and the others still hear of the event', () => {
    const g = globals();
    g.posthog.capture.mockImplementation(() => {
      throw new Error('posthog broke');
    });
    const errors: Array<[string, unknown]> = [];
    forwardTo(ALL, (tool, error) => errors.push([tool, error]), g)(articleView);
    expect(errors.map(([tool]) => tool)).toEqual(['posthog']);
    expect(g.amplitude.track).toHaveBeenCalledTimes(1);
  });

  it("never sends the user id; a hand-off's context is flat: words joined, lists of objects counted", () => {
    expect(flatProps(handoff.props)).toEqual({
      query: 'refund',
      recent_queries: 'refund, invoice',
      failed_queries: 'refund',
      viewed_articles_count: 1,
      path: '/billing',
      locale: 'en',
    });
    const g = globals();
    forwardTo(ALL, () => {}, g)(handoff);
    expect(JSON.stringify(g.posthog.capture.mock.calls)).not.toContain('user-42');
    expect(g.analytics.track.mock.calls[0]?.[0]).toBe('Human Help Requested');
  });
});

describe('names', () => {
  it.each([
    ['article:view', 'Help Article Viewed', 'help article viewed', 'help_article_viewed'],
    ['open', 'Help Panel Opened', 'help panel opened', 'help_panel_opened'],
    ['video:progress', 'Help Video Progressed', 'help video progressed', 'help_video_progressed'],
    ['checklist:item', 'Checklist Item Completed', 'checklist item completed', 'checklist_item_completed'],
    ['contact:sent', 'Contact Message Sent', 'contact message sent', 'contact_message_sent'],
    ['handoff:deflected', 'Human Help Deflected', 'human help deflected', 'human_help_deflected'],
    // Events added later, such as the micro-surveys': object and past-tense action from the name.
    ['survey:answer', 'Survey Answered', 'survey answered', 'survey_answered'],
    ['survey:show', 'Survey Shown', 'survey shown', 'survey_shown'],
    ['survey:dismiss', 'Survey Dismissed', 'survey dismissed', 'survey_dismissed'],
  ])('%s → %s / %s / %s', (name, segment, posthog, ga4) => {
    expect(objectAction(name)).toBe(segment);
    expect(lowerObjectVerb(name)).toBe(posthog);
    expect(snake(objectAction(name))).toBe(ga4);
  });
});
