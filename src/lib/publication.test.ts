import { describe, expect, it } from 'vitest';
import { missingForPublication, publicationWarning } from './publication.ts';

const complete = { publisher: 'Leeds City Council', contact: { email: 'guide@leeds.example', url: '', replyWithin: '5 working days' } };

describe('missingForPublication', () => {
  it('finds nothing missing when the publisher, a contact and a reply time are given', () => {
    expect(missingForPublication(complete)).toEqual([]);
    expect(missingForPublication({ ...complete, contact: { ...complete.contact, email: '', url: 'https://leeds.example/contact' } })).toEqual([]);
  });

  it('names every empty field, blank text counting as empty', () => {
    expect(missingForPublication({ publisher: ' ', contact: { email: '', url: '', replyWithin: '' } })).toEqual([
      'publisher',
      'contact.email or contact.url',
      'contact.replyWithin',
    ]);
    expect(missingForPublication({ ...complete, contact: { ...complete.contact, replyWithin: '' } })).toEqual(['contact.replyWithin']);
  });
});

describe('publicationWarning', () => {
  it('names the file, the fields and how a publishing build treats them', () => {
    const text = publicationWarning(['publisher']);
    expect(text).toContain('content/site.json');
    expect(text).toContain('publisher');
    expect(text).toContain('PUBLISH=1');
  });
});
