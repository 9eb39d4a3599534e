import { type Browser, chromium, type Page } from 'playwright';
import { CHROMIUM } from './chromium';

export interface OfflinePage {
  readonly browser: Browser;
  readonly page: Page;
  /** Every URL the page asked for: anything but the file itself would be a fetch from the network. */
  readonly requests: string[];
  /** Console errors and uncaught exceptions in the page. */
  readonly problems: string[];
}

/**
 * A self-contained HTML file opened from file:// in headless Chromium with
 * the network refused (each request still counted), as a learner opens the
 * report: the browser tests read what it shows and that it fetched nothing.
 */
export async function openOffline(file: string): Promise<OfflinePage> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const page = await browser.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  await page.goto(`file://${file}`, { waitUntil: 'load' });
  return { browser, page, requests, problems };
}
