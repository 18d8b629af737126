/**
 * English shown only by the contact view and after an e-mail hand-off, in the lazy `handoff` chunk: the chunk
 * exports these as `english` and they join the translators when it loads, so the main bundle does not carry
 * them. The other catalogs translate them like the keys of ./en.ts (the catalog test checks both).
 */
const enHandoff = {
  'handoff.mailOpened': 'Your mail app should open',
  'handoff.noMailApp': 'No mail app? Write to us at this address:',
  'handoff.copy': 'Copy',
  'handoff.copied': 'Copied',
  'contact.unavailable': 'Contact is not set up for this app.',
} as const;

export default enHandoff;
