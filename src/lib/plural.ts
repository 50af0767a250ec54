// Copy that changes with a number, as GOV.UK Frontend's i18n.mjs does it: one object in
// content/ui/*.json with a form per plural category of the language ({ "one": "…", "other": "…" }
// in English), the form chosen by Intl.PluralRules. Apart from language.ts so that step pages,
// which count nothing, never load it.
import { LOCALE } from './language.ts';
import { fill } from './text.ts';

/** Copy that changes with a number: a form per plural category; `other` is always there. */
export type Plural = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** The form of `forms` for `count`, with {count} and any other placeholders filled. */
export function plural(forms: Plural, count: number, values: Record<string, string | number> = {}): string {
  // A category the copy does not give falls back to `other`, which every language has.
  return fill(forms[new Intl.PluralRules(LOCALE).select(count)] ?? forms.other, { ...values, count });
}
