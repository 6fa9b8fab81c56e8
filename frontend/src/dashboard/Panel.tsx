import { type ReactNode, useId } from "react";
import { Link } from "react-router";

/** One dashboard panel: a titled card, optionally with a link to the full list. */
export function Panel({
  title,
  more,
  className,
  children,
}: {
  title: string;
  more?: { to: string; label: string } | undefined;
  className?: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className={`card dash-panel ${className ?? ""}`} aria-labelledby={id}>
      <div className="dash-panel-head">
        <h2 id={id}>{title}</h2>
        {more && <Link to={more.to}>{more.label} →</Link>}
      </div>
      {children}
    </section>
  );
}

export interface Bar {
  key: string;
  label: string;
  value: number;
  to?: string;
}

/** Labelled counts with a bar each; the numbers are text, the bars only illustrate them. */
export function BarList({ bars, language }: { bars: readonly Bar[]; language: string }) {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const number = new Intl.NumberFormat(language === "en" ? "en-GB" : "id-ID");
  return (
    <ul className="bar-list">
      {bars.map((bar) => (
        <li key={bar.key}>
          <span className="bar-label">
            {bar.to ? <Link to={bar.to}>{bar.label}</Link> : bar.label}
          </span>
          <span className="bar-value">{number.format(bar.value)}</span>
          <span className="bar-track" aria-hidden="true">
            <span className="bar-fill" style={{ width: `${(bar.value / max) * 100}%` }} />
          </span>
        </li>
      ))}
    </ul>
  );
}
