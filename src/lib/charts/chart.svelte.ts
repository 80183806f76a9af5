/**
 * The chart attachment: `<canvas {@attach chart(() => spec, () => fmt)}>`.
 * Chart.js is loaded once, after first paint; the chart is created once per canvas and
 * updated in place (a nested effect) when the spec changes; it is destroyed on unmount.
 * Where the canvas has no 2D context (jsdom), nothing is drawn and the table alternative stands.
 */
import type { Attachment } from 'svelte/attachments';
import type { Chart as ChartType, ChartConfiguration, ChartDataset } from 'chart.js';
import { colour, type ChartSpec, type ValueFormat } from './spec.ts';

type ChartCtor = typeof ChartType;
let loading: Promise<ChartCtor> | null = null;

/** Load (once) the Chart.js build with only the registered parts. */
export function loadChartJs(): Promise<ChartCtor> {
  loading ??= import('./register.ts').then((m) => m.Chart);
  return loading;
}

export type Formatter = (format: ValueFormat, value: number) => string;

function datasets(spec: ChartSpec): ChartDataset[] {
  return spec.series.map((s, i) => {
    const c = colour(i);
    const base = {
      label: s.label,
      // Plain copies: Chart.js writes onto data arrays (never hand it reactive proxies).
      data: (s.data as unknown[]).map((v) => (typeof v === 'number' ? v : { ...(v as object) })),
      backgroundColor: spec.kind === 'bar' ? c : `${c}33`,
      borderColor: c,
      borderWidth: spec.kind === 'bar' ? 0 : 2,
      borderDash: s.dashed ? [6, 4] : [],
      pointRadius: spec.kind === 'scatter' ? 5 : 0,
      pointHoverRadius: 5,
      stepped: s.stepped ? ('before' as const) : false,
      stack: s.stack,
      tension: 0,
      fill: false,
    };
    return base as unknown as ChartDataset;
  });
}

/** Few categories (the EC2 "always on / with the schedule" bars) are all labelled, long ones on two lines. */
const FEW = 6;

/** "Con el horario" -> ["Con el", "horario"]: words wrapped at about 14 characters. */
export function wrapLabel(label: string, width = 14): string | string[] {
  if (label.length <= width) return label;
  const lines: string[] = [];
  let current = '';
  for (const word of label.split(' ')) {
    if (current && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(current);
  return lines;
}

function config(spec: ChartSpec, fmt: Formatter): ChartConfiguration {
  const xNumeric = spec.kind === 'scatter' || spec.numericX === true;
  const few = !xNumeric && !spec.horizontal && spec.labels.length <= FEW;
  return {
    type: spec.kind,
    // Long category names wrap instead of being cut (horizontal bars) or skipped (few vertical bars).
    data: { labels: xNumeric ? [] : few || spec.horizontal ? spec.labels.map((l) => wrapLabel(l)) : [...spec.labels], datasets: datasets(spec) },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: spec.horizontal ? 'y' : 'x',
      interaction: { mode: xNumeric ? 'nearest' : 'index', intersect: false },
      plugins: {
        legend: { position: 'bottom', labels: { boxWidth: 14 } },
        tooltip: {
          callbacks: {
            label: (item) => {
              const raw = item.raw as number | { y: number; x: number };
              const y = typeof raw === 'number' ? raw : spec.horizontal ? raw.x : raw.y;
              return `${item.dataset.label ?? ''}: ${fmt(spec.yFormat, y)}`;
            },
          },
        },
      },
      scales: {
        x: {
          type: xNumeric || spec.horizontal ? 'linear' : 'category',
          stacked: spec.stacked === true,
          title: { display: true, text: spec.horizontal ? spec.yTitle : spec.xTitle },
          beginAtZero: spec.horizontal === true,
          ticks: xNumeric || spec.horizontal ? { callback: (v) => fmt(spec.horizontal ? spec.yFormat : (spec.xFormat ?? 'number'), Number(v)) } : few ? { autoSkip: false, maxRotation: 0 } : {},
        },
        y: {
          type: spec.horizontal ? 'category' : 'linear',
          stacked: spec.stacked === true,
          min: spec.yMin,
          max: spec.yMax,
          beginAtZero: spec.yMin === undefined && !spec.horizontal,
          // A horizontal bar chart's categories are labelled by their own ticks: no axis title to clip.
          title: { display: !spec.horizontal, text: spec.yTitle },
          ticks: spec.horizontal ? { autoSkip: false } : { callback: (v) => fmt(spec.yFormat, Number(v)) },
        },
      },
    },
  } as ChartConfiguration;
}

/** Attachment factory. `getSpec` and `getFormatter` are read reactively. */
export function chart(getSpec: () => ChartSpec, getFormatter: () => Formatter): Attachment<HTMLCanvasElement> {
  return (canvas) => {
    let ctx: CanvasRenderingContext2D | null = null;
    try {
      ctx = canvas.getContext('2d');
    } catch {
      ctx = null;
    }
    if (!ctx) return;
    let instance: ChartType | null = null;
    let destroyed = false;
    let latest: ChartConfiguration | null = null;

    let shapeKey = '';
    let dataKey = '';

    $effect(() => {
      const spec = getSpec();
      const cfg = config(spec, getFormatter());
      // Everything but the numbers: when only the numbers change (the usual keystroke), update the
      // data in place and keep the resolved options, which is several times cheaper for Chart.js.
      const key = JSON.stringify({ ...spec, series: spec.series.map((x) => ({ ...x, data: x.data.length })), labels: spec.labels });
      if (instance) {
        const datasets = instance.data.datasets;
        if (key === shapeKey && datasets.length === cfg.data.datasets.length) {
          // The same numbers (an edit elsewhere in a large scenario): nothing to draw again.
          const data = JSON.stringify(cfg.data.datasets.map((d) => d.data));
          if (data === dataKey) return;
          dataKey = data;
          cfg.data.datasets.forEach((d, i) => {
            const target = datasets[i];
            if (target) target.data = d.data;
          });
        } else {
          dataKey = JSON.stringify(cfg.data.datasets.map((d) => d.data));
          instance.data = cfg.data;
          instance.options = cfg.options ?? {};
        }
        instance.update('none');
      } else {
        latest = cfg;
        dataKey = JSON.stringify(cfg.data.datasets.map((d) => d.data));
      }
      shapeKey = key;
    });

    void loadChartJs().then((Chart) => {
      if (destroyed || !latest || !ctx) return;
      instance = new Chart(ctx, latest);
      canvas.dataset.painted = 'true';
    });

    return () => {
      destroyed = true;
      instance?.destroy();
      instance = null;
    };
  };
}
