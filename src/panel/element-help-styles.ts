/** The "?" affordance's styles, adopted with the lazy `marks` chunk when the page has a marked element. */
export const elementHelpCss = /* css */ `
/* The "?" beside host elements marked data-pathlight-article */
.pl-element-help {
  position: fixed; top: 0; left: 0; z-index: calc(var(--pl-z) - 1); display: inline-flex !important;
  align-items: center; justify-content: center; width: 24px; height: 24px; border-radius: 50%;
  background: var(--pl-bg) !important; color: var(--pl-brand-text) !important; border: 1px solid var(--pl-border) !important;
  box-shadow: 0 1px 3px rgba(16, 24, 40, 0.18);
  transition: transform 160ms var(--pl-ease), background 160ms var(--pl-ease), color 160ms var(--pl-ease);
}
.pl-element-help:not([data-placed]) { visibility: hidden; }
.pl-element-help:hover {
  background: var(--pl-brand) !important; color: var(--pl-on-brand) !important; border-color: var(--pl-brand) !important;
  transform: scale(1.08);
}
`;
