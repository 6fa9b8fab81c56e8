import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";

/** A search field that reports its value after the user pauses typing. */
export function SearchBox({
  value,
  onChange,
  label,
  delay = 300,
}: {
  value: string;
  onChange: (value: string) => void;
  label?: string;
  delay?: number;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  useEffect(() => {
    if (text === value) return;
    const timer = setTimeout(() => onChange(text.trim()), delay);
    return () => clearTimeout(timer);
  }, [text, value, onChange, delay]);
  return (
    <div className="search-box" role="search">
      <label htmlFor={id} className="visually-hidden">
        {label ?? t("actions.search")}
      </label>
      <input
        id={id}
        type="search"
        placeholder={label ?? t("actions.search")}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") onChange(text.trim());
        }}
      />
    </div>
  );
}
