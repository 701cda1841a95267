// Coverage page: villages coloured by whether an outlet covers them (first threshold), outlets in blue; with a line
// plan each village's tooltip gives the visits a week its nearest outlet gets and the visits it requires.
import { createMap, getJson, textNode, L } from './map.js';

export async function init(el, data) {
const ctx = await createMap(el);
const covered = new Set(data.covered);
const uncovered = new Set(data.uncovered);
const outlets = new Set(data.outlets);
const visits = data.visits ?? null;
const t = (zh, en) => (ctx.lang === 'en' ? en : zh);
let withVisits = 0;
const sites = await getJson(`api/scenarios/${ctx.scenario}/layers/sites.geojson?crs=${ctx.crs}`);
let nUncovered = 0;
for (const f of sites.features) {
  const id = f.properties.id;
  const [lon, lat] = f.geometry.coordinates;
  let style;
  if (uncovered.has(id)) {
    style = { radius: 6, fillColor: '#d62728', className: 'coverage-uncovered' };
    nUncovered++;
  } else if (covered.has(id) && !outlets.has(id)) {
    style = { radius: 4, fillColor: '#98df8a', className: 'coverage-covered' };
  } else if (outlets.has(id)) {
    style = { radius: 4, fillColor: '#1f77b4', className: 'coverage-outlet' };
  } else {
    continue;
  }
  let tip = f.properties.name;
  if (visits && visits[id]) {
    const [n, required] = visits[id];
    tip += ` · ${t(`每周到访 ${n} 次（要求 ${required} 次）`, `${n} visit(s) a week (${required} required)`)}`;
    withVisits++;
  }
  L.circleMarker([lat, lon], { color: '#fff', weight: 1, fillOpacity: 0.95, ...style })
    .bindTooltip(textNode(tip))
    .addTo(ctx.map);
}
ctx.el.dataset.uncovered = String(nUncovered);
ctx.el.dataset.visits = String(withVisits);
ctx.el.dataset.ready = 'true';
return { dispose() { ctx.map.remove(); } };
}
