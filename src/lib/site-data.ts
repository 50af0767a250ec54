// Data the build writes as a JSON file of its own (/question-index.json, /question-bank.json),
// read back in the browser: from the page where it is embedded (the single file, opened from
// disk, carries it in a <script type="application/json" id="<name>">), or fetched.
import { withBase } from './url.ts';

/** The site's `/<name>.json`; rejects when it cannot be had. */
export async function readSiteData<T>(name: string): Promise<T> {
  const embedded = document.getElementById(name)?.textContent;
  if (embedded) return JSON.parse(embedded) as T;
  const response = await fetch(withBase(`/${name}.json`));
  if (!response.ok) throw new Error(`/${name}.json: ${response.status}`);
  return (await response.json()) as T;
}
