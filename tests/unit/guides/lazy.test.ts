// The main bundle's side of guides: the `guides` chunk loads only when needed, calls made before it
// arrives wait for it, and `track()` names seen meanwhile still count.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as setup from '../../../src/guides/setup';
import { createPathlight } from '../../../src/index';
import type { PathlightInstance } from '../../../src/types';
import { codes, collectErrors, resetPage, roots, settle, shadowOf, spyWarn } from '../setup/dom';

vi.mock('../../../src/guides/setup', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/guides/setup')>();
  return { setupGuides: vi.fn(real.setupGuides) };
});

const made: PathlightInstance[] = [];
const tips = () =>
  [...shadowOf(roots().length - 1).querySelectorAll<HTMLElement>('.pl-tip')].map((el) => el.dataset.plTip);

beforeEach(() => {
  resetPage();
  vi.mocked(setup.setupGuides).mockClear();
  document.body.innerHTML = '<button id="export">Export</button>';
});
afterEach(() => {
  for (const help of made.splice(0)) help.destroy();
  resetPage();
});

describe('the guides chunk', () => {
  it('is not loaded for a page without guide content or guide calls', async () => {
    made.push(createPathlight({ launcher: { hidden: true } }));
    await settle();
    expect(setup.setupGuides).not.toHaveBeenCalled();
  });

  it('loads on the first guide call, then replays the calls made meanwhile, in order', async () => {
    const help = createPathlight({ launcher: { hidden: true }, quietPeriodMs: 0, maxVisibleTips: 2 });
    made.push(help);
    const errors: string[] = [];
    help.on('error', (e) => errors.push(e.message));
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    help.track('report:exported');
    help.showTip('manual'); // too early: the content comes next
    help.addContent({
      version: 1,
      tips: [
        { id: 'manual', target: '#export', title: 'Manual' },
        { id: 'auto', target: '#export', title: 'Auto', trigger: { event: 'report:exported' } },
      ],
    });
    help.showTip('manual');
    await vi.waitFor(() => expect(tips()).toEqual(['manual', 'auto']), { timeout: 2000 });
    expect(errors).toEqual(['There is no tip with the id "manual" in the guide content.']);
    expect(setup.setupGuides).toHaveBeenCalledTimes(1);
  });

  it('loads at start when the config has content', async () => {
    made.push(createPathlight({ launcher: { hidden: true }, content: { version: 1 } }));
    await vi.waitFor(() => expect(setup.setupGuides).toHaveBeenCalledTimes(1));
  });

  it('a queued call that throws is reported once, the calls after it still run, nothing is unhandled', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const help = createPathlight({
        launcher: { hidden: true },
        quietPeriodMs: 0,
        content: {
          version: 1,
          announcements: [{ id: 'x', title: 'What is new', body: 'Recurring invoices.' }],
        },
      });
      made.push(help);
      const errors = collectErrors(help);
      spyWarn();
      // Both calls come before the guides chunk has arrived: they wait for it.
      (help.hideTip as (id: unknown) => void)(Symbol('not an id'));
      help.showAnnouncement('x');
      expect(setup.setupGuides).not.toHaveBeenCalled();
      const shadow = shadowOf(roots().length - 1);
      await vi.waitFor(() => expect(shadow.querySelector('.pl-announcement')).not.toBeNull(), {
        timeout: 2000,
      });
      await settle();
      expect(codes(errors)).toEqual(['internal']);
      expect(errors[0]!.message).toMatch(/^hideTip\(\) failed: /);
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('does nothing when the instance is destroyed before the chunk arrives', async () => {
    const help = createPathlight({ launcher: { hidden: true }, content: { version: 1 } });
    help.destroy();
    await settle();
    expect(setup.setupGuides).not.toHaveBeenCalled();
  });
});
