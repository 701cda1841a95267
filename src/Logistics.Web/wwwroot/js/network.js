// Network page: every site of the scenario on the map, coloured by tier, with tier filters.
import { createMap, addSites, getJson } from './map.js';

const ctx = await createMap();
const sites = await getJson(`api/scenarios/${ctx.scenario}/layers/sites.geojson?crs=${ctx.crs}`);
const { groups, count } = addSites(ctx, sites);
for (const box of document.querySelectorAll('.tier-filter')) {
  box.addEventListener('change', () => {
    const group = groups[box.dataset.tier];
    if (!group) return;
    if (box.checked) group.addTo(ctx.map); else group.remove();
    ctx.el.dataset.visibleMarkers = String(document.querySelectorAll('path.site-marker').length);
  });
}
ctx.el.dataset.markers = String(count);
ctx.el.dataset.visibleMarkers = String(document.querySelectorAll('path.site-marker').length);
ctx.el.dataset.ready = 'true';
