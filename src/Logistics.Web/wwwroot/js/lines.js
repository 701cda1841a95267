// Lines page: start a plan job and poll it (best cost over time), cancel it, draw the plan's lines in their colours,
// and on a click show the line's timetable and its load chart (kg on board after each stop, per service day).
import { createMap, addSites, getJson, L } from './map.js';

const planner = document.getElementById('planner');
const lang = planner.dataset.lang;
const t = (zh, en) => (lang === 'en' ? en : zh);
const statusEl = document.getElementById('job-status');
const startBtn = document.getElementById('plan-start');
const cancelBtn = document.getElementById('plan-cancel');
const ctx = await createMap();
const sites = await getJson(`api/scenarios/${ctx.scenario}/layers/sites.geojson?crs=${ctx.crs}`);
const siteLayers = addSites(ctx, { features: sites.features.filter(f => f.properties.tier === 'hub' || f.properties.tier === 'station') });
for (const g of Object.values(siteLayers.groups)) g.eachLayer(m => m.setStyle({ fillOpacity: 0.6 }));

const planId = ctx.el.dataset.plan;
const lineLayers = {};
let selected = null;
let loadChart = null;
let progressChart = null;

if (planId) {
  const lines = await getJson(`api/plans/${planId}/layers/lines.geojson?crs=${ctx.crs}`);
  const group = L.featureGroup().addTo(ctx.map);
  for (const f of lines.features) {
    const layer = L.geoJSON(f, {
      style: { color: f.properties.color, weight: 3, opacity: 0.85, className: `plan-line line-${f.properties.id}` },
    });
    layer.bindTooltip(`${f.properties.id} ${f.properties.name ?? ''} · ${lang === 'en' ? f.properties.daysEn : f.properties.daysZh} · ${f.properties.km} km`, { sticky: true });
    layer.on('click', () => showLine(f.properties.id));
    layer.addTo(group);
    lineLayers[f.properties.id] = layer;
  }
  ctx.el.dataset.lines = String(lines.features.length);
}
for (const row of document.querySelectorAll('.line-row')) {
  row.addEventListener('click', () => showLine(row.dataset.line));
}
ctx.el.dataset.ready = 'true';

async function showLine(id) {
  if (selected && lineLayers[selected]) lineLayers[selected].setStyle({ weight: 3 });
  selected = id;
  if (lineLayers[id]) {
    lineLayers[id].setStyle({ weight: 7 });
    lineLayers[id].bringToFront();
  }
  for (const row of document.querySelectorAll('.line-row')) row.classList.toggle('selected', row.dataset.line === id);
  const [tables, load] = await Promise.all([
    getJson(`api/plans/${planId}/timetable?line=${encodeURIComponent(id)}`),
    getJson(`api/plans/${planId}/lines/${encodeURIComponent(id)}/load`),
  ]);
  const table = tables[0];
  document.getElementById('line-detail').hidden = false;
  document.getElementById('line-detail-title').textContent = `${t('线路', 'Line')} ${table.id} ${table.name ?? ''}`;
  const tt = document.getElementById('line-timetable');
  tt.tHead.innerHTML = `<tr><th>#</th><th>${t('站点', 'Stop')}</th><th>${t('到达', 'Arrive')}</th><th>${t('发车', 'Depart')}</th></tr>`;
  tt.tBodies[0].innerHTML = table.rows.map(r =>
    `<tr><td>${r.sequence}</td><td>${escapeHtml(r.siteName)}</td><td>${r.arrival ?? ''}</td><td>${r.departure ?? ''}</td></tr>`).join('');
  const day = load.days[0];
  if (loadChart) loadChart.destroy();
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
        // Room above the capacity line so it does not run under the legend.
        scales: { y: { beginAtZero: true, suggestedMax: Math.max(day.capacityKg, ...day.kg) * 1.15 } },
      },
    });
  }
  ctx.el.dataset.selectedLine = id;
}

function escapeHtml(s) {
  return String(s).replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
}

let currentJob = null;
if (startBtn) {
  startBtn.addEventListener('click', async () => {
    const limit = Number(document.getElementById('time-limit').value || planner.dataset.timeLimit);
    const response = await fetch('api/plan-jobs', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ scenarioId: Number(planner.dataset.scenario), timeLimitSeconds: limit }),
    });
    const body = await response.json();
    if (!response.ok) {
      statusEl.textContent = `${t('未能开始', 'Could not start')}: ${body.detail ?? body.title}`;
      statusEl.dataset.status = 'rejected';
      return;
    }
    currentJob = body.id;
    startBtn.disabled = true;
    cancelBtn.disabled = false;
    poll();
  });
  cancelBtn.addEventListener('click', async () => {
    if (currentJob) await fetch(`api/plan-jobs/${currentJob}`, { method: 'DELETE' });
  });
}

const STATUS = {
  Queued: ['排队中', 'Queued'], Running: ['计算中', 'Running'], Succeeded: ['完成', 'Done'],
  Failed: ['失败', 'Failed'], Cancelled: ['已取消', 'Cancelled'], Interrupted: ['已中断', 'Interrupted'],
};

async function poll() {
  const job = await getJson(`api/plan-jobs/${currentJob}`);
  const last = job.progress[job.progress.length - 1];
  const [zh, en] = STATUS[job.status] ?? [job.status, job.status];
  statusEl.textContent = `${t(zh, en)}` + (last ? ` · ${last.elapsedSeconds.toFixed(1)} s · ${t('最优成本', 'best cost')} ${Math.round(last.bestCost).toLocaleString()}` : '');
  statusEl.dataset.status = job.status;
  drawProgress(job.progress);
  if (job.status === 'Queued' || job.status === 'Running') {
    setTimeout(poll, 700);
    return;
  }
  startBtn.disabled = false;
  cancelBtn.disabled = true;
  if (job.status === 'Succeeded' && job.planId) {
    location.href = `lines?s=${planner.dataset.scenario}&plan=${job.planId}`;
  } else if (job.error) {
    statusEl.textContent += ` · ${job.error}`;
  }
}

function drawProgress(progress) {
  if (!window.Chart || progress.length === 0) return;
  document.getElementById('progress-box').hidden = false;
  const data = progress.map(p => ({ x: p.elapsedSeconds, y: p.bestCost }));
  if (!progressChart) {
    progressChart = new window.Chart(document.getElementById('progress-chart'), {
      type: 'line',
      data: { datasets: [{ label: t('最优成本', 'Best cost'), data, borderColor: '#2d5580', pointRadius: 0, stepped: true }] },
      options: { animation: false, maintainAspectRatio: false, scales: { x: { type: 'linear', title: { display: true, text: 's' } } } },
    });
  } else {
    progressChart.data.datasets[0].data = data;
    progressChart.update();
  }
}
