/** Shared bookkeeping for the benchmark: medians, targets, the table and the JSON output. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export class MetricSet {
  constructor() {
    this.metrics = new Map();
  }

  record(id, samples, { target_ms, baseline_id, max_ratio } = {}) {
    this.metrics.set(id, { id, samples, median_ms: round(median(samples)), runs: samples.length, target_ms, baseline_id, max_ratio });
  }

  /** Fills in ratio = median / baseline median, both measured in this run. */
  finish() {
    const list = [...this.metrics.values()];
    for (const metric of list) {
      if (!metric.baseline_id) continue;
      const baseline = this.metrics.get(metric.baseline_id);
      if (baseline) metric.ratio = round(metric.median_ms / baseline.median_ms);
    }
    return list.map((metric) => {
      const pass =
        (metric.target_ms === undefined || metric.median_ms <= metric.target_ms) &&
        (metric.max_ratio === undefined || metric.ratio === undefined || metric.ratio <= metric.max_ratio);
      return { ...metric, pass };
    });
  }
}

const round = (value) => Math.round(value * 100) / 100;

export function printTable(results) {
  const rows = results.map((m) => [
    m.id,
    m.median_ms.toFixed(1),
    String(m.runs),
    m.target_ms === undefined ? '—' : `≤ ${m.target_ms}`,
    m.ratio === undefined ? '—' : `${m.ratio.toFixed(2)} (≤ ${m.max_ratio} × ${m.baseline_id})`,
    m.pass ? 'ok' : 'TE TRAAG',
  ]);
  const header = ['metric', 'median ms', 'runs', 'target ms', 'ratio', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

export function toJson(results) {
  return {
    metrics: results.map(({ id, median_ms, runs, target_ms, baseline_id, ratio, max_ratio }) => ({
      id,
      median_ms,
      runs,
      ...(target_ms === undefined ? {} : { target_ms }),
      ...(baseline_id === undefined ? {} : { baseline_id }),
      ...(ratio === undefined ? {} : { ratio }),
      ...(max_ratio === undefined ? {} : { max_ratio }),
    })),
  };
}
