/**
 * English shown only by authoring mode (`?pathlight=author`, `author()`), which comes in the lazy `author` chunk (its
 * `english` export, added when the chunk loads). The other catalogs translate it like the keys of ./en.ts.
 */
const enAuthor = {
  'author.title': 'Pathlight authoring',
  'author.picking': 'Point at an element and click it, or Tab to it and press Enter. Esc stops picking.',
  'author.pick': 'Pick an element',
  'author.stopPicking': 'Stop picking',
  'author.parent': 'Pick its parent',
  'author.exit': 'Leave authoring',
  'author.selector': 'Selector',
  'author.noSelector': 'No unique selector for this element: pick its parent, or give it an id.',
  'author.copyTip': 'Copy tip JSON',
  'author.copyStep': 'Copy tour step JSON',
  'author.copyChecklist': 'Copy checklist item JSON',
  'author.copied': 'Copied. Paste it into your guide content.',
  'author.copyFailed': 'Could not copy: select the JSON below and copy it.',
  'author.missing': 'Targets missing on this page ({count})',
  'author.allFound': 'Every target on this page was found.',
  'author.notYetDone': 'Not there until the item is done ({count})',
  'author.elsewhere': 'Items for other pages, not checked: {count}',
  'author.recheck': 'Check again',
  'author.draftTitle': 'New tip',
  'author.draftBody': 'Say what this does and why it helps.',
} as const;

export default enAuthor;
