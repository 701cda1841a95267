// Import page: upload a file (argv[2]) and read the result and the error table.
import { run, open, shot } from './lib.mjs';

await run(async ({ page }) => {
  await open(page, '/import?lang=zh');
  await page.setInputFiles('#import-file', process.argv[2]);
  await page.waitForFunction(() => document.getElementById('import-file-name').textContent !== '未选择文件');
  await page.click('#import-submit');
  await page.waitForSelector('#import-result', { timeout: 60000 });
  const status = await page.locator('#import-result').getAttribute('data-status');
  const errors = await page.$$eval('#import-errors tbody tr', trs => trs.map(tr => {
    const c = [...tr.children].map(td => td.textContent.trim());
    return { file: c[0], row: c[1], column: c[2], value: c[3], entity: c[4], message: c[5] };
  }));
  const history = await page.locator('#import-history tbody tr').count();
  await shot(page, process.argv[3] ?? 'import');
  return { status, errors, history };
});
