/**
 * `document`'s own properties as the browser defines them. A document lets markup shadow its
 * properties (`<img name="body">`, `<form name="currentScript">`: named access overrides built-ins),
 * so a page's own HTML could make Pathlight mount into an image, or load its files from the folder of
 * an image's URL. Reading the prototype's getter sees through that.
 */
function own<T extends Element>(doc: Document, name: 'body' | 'currentScript', type: new () => T): T | null {
  const get = Object.getOwnPropertyDescriptor(Document.prototype, name)?.get;
  const value: unknown = get ? get.call(doc) : doc[name];
  return value instanceof type ? value : null;
}

/** `document.body`, or null before there is one. */
export const documentBody = (doc: Document = document): HTMLElement | null => own(doc, 'body', HTMLElement);

/** `document.currentScript`: the classic script running now, or null. */
export const currentScript = (): HTMLScriptElement | null =>
  own(document, 'currentScript', HTMLScriptElement);
