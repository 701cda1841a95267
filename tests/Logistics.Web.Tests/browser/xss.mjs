// Stored XSS: scenario argv[2] has a village outlet named like an HTML tag with a script. Every map tooltip of the
// Network and Coverage pages is opened; a script that runs shows a dialog (alert) or sets window.__xss.
import { run, open } from './lib.mjs';

const [scenario, name] = process.argv.slice(2);

await run(async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', d => { dialogs++; d.dismiss().catch(() => {}); });
  const tooltips = [];
  for (const path of [`/?s=${scenario}&lang=zh`, `/coverage?s=${scenario}&lang=zh`]) {
    await open(page, path);
    await page.waitForSelector('#map[data-ready="true"]', { timeout: 30000 });
    // Open every marker's tooltip (Leaflet opens it on mouseover) and keep the one of the named outlet.
    const texts = await page.evaluate(async wanted => {
      const found = [];
      for (const p of document.querySelectorAll('#map path.leaflet-interactive')) {
        p.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
        for (const t of document.querySelectorAll('.leaflet-tooltip')) {
          if (t.textContent.includes(wanted)) found.push({ text: t.textContent, images: t.querySelectorAll('img').length });
        }
        p.dispatchEvent(new MouseEvent('mouseout', { bubbles: true }));
      }
      await new Promise(r => setTimeout(r, 300));
      return found;
    }, name);
    tooltips.push(...texts);
  }
  const xss = await page.evaluate(() => window.__xss === 1);
  return { dialogs, tooltips, xss };
});
