// Scenarios page: 'copy NAME' copies scenario 1 under NAME through the form; 'list' returns the names listed.
import { run, open } from './lib.mjs';

const [mode, name] = process.argv.slice(2);
await run(async ({ page }) => {
  await open(page, '/scenarios');
  if (mode === 'copy') {
    await page.selectOption('#copy-source', '1');
    await page.fill('#copy-name', name);
    await page.click('#copy-submit');
    await page.waitForSelector('#scenario-message');
  }
  if (mode === 'copy-default') {
    // No name: the copy is named 原名（副本）.
    await page.selectOption('#copy-source', '1');
    await page.click('#copy-submit');
    await page.waitForSelector('#scenario-message');
  }
  if (mode === 'too-long') {
    // A name over the limit is refused on the server with the limit in the message; the page keeps its width.
    await page.selectOption('#copy-source', '1');
    await page.fill('#copy-name', name);
    await page.click('#copy-submit');
    await page.waitForSelector('#scenario-message.error');
  }
  if (mode === 'delete') {
    // Delete asks first: cancel keeps the scenario, confirm deletes it.
    await page.selectOption('#delete-id', name);
    await page.click('#delete-submit');
    await page.waitForSelector('.mud-dialog', { timeout: 15000 });
    const dialogText = await page.locator('.mud-dialog').innerText();
    await page.locator('.mud-dialog button', { hasText: '取消' }).click();
    await page.waitForSelector('.mud-dialog', { state: 'detached' });
    const afterCancel = await page.$$eval('#scenario-list tbody tr', trs => trs.map(tr => tr.dataset.scenario));
    await page.click('#delete-submit');
    await page.waitForSelector('.mud-dialog');
    await page.locator('.mud-dialog button', { hasText: '删除' }).click();
    await page.waitForSelector('#scenario-message');
    const afterDelete = await page.$$eval('#scenario-list tbody tr', trs => trs.map(tr => tr.dataset.scenario));
    return { dialogText, afterCancel, afterDelete, message: await page.locator('#scenario-message').textContent() };
  }
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  const names = await page.$$eval('#scenario-list tbody tr td:nth-child(3)', tds => tds.map(td => td.textContent.trim()));
  const message = await page.locator('#scenario-message').textContent().catch(() => null);
  const compared = await page.locator('#scenario-table thead th[data-scenario]').count();
  return { names, message, compared, width };
});
