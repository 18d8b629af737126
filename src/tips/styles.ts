/** Styles of tips, hotspots and announcements. Joined to ui/styles.ts's base. */
export const tipsCss = /* css */ ``;
