/** The panel's element id: the launcher's `aria-controls`. */
export const PANEL_ID = 'pl-panel';

/** The attribute hosts put on an element to get a "?" that opens an article. */
export const ARTICLE_ATTRIBUTE = 'data-pathlight-article';
