// Screenshots of the pages the other scenarios do not take (coverage, scenarios), and their headings.
import { run, baseUrl, shot } from './lib.mjs';

await run(async ({ page }) => {
  const result = {};
  await page.goto(`${baseUrl}/coverage?lang=zh`);
  await page.waitForSelector('#map[data-ready="true"]', { timeout: 30000 });
  result.coverageRows = await page.locator('#coverage-county tbody tr').count();
  result.uncoveredMarkers = Number(await page.locator('#map').getAttribute('data-uncovered'));
  result.uncoveredRows = await page.locator('#coverage-uncovered tbody tr').count();
  await shot(page, 'coverage');
  await page.goto(`${baseUrl}/scenarios`);
  result.scenarioColumns = await page.locator('#scenario-table thead th[data-scenario]').count();
  await shot(page, 'scenarios');
  return result;
});
