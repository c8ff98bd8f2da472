// A summary as text: on a terminal with bar charts (and colour when asked), on a pipe the same
// figures as plain aligned lines a script can grep. JSON is the Summary object itself.
import type { Summary, SalaryGroupSummary } from "./collect.js";
import { compactNumber, groupedNumber, PERIOD_ABBREVIATIONS } from "../format/numbers.js";

export interface RenderOptions {
  /** Draw bars (a terminal); else plain lines. */
  bars: boolean;
  /** Terminal width; bars shrink to fit. */
  columns?: number;
  paint?: { bold(s: string): string; dim(s: string): string; cyan(s: string): string };
}

const PLAIN = { bold: (s: string) => s, dim: (s: string) => s, cyan: (s: string) => s };
// Eighths of a block, so a bar's length is shown to an eighth of a character.
const BAR_EIGHTHS = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

function bar(share: number, width: number): string {
  const eighths = Math.round(Math.max(0, Math.min(1, share)) * width * 8);
  return "█".repeat(Math.floor(eighths / 8)) + BAR_EIGHTHS[eighths % 8];
}

function percent(n: number, of: number): string {
  return of ? `${Math.round((n / of) * 100)}%` : "0%";
}

function money(n: number): string {
  return compactNumber(n);
}

function salaryLabel(g: SalaryGroupSummary): string {
  return `${g.currency ?? "no currency"}${g.period ? PERIOD_ABBREVIATIONS[g.period] : ""}`;
}

interface Row {
  label: string;
  count: number;
}

export function renderSummary(summary: Summary, options: RenderOptions): string {
  const paint = options.paint ?? PLAIN;
  const columns = Math.max(40, options.columns ?? 80);
  const lines: string[] = [];
  const total = summary.postings;
  const rows = (title: string, items: Row[], of: number) => {
    if (!items.length) return;
    lines.push("", paint.bold(title));
    const labelWidth = Math.min(24, Math.max(...items.map((r) => r.label.length)));
    const countWidth = Math.max(...items.map((r) => groupedNumber(r.count).length));
    const barWidth = Math.max(5, columns - labelWidth - countWidth - 12);
    const most = Math.max(...items.map((r) => r.count), 1);
    for (const r of items) {
      const head = `  ${r.label.slice(0, labelWidth).padEnd(labelWidth)}  ${groupedNumber(r.count).padStart(countWidth)}  ${percent(r.count, of).padStart(4)}`;
      lines.push(options.bars ? `${head}  ${paint.cyan(bar(r.count / most, barWidth))}` : head);
    }
  };

  lines.push(paint.bold(`${groupedNumber(total)} posting${total === 1 ? "" : "s"}`));
  rows("Fields found", Object.entries(summary.fields).map(([label, count]) => ({ label, count })), total);

  const withSalary = summary.salary.reduce((n, g) => n + g.count, 0);
  if (summary.salary.length) {
    lines.push("", paint.bold(`Salary (${groupedNumber(withSalary)} postings with a figure; a range counts as its middle)`));
    const labelWidth = Math.max(...summary.salary.map((g) => salaryLabel(g).length));
    for (const g of summary.salary) {
      const figures = [`min ${money(g.min)}`, `p25 ${money(g.p25)}`, `median ${money(g.median)}`, `p75 ${money(g.p75)}`, `max ${money(g.max)}`].join("  ");
      lines.push(`  ${salaryLabel(g).padEnd(labelWidth)}  ${groupedNumber(g.count).padStart(6)}  ${figures}`);
      if (options.bars && g.count >= 5 && g.histogram.length > 1) lines.push(...histogramLines(g, columns, paint));
    }
  }

  rows("Workplace", Object.entries(summary.workplace).map(([label, count]) => ({ label, count })), total);
  const top = (title: string, entries: [string, number][]) => rows(title, entries.map(([label, count]) => ({ label, count })), total);
  top("Top countries", summary.countries);
  top("Top regions", summary.regions);
  top("Top cities", summary.cities);
  top("Top skills", summary.skills);
  top("Seniority", summary.seniority);
  top("Employment type", summary.employmentType);
  return lines.join("\n") + "\n";
}

function histogramLines(g: SalaryGroupSummary, columns: number, paint: NonNullable<RenderOptions["paint"]>): string[] {
  const most = Math.max(...g.histogram.map((b) => b.count), 1);
  const last = g.histogram.length - 1;
  const labels = g.histogram.map((b, i) => (i === 0 ? `< ${money(b.to)}` : i === last ? `≥ ${money(b.from)}` : `${money(b.from)}–${money(b.to)}`));
  const labelWidth = Math.max(...labels.map((l) => l.length));
  const barWidth = Math.max(5, Math.min(40, columns - labelWidth - 16));
  return g.histogram.map((b, i) => `    ${paint.dim(labels[i].padStart(labelWidth))}  ${String(b.count).padStart(5)}  ${paint.cyan(bar(b.count / most, barWidth))}`);
}
