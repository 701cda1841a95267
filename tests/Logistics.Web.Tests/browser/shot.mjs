// Ad-hoc: node shot.mjs PATH OUT.png — screenshot of one page after its map is ready (for looking at pages by hand).
import { run, open } from './lib.mjs';

const [path, out] = process.argv.slice(2);
await run(async ({ page }) => {
  await open(page, path);
  await page.waitForSelector('[data-ready="true"]', { timeout: 15000 }).catch(() => {});
  await page.screenshot({ path: out });
  return { title: await page.title() };
});
