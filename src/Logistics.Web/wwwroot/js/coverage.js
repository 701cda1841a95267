// Coverage page: villages coloured by whether an outlet covers them (first threshold), outlets in blue; with a line
// plan each village's tooltip gives the visits a week its nearest outlet gets and the visits it requires. showSiting
// draws a two-level siting answer (GeoJSON with a kind per feature) over it, with a legend; text goes in as text only.
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
const base = L.layerGroup().addTo(ctx.map);
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
    .addTo(base);
}
ctx.el.dataset.uncovered = String(nUncovered);
ctx.el.dataset.visits = String(withVisits);
ctx.el.dataset.ready = 'true';
let siting = null;
let legend = null;
return {
  showSiting(json) {
    if (siting) { siting.remove(); }
    if (legend) { legend.remove(); }
    base.remove();
    const drawn = drawSiting(ctx, typeof json === 'string' ? JSON.parse(json) : json, t);
    siting = drawn.group;
    legend = drawn.legend;
  },
  dispose() { ctx.map.remove(); },
};
}

const SITING_STYLE = {
  'village-outlet': { color: '#9e9e9e', weight: 1, opacity: 0.8 },
  'outlet-centre': { color: '#6a3d9a', weight: 2, opacity: 0.9, dashArray: '5 4' },
  village: { radius: 3, color: '#fff', weight: 1, fillColor: '#98df8a', fillOpacity: 0.95 },
  'uncovered-village': { radius: 6, color: '#7f0000', weight: 2, fillColor: '#d62728', fillOpacity: 0.95 },
  outlet: { radius: 5, color: '#fff', weight: 1, fillColor: '#2ca02c', fillOpacity: 1 },
  centre: { radius: 9, color: '#000', weight: 2, fillColor: '#6a3d9a', fillOpacity: 1 },
};

const SITING_ORDER = ['village-outlet', 'outlet-centre', 'village', 'uncovered-village', 'outlet', 'centre'];

function sitingLabel(kind, t) {
  switch (kind) {
    case 'centre': return t('服务中心', 'Service centre');
    case 'outlet': return t('村级网点', 'Village outlet');
    case 'village': return t('已覆盖行政村', 'Covered village');
    case 'uncovered-village': return t('未覆盖行政村', 'Uncovered village');
    case 'village-outlet': return t('行政村→网点', 'Village → outlet');
    default: return t('网点→服务中心', 'Outlet → centre');
  }
}

/** Draws the siting features in a layer order (lines under points, centres on top); returns the group and the legend. */
function drawSiting(ctx, fc, t) {
  const group = L.layerGroup().addTo(ctx.map);
  const counts = Object.fromEntries(SITING_ORDER.map(k => [k, 0]));
  const newCounts = { centre: 0, outlet: 0 };
  const byKind = Object.fromEntries(SITING_ORDER.map(k => [k, []]));
  for (const f of fc.features) {
    if (byKind[f.properties.kind]) { byKind[f.properties.kind].push(f); }
  }
  for (const kind of SITING_ORDER) {
    for (const f of byKind[kind]) {
      const p = f.properties;
      const style = SITING_STYLE[kind];
      let layer;
      if (f.geometry.type === 'LineString') {
        layer = L.polyline(f.geometry.coordinates.map(([lon, lat]) => [lat, lon]), { ...style, className: `siting-${kind}`, interactive: false });
      } else {
        const [lon, lat] = f.geometry.coordinates;
        const isNew = p['新建 new'] === true;
        if (isNew) { newCounts[kind]++; }
        const ring = isNew ? { color: '#ff7f0e', weight: 3 } : {};
        layer = L.circleMarker([lat, lon], { ...style, ...ring, className: `siting-${kind}${isNew ? ' siting-new' : ''}` });
        let tip = `${p['名称 name'] ?? ''} · ${sitingLabel(kind, t)}`;
        if (isNew) { tip += ` · ${t('新建', 'new')}`; }
        if (typeof p['距离 distance_km'] === 'number') { tip += ` · ${p['距离 distance_km']} km`; }
        layer.bindTooltip(textNode(tip));
      }
      layer.addTo(group);
      counts[kind]++;
    }
  }
  const legend = L.control({ position: 'bottomright' });
  legend.onAdd = () => {
    const box = document.createElement('div');
    box.className = 'siting-legend';
    const title = document.createElement('strong');
    title.textContent = t('两级选址', 'Two-level siting');
    box.appendChild(title);
    for (const kind of [...SITING_ORDER].reverse()) {
      const row = document.createElement('div');
      row.className = `siting-legend-row legend-${kind}`;
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      const s = SITING_STYLE[kind];
      if (kind.includes('-') && kind !== 'uncovered-village') {
        swatch.style.borderTop = `${Math.max(2, s.weight)}px ${s.dashArray ? 'dashed' : 'solid'} ${s.color}`;
        swatch.style.height = '0';
      } else {
        swatch.style.background = s.fillColor;
        swatch.style.border = `1px solid ${s.color}`;
        swatch.style.borderRadius = '50%';
      }
      row.appendChild(swatch);
      const label = document.createElement('span');
      label.textContent = `${sitingLabel(kind, t)} (${counts[kind]})`;
      row.appendChild(label);
      box.appendChild(row);
    }
    const row = document.createElement('div');
    row.className = 'siting-legend-row legend-new';
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.border = '3px solid #ff7f0e';
    swatch.style.borderRadius = '50%';
    row.appendChild(swatch);
    const label = document.createElement('span');
    label.textContent = `${t('新建', 'New')} (${newCounts.centre} + ${newCounts.outlet})`;
    row.appendChild(label);
    box.appendChild(row);
    return box;
  };
  legend.addTo(ctx.map);
  const d = ctx.el.dataset;
  d.sitingCentres = String(counts.centre);
  d.sitingNewCentres = String(newCounts.centre);
  d.sitingOutlets = String(counts.outlet);
  d.sitingNewOutlets = String(newCounts.outlet);
  d.sitingVillages = String(counts.village);
  d.sitingUncovered = String(counts['uncovered-village']);
  d.sitingVillageLines = String(counts['village-outlet']);
  d.sitingCentreLines = String(counts['outlet-centre']);
  d.siting = 'true';
  return { group, legend };
}
