// Dispatch page: the manifests of plan argv[2] on date argv[3]; then vehicle argv[4] marked unavailable and the
// re-plan: stops moved, stops not served with their reasons, and the day's verifier status.
import { run, open, shot } from './lib.mjs';

const [plan, date, vehicle] = process.argv.slice(2);

const read = async page => ({
  runs: Number(await page.locator('#dispatch-summary').getAttribute('data-runs')),
  moves: Number(await page.locator('#dispatch-summary').getAttribute('data-moves')),
  unserved: Number(await page.locator('#dispatch-summary').getAttribute('data-unserved')),
  violations: Number(await page.locator('#dispatch-verification').getAttribute('data-violations')),
  verificationText: (await page.locator('#dispatch-verification').textContent()).trim(),
  verificationClass: await page.locator('#dispatch-verification').getAttribute('class'),
  manifests: await page.locator('.manifest').count(),
  moveRows: await page.locator('#dispatch-moves tbody tr').count(),
  unservedRows: await page.$$eval('#dispatch-unserved tbody tr', trs => trs.map(tr => [...tr.children].map(td => td.textContent.trim()))),
  manifestVehicles: await page.$$eval('.manifest', ds => ds.map(d => ({ line: d.dataset.line, vehicle: d.dataset.vehicle }))),
});

await run(async ({ page }) => {
  await open(page, `/dispatch?s=1&plan=${plan}&date=${date}&lang=zh`);
  await page.evaluate(() => { window.__sameDocument = true; });
  const before = await read(page);
  const vehicles = await page.$$eval('input[name=off]', is => is.map(i => i.value));
  const vehicleNames = await page.$$eval('label.vehicle', ls => ls.map(l => l.textContent.trim()));
  const depots = await page.$$eval('.depot-group', ds => ds.map(d => d.dataset.depot));
  await page.locator(`input[name=off][value="${vehicle}"]`).check();
  await page.click('#dispatch-submit');
  await page.waitForFunction(v => new URL(location.href).searchParams.getAll('off').includes(v), vehicle);
  await page.waitForFunction(v => !document.querySelector(`.manifest[data-vehicle="${v}"]`), vehicle);
  const after = await read(page);
  const offChecked = await page.locator(`input[name=off][value="${vehicle}"]`).isChecked();
  const day = (await page.locator('#dispatch-date').inputValue());
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, 'dispatch');
  const noReload = await page.evaluate(() => window.__sameDocument === true);
  await open(page, `/dispatch?s=1&plan=${plan}&date=2026-13-45&lang=zh`);
  const invalidDate = {
    error: await page.locator('#dispatch-error').textContent().catch(() => null),
    manifests: await page.locator('.manifest').count(),
  };
  return { before, after, vehicles, vehicleNames, depots, offChecked, day, noReload, invalidDate };
});
