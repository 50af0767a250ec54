// Fills {placeholders} in interface copy from content/ui/*.json.

/** Replaces each {name} in a template with its value; unknown names stay visible so they get noticed. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
