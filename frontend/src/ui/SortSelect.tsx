import { useId } from "react";

import type { Direction } from "./listState";

export interface SortChoice {
  sort: string;
  direction: Direction;
  label: string;
}

function keyOf(choice: { sort: string; direction: Direction }): string {
  return `${choice.sort}:${choice.direction}`;
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
  const value = keyOf({ sort, direction });
  const known = choices.some((choice) => keyOf(choice) === value);
  return (
    <div className="filter">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => {
          const choice = choices.find((item) => keyOf(item) === e.target.value);
          if (choice) onChange(choice.sort, choice.direction);
        }}
      >
        {!known && <option value={value}>{sort}</option>}
        {choices.map((choice) => (
          <option key={keyOf(choice)} value={keyOf(choice)}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}
