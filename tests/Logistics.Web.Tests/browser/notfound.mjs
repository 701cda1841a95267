// Malformed and unknown ids in page addresses: each gives the 没有找到 page (never HTTP 500, never another scenario)
// with a way back that works.
import { run, open, interactive, baseUrl } from './lib.mjs';

const paths = process.argv.slice(2);

await run(async ({ page }) => {
  const results = [];
  for (const path of paths) {
    const response = await page.goto(`${baseUrl}${path}`);
    await interactive(page);
    const message = await page.locator('#not-found-message').textContent({ timeout: 5000 }).catch(() => null);
    const heading = await page.locator('h1').first().textContent().catch(() => null);
    const hasMap = await page.locator('#map').count();
    results.push({ path, status: response.status(), message, heading, hasMap });
  }
  // The way back: the link goes to the Network page inside the circuit.
  await open(page, paths[0]);
  await page.click('#not-found-home');
  await page.waitForSelector('#map[data-ready="true"]', { timeout: 30000 });
  const back = new URL(page.url()).pathname;
  return { results, back };
});
