import { useEffect, useId, useState } from "react";

/** A year for a list filter; the URL changes once the year is whole (four digits) or cleared. */
export function YearFilter({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string | undefined;
  onChange: (value: string | null) => void;
}) {
  const id = useId();
  const [text, setText] = useState(value ?? "");
  useEffect(() => setText(value ?? ""), [value]);
  return (
    <div className="filter year-filter">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={1945}
        max={2100}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const whole = e.target.value === "" || /^\d{4}$/.test(e.target.value);
          if (whole) onChange(e.target.value || null);
        }}
      />
    </div>
  );
}
