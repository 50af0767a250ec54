// The browser bar's colour in each colour scheme (<meta name="theme-color">): the header's
// background, --color-header-bg in tokens.css. A meta tag cannot read CSS, so the values are
// written here too; tests/offline.spec.ts fails if they part from the header's.
export const THEME_COLOR = { light: '#003f47', dark: '#0b0c0c' } as const;
