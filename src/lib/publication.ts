// What a copy of the guide must say about who runs it before it is published. The accessibility
// statement (and the privacy notice) name the publisher, how to reach them and how soon they
// reply, from content/site.json; a published copy without them would point nowhere.

/** The publisher's details as content/site.json holds them. */
export interface PublisherDetails {
  publisher: string;
  contact: { email: string; url: string; replyWithin: string };
}

/** The fields still empty, named as content/site.json names them; none when the copy can be published. */
export function missingForPublication(site: PublisherDetails): string[] {
  const missing: string[] = [];
  if (!site.publisher.trim()) missing.push('publisher');
  if (!site.contact.email.trim() && !site.contact.url.trim()) missing.push('contact.email or contact.url');
  if (!site.contact.replyWithin.trim()) missing.push('contact.replyWithin');
  return missing;
}

/** What the build says about the missing fields: what is wrong, why it matters and how to fix it. */
export function publicationWarning(missing: readonly string[]): string {
  return [
    `content/site.json leaves empty: ${missing.join(', ')}.`,
    'The accessibility statement must say who runs the site, how to contact them and how soon they reply.',
    'Until these are filled in, it says so in a notice on the page. Fill them in before publishing;',
    'a build with PUBLISH=1 stops until they are.',
  ].join('\n');
}
