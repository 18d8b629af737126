/**
 * Locks the page's scroll while a full-screen modal surface covers it (the panel on a phone) and returns the
 * unlock, which puts back exactly what was there: the inline `overflow` (and its priority) of `<html>`, and the
 * scroll position. Where the page shows a classic scrollbar, its gutter stays, so nothing behind moves.
 *
 * Locks nest: the page is one per document, so two instances that both cover it share one lock (module state,
 * bounded by the documents alive), and the page scrolls again when the last of them lets go.
 */
const locks = new WeakMap<Document, { count: number; restore: () => void }>();

export function lockPageScroll(doc: Document = document): () => void {
  const held = locks.get(doc);
  if (held) held.count++;
  else {
    const win = doc.defaultView;
    const root = doc.documentElement;
    const { style } = root;
    const hadStyle = root.hasAttribute('style');
    // Longhands: a page's own `overflow-y` comes back as it was, not as part of a cleared shorthand.
    const saved = ['overflow-x', 'overflow-y', 'scrollbar-gutter'].map(
      (name) => [name, style.getPropertyValue(name), style.getPropertyPriority(name)] as const,
    );
    const x = win?.scrollX ?? 0;
    const y = win?.scrollY ?? 0;
    if (win && win.innerWidth > root.clientWidth)
      style.setProperty('scrollbar-gutter', 'stable', 'important');
    style.setProperty('overflow', 'hidden', 'important');
    locks.set(doc, {
      count: 1,
      restore: () => {
        for (const [name, value, priority] of saved) style.setProperty(name, value, priority);
        // Not even an empty style attribute where the page had none. Chromium writes CSSOM changes to the
        // attribute lazily, on its next read: read it first, or that write would bring it back after removal.
        if (!hadStyle && !style.length && root.getAttribute('style') !== null) root.removeAttribute('style');
        if (win && (win.scrollX !== x || win.scrollY !== y)) win.scrollTo(x, y);
      },
    });
  }
  let locked = true;
  return () => {
    if (!locked) return;
    locked = false;
    const lock = locks.get(doc);
    if (!lock || --lock.count > 0) return;
    locks.delete(doc);
    lock.restore();
  };
}
