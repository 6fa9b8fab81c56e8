import type { Metric } from "./model";

function locale(language: string): string {
  return language === "en" ? "en-GB" : "id-ID";
}

/** A metric as people read it: degree whole, PageRank to 4 significant digits, others 2 decimals. */
export function formatMetric(metric: Metric, value: number, language: string): string {
  const options: Intl.NumberFormatOptions =
    metric === "degree"
      ? { maximumFractionDigits: 0 }
      : metric === "pageRank"
        ? { maximumSignificantDigits: 4 }
        : { maximumFractionDigits: 2 };
  return new Intl.NumberFormat(locale(language), options).format(value);
}

export function formatCount(value: number, language: string): string {
  return new Intl.NumberFormat(locale(language)).format(value);
}
