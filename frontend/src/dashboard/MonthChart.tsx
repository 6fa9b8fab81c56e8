import { useId } from "react";
import { useTranslation } from "react-i18next";

import { formatMonth } from "../format/dates";
import { layoutColumns } from "./chart";
import type { MonthCount } from "./operations";
import { useWidth } from "./useWidth";

const HEIGHT = 220;
const MARGINS = { top: 16, right: 8, bottom: 28, left: 36 };

/**
 * Articles per month as columns. The picture is one image with a summary for screen readers;
 * the same numbers are a table under "show as table".
 */
export function MonthChart({ months }: { months: readonly MonthCount[] }) {
  const { t, i18n } = useTranslation("dashboard");
  const [ref, width] = useWidth<HTMLDivElement>(600);
  const titleId = useId();
  const descId = useId();
  const layout = layoutColumns(
    months.map((month) => month.count),
    width,
    HEIGHT,
    MARGINS,
  );
  const label = (month: MonthCount, short = true) =>
    formatMonth(month.month.slice(0, 7), i18n.language, short);
  const total = months.reduce((sum, month) => sum + month.count, 0);
  const busiest = months.reduce<MonthCount | null>(
    (best, month) => (best === null || month.count > best.count ? month : best),
    null,
  );
  const first = months[0];
  const last = months[months.length - 1];
  const number = new Intl.NumberFormat(i18n.language === "en" ? "en-GB" : "id-ID");

  return (
    <div ref={ref} className="month-chart">
      <svg width={width} height={HEIGHT} role="img" aria-labelledby={`${titleId} ${descId}`}>
        <title id={titleId}>{t("articles.title")}</title>
        <desc id={descId}>
          {first && last && busiest
            ? t("articles.summary", {
                from: label(first, false),
                to: label(last, false),
                total: number.format(total),
                max: number.format(busiest.count),
                busiest: label(busiest, false),
              })
            : ""}
        </desc>
        {layout.ticks.map((tick) => (
          <g key={tick.value} className="chart-tick">
            <line x1={MARGINS.left} x2={width - MARGINS.right} y1={tick.y} y2={tick.y} />
            <text x={MARGINS.left - 6} y={tick.y} dy="0.32em" textAnchor="end">
              {number.format(tick.value)}
            </text>
          </g>
        ))}
        {layout.bars.map((bar, i) => {
          const month = months[i];
          if (!month) return null;
          const centre = layout.centres[i] ?? 0;
          return (
            <g key={month.month} className="chart-bar">
              <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} rx={2}>
                <title>{`${label(month, false)}: ${number.format(month.count)}`}</title>
              </rect>
              {month.count > 0 && bar.width >= 14 && (
                <text x={centre} y={bar.y - 4} textAnchor="middle" className="chart-value">
                  {number.format(month.count)}
                </text>
              )}
              {bar.labelled && (
                <text x={centre} y={layout.baseline + 16} textAnchor="middle">
                  {label(month)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <details className="chart-table">
        <summary>{t("articles.asTable")}</summary>
        <table className="compare-table">
          <caption className="visually-hidden">{t("articles.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("articles.month")}</th>
              <th scope="col">{t("articles.count")}</th>
            </tr>
          </thead>
          <tbody>
            {months.map((month) => (
              <tr key={month.month}>
                <th scope="row">{label(month, false)}</th>
                <td className="numeric">{number.format(month.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
