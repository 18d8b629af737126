import type { Runtime } from '../core/context';
import { useStore } from '../ui/use-store';
import type { SurveysController } from './controller';
import { SurveyCard } from './SurveyCard';

/**
 * What surveys draw beside the launcher: the card (stepping aside while the panel is open, back when it
 * closes) and a polite live region that says a survey appeared, and thanks.
 */
export function SurveysLayer({ rt, ctl }: { rt: Runtime; ctl: SurveysController }) {
  const shown = useStore(ctl.$shown);
  const panelOpen = useStore(ctl.$panelOpen);
  const status = useStore(ctl.$status);
  // No second live region beside the tips' one while no survey is on screen (it comes with the card, before
  // its words).
  if (!shown && !status) return null;
  return (
    <>
      {shown && !panelOpen && <SurveyCard key={shown.survey.id} rt={rt} ctl={ctl} shown={shown} />}
      <div class="pl-sr-only" role="status" aria-live="polite" aria-atomic="true">
        {status}
      </div>
    </>
  );
}
