// Fills {placeholders} in interface copy from content/ui/*.json.

/** Replaces each {name} in a template with its value; unknown names stay visible so they get noticed. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}


/** Plural forms of a piece of copy, chosen by Intl.PluralRules. */
export interface PluralForms {
  one: string;
  other: string;
}

const pluralRules = new Intl.PluralRules('en-GB');

/** The form of the copy for a count, with {count} and any other placeholders filled in. */
export function plural(forms: PluralForms, count: number, values: Record<string, string | number> = {}): string {
  return fill(pluralRules.select(count) === 'one' ? forms.one : forms.other, { count, ...values });
}
