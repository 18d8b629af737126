/**
 * The checklists' English strings. They travel in the lazy `checklists` chunk, not in the English
 * catalog of the main bundle (`pathlight.app.js` has no bytes to spare for a capability most page views
 * never draw); their translations sit in every other catalog of `src/i18n/catalogs/`, next to the rest
 * of each language, and a host's `config.messages` overrides them like any other key. `{name}` is an
 * interpolation; `.one`/`.other` are plural forms.
 */
export const checklistMessages = {
  'checklist.title': 'Getting started',
  'checklist.progress': '{done} of {total} done',
  'checklist.left.one': '{count} step left',
  'checklist.left.other': '{count} steps left',
  'checklist.leftIn.one': '{count} step left in “{title}”',
  'checklist.leftIn.other': '{count} steps left in “{title}”',
  'checklist.start': 'Start',
  'checklist.continue': 'Continue',
  'checklist.done': 'Done',
  'checklist.notDone': 'Not done yet',
  'checklist.locked': 'Unlocks when the step above is done',
  'checklist.optional': 'Optional',
  'checklist.itemDone': '“{title}” is done.',
  'checklist.notNow': 'Not now',
  'checklist.closeReminder': 'Close reminder',
  'checklist.dismiss': 'Dismiss checklist',
  'checklist.restore': 'Show onboarding again',
  'checklist.allSet': 'You’re all set!',
  'checklist.allSetText': 'Every step of “{title}” is done.',
  'checklist.gotIt': 'Got it',
  'checklist.loading': 'Loading the checklist…',
  'checklist.empty': 'Nothing to do here yet.',
} as const;

export type ChecklistMessageKey = keyof typeof checklistMessages;
