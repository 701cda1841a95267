// Dispatch page: the manifests of plan argv[2] on date argv[3]; then vehicle argv[4] marked unavailable and the
// re-plan: stops moved, stops not served with their reasons, and the day's verifier status.
import { run, baseUrl, shot } from './lib.mjs';

const [plan, date, vehicle] = process.argv.slice(2);

const read = async page => ({
  runs: Number(await page.locator('#dispatch-summary').getAttribute('data-runs')),
  moves: Number(await page.locator('#dispatch-summary').getAttribute('data-moves')),
  unserved: Number(await page.locator('#dispatch-summary').getAttribute('data-unserved')),
  violations: Number(await page.locator('#dispatch-verification').getAttribute('data-violations')),
  verificationText: (await page.locator('#dispatch-verification').textContent()).trim(),
  manifests: await page.locator('.manifest').count(),
  moveRows: await page.locator('#dispatch-moves tbody tr').count(),
  unservedRows: await page.$$eval('#dispatch-unserved tbody tr', trs => trs.map(tr => [...tr.children].map(td => td.textContent.trim()))),
  manifestVehicles: await page.$$eval('.manifest', ds => ds.map(d => ({ line: d.dataset.line, vehicle: d.dataset.vehicle }))),
});

await run(async ({ page }) => {
  await page.goto(`${baseUrl}/dispatch?s=1&plan=${plan}&date=${date}&lang=zh`);
  const before = await read(page);
  const vehicles = await page.$$eval('input[name=off]', is => is.map(i => i.value));
  await page.locator(`input[name=off][value="${vehicle}"]`).check();
  await Promise.all([page.waitForNavigation(), page.click('#dispatch-submit')]);
  const after = await read(page);
  const offChecked = await page.locator(`input[name=off][value="${vehicle}"]`).isChecked();
  const day = (await page.locator('#dispatch-date').inputValue());
  await shot(page, 'dispatch');
  return { before, after, vehicles, offChecked, day };
});
