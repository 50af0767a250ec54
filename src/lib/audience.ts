// Who a question is asked of, as words for a sentence. Apart from text.ts, which every page loads.
/** Who a question is asked of, in words: "funders, public bodies and civil society organisations". */
export function audienceText(roles: readonly string[], names: Record<string, string>, and: string): string {
  if (roles.includes('all')) return names.all ?? 'all';
  const words = roles.map((r) => names[r] ?? r);
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} ${and} ${words.at(-1)}` : (words[0] ?? '');
}
