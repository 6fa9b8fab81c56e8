import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";

import { formatMonth } from "../format/dates";

const STEP_MS = 700;

/**
 * Replays the network month by month: the slider's last position is "everything"; play steps
 * forward once per STEP_MS and stops at the end.
 */
export function TimeSlider({
  months,
  month,
  onChange,
}: {
  months: readonly string[];
  month: string | null;
  onChange: (month: string | null) => void;
}) {
  const { t, i18n } = useTranslation("graph");
  const id = useId();
  const [playing, setPlaying] = useState(false);
  const index = month === null ? months.length : Math.max(0, months.indexOf(month));

  useEffect(() => {
    if (!playing) return;
    const timer = setTimeout(() => {
      const next = index + 1;
      if (next >= months.length) {
        onChange(null);
        setPlaying(false);
      } else onChange(months[next] ?? null);
    }, STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, index, months, onChange]);

  if (months.length === 0) return null;
  const current = month === null ? t("timeline.all") : formatMonth(month, i18n.language);

  function play() {
    // Playing from "everything" starts the replay over.
    if (month === null) onChange(months[0] ?? null);
    setPlaying(true);
  }

  return (
    <div className="graph-timeline">
      <button
        type="button"
        className="button"
        aria-pressed={playing}
        onClick={() => (playing ? setPlaying(false) : play())}
      >
        {playing ? t("timeline.pause") : t("timeline.play")}
      </button>
      <label htmlFor={id}>{t("timeline.label")}</label>
      <input
        id={id}
        type="range"
        min={0}
        max={months.length}
        step={1}
        value={index}
        aria-valuetext={current}
        onChange={(e) => {
          setPlaying(false);
          const value = Number(e.target.value);
          onChange(value >= months.length ? null : (months[value] ?? null));
        }}
      />
      <output htmlFor={id} aria-live="off">
        {current}
      </output>
    </div>
  );
}
