/**
 * English shown only by checklists, which come in the lazy `checklists` chunk (its `english` export, added
 * when the chunk loads). The other catalogs translate them like the keys of ./en.ts.
 */
const enChecklists = {
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

export default enChecklists;
