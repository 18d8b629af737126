import { parseDomEvent } from './rules';

/**
 * Host DOM events named in rules (`dom:click:#export`): one delegated capture listener per event
 * type on the document. `composedPath()` lets a selector match inside the host's open shadow roots;
 * events from Pathlight's own UI (inside `ownHost`) never count. Returns the teardown.
 *
 * @example
 * const stop = listenDomEvents(document, ['dom:click:#export'], rt.shadow.host, (name) => seen(name));
 */
export function listenDomEvents(
  doc: Document,
  names: readonly string[],
  ownHost: Element,
  onEvent: (name: string) => void,
): () => void {
  const byType = new Map<string, Array<{ name: string; selector: string }>>();
  for (const name of names) {
    const parsed = parseDomEvent(name);
    if (!parsed) continue;
    const list = byType.get(parsed.type) ?? [];
    list.push({ name, selector: parsed.selector });
    byType.set(parsed.type, list);
  }
  const handler = (event: Event) => {
    const path = event.composedPath();
    if (path.includes(ownHost)) return;
    for (const { name, selector } of byType.get(event.type) ?? []) {
      for (const node of path) {
        if ((node as Node).nodeType !== 1) continue;
        let hit = false;
        try {
          hit = (node as Element).matches(selector);
        } catch {
          // Validated content never gets here; a bad selector simply never matches.
        }
        if (hit) {
          onEvent(name);
          break;
        }
      }
    }
  };
  for (const type of byType.keys()) doc.addEventListener(type, handler, true);
  return () => {
    for (const type of byType.keys()) doc.removeEventListener(type, handler, true);
  };
}
