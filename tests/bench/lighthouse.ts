// One Lighthouse run (its default: mobile, simulated slow 4G and CPU) in the system's Chromium,
// or Playwright's own, through Lighthouse's command line from the bench's own install.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { chromium } from '@playwright/test';
import { systemChromium } from '../support/browser.ts';
import { lighthouseCli } from './install-peer.ts';

export interface LighthouseRun {
  /** Performance score, 0 to 100. */
  score: number;
  lcp: number;
  fcp: number;
  tbt: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
}

interface Report {
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number } | undefined>;
  runtimeError?: { message: string };
}

const browser = systemChromium ?? (existsSync(chromium.executablePath()) ? chromium.executablePath() : undefined);

export const canRunLighthouse = Boolean(browser);

export async function lighthouse(url: string): Promise<LighthouseRun> {
  const flags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      lighthouseCli,
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      `--chrome-flags=${flags.join(' ')}`,
      '--only-categories=performance,accessibility,best-practices,seo',
    ],
    { env: { ...process.env, CHROME_PATH: browser }, maxBuffer: 256 * 1024 * 1024 },
  );
  const report = JSON.parse(stdout) as Report;
  if (report.runtimeError) throw new Error(`Lighthouse on ${url}: ${report.runtimeError.message}`);
  const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const ms = (id: string) => report.audits[id]?.numericValue ?? NaN;
  return {
    score: score('performance'),
    lcp: ms('largest-contentful-paint'),
    fcp: ms('first-contentful-paint'),
    tbt: ms('total-blocking-time'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
  };
}
