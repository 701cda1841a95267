// Network page: one marker per site, tier filters hide and show a tier's markers.
import { run, open, shot } from './lib.mjs';

await run(async ({ page }) => {
  await open(page, '/?lang=zh');
  await page.waitForSelector('#map[data-ready="true"]', { timeout: 30000 });
  const markers = await page.locator('path.site-marker').count();
  const counted = await page.$$eval('[data-count-tier]', tds => Object.fromEntries(tds.map(td => [td.dataset.countTier, Number(td.textContent)])));
  const outletMarkers = await page.locator('path.site-marker.tier-outlet').count();
  await shot(page, 'network');
  await page.click('#filter-outlet');
  await page.waitForFunction(n => document.querySelectorAll('path.site-marker').length !== n, markers);
  const afterHidingOutlets = await page.locator('path.site-marker').count();
  await page.click('#filter-outlet');
  await page.waitForFunction(n => document.querySelectorAll('path.site-marker').length === n, markers);
  const afterShowingOutlets = await page.locator('path.site-marker').count();
  return { markers, counted, outletMarkers, afterHidingOutlets, afterShowingOutlets, title: await page.title() };
});
