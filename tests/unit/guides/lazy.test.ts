// The main bundle's side of guides: the `guides` chunk loads only when needed, calls made before it
// arrives wait for it, and `track()` names seen meanwhile still count.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as setup from '../../../src/guides/setup';
import { createPathlight } from '../../../src/index';
import type { PathlightInstance } from '../../../src/types';
import { resetPage, roots, settle, shadowOf } from '../setup/dom';

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

  it('does nothing when the instance is destroyed before the chunk arrives', async () => {
    const help = createPathlight({ launcher: { hidden: true }, content: { version: 1 } });
    help.destroy();
    await settle();
    expect(setup.setupGuides).not.toHaveBeenCalled();
  });
});
