import {
  ArcElement, BarController, BarElement, CategoryScale, Chart, type ChartConfiguration, DoughnutController, Legend, LinearScale, LineController,
  LineElement, PointElement, Tooltip,
} from 'chart.js';
import { type ReactNode, useEffect, useRef } from 'react';
import { downloadBlob } from '../../ui/download';

// Only the pieces these charts use, so the bundle stays small; everything is bundled (no CDN: the CSP forbids it).
Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, DoughnutController, ArcElement, Legend, Tooltip);
Chart.defaults.font.family = '"Liberation Sans", Arial, Helvetica, sans-serif';
Chart.defaults.color = '#1d2430';

export interface ChartTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
}

/**
 * One chart: a canvas drawn by Chart.js, described in words for screen readers (the canvas is
 * an image with a label, and the same numbers are in a table beside it), with a PNG download.
 */
export function ChartFigure({ id, title, summary, config, table, children }: {
  id: string; title: string; summary: string; config: ChartConfiguration; table: ChartTable; children?: ReactNode;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart | null>(null);
  useEffect(() => {
    if (!canvas.current) return;
    chart.current = new Chart(canvas.current, { ...config, options: { ...config.options, animation: false, responsive: true, maintainAspectRatio: false } });
    return () => { chart.current?.destroy(); chart.current = null; };
  }, [config]);

  const downloadPng = () => {
    canvas.current?.toBlob((blob) => { if (blob) downloadBlob(`ehcqa-${id}.png`, blob); }, 'image/png');
  };

  return (
    <figure className="chart" aria-labelledby={`${id}-title`} data-chart={id}>
      <div className="chart-head">
        <h2 id={`${id}-title`}>{title}</h2>
        <button type="button" onClick={downloadPng} data-testid={`png-${id}`}>Download PNG<span className="visually-hidden"> of {title}</span></button>
      </div>
      <div className="chart-canvas">
        <canvas ref={canvas} role="img" aria-label={`${title}: ${summary}`} data-points={table.rows.length} />
      </div>
      <figcaption>{summary}</figcaption>
      {children}
      <details>
        <summary>Data for this chart</summary>
        <table className="chart-data">
          <caption className="visually-hidden">{title}</caption>
          <thead><tr>{table.columns.map((c) => <th key={c} scope="col">{c}</th>)}</tr></thead>
          <tbody>{table.rows.map((r, i) => <tr key={i}>{r.map((v, j) => (j === 0 ? <th key={j} scope="row">{v}</th> : <td key={j}>{v}</td>))}</tr>)}</tbody>
        </table>
      </details>
    </figure>
  );
}
