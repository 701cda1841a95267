// Lines page: the plan's lines on the map (trunk lines heavy in warm colours, feeders thin in cool ones, village
// stops as small dots, a legend), a line chosen in the table or on the map is highlighted, zoomed to, and its
// timetable and load chart (kg on board after each stop) shown. All text is set with textContent: nothing from data
// reaches the page as HTML.
import { createMap, addSites, getJson, textNode, L } from './map.js';

const TRUNK = ['#b2182b', '#d6604d', '#8c510a', '#e08214', '#7f3b08', '#c51b7d'];
const FEEDER = ['#2166ac', '#4393c3', '#1b7837', '#5aae61', '#35978f', '#762a83', '#01665e', '#2d004b'];

export async function init(el, planId, dotnet) {
  const lang = el.dataset.lang;
  const t = (zh, en) => (lang === 'en' ? en : zh);
  const ctx = await createMap(el);
  const sites = await getJson(`api/scenarios/${ctx.scenario}/layers/sites.geojson?crs=${ctx.crs}`);
  const siteLayers = addSites(ctx, { features: sites.features.filter(f => f.properties.tier === 'hub' || f.properties.tier === 'station') });
  for (const g of Object.values(siteLayers.groups)) g.eachLayer(m => m.setStyle({ fillOpacity: 0.6 }));
  const lineLayers = {};
  const styles = {};
  let selected = null;
  let loadChart = null;
  if (planId) {
    const lines = await getJson(`api/plans/${planId}/layers/lines.geojson?crs=${ctx.crs}`);
    const group = L.featureGroup().addTo(ctx.map);
    const stopGroup = L.layerGroup().addTo(ctx.map);
    const byId = new Map(sites.features.map(f => [f.properties.id, f]));
    let trunks = 0;
    let feeders = 0;
    for (const f of lines.features) {
      const p = f.properties;
      const trunk = p.kind === 'trunk';
      const color = trunk ? TRUNK[trunks++ % TRUNK.length] : FEEDER[feeders++ % FEEDER.length];
      const style = { color, weight: trunk ? 5 : 2.5, opacity: 0.85, dashArray: trunk ? null : '6 3', className: `plan-line line-${p.id} kind-${p.kind}` };
      styles[p.id] = style;
      const layer = L.geoJSON(f, { style });
      layer.bindTooltip(textNode(`${p.id} ${p.name ?? ''} · ${lang === 'en' ? p.daysEn : p.daysZh} · ${p.km} km`), { sticky: true });
      layer.on('click', () => { select(p.id); if (dotnet) dotnet.invokeMethodAsync('LineClicked', p.id); });
      layer.addTo(group);
      lineLayers[p.id] = layer;
      for (const stop of p.stopIds ?? []) {
        const s = byId.get(stop);
        if (!s || s.properties.tier === 'hub' || s.properties.tier === 'station') continue;
        const [lon, lat] = s.geometry.coordinates;
        L.circleMarker([lat, lon], { radius: 3, color: color, weight: 1, fillColor: '#fff', fillOpacity: 1, className: 'village-stop' })
          .bindTooltip(textNode(s.properties.name)).addTo(stopGroup);
      }
    }
    el.dataset.lines = String(lines.features.length);
    addLegend(ctx.map, t);
  }
  el.dataset.ready = 'true';

  async function select(id) {
    if (selected && lineLayers[selected]) lineLayers[selected].setStyle({ weight: styles[selected].weight });
    selected = id;
    const layer = lineLayers[id];
    if (layer) {
      layer.setStyle({ weight: styles[id].weight + 4 });
      layer.bringToFront();
      const b = layer.getBounds();
      if (b.isValid()) ctx.map.fitBounds(b, { padding: [30, 30], maxZoom: 13 });
    }
    el.dataset.selectedLine = id;
    const [tables, load] = await Promise.all([
      getJson(`api/plans/${planId}/timetable?line=${encodeURIComponent(id)}`),
      getJson(`api/plans/${planId}/lines/${encodeURIComponent(id)}/load`),
    ]);
    const table = tables[0];
    const detail = document.getElementById('line-detail');
    if (!detail || !table) return;
    detail.hidden = false;
    document.getElementById('line-detail-title').textContent = `${t('线路', 'Line')} ${table.id} ${table.name ?? ''}`;
    const tt = document.getElementById('line-timetable');
    tt.tHead.replaceChildren(row('th', ['#', t('站点', 'Stop'), t('到达', 'Arrive'), t('发车', 'Depart')]));
    tt.tBodies[0].replaceChildren(...table.rows.map(r => row('td', [r.sequence, r.siteName, r.arrival ?? '', r.departure ?? ''])));
    const day = load.days[0];
    if (loadChart) loadChart.destroy();
    loadChart = null;
    if (day && window.Chart) {
      loadChart = new window.Chart(document.getElementById('load-chart'), {
        type: 'bar',
        data: {
          labels: day.places,
          datasets: [
            { label: `${t('车上货物 kg', 'On board, kg')} (${day.day})`, data: day.kg, backgroundColor: '#4363d8' },
            { label: t('载重 kg', 'Capacity, kg'), data: day.places.map(() => day.capacityKg), type: 'line', borderColor: '#e6194b', pointRadius: 0 },
          ],
        },
        options: {
          animation: false,
          maintainAspectRatio: false,
          scales: { y: { beginAtZero: true, suggestedMax: Math.max(day.capacityKg, ...day.kg) * 1.15 } },
        },
      });
    }
    el.dataset.detailLine = id;
  }

  return {
    select,
    dispose() {
      if (loadChart) loadChart.destroy();
      ctx.map.remove();
    },
  };
}

function row(cell, values) {
  const tr = document.createElement('tr');
  for (const v of values) {
    const c = document.createElement(cell);
    c.textContent = String(v);
    tr.append(c);
  }
  return tr;
}

function addLegend(map, t) {
  const legend = L.control({ position: 'bottomright' });
  legend.onAdd = () => {
    const div = L.DomUtil.create('div', 'map-legend');
    div.id = 'map-legend';
    const item = (html, text) => {
      const line = document.createElement('div');
      const sw = document.createElement('span');
      sw.className = 'legend-swatch';
      Object.assign(sw.style, html);
      line.append(sw, document.createTextNode(text));
      div.append(line);
    };
    item({ borderTop: '5px solid #b2182b' }, t('干线（县中心—乡镇）', 'Trunk line (hub to township)'));
    item({ borderTop: '3px dashed #2166ac' }, t('支线（乡镇—村）', 'Feeder line (township to villages)'));
    item({ width: '8px', height: '8px', borderRadius: '50%', border: '1px solid #2166ac', background: '#fff' }, t('村级站点（停靠）', 'Village stop'));
    item({ width: '10px', height: '10px', borderRadius: '50%', background: '#d62728' }, t('县域集采集配中心', 'County hub'));
    item({ width: '8px', height: '8px', borderRadius: '50%', background: '#1f77b4' }, t('乡镇服务站', 'Township station'));
    return div;
  };
  legend.addTo(map);
}
