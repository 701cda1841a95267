// Shared map setup: Leaflet (from npm, copied to lib/ by the build), our own vector layers (county boundary,
// township areas) and an optional tile layer from configuration. Works offline: without tiles the vector layers
// are the base map.
import * as L from '../lib/leaflet/leaflet-src.esm.js';

export { L };

export const TIER_COLORS = {
  hub: '#d62728',
  station: '#1f77b4',
  outlet: '#2ca02c',
  candidate: '#ff7f0e',
  village: '#7f7f7f',
};

export const TIER_RADIUS = { hub: 10, station: 7, outlet: 4, candidate: 4, village: 4 };

export async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(`${url}: HTTP ${response.status}`);
  }
  return response.json();
}

/**
 * Text for a tooltip as a DOM node: Leaflet would read a string as HTML, and names come from imported files.
 * Nothing from data reaches the page as HTML.
 */
export function textNode(text) {
  const span = document.createElement('span');
  span.textContent = String(text ?? '');
  return span;
}

/** Creates the map in the element el with the base layers; resolves to { map, el, crs, lang, scenario, bounds }. */
export async function createMap(el) {
  const crs = el.dataset.crs || 'wgs84';
  const lang = el.dataset.lang || 'zh';
  const scenario = el.dataset.scenario;
  const map = L.map(el, { preferCanvas: false, zoomSnap: 0.25 });
  if (el.dataset.tiles) {
    L.tileLayer(el.dataset.tiles, {
      subdomains: el.dataset.tilesSubdomains || 'abc',
      attribution: el.dataset.tilesAttribution || '',
      maxZoom: 18,
    }).addTo(map);
  }
  const q = `?crs=${crs}`;
  const [boundary, townships] = await Promise.all([
    getJson(`api/scenarios/${scenario}/layers/boundary.geojson${q}`),
    getJson(`api/scenarios/${scenario}/layers/townships.geojson${q}`),
  ]);
  const townshipLayer = L.geoJSON(townships, {
    style: { color: '#8c8c8c', weight: 1, dashArray: '3 3', fillColor: '#f4f1e8', fillOpacity: 0.5 },
    onEachFeature: (f, layer) => layer.bindTooltip(textNode(f.properties.name), { sticky: true, className: 'township-tip' }),
  }).addTo(map);
  const boundaryLayer = L.geoJSON(boundary, {
    style: { color: '#444', weight: 2.5, fill: false },
    interactive: false,
  }).addTo(map);
  let bounds = boundaryLayer.getBounds();
  if (!bounds.isValid()) {
    bounds = null;
  } else {
    map.fitBounds(bounds, { padding: [8, 8] });
  }
  L.control.scale({ imperial: false }).addTo(map);
  return { map, el, crs, lang, scenario, bounds, townshipLayer, boundaryLayer };
}

/** Adds one circle marker per site feature into a layer group per tier; returns { groups, count }. */
export function addSites(ctx, sites, onClick) {
  const groups = {};
  let count = 0;
  for (const f of sites.features) {
    const tier = f.properties.tier;
    if (!groups[tier]) {
      groups[tier] = L.layerGroup().addTo(ctx.map);
    }
    const [lon, lat] = f.geometry.coordinates;
    const marker = L.circleMarker([lat, lon], {
      radius: TIER_RADIUS[tier] ?? 4,
      color: '#fff',
      weight: 1,
      fillColor: TIER_COLORS[tier] ?? '#333',
      fillOpacity: 0.95,
      className: `site-marker tier-${tier}`,
    });
    const p = f.properties;
    const tierName = ctx.lang === 'en' ? p.tierEn : p.tierZh;
    marker.bindTooltip(textNode(`${p.name} · ${tierName}`));
    if (onClick) {
      marker.on('click', () => onClick(f));
    }
    marker.addTo(groups[tier]);
    count++;
  }
  if (!ctx.bounds && count > 0) {
    const all = L.featureGroup(Object.values(groups).flatMap(g => g.getLayers()));
    ctx.map.fitBounds(all.getBounds(), { padding: [8, 8] });
  }
  return { groups, count };
}
