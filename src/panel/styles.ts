/** Styles of the knowledge-base views (search results, article, video). Joined to ui/styles.ts's base. */
export const panelCss = /* css */ ``;
