// Scenarios page: 'copy NAME' copies scenario 1 under NAME through the form; 'list' returns the names listed.
import { run, baseUrl } from './lib.mjs';

const [mode, name] = process.argv.slice(2);
await run(async ({ page }) => {
  await page.goto(`${baseUrl}/scenarios`);
  if (mode === 'copy') {
    await page.selectOption('#copy-source', '1');
    await page.fill('#copy-name', name);
    await Promise.all([page.waitForNavigation(), page.click('#copy-submit')]);
  }
  const names = await page.$$eval('#scenario-list tbody tr td:nth-child(3)', tds => tds.map(td => td.textContent.trim()));
  const message = await page.locator('#scenario-message').textContent().catch(() => null);
  const compared = await page.locator('#scenario-table thead th[data-scenario]').count();
  return { names, message, compared };
});
