// Who a question is asked of, as words for a sentence. Apart from text.ts, which every page loads.
import { listText } from './language.ts';

/** Who a question is asked of, in words: "funders, public bodies and civil society organisations". */
export function audienceText(roles: readonly string[], names: Record<string, string>): string {
  if (roles.includes('all')) return names.all ?? 'all';
  return listText(roles.map((r) => names[r] ?? r));
}
