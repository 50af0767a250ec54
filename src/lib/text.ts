// Fills {placeholders} in interface copy from content/ui/*.json.

/** Replaces each {name} in a template with its value; unknown names stay visible so they get noticed. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Who a question is asked of, in words: "funders, public bodies and civil society organisations". */
export function audienceText(roles: readonly string[], names: Record<string, string>, and: string): string {
  if (roles.includes('all')) return names.all ?? 'all';
  const words = roles.map((r) => names[r] ?? r);
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} ${and} ${words.at(-1)}` : (words[0] ?? '');
}
