// Shared helpers of the browser scenarios: launch Debian's Chromium through playwright-core (never a downloaded
// browser), open pages of the app under test, take screenshots, and print one JSON result for the xunit side.
import { chromium } from 'playwright-core';

export const baseUrl = process.env.LOGISTICS_BASE_URL ?? 'http://127.0.0.1:5180';
export const screenshots = process.env.LOGISTICS_SCREENSHOTS ?? '';

export async function launch() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const context = await browser.newContext({ viewport: { width: 1366, height: 800 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const consoleErrors = [];
  page.on('pageerror', e => consoleErrors.push(String(e)));
  page.on('console', m => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  return { browser, context, page, consoleErrors };
}

/**
 * Opens a page and waits until the Blazor circuit is interactive (the layout renders data-interactive="true" once
 * it runs): clicks before that would hit the prerendered page and do nothing.
 */
export async function open(page, url) {
  await page.goto(url.startsWith('http') ? url : `${baseUrl}${url}`);
  await interactive(page);
}

/** Waits until the circuit is interactive. */
export async function interactive(page) {
  await page.waitForSelector('#app[data-interactive="true"]', { timeout: 60000 });
}

export async function shot(page, name) {
  if (screenshots) {
    await page.screenshot({ path: `${screenshots}/${name}.png`, fullPage: false });
  }
}

/** Runs a scenario body and prints its result (or the error) as one JSON line; exit code 0 either way when printed. */
export async function run(body) {
  const env = await launch();
  try {
    const result = await body(env);
    result.consoleErrors = env.consoleErrors;
    process.stdout.write(JSON.stringify(result) + '\n');
  } catch (e) {
    process.stdout.write(JSON.stringify({ error: String(e && e.stack || e), consoleErrors: env.consoleErrors }) + '\n');
  } finally {
    await env.browser.close();
  }
}
