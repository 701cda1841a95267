// Network page: every site of the scenario on the map, coloured by tier; the page's tier filters call showTier.
import { createMap, addSites, getJson } from './map.js';

export async function init(el) {
  const ctx = await createMap(el);
  const sites = await getJson(`api/scenarios/${ctx.scenario}/layers/sites.geojson?crs=${ctx.crs}`);
  const { groups, count } = addSites(ctx, sites);
  const visible = () => { el.dataset.visibleMarkers = String(el.querySelectorAll('path.site-marker').length); };
  el.dataset.markers = String(count);
  visible();
  el.dataset.ready = 'true';
  return {
    showTier(tier, on) {
      const group = groups[tier];
      if (!group) return;
      if (on) group.addTo(ctx.map); else group.remove();
      visible();
    },
    dispose() { ctx.map.remove(); },
  };
}
