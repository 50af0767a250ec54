// The islands the single-file edition mounts, by the name <Widget> writes on each one. The
// single file's script (widgets/single-file/main.ts) maps every name to its component, and the
// build (src/build/single-file.ts) stops on a name that is not here.
export const WIDGET_NAMES = ['assessment', 'checklist', 'compare'] as const;

export type WidgetName = (typeof WIDGET_NAMES)[number];
