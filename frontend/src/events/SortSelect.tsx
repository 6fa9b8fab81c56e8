import { useId } from "react";

import type { Direction } from "../ui/listState";

export interface SortChoice {
  sort: string;
  direction: Direction;
  label: string;
}

/**
 * The list order as one labelled select: the sortable table headers are hidden on phones, and
 * "upcoming first" reads better as a choice than as a header's direction.
 */
export function SortSelect({
  label,
  choices,
  sort,
  direction,
  onChange,
}: {
  label: string;
  choices: readonly SortChoice[];
  sort: string;
  direction: Direction;
  onChange: (sort: string, direction: Direction) => void;
}) {
  const id = useId();
  const value = `${sort}:${direction}`;
  const known = choices.some((choice) => `${choice.sort}:${choice.direction}` === value);
  return (
    <div className="filter">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => {
          const choice = choices.find((item) => `${item.sort}:${item.direction}` === e.target.value);
          if (choice) onChange(choice.sort, choice.direction);
        }}
      >
        {!known && <option value={value}>{sort}</option>}
        {choices.map((choice) => (
          <option key={`${choice.sort}:${choice.direction}`} value={`${choice.sort}:${choice.direction}`}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}
