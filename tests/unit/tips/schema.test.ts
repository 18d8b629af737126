// schema/content.schema.json's tips and announcements agree with their validators: the demo's pass both,
// and what a validator leaves out the schema refuses (where a schema can say it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/guides/content';
import { announcementKind, tipKind } from '../../../src/tips';
import { schemaChecker } from '../setup/json-schema';

const root = join(__dirname, '../../..');
const schema = JSON.parse(readFileSync(join(root, 'schema/content.schema.json'), 'utf8'));
const valid = schemaChecker(schema);
const demo = JSON.parse(readFileSync(join(root, 'examples/feeds/guides.json'), 'utf8'));
const check = (content: unknown) => validateContent(content, [tipKind, announcementKind]);
const tip = (fields: Record<string, unknown>) => ({
  version: 1,
  tips: [{ id: 't', target: '#a', title: 'T', ...fields }],
});
const news = (fields: Record<string, unknown>) => ({
  version: 1,
  announcements: [{ id: 'a', title: 'A', ...fields }],
});

describe('schema/content.schema.json: tips and announcements', () => {
  it('accepts the demo tips and announcements, which the validators load without a problem', () => {
    const content = { version: 1, tips: demo.tips, announcements: demo.announcements };
    expect(demo.tips.length + demo.announcements.length).toBeGreaterThan(0);
    expect(valid(content)).toBe(true);
    expect(check(content).problems).toEqual([]);
  });

  it('accepts a tip and an announcement with every field', () => {
    const buttons = [
      { label: 'Got it', action: 'dismiss' },
      { label: 'Read more', action: 'article', value: 'getting-started' },
    ];
    const trigger = { url: '/reports', user: { plan: 'pro' }, frequency: 'once' };
    const everyTip = tip({
      body: '**B**',
      image: '/i.png',
      imageAlt: 'An image',
      placement: 'bottom-end',
      hotspot: { open: 'hover' },
      buttons,
      trigger,
      priority: 2,
    });
    const everyNews = news({
      body: 'B',
      image: '/i.png',
      imageAlt: 'An image',
      video: { provider: 'file', src: '/v.webm', poster: '/p.png' },
      style: 'slide-in',
      buttons,
      trigger,
      priority: 1,
    });
    for (const content of [everyTip, everyNews]) {
      expect(valid(content)).toBe(true);
      expect(check(content).problems).toEqual([]);
    }
  });

  it.each<[string, unknown]>([
    ['a tip without a target', { version: 1, tips: [{ id: 't', title: 'T' }] }],
    ['a tip without title or body', { version: 1, tips: [{ id: 't', target: '#a' }] }],
    ['a tip whose target is not a selector', tip({ target: 7 })],
    ['a tip with a bad trigger', tip({ trigger: { frequency: 'daily' } })],
    ['an announcement without a title', { version: 1, announcements: [{ id: 'a', body: 'B' }] }],
  ])('refuses what the validator leaves out: %s', (_, content) => {
    const { tips, announcements } = check(content).content;
    expect(tips.length + announcements.length).toBe(0);
    expect(valid(content)).toBe(false);
  });

  it.each<[string, unknown]>([
    ['an unknown placement', tip({ placement: 'middle' })],
    ['three buttons', tip({ buttons: [1, 2, 3].map((n) => ({ label: `b${n}`, action: 'dismiss' })) })],
    ['a javascript: image', tip({ image: 'javascript:alert(1)' })],
    ['a hotspot that opens on scroll', tip({ hotspot: { open: 'scroll' } })],
    ['an unknown style', news({ style: 'banner' })],
    ['a video from an unknown provider', news({ video: { provider: 'tiktok', src: 'x' } })],
  ])('refuses what the validator leaves out of an item (keeping it): %s', (_, content) => {
    expect(check(content).problems.length).toBeGreaterThan(0);
    expect(valid(content)).toBe(false);
  });
});
