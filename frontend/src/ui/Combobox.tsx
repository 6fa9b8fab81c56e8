import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

export interface ComboOption {
  id: string;
  label: string;
  /** A short note after the label (kind, code, region). */
  detail?: string;
}

/**
 * An ARIA 1.2 combobox: type to search, arrows to move, Enter to choose, Escape to close.
 * `search` is called (debounced) with the text; it resolves with the options to show.
 */
export function Combobox({
  label,
  search,
  onSelect,
  placeholder,
  minLength = 2,
  error,
  renderOption,
}: {
  label: string;
  search: (text: string, signal: AbortSignal) => Promise<ComboOption[]>;
  onSelect: (option: ComboOption) => void;
  placeholder?: string;
  minLength?: number;
  error?: string | undefined;
  renderOption?: (option: ComboOption) => ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState("");
  const [options, setOptions] = useState<ComboOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [busy, setBusy] = useState(false);
  const searchRef = useRef(search);
  searchRef.current = search;

  useEffect(() => {
    if (text.trim().length < minLength) {
      setOptions([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setBusy(true);
      searchRef
        .current(text.trim(), controller.signal)
        .then((found) => {
          setOptions(found);
          setActive(0);
          setOpen(true);
        })
        .catch(() => undefined)
        .finally(() => setBusy(false));
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, minLength]);

  function choose(option: ComboOption | undefined) {
    if (!option) return;
    onSelect(option);
    setText("");
    setOptions([]);
    setOpen(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setOpen(true);
      setActive((index) => Math.min(index + 1, options.length - 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, 0));
    } else if (event.key === "Enter" && open && options.length > 0) {
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === "Escape") {
      setOpen(false);
    }
  }

  const listId = `${id}-list`;
  const showList = open && options.length > 0;
  return (
    <div className={error ? "field field-invalid combobox" : "field combobox"}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList ? `${id}-opt-${active}` : undefined}
        aria-busy={busy}
        placeholder={placeholder}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onFocus={() => options.length > 0 && setOpen(true)}
      />
      <ul id={listId} role="listbox" className="combobox-list" hidden={!showList} aria-label={label}>
        {options.map((option, index) => (
          <li
            key={option.id}
            id={`${id}-opt-${index}`}
            role="option"
            aria-selected={index === active}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(option)}
          >
            {renderOption ? (
              renderOption(option)
            ) : (
              <>
                {option.label}
                {option.detail && (
                  <span className="kind">
                    <span className="visually-hidden">, </span>
                    {option.detail}
                  </span>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
      {open && !busy && text.trim().length >= minLength && options.length === 0 && (
        <p className="hint" role="status">
          {t("state.noResults")}
        </p>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
