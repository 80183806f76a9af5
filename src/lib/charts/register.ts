/**
 * Chart.js with only the parts nubecalc draws. Imported lazily (after first paint) by the chart
 * attachment, so Chart.js is not in the first-paint bundle.
 */
import {
  Chart,
  BarController,
  LineController,
  ScatterController,
  BarElement,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Tooltip,
  Legend,
  Filler,
} from 'chart.js';

Chart.register(BarController, LineController, ScatterController, BarElement, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend, Filler);
Chart.defaults.font.family = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Liberation Sans', sans-serif";
Chart.defaults.color = '#333';

export { Chart };
